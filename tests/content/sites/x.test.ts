import { describe, expect, it } from 'vitest';
import { x } from '../../../entrypoints/content/sites/x';
import { NOW, TWO_DAYS_AGO, checkComposer, loadFixture } from './fixture';

describe('X adapter', () => {
  it('reads a new post in the home timeline box, not the timeline below it', () => {
    checkComposer(x, 'x', {
      fixture: 'home-new-post',
      text: 'We shipped offline sync today 🎉\n\nTry it and tell @acme_support what you think.',
      kind: 'post',
    });
  });

  it('leaves the search box and the direct-message composer alone', () => {
    loadFixture('x', 'home-new-post');
    const search = document.querySelector('[data-testid="SearchBox_Search_Input"]')!;
    const dm = document.querySelector('[data-testid="dmComposerTextInput"]')!;
    expect(x.findComposer(search)).toBeNull();
    expect(x.findComposer(dm)).toBeNull();
    expect(x.findComposer(dm.querySelector('[data-text="true"]')!)).toBeNull();
  });

  it('reads an inline reply on a status page with the focused post as parent', () => {
    checkComposer(x, 'x', {
      fixture: 'status-inline-reply',
      text: 'Congrats @acme! 🚀\nDoes it run on Linux too?',
      kind: 'reply',
      parent: { text: 'Our new release is live! Tell us what you think 👇', createdAt: TWO_DAYS_AGO, approximate: false },
    });
  });

  it('reads a reply in the reply modal, whose parent has no article around it', () => {
    checkComposer(x, 'x', {
      fixture: 'reply-modal',
      text: "So sorry, @sam. Could you DM us your order number? We'll check it today.",
      kind: 'reply',
      parent: { text: "My Acme order still hasn't shipped. Two weeks now.", createdAt: TWO_DAYS_AGO, approximate: false },
    });
  });

  it('treats a quote post as a new post: the quoted post comes after the composer', () => {
    checkComposer(x, 'x', {
      fixture: 'compose-quote-modal',
      text: '3x faster than last year. #engineering\nDetails: https://acme.example/bench',
      kind: 'post',
    });
  });

  it('reads the mobile textarea composer, new post and reply', () => {
    checkComposer(x, 'x', {
      fixture: 'mobile-compose-textarea',
      text: 'Line one of our launch post\nLine two with a smile 😀',
      kind: 'post',
    });
    checkComposer(x, 'x', {
      fixture: 'mobile-reply-textarea',
      text: '@sam It was down for 10 minutes, fixed now. Sorry!',
      kind: 'reply',
      parent: { text: 'Is the Acme app down for anyone else?', createdAt: TWO_DAYS_AGO, approximate: false },
    });
  });

  it('falls back to the status id (a snowflake) when the parent shows no machine time', () => {
    loadFixture('x', 'status-inline-reply');
    for (const time of document.querySelectorAll('article[tabindex="-1"] time')) time.removeAttribute('datetime');
    const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    expect(x.parent(editor, NOW)?.createdAt).toBe(TWO_DAYS_AGO);
    expect(x.parent(editor, NOW)?.approximate).toBe(true);
  });

  it('reads what the user typed after the page changed the editor', () => {
    loadFixture('x', 'home-new-post');
    const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    editor.querySelector('[data-contents="true"]')!.innerHTML =
      '<div data-block="true" data-offset-key="z-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="z-0-0"><span data-offset-key="z-0-0"><br data-text="true"></span></div></div>';
    expect(x.readText(editor)).toBe('');
  });
});
