import { describe, expect, it } from 'vitest';
import { threads } from '../../../entrypoints/content/sites/threads';
import { NOW, TWO_DAYS_AGO, checkComposer, loadFixture } from './fixture';

describe('Threads adapter', () => {
  it('reads a new thread in the dialog on threads.com; the feed behind it is no parent', () => {
    checkComposer(threads, 'threads', {
      fixture: 'new-thread-dialog',
      text: "We're at booth 42 all week 👋\nCome meet @mia.r and the team. #DevConf",
      kind: 'post',
    });
  });

  it('reads a reply on threads.net with the post shown above the editor as parent', () => {
    checkComposer(threads, 'threads', {
      fixture: 'reply-dialog',
      text: 'Sorry about that 🙏 We found the bug.\nAn update ships tonight.',
      kind: 'reply',
      parent: { text: 'Your app logged me out three times today.\nAnyone else?', createdAt: TWO_DAYS_AGO, approximate: false },
    });
  });

  it('finds the parent by its time where the post container marker is missing', () => {
    loadFixture('threads', 'reply-dialog');
    const shown = document.querySelector('[role="dialog"] [data-pressable-container]')!;
    shown.removeAttribute('data-pressable-container');
    const editor = document.querySelector<HTMLElement>('[role="dialog"] [role="textbox"]')!;
    expect(threads.kind(editor)).toBe('reply');
    expect(threads.parent(editor, NOW)?.createdAt).toBe(TWO_DAYS_AGO);
  });
});
