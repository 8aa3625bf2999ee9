/**
 * Shared fixtures for the content-script tests: a minimal site adapter (the real ones live in
 * entrypoints/content/sites/), a stand-in for the background, and the user actions the tests replay.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SiteAdapter } from '../../entrypoints/content/sites/types';

/**
 * Treats every textarea, input and contenteditable as a composer, so the tests prove that the
 * watcher itself leaves passwords, search boxes and opted-out fields alone. A composer inside
 * `[data-reply-to]` is a reply to an item of that (approximate) time; an empty value: the page
 * shows the parent without its time.
 */
export const testAdapter: SiteAdapter = {
  id: 'x',
  hosts: ['x.com'],
  composers: ['textarea', 'input', '[contenteditable="true"]'],
  findComposer: (target) => target.closest<HTMLElement>('textarea, input, [contenteditable="true"]'),
  readText: (editor) =>
    editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement ? editor.value : (editor.textContent ?? ''),
  kind: (editor) => (editor.closest('[data-reply-to]') ? 'reply' : 'post'),
  parent(editor) {
    const item = editor.closest<HTMLElement>('[data-reply-to]');
    if (!item) return undefined;
    return { text: 'The parent comment', createdAt: item.dataset.replyTo || undefined, approximate: true };
  },
  anchor: (editor) => editor.parentElement ?? editor,
};

/** Puts `html` in the page and returns the first element matching `selector`. */
export function page<T extends HTMLElement>(html: string, selector: string): T {
  document.body.innerHTML = html;
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`fixture has no ${selector}`);
  return element;
}

/** Types `text` at the end of `editor`, one input event per character, as a browser would. */
export function typeInto(editor: HTMLElement, text: string): void {
  for (const character of text) {
    if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) editor.value += character;
    else editor.textContent = (editor.textContent ?? '') + character;
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: character, inputType: 'insertText' }));
  }
}

/** Replaces the whole draft with one input event (paste, or the site clearing it with one). */
export function setDraft(editor: HTMLElement, text: string): void {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) editor.value = text;
  else editor.textContent = text;
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

/** A message the content script sends, as the background receives it. */
export interface SentMessage {
  type: string;
  data: unknown;
}

/** What `fakeBackground`'s `answer` returns when no listener answers (background asleep or reloaded). */
export const NO_RECEIVER = Symbol('no receiver');

/**
 * Stands in for the background (entrypoints/background.ts): `answer` gives the response to each
 * message. @webext-core/messaging calls chrome.runtime.sendMessage(message, callback), reads
 * `{ res }` and treats any chrome.runtime.lastError as a failure (fake-browser's default is an empty one).
 */
export function fakeBackground(answer: (message: SentMessage) => unknown): void {
  Object.assign(fakeBrowser.runtime, { lastError: undefined });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: SentMessage, respond?: (response: unknown) => void) => {
    const response = answer(message);
    if (response === NO_RECEIVER) {
      // What Chrome does when no listener answers.
      Object.assign(fakeBrowser.runtime, { lastError: { message: 'Could not establish connection. Receiving end does not exist.' } });
      respond?.(undefined);
      Object.assign(fakeBrowser.runtime, { lastError: undefined });
    } else {
      respond?.({ res: response });
    }
    return Promise.resolve();
  }) as never);
}
