import { describe, expect, it } from 'vitest';
import { facebook } from '../../../entrypoints/content/sites/facebook';
import { NOW, TWO_DAYS_AGO, checkComposer, loadFixture } from './fixture';

describe('Facebook adapter', () => {
  it('reads a new post in the Create post dialog (Lexical), placeholder left out', () => {
    checkComposer(facebook, 'facebook', {
      fixture: 'create-post-dialog',
      text: 'Big news from Acme today!\n\nMeet our new #AcmeOne 🚀',
      kind: 'post',
    });
  });

  it('leaves the Messenger chat box and the search box alone', () => {
    loadFixture('facebook', 'create-post-dialog');
    expect(facebook.findComposer(document.querySelector('[aria-label="Message"] [data-lexical-text]')!)).toBeNull();
    expect(facebook.findComposer(document.querySelector('input[type="search"]')!)).toBeNull();
  });

  it('reads a comment on a post: the post is the parent, not the last comment above the box', () => {
    checkComposer(facebook, 'facebook', {
      fixture: 'comment-on-post',
      text: 'Thanks for all the feedback, everyone! ❤️\nA lighter version is coming.',
      kind: 'reply',
      parent: { text: 'Tell us what you think of our new logo!', createdAt: TWO_DAYS_AGO, approximate: true },
    });
  });

  it('reads a reply to a comment: the comment is the parent, dated by its "2d" permalink', () => {
    checkComposer(facebook, 'facebook', {
      fixture: 'reply-to-comment',
      text: 'Sam Lee thanks! A lighter version is on its way.',
      kind: 'reply',
      parent: { text: 'Love it, but the colors feel a bit dark.', createdAt: TWO_DAYS_AGO, approximate: true },
    });
  });

  it('dates a comment by its label when the permalink shows no time', () => {
    loadFixture('facebook', 'reply-to-comment');
    document.querySelector('a[href*="comment_id="]')!.textContent = '';
    const editor = document.querySelector<HTMLElement>('[aria-label="Reply to Sam Lee"]')!;
    expect(facebook.parent(editor, NOW)).toMatchObject({ createdAt: TWO_DAYS_AGO, approximate: true });
  });

  it('takes legacy markup’s machine time (abbr[data-utime]) as exact', () => {
    loadFixture('facebook', 'reply-to-comment');
    const comment = document.querySelector('[aria-label^="Comment by"]')!;
    comment.insertAdjacentHTML('beforeend', `<abbr data-utime="${Date.parse(TWO_DAYS_AGO) / 1000}">Friday</abbr>`);
    const editor = document.querySelector<HTMLElement>('[aria-label="Reply to Sam Lee"]')!;
    expect(facebook.parent(editor, NOW)).toMatchObject({ createdAt: TWO_DAYS_AGO, approximate: false });
  });
});
