import { describe, expect, it } from 'vitest';
import { youtube } from '../../../entrypoints/content/sites/youtube';
import { NOW, TWO_DAYS_AGO, checkComposer, loadFixture } from './fixture';

describe('YouTube adapter', () => {
  it('reads a comment on a video: lines, emoji and custom emoji; the video is the parent', () => {
    checkComposer(youtube, 'youtube', {
      fixture: 'comment-on-video',
      text: 'Great walkthrough! The part at 3:14 helped a lot 🙌\nMore videos on conflict handling, please :clapping_hands:',
      kind: 'reply',
      parent: { text: 'How we built offline sync', createdAt: TWO_DAYS_AGO, approximate: true },
    });
    expect(youtube.findComposer(document.querySelector('input#search')!)).toBeNull();
  });

  it('takes the video’s published date as exact when the page has it', () => {
    loadFixture('youtube', 'comment-on-video');
    document.head.insertAdjacentHTML('beforeend', `<meta itemprop="datePublished" content="${TWO_DAYS_AGO}">`);
    const editor = document.querySelector<HTMLElement>('#contenteditable-root')!;
    expect(youtube.parent(editor, NOW)).toMatchObject({ createdAt: TWO_DAYS_AGO, approximate: false });
  });

  it('reads a reply under a comment; that comment ("2 days ago (edited)") is the parent', () => {
    checkComposer(youtube, 'youtube', {
      fixture: 'reply-to-comment',
      text: '@sam yes, no account needed.\nLocal-only mode is the default.',
      kind: 'reply',
      parent: { text: 'Does the sync work without an account?\nAsking for my team.', createdAt: TWO_DAYS_AGO, approximate: true },
    });
  });

  it('reads a new community post', () => {
    checkComposer(youtube, 'youtube', {
      fixture: 'community-post',
      text: 'New video on Friday 🎬\nWhat should we cover first: sync or search?',
      kind: 'post',
    });
  });
});
