import { describe, expect, it } from 'vitest';
import { instagram } from '../../../entrypoints/content/sites/instagram';
import { TWO_DAYS_AGO, checkComposer, loadFixture } from './fixture';

describe('Instagram adapter', () => {
  it('reads a comment on a post page: the post (caption, permalink time) is the parent', () => {
    checkComposer(instagram, 'instagram', {
      fixture: 'comment-post-page',
      text: 'Love these! 😍\nDo they come in wide sizes?',
      kind: 'reply',
      parent: { text: 'New drop this Friday 🔥 Limited colours.', createdAt: TWO_DAYS_AGO, approximate: false },
    });
  });

  it('reads a reply to a comment: the @handle Reply prefilled picks that comment as parent', () => {
    checkComposer(instagram, 'instagram', {
      fixture: 'reply-to-comment',
      text: '@sam_k in our online shop and in Berlin Mitte!',
      kind: 'reply',
      parent: { text: 'where can I buy? 🤔', createdAt: TWO_DAYS_AGO, approximate: false },
    });
  });

  it('reads a new post’s caption in the Create new post dialog', () => {
    checkComposer(instagram, 'instagram', {
      fixture: 'caption-create-dialog',
      text: 'Behind the scenes at our Berlin studio ✨\nShot by @mia.r #design #berlin',
      kind: 'post',
    });
  });

  it('leaves the messages panel and the search field alone', () => {
    loadFixture('instagram', 'caption-create-dialog');
    expect(instagram.findComposer(document.querySelector('[aria-label="Message"] span')!)).toBeNull();
    loadFixture('instagram', 'comment-post-page');
    expect(instagram.findComposer(document.querySelector('[aria-label="Search input"]')!)).toBeNull();
  });
});
