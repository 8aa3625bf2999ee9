/** What the popup can say about the active tab: coached, coachable after a reload, or not coached. */
import { browser } from 'wxt/browser';
import { hasHostPermission, looksLikeMastodonUrl, probeMastodonPage } from './custom-sites';
import { requestDraftState, type TabDraftState } from './messaging';
import { customSites } from './settings';
import { siteForHost } from './sites';

export type TabSituation =
  /** The content script answered. */
  | { kind: 'coached'; tabId: number; state: TabDraftState }
  /** A site Post Coach runs on, but nothing answered: the tab was opened before the extension. */
  | { kind: 'unreachable'; tabId: number; host: string }
  /** An https page Post Coach does not know; it could become a custom site. */
  | { kind: 'unsupported'; tabId: number; host: string; mastodonLike: boolean }
  /** Not a web page (a browser page, a file, an extension page), or a page whose address the popup may not read. */
  | { kind: 'no-page' };

export async function inspectActiveTab(): Promise<TabSituation> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'no-page' };
  const tabId = tab.id;
  const state = await requestDraftState(tabId);
  if (state) return { kind: 'coached', tabId, state };
  const url = URL.canParse(tab.url ?? '') ? new URL(tab.url ?? '') : undefined;
  if (url?.protocol !== 'https:') return { kind: 'no-page' };
  const host = url.hostname;
  if (siteForHost(host) || ((await customSites.getValue()).includes(host) && (await hasHostPermission(host)))) {
    return { kind: 'unreachable', tabId, host };
  }
  // The page itself is the better witness; its address is the fallback when the popup may not look inside.
  const mastodonLike = (await probeMastodonPage(tabId)) ?? looksLikeMastodonUrl(url.href);
  return { kind: 'unsupported', tabId, host, mastodonLike };
}
