/**
 * The message protocol end to end: the real background (entrypoints/background.ts) and the popup's
 * request on one side, a content script answering as entrypoints/content does on the other, with
 * messages delivered between them as Chromium delivers them (tests/helpers/fake-extension.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding, Report } from '../../guidance/types';
import type { TabDraftState } from '../../utils/messaging';
import { activeTab, fakeCommands, fakeManifest, fakePermissions, fakeScripting, routeMessages } from '../helpers/fake-extension';

const LINKEDIN = 'https://www.linkedin.com/feed/';

function finding(rule: Finding['rule'], severity: Finding['severity']): Finding {
  return { rule, severity, start: 0, end: 4, message: `${rule} message`, tip: `${rule} tip` };
}

function report(findings: Finding[]): Report {
  return { language: 'en', languages: ['en'], languageSupported: true, findings, checklist: [] };
}

function state(findings: Finding[] | null, overrides: Partial<TabDraftState> = {}): TabDraftState {
  return { site: 'linkedin', host: 'www.linkedin.com', enabled: true, draft: findings && { kind: 'post', report: report(findings) }, ...overrides };
}

/** Fresh modules per test: @webext-core/messaging allows one listener per message type per context. */
async function start() {
  vi.resetModules();
  const router = routeMessages();
  const permissions = fakePermissions();
  const scripting = fakeScripting();
  const commands = fakeCommands();
  fakeManifest();
  const messaging = await import('../../utils/messaging');
  const settings = await import('../../utils/settings');
  const { default: background } = await import('../../entrypoints/background');
  background.main();
  return { router, permissions, scripting, commands, messaging, settings };
}

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('popup ↔ content script', () => {
  it("the popup gets the active tab's draft state from its content script", async () => {
    const { router, messaging } = await start();
    router.contentScripts.add(7);
    messaging.onMessage('getDraftState', () => state([finding('stay-calm', 'warn')]));
    const answer = await messaging.requestDraftState(7);
    expect(answer?.draft?.report.findings.map((f) => f.rule)).toEqual(['stay-calm']);
  });

  it('a tab without a content script answers "not available" at once, not an error', async () => {
    const { messaging } = await start();
    // A timeout far beyond the test's own: only an immediate answer lets this pass.
    await expect(messaging.requestDraftState(8, 60_000)).resolves.toBeNull();
  });

  it('a tab that never answers is "not available" after the timeout', async () => {
    const { router, messaging } = await start();
    router.hanging.add(9);
    await expect(messaging.requestDraftState(9, 50)).resolves.toBeNull();
  });
});

describe('content script → background: the toolbar badge', () => {
  it('shows the number of warnings in the tab’s draft, leaving out tips and muted rules', async () => {
    const { router, messaging, settings } = await start();
    await settings.mutedRules.setValue({ everywhere: [], bySite: { linkedin: ['back-your-claims'] } });
    const findings = [finding('stay-calm', 'warn'), finding('keep-it-private', 'warn'), finding('sincere-tone', 'info'), finding('back-your-claims', 'warn')];
    await router.fromTab(7, LINKEDIN, () => messaging.sendMessage('draftStateChanged', state(findings)));
    expect(await badge(7)).toBe('2');
  });

  it('is cleared when the draft goes away or the site is switched off', async () => {
    const { router, messaging } = await start();
    const push = (next: TabDraftState) => router.fromTab(7, LINKEDIN, () => messaging.sendMessage('draftStateChanged', next));
    await push(state([finding('stay-calm', 'warn')]));
    await push(state(null));
    expect(await badge(7)).toBe('');
    await push(state([finding('stay-calm', 'warn')]));
    await push(state([finding('stay-calm', 'warn')], { enabled: false }));
    expect(await badge(7)).toBe('');
  });

  it("each tab shows its own count, so switching tabs shows the new tab's", async () => {
    const { router, messaging } = await start();
    await router.fromTab(7, LINKEDIN, () => messaging.sendMessage('draftStateChanged', state([finding('stay-calm', 'warn')])));
    await router.fromTab(8, 'https://x.com/home', () =>
      messaging.sendMessage('draftStateChanged', state([finding('stay-calm', 'warn'), finding('platform-fit', 'warn'), finding('reply-fast', 'warn')])),
    );
    expect([await badge(7), await badge(8), await badge(9)]).toEqual(['1', '3', '']);
  });

  it('is cleared when the tab navigates elsewhere, kept when the page re-reported after navigating', async () => {
    const { router, messaging } = await start();
    const push = (url: string) => router.fromTab(7, url, () => messaging.sendMessage('draftStateChanged', state([finding('stay-calm', 'warn')])));
    await push(LINKEDIN);
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: LINKEDIN }, {} as never);
    expect(await badge(7)).toBe('1');
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: 'https://www.linkedin.com/in/someone/' }, {} as never);
    expect(await badge(7)).toBe('');
    await push(LINKEDIN);
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, {} as never);
    expect(await badge(7)).toBe('');
  });
});

