import { describe, expect, it } from 'vitest';
import { mastodon } from '../../../entrypoints/content/sites/mastodon';
import { NOW, TWO_DAYS_AGO, checkComposer, loadFixture } from './fixture';

describe('Mastodon adapter', () => {
  it('reads a new post in the compose form, line breaks kept', () => {
    const editor = checkComposer(mastodon, 'mastodon', {
      fixture: 'compose',
      text: 'Hello fediverse! 👋\n\nWe are Acme, and we make open-source tools: https://acme.example/oss\n#introduction',
      kind: 'post',
    });
    expect(mastodon.findComposer(document.querySelector('.search__input')!)).toBeNull();
    expect(mastodon.findComposer(document.querySelector('.spoiler-input__input')!)).toBeNull();
    expect(mastodon.charLimit?.(editor)).toBe(500);
  });

  it('reads a reply: text from the reply indicator, exact time from the same status in the timeline', () => {
    const editor = checkComposer(mastodon, 'mastodon', {
      fixture: 'reply',
      text: '@sam@fosstodon.org thanks! v2 is rolling out to every instance this week 🎉',
      kind: 'reply',
      parent: { text: 'Does your v2 support @acme self-hosted instances? #selfhosting', createdAt: TWO_DAYS_AGO, approximate: false },
    });
    expect(mastodon.charLimit?.(editor)).toBe(500);
  });

  it('dates the parent by its status id when the page shows no time for it', () => {
    loadFixture('mastodon', 'reply');
    for (const time of document.querySelectorAll('time')) time.removeAttribute('datetime');
    const editor = document.querySelector<HTMLElement>('textarea')!;
    expect(mastodon.parent(editor, NOW)).toMatchObject({ createdAt: TWO_DAYS_AGO, approximate: true });
  });

  it('remembers the status whose Reply button was clicked, and nothing for other buttons', () => {
    loadFixture('mastodon', 'reply');
    const [reply, boost] = document.querySelectorAll('.status__action-bar button');
    expect(mastodon.replyContext?.(reply!, NOW)).toEqual({
      text: 'Does your v2 support @acme self-hosted instances? #selfhosting',
      createdAt: TWO_DAYS_AGO,
      approximate: false,
    });
    expect(mastodon.replyContext?.(boost!, NOW)).toBeUndefined();
  });
});
