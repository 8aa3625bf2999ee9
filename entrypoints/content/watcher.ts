/**
 * The composer watcher: which composer the user writes in, and when its draft settles.
 *
 * Driven by events, not by scanning the page:
 * - `focusin` and `input` at the document (capture phase; `composedPath()` so composers inside open
 *   shadow roots count, as on Reddit and YouTube) make a composer the active one. Focus moving to
 *   something that is not a composer keeps the last-edited one active.
 * - A MutationObserver on the active contenteditable only (never the page) catches edits that come
 *   without an `input` event: Draft.js handles Backspace in `keydown`, and sites clear the editor
 *   after sending.
 * - Per keystroke only the time of the input is noted; one pending timer reads the draft when it
 *   settles (`SETTLE_MS` after the last input, see `createDebouncer`).
 * - While a composer is active, a 1 s check notices the site removing it (dialog closed, re-mount);
 *   SPA navigation (`wxt:locationchange`) re-checks it at once.
 * Everything is registered through the context and stops when it is invalidated.
 */
import type { ContentScriptContext } from '#imports';
import { createDebouncer } from './lifecycle';
import { isNotAPost } from './sites/editable';
import type { SiteAdapter } from './sites/types';

/** Quiet time after the last keystroke before the draft is read; below the 300 ms budget. */
export const SETTLE_MS = 250;
/** Someone who types without pausing still gets a reading this often. */
const MAX_SETTLE_MS = 1000;
const LIVENESS_CHECK_MS = 1000;

export interface ComposerWatcherOptions {
  adapter: SiteAdapter;
  /** Events inside Post Coach's own UI are not edits. */
  isOwnUi(target: Element): boolean;
  /** The active composer's draft stopped changing, or the composer just became active. */
  onSettled(editor: HTMLElement): void;
  /** Another composer became active, or the active one went away (null). */
  onActiveChange(editor: HTMLElement | null): void;
  /** The writer left the active composer (focus moved elsewhere); a pending reading has run. */
  onLeave(editor: HTMLElement): void;
}

export interface ComposerWatcher {
  /** The focused or last-edited composer. */
  readonly active: HTMLElement | null;
  /** Starts watching, beginning with the composer that has focus, if any. Watchers start stopped. */
  start(): void;
  /** Stops watching drafts (site switched off): the active composer is forgotten. */
  stop(): void;
}

export function createComposerWatcher(ctx: ContentScriptContext, options: ComposerWatcherOptions): ComposerWatcher {
  const { adapter } = options;
  /** Event target → its composer (null: not one). Re-resolved on focus, so late-upgraded editors count. */
  const composerOf = new WeakMap<Element, HTMLElement | null>();
  let active: HTMLElement | null = null;
  let stopped = true;
  let livenessTimer: number | undefined;

  const settle = createDebouncer(ctx, () => active && options.onSettled(active), SETTLE_MS, MAX_SETTLE_MS);
  const editorObserver = new MutationObserver(() => settle.schedule());
  ctx.onInvalidated(() => editorObserver.disconnect());

  function resolve(target: Element, fresh: boolean): HTMLElement | null {
    const known = composerOf.get(target);
    if (known !== undefined && !fresh) return known;
    const editor = adapter.findComposer(target);
    // Also for adapters whose findComposer does not ask; and the target may be a field inside the composer.
    const composer = editor && !isNotAPost(editor) && (editor === target || !isNotAPost(target)) ? editor : null;
    composerOf.set(target, composer);
    return composer;
  }

  function activate(editor: HTMLElement) {
    if (editor === active) return;
    editorObserver.disconnect();
    active = editor;
    if (!(editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement)) {
      editorObserver.observe(editor, { childList: true, subtree: true, characterData: true });
    }
    livenessTimer ??= ctx.setInterval(checkLiveness, LIVENESS_CHECK_MS);
    options.onActiveChange(editor);
  }

  function deactivate() {
    settle.cancel();
    editorObserver.disconnect();
    clearInterval(livenessTimer);
    livenessTimer = undefined;
    if (!active) return;
    active = null;
    options.onActiveChange(null);
  }

  function checkLiveness() {
    if (active && !active.isConnected) deactivate();
  }

  function targetOf(event: Event): Element | null {
    const target = event.composedPath()[0];
    return target instanceof Element && !options.isOwnUi(target) ? target : null;
  }

  ctx.addEventListener(document, 'focusin', (event) => {
    if (stopped) return;
    const target = targetOf(event);
    const editor = target && resolve(target, true);
    if (!editor) return;
    activate(editor);
    settle.schedule();
  }, { capture: true });

  ctx.addEventListener(document, 'input', (event) => {
    if (stopped) return;
    const target = event.composedPath()[0];
    if (target !== active) {
      const element = targetOf(event);
      const editor = element && resolve(element, false);
      if (!editor) return;
      activate(editor);
    }
    settle.schedule();
  }, { capture: true });

  ctx.addEventListener(document, 'focusout', (event) => {
    if (stopped || !active || !event.composedPath().includes(active)) return;
    settle.flush();
    options.onLeave(active);
  }, { capture: true });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (stopped || !active) return;
    if (active.isConnected) settle.schedule();
    else deactivate();
  });

  function activateFocused() {
    let focused: Element | null = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    const editor = focused && !options.isOwnUi(focused) ? resolve(focused, true) : null;
    if (!editor) return;
    activate(editor);
    settle.schedule();
  }

  return {
    get active() {
      return active;
    },
    start() {
      if (!stopped) return;
      stopped = false;
      activateFocused();
    },
    stop() {
      stopped = true;
      deactivate();
    },
  };
}
