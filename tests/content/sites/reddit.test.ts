import { describe, expect, it } from 'vitest';
import { reddit } from '../../../entrypoints/content/sites/reddit';
import { NOW, TWO_DAYS_AGO, checkComposer, composersOnPage, loadFixture } from './fixture';

const POST_TEXT = 'Our v2 is live\nOffline mode, faster sync and a new editor.';

describe('Reddit adapter: new Reddit (shreddit)', () => {
  it('reads a comment on a post; the post (title and body) is the parent', () => {
    checkComposer(reddit, 'reddit', {
      fixture: 'new-comment-on-post',
      text: 'Congrats on the launch! 🎉\n\nIs the offline mode on by default?',
      kind: 'reply',
      parent: { text: `${POST_TEXT}\nQuestions welcome!`, createdAt: TWO_DAYS_AGO, approximate: false },
    });
  });

  it('leaves the search box and a composer that opts out of writing assistants alone', () => {
    loadFixture('reddit', 'new-comment-on-post');
    expect(reddit.findComposer(document.querySelector('input[type="search"]')!)).toBeNull();
    expect(reddit.findComposer(document.querySelector('[data-gramm="false"] span')!)).toBeNull();
  });

  it('reads a reply inside a comment; that comment, not its nested reply, is the parent', () => {
    checkComposer(reddit, 'reddit', {
      fixture: 'new-reply-to-comment',
      text: 'Yes, since v2 – Fedora works too.\nSee our Linux guide.',
      kind: 'reply',
      parent: { text: "Does this work on Linux?\nI'm on Fedora.", createdAt: TWO_DAYS_AGO, approximate: false },
    });
  });

  it('reads a new post’s body on the submit page, list items as lines', () => {
    checkComposer(reddit, 'reddit', {
      fixture: 'new-submit-post',
      pick: '[data-lexical-editor]',
      composers: 2,
      text: 'Ask us anything about offline sync.\nHow conflicts are merged\nWhat we store on your device\nWe start at 17:00 CEST.',
      kind: 'post',
    });
  });

  it('coaches the new post’s title too', () => {
    checkComposer(reddit, 'reddit', {
      fixture: 'new-submit-post',
      pick: 'textarea[name="title"]',
      composers: 2,
      text: 'AMA: we are the Acme sync team',
      kind: 'post',
    });
  });

  it('finds a composer inside an open shadow root and its comment across the boundary', () => {
    loadFixture('reddit', 'new-reply-to-comment');
    const composer = document.querySelector('shreddit-composer')!;
    const lightEditor = composer.querySelector('[slot="rte"]')!;
    const shadow = composer.attachShadow({ mode: 'open' });
    shadow.append(lightEditor);
    const editor = shadow.querySelector<HTMLElement>('[data-lexical-editor]')!;
    expect(reddit.findComposer(editor.querySelector('span')!)).toBe(editor);
    expect(reddit.kind(editor)).toBe('reply');
    expect(reddit.parent(editor, NOW)).toMatchObject({ text: "Does this work on Linux?\nI'm on Fedora.", createdAt: TWO_DAYS_AGO });
    expect(reddit.anchor(editor).closest('faceplate-form, form')).toBeNull();
  });
});

describe('Reddit adapter: old.reddit.com', () => {
  it('reads the top-level comment form; the post is the parent', () => {
    checkComposer(reddit, 'reddit', {
      fixture: 'old-comments',
      pick: '#form-t3_abc123top textarea',
      composers: 2,
      text: 'Nice work! 👏\nWill there be a dark mode?',
      kind: 'reply',
      parent: { text: POST_TEXT, createdAt: TWO_DAYS_AGO, approximate: false },
    });
  });

  it('reads a reply form inside a comment; the comment is the parent', () => {
    checkComposer(reddit, 'reddit', {
      fixture: 'old-comments',
      pick: '#commentreply_t1_def456 textarea',
      composers: 2,
      text: 'Yes! Since v2.\n\nPackages: https://acme.example/linux',
      kind: 'reply',
      parent: { text: 'Does this work on Linux?', createdAt: TWO_DAYS_AGO, approximate: false },
    });
  });

  it('leaves the login form’s password and the search box alone', () => {
    loadFixture('reddit', 'old-comments');
    expect(reddit.findComposer(document.querySelector('input[type="password"]')!)).toBeNull();
    expect(reddit.findComposer(document.querySelector('#search input')!)).toBeNull();
    expect(composersOnPage(reddit).every((editor) => editor.localName === 'textarea')).toBe(true);
  });

  it('reads a new self post on the submit page: title and text', () => {
    checkComposer(reddit, 'reddit', {
      fixture: 'old-submit',
      pick: 'textarea[name="text"]',
      composers: 2,
      text: 'This week:\n* faster sync\n* fewer crashes',
      kind: 'post',
    });
    checkComposer(reddit, 'reddit', {
      fixture: 'old-submit',
      pick: 'textarea[name="title"]',
      composers: 2,
      text: 'Weekly release notes',
      kind: 'post',
    });
  });
});
