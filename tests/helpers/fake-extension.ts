/**
 * In-memory stand-ins for the extension APIs WXT's fake browser leaves unimplemented (permissions,
 * scripting, commands, messaging to tabs), behaving as Chromium does in the cases the popup,
 * options page and background meet. Installed with vi.spyOn, so `restoreMocks` undoes them.
 */
import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: any[]) => unknown;

/** An event whose listeners the test can fire. */
function fakeEvent(target: object) {
  const event = target as { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  const listeners = new Set<Listener>();
  vi.spyOn(event, 'addListener').mockImplementation((listener) => void listeners.add(listener));
  vi.spyOn(event, 'removeListener').mockImplementation((listener) => void listeners.delete(listener));
  return { fire: async (...args: unknown[]) => void (await Promise.all([...listeners].map((listener) => listener(...args)))) };
}

/** Host permissions: `granted` are held; `request` grants when `answer` is true (the user clicked Allow). */
export function fakePermissions(granted: string[] = []) {
  const held = new Set(granted);
  const added = fakeEvent(fakeBrowser.permissions.onAdded);
  const removed = fakeEvent(fakeBrowser.permissions.onRemoved);
  const state = { held, answer: true, added, removed };
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((origin) => held.has(origin)));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
    if (!state.answer) return false;
    origins.forEach((origin) => held.add(origin));
    await added.fire({ origins });
    return true;
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    origins.forEach((origin) => held.delete(origin));
    await removed.fire({ origins });
    return true;
  });
  return state;
}

/** The manifest the build writes, as far as the code reads it. */
export function fakeManifest() {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Post Coach',
    version: '0.1.0',
    content_scripts: [{ matches: ['https://x.com/*'], js: ['content-scripts/content.js'] }],
  });
}

/** Dynamically registered content scripts, and what executeScript is asked to run. */
export function fakeScripting(options: { pageIsMastodon?: boolean; onInject?(tabId: number): void } = {}) {
  const registered = new Map<string, Browser.scripting.RegisteredContentScript>();
  const executed: Browser.scripting.ScriptInjection<unknown[], unknown>[] = [];
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (scripts: Browser.scripting.RegisteredContentScript[]) => {
    for (const script of scripts) {
      if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      registered.set(script.id, script);
    }
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async (filter?: { ids?: string[] }) => {
    for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => [...registered.values()]) as never);
  vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: Browser.scripting.ScriptInjection<unknown[], unknown>) => {
    executed.push(injection);
    // A probe (a function) needs access to the page: without a verdict the popup has none.
    if ('func' in injection && injection.func) {
      if (options.pageIsMastodon === undefined) throw new Error('Cannot access contents of the page.');
      return [{ frameId: 0, documentId: 'doc', result: options.pageIsMastodon }];
    }
    options.onInject?.(injection.target.tabId);
    return [];
  }) as never);
  return { registered, executed };
}

export function fakeCommands() {
  return fakeEvent(fakeBrowser.commands.onCommand);
}

/** The tab the popup sees as active in the current window. */
export function activeTab(tab: { id: number; url?: string }) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { ...tab, index: 0, windowId: 0, active: true, highlighted: true, pinned: false, incognito: false } as Browser.tabs.Tab,
  ]);
}

/**
 * Message delivery as Chromium does it, for code that shares this test's JS context:
 * - runtime.sendMessage reaches the extension's listeners; `fromTab` sets the sender's tab, as for a
 *   message from that tab's content script;
 * - tabs.sendMessage reaches only tabs in `contentScripts` (others answer nothing at once, like a
 *   tab without a receiver), and never answers for tabs in `hanging` (an unresponsive page).
 */
export function routeMessages() {
  const contentScripts = new Set<number>();
  const hanging = new Set<number>();
  let senderTab: { id: number; url: string } | undefined;

  // The fake's trigger passes every argument on to the listeners, sendResponse included.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const deliver = (message: unknown, sender: Browser.runtime.MessageSender) =>
    new Promise<unknown>((resolve) => {
      void trigger(message, sender, resolve).then((kept) => {
        if (!kept.includes(true)) resolve(undefined);
      });
    });

  // The fake holds a permanent `{ message: '' }`; Chromium sets lastError only when delivery failed.
  vi.spyOn(fakeBrowser.runtime, 'lastError', 'get').mockReturnValue(undefined);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown, callback: (response: unknown) => void) => {
    const sender = senderTab ? { tab: { id: senderTab.id } as Browser.tabs.Tab, url: senderTab.url, frameId: 0 } : {};
    void deliver(message, sender).then(callback);
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((tabId: number, message: unknown, _options: unknown, callback: (response: unknown) => void) => {
    if (hanging.has(tabId)) return;
    if (!contentScripts.has(tabId)) return callback(undefined);
    void deliver(message, { id: fakeBrowser.runtime.id }).then(callback);
  }) as never);

  return {
    contentScripts,
    hanging,
    /** Runs `send` as the content script of tab `id` at `url`. */
    async fromTab<T>(id: number, url: string, send: () => Promise<T>): Promise<T> {
      senderTab = { id, url };
      try {
        return await send();
      } finally {
        senderTab = undefined;
      }
    },
  };
}