describe("background → content script: the 'toggle-hints' command", () => {
  it('reaches the content script of the active tab', async () => {
    const { router, messaging, commands } = await start();
    activeTab({ id: 7, url: LINKEDIN });
    router.contentScripts.add(7);
    const toggled = vi.fn();
    messaging.onMessage('toggleHints', toggled);
    await commands.fire('toggle-hints');
    await vi.waitFor(() => expect(toggled).toHaveBeenCalledTimes(1));
  });

  it('does nothing, quietly, in a tab without the coach', async () => {
    const { commands } = await start();
    activeTab({ id: 8, url: 'chrome://newtab/' });
    const errors = vi.spyOn(console, 'error');
    await commands.fire('toggle-hints');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(8, expect.anything(), { frameId: 0 }, expect.any(Function));
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('content scripts for custom sites', () => {
  const registeredHosts = (scripting: ReturnType<typeof fakeScripting>) => [...scripting.registered.values()].flatMap((script) => script.matches);

  it('registers the built content script for custom sites whose permission is granted', async () => {
    await fakeBrowser.storage.local.set({ customSites: ['fosstodon.org', 'hachyderm.io'] });
    const { permissions, scripting } = await start();
    permissions.held.add('https://fosstodon.org/*');
    await permissions.added.fire({ origins: ['https://fosstodon.org/*'] });
    await vi.waitFor(() => expect(registeredHosts(scripting)).toEqual(['https://fosstodon.org/*']));
    expect([...scripting.registered.values()][0]).toMatchObject({ js: ['content-scripts/content.js'], persistAcrossSessions: false });
  });

  it('a granted permission adds the site even when the popup that asked has closed', async () => {
    const { permissions, scripting, settings } = await start();
    await fakeBrowser.permissions.request({ origins: ['https://social.example/*'] });
    await vi.waitFor(() => expect(registeredHosts(scripting)).toEqual(['https://social.example/*']));
    expect(await settings.customSites.getValue()).toEqual(['social.example']);
    expect(permissions.held.has('https://social.example/*')).toBe(true);
  });

  it('unregisters a removed site and registers again on browser start', async () => {
    await fakeBrowser.storage.local.set({ customSites: ['fosstodon.org', 'hachyderm.io'] });
    const { permissions, scripting } = await start();
    permissions.held.add('https://fosstodon.org/*');
    permissions.held.add('https://hachyderm.io/*');
    await permissions.added.fire({ origins: [] });
    await vi.waitFor(() => expect(scripting.registered.size).toBe(2));

    const { removeCustomSite } = await import('../../utils/custom-sites');
    await removeCustomSite('hachyderm.io');
    await vi.waitFor(() => expect(registeredHosts(scripting)).toEqual(['https://fosstodon.org/*']));
    expect(permissions.held.has('https://hachyderm.io/*')).toBe(false);

    scripting.registered.clear(); // a browser restart forgets non-persistent registrations
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(registeredHosts(scripting)).toEqual(['https://fosstodon.org/*']));
  });
});

describe('after an install or update', () => {
  it('starts the coach in open tabs of coached sites, so they need no reload (Chromium)', async () => {
    await fakeBrowser.storage.local.set({ customSites: ['fosstodon.org'] });
    const { scripting } = await start();
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async ({ url }: { url?: string[] }) =>
      [
        { id: 3, url: LINKEDIN },
        { id: 4, url: 'https://fosstodon.org/home' },
        { id: 5, url: 'https://example.com/' },
      ].filter((tab) => url?.some((pattern) => tab.url.startsWith(pattern.replace('/*', '/'))))) as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' } as never);
    await vi.waitFor(() => expect(scripting.executed.map((injection) => injection.target.tabId).sort()).toEqual([3, 4]));
    expect(scripting.executed[0]).toMatchObject({ files: ['content-scripts/content.js'] });
  });
});
