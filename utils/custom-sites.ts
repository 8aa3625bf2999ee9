/**
 * Custom sites: Mastodon-like instances the user added. Each needs the host permission for its
 * origin (an optional host permission, granted per device) and a dynamically registered copy of
 * the content script; the background keeps those registrations in step with the `customSites`
 * setting and the granted permissions.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { customSites, disabledSites, mutedRules } from './settings';
import { isHostName, siteForHost } from './sites';

const SCRIPT_ID_PREFIX = 'post-coach-custom:';
/** The content script WXT builds from entrypoints/content (also in the manifest). */
const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export function originPattern(host: string): string {
  return `https://${host}/*`;
}

export type HostInput = { host: string } | { problem: 'invalid' | 'built-in' | 'not-https' };

/** A host from what a user typed or the tab's URL: `mastodon.example`, `https://mastodon.example/@me`. */
export function parseHostInput(input: string): HostInput {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { problem: 'invalid' };
  }
  if (url.protocol !== 'https:') return { problem: 'not-https' };
  const host = url.hostname.toLowerCase();
  if (!isHostName(host) || url.username || url.port) return { problem: 'invalid' };
  if (siteForHost(host)) return { problem: 'built-in' };
  return { host };
}

/** Paths every Mastodon instance serves: profiles (`/@name`), the web app's columns. */
const MASTODON_PATH = /^\/(?:@[^/]+|home|deck|explore|notifications|public|bookmarks|favourites|lists)(?:\/|$)/;

export function looksLikeMastodonUrl(url: string): boolean {
  try {
    const { protocol, pathname } = new URL(url);
    return protocol === 'https:' && MASTODON_PATH.test(pathname);
  } catch {
    return false;
  }
}

/**
 * Whether the page in `tabId` is a Mastodon instance, read from its DOM (the web app's root
 * element or its initial-state script). Needs access to the tab (a granted host or activeTab);
 * undefined when there is none.
 */
export async function probeMastodonPage(tabId: number): Promise<boolean | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () =>
        Boolean(
          document.getElementById('mastodon') ??
            document.querySelector('script#initial-state, meta[name="application-name"][content="Mastodon" i]'),
        ),
    });
    return result?.result === true;
  } catch {
    return undefined;
  }
}

export async function hasHostPermission(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(host)] });
}

/** Asks the user for the host permission. Call it first thing in a click handler (a user gesture). */
export async function requestHostPermission(host: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [originPattern(host)] });
  } catch {
    return false;
  }
}

/** Adds `host` to the custom sites (the background then registers the content script for it). */
export async function addCustomSite(host: string): Promise<void> {
  const hosts = await customSites.getValue();
  if (!hosts.includes(host)) await customSites.setValue([...hosts, host]);
}

/**
 * Adds the hosts of newly granted origins. Post Coach only ever asks for optional host permissions
 * for custom sites, so a grant means "coach here" even when the popup that asked was closed by the
 * permission prompt (Firefox closes it).
 */
export async function addGrantedOrigins(origins: readonly string[]): Promise<void> {
  for (const origin of origins) {
    const parsed = /^https:\/\/([^/*]+)\/\*$/.exec(origin);
    const input = parsed ? parseHostInput(parsed[1] ?? '') : undefined;
    if (input && 'host' in input) await addCustomSite(input.host);
  }
}

/** Removes `host`, its switch and mutes, and gives its host permission back. */
export async function removeCustomSite(host: string): Promise<void> {
  await customSites.setValue((await customSites.getValue()).filter((known) => known !== host));
  const disabled = await disabledSites.getValue();
  if (disabled.includes(host)) await disabledSites.setValue(disabled.filter((key) => key !== host));
  const muted = await mutedRules.getValue();
  if (muted.bySite[host]) {
    const { [host]: _removed, ...bySite } = muted.bySite;
    await mutedRules.setValue({ ...muted, bySite });
  }
  await browser.permissions.remove({ origins: [originPattern(host)] }).catch(() => false);
}

/** The files of the manifest's content script, so a custom site gets exactly what built-in sites get. */
function contentScriptFiles(): { js: string[]; css: string[] } {
  const declared = browser.runtime.getManifest().content_scripts?.find((script) => script.js?.includes(CONTENT_SCRIPT_FILE));
  return { js: declared?.js ?? [CONTENT_SCRIPT_FILE], css: declared?.css ?? [] };
}

/** Starts the coach in a tab that was open before its site was added, without reloading it (the draft stays). */
export async function injectContentScript(tabId: number): Promise<void> {
  const { js, css } = contentScriptFiles();
  if (css.length) await browser.scripting.insertCSS({ target: { tabId }, files: css });
  // The manifest only lists files the build wrote.
  await browser.scripting.executeScript({ target: { tabId }, files: js as ScriptPublicPath[] });
}

let syncing: Promise<void> = Promise.resolve();

/**
 * Registers the content script for every custom site whose permission is granted, and unregisters
 * it for the rest. Runs one at a time: calls made while one runs wait for it.
 */
export function syncCustomSiteScripts(): Promise<void> {
  syncing = syncing.catch(() => undefined).then(registerGrantedSites);
  return syncing;
}

async function registerGrantedSites(): Promise<void> {
  const hosts = await customSites.getValue();
  const granted = new Set<string>();
  for (const host of hosts) if (await hasHostPermission(host)) granted.add(host);
  const registered = (await browser.scripting.getRegisteredContentScripts())
    .map((script) => script.id)
    .filter((id) => id.startsWith(SCRIPT_ID_PREFIX))
    .map((id) => id.slice(SCRIPT_ID_PREFIX.length));
  const stale = registered.filter((host) => !granted.has(host));
  const missing = [...granted].filter((host) => !registered.includes(host));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((host) => SCRIPT_ID_PREFIX + host) });
  if (!missing.length) return;
  const { js, css } = contentScriptFiles();
  await browser.scripting.registerContentScripts(
    missing.map((host) => ({
      id: SCRIPT_ID_PREFIX + host,
      matches: [originPattern(host)],
      js,
      css,
      runAt: 'document_idle' as const,
      // Re-registered by the background on every start instead, which Firefox needs anyway.
      persistAcrossSessions: false,
    })),
  );
}

/**
 * After an install or update Chromium leaves open tabs without the new content script (the old one
 * is cut off), so coaching would stop until each page is reloaded: start it in every open tab of a
 * coached site. Firefox re-injects by itself.
 */
export async function startCoachInOpenTabs(builtInPatterns: readonly string[]): Promise<void> {
  const custom = (await customSites.getValue()).map(originPattern);
  const tabs = await browser.tabs.query({ url: [...builtInPatterns, ...custom] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectContentScript(tab.id).catch(() => undefined))));
}
