import { describe, expect, it } from 'vitest';
import { bluesky } from '../../../entrypoints/content/sites/bluesky';
import { NOW, TWO_DAYS_AGO, checkComposer, loadFixture } from './fixture';

describe('Bluesky adapter', () => {
  it('reads a new post in the composer dialog: mention node, hard break, paragraphs', () => {
    checkComposer(bluesky, 'bluesky', {
      fixture: 'new-post-dialog',
      text: 'Status page is live for @acme.bsky.social customers:\ncheck it any time.\nhttps://status.acme.example',
      kind: 'post',
    });
  });

  it('reads a reply; the parent text comes from the reply header, its time from the post’s TID', () => {
    checkComposer(bluesky, 'bluesky', {
      fixture: 'reply-dialog',
      text: 'Hi @sam.bsky.social — yes, fixed now.',
      kind: 'reply',
      parent: { text: 'Is anyone else seeing outages today? Our dashboards are red.', createdAt: TWO_DAYS_AGO, approximate: true },
    });
  });

  it('tells a reply by the reply header alone, whatever the publish button says', () => {
    loadFixture('bluesky', 'reply-dialog');
    document.querySelector('[data-testid="composerPublishBtn"]')!.remove();
    const editor = document.querySelector<HTMLElement>('.ProseMirror')!;
    expect(bluesky.kind(editor)).toBe('reply');
  });

  it('remembers the post whose Reply button was clicked', () => {
    loadFixture('bluesky', 'reply-dialog');
    const replyButton = document.querySelector('[data-testid="replyBtn"]')!;
    expect(bluesky.replyContext?.(replyButton, NOW)).toEqual({
      text: 'Is anyone else seeing outages today? Our dashboards are red.',
      createdAt: TWO_DAYS_AGO,
      approximate: true,
    });
    expect(bluesky.replyContext?.(document.querySelector('[data-testid="postText"]')!, NOW)).toBeUndefined();
  });
});
