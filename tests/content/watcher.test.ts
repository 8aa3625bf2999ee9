import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, createComposerWatcher } from '../../entrypoints/content/watcher';
import { page, testAdapter, typeInto } from './helpers';

/** The budget the brief sets: the analysis runs at most this long after the last keystroke. */
const BUDGET_MS = 300;

let ctx: ContentScriptContext;
let settled: ReturnType<typeof vi.fn<(editor: HTMLElement) => void>>;
let activeChanges: (HTMLElement | null)[];

function startWatcher() {
  const watcher = createComposerWatcher(ctx, {
    adapter: testAdapter,
    isOwnUi: () => false,
    onSettled: settled,
    onActiveChange: (editor) => activeChanges.push(editor),
    onLeave: () => undefined,
  });
  watcher.start();
  return watcher;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  ctx = new ContentScriptContext('test');
  settled = vi.fn();
  activeChanges = [];
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('composer watcher', () => {
  it('reads the draft once after a burst of keystrokes, within 300 ms of the last one', async () => {
    const editor = page('<div><textarea></textarea></div>', 'textarea');
    startWatcher();
    for (let key = 0; key < 10; key++) {
      typeInto(editor, 'a');
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(BUDGET_MS - 40);
    expect(settled).toHaveBeenCalledTimes(1);
    expect(settled).toHaveBeenCalledWith(editor);
    await vi.advanceTimersByTimeAsync(5000);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('still reads the draft of someone who types without pausing, but not per keystroke', async () => {
    const editor = page('<div><textarea></textarea></div>', 'textarea');
    startWatcher();
    for (let key = 0; key < 30; key++) {
      typeInto(editor, 'a');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(settled.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(settled.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('reads a composer as soon as it gets focus', async () => {
    const editor = page('<div><textarea>Draft from before</textarea></div>', 'textarea');
    startWatcher();
    editor.focus();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(settled).toHaveBeenCalledWith(editor);
    expect(activeChanges).toEqual([editor]);
  });

  it('notices edits a rich editor makes without an input event (Draft.js Backspace, clearing after send)', async () => {
    const editor = page('<div><div contenteditable="true">Hello there</div></div>', '[contenteditable]');
    startWatcher();
    typeInto(editor, '!');
    await vi.advanceTimersByTimeAsync(BUDGET_MS);
    settled.mockClear();
    editor.textContent = '';
    await vi.advanceTimersByTimeAsync(BUDGET_MS);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('finds composers inside open shadow roots through composedPath()', async () => {
    document.body.innerHTML = '<shreddit-composer></shreddit-composer>';
    const shadow = document.querySelector('shreddit-composer')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><div contenteditable="true"></div></div>';
    const editor = shadow.querySelector<HTMLElement>('[contenteditable]')!;
    startWatcher();
    typeInto(editor, 'Hi');
    await vi.advanceTimersByTimeAsync(BUDGET_MS);
    expect(settled).toHaveBeenCalledWith(editor);
  });

  it.each([
    ['a password field', '<input type="password">'],
    ['a search box (type=search)', '<input type="search">'],
    ['a search box (role=combobox)', '<input type="text" role="combobox">'],
    ['a field inside a search form', '<form role="search"><textarea></textarea></form>'],
    ['a field that opts out of writing assistants', '<textarea data-gramm="false"></textarea>'],
    ['a field whose ancestor opts out', '<div data-enable-grammarly="false"><div><div contenteditable="true"></div></div></div>'],
    ['a read-only field', '<textarea readonly></textarea>'],
  ])('leaves %s alone', async (_name, html) => {
    document.body.innerHTML = `<div>${html}</div>`;
    const field = document.querySelector<HTMLElement>('input, textarea, [contenteditable]')!;
    startWatcher();
    field.focus();
    typeInto(field, 'hunter2');
    await vi.advanceTimersByTimeAsync(BUDGET_MS);
    expect(settled).not.toHaveBeenCalled();
    expect(activeChanges).toEqual([]);
  });

  it('leaves a field alone when the opt-out is on a shadow host above it', async () => {
    document.body.innerHTML = '<div data-gramm="false"><x-box></x-box></div>';
    const shadow = document.querySelector('x-box')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea></textarea>';
    startWatcher();
    typeInto(shadow.querySelector('textarea')!, 'secret');
    await vi.advanceTimersByTimeAsync(BUDGET_MS);
    expect(settled).not.toHaveBeenCalled();
  });

  it('forgets a composer the site removes and picks up the one it mounts again', async () => {
    const first = page('<div id="dialog"><div><textarea></textarea></div></div>', 'textarea');
    const watcher = startWatcher();
    typeInto(first, 'Hello');
    await vi.advanceTimersByTimeAsync(BUDGET_MS);
    expect(watcher.active).toBe(first);

    first.parentElement!.remove();
    await vi.advanceTimersByTimeAsync(1000);
    expect(watcher.active).toBeNull();
    expect(activeChanges).toEqual([first, null]);

    document.querySelector('#dialog')!.innerHTML = '<div><textarea></textarea></div>';
    const second = document.querySelector('textarea')!;
    settled.mockClear();
    typeInto(second, 'Hello again');
    await vi.advanceTimersByTimeAsync(BUDGET_MS);
    expect(settled).toHaveBeenCalledWith(second);
    expect(watcher.active).toBe(second);
  });

  it('re-reads a composer that survives SPA navigation, and forgets one that does not', async () => {
    const editor = page('<main><div><textarea></textarea></div></main>', 'textarea');
    const watcher = startWatcher();
    typeInto(editor, 'Hello');
    await vi.advanceTimersByTimeAsync(BUDGET_MS);
    settled.mockClear();

    history.pushState({}, '', '/status/1');
    await vi.advanceTimersByTimeAsync(1000 + BUDGET_MS);
    expect(settled).toHaveBeenCalledWith(editor);

    document.querySelector('main')!.remove();
    history.pushState({}, '', '/home');
    await vi.advanceTimersByTimeAsync(1000);
    expect(watcher.active).toBeNull();
  });

  it('does nothing while stopped, and starts with the focused composer', async () => {
    const editor = page('<div><textarea></textarea></div>', 'textarea');
    const watcher = startWatcher();
    watcher.stop();
    typeInto(editor, 'Hello');
    editor.focus();
    await vi.advanceTimersByTimeAsync(BUDGET_MS);
    expect(settled).not.toHaveBeenCalled();

    watcher.start();
    await vi.advanceTimersByTimeAsync(BUDGET_MS);
    expect(settled).toHaveBeenCalledWith(editor);
  });

  it('stops for good when the context is invalidated: no reading, no timers left', async () => {
    const editor = page('<div><textarea></textarea></div>', 'textarea');
    startWatcher();
    typeInto(editor, 'Hello');
    ctx.notifyInvalidated();
    await vi.advanceTimersByTimeAsync(BUDGET_MS);
    typeInto(editor, ' world');
    editor.focus();
    await vi.advanceTimersByTimeAsync(5000);
    expect(settled).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
