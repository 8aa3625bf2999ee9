import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { LEXICONS } from '../guidance/lexicons';
import { FINDING_MESSAGES } from '../guidance/messages';
import { setBadgeColor, showWarningCount, warningCount } from '../utils/badge';
import { addGrantedOrigins, startCoachInOpenTabs, syncCustomSiteScripts } from '../utils/custom-sites';
import { onMessage, sendMessage } from '../utils/messaging';
import { customSites, migrateSettings, mutedRules } from '../utils/settings';
import { SUPPORTED_HOST_PATTERNS } from '../utils/sites';
import { uiText } from '../utils/ui-messages';

export default defineBackground(() => {
  // The page each tab's badge was computed for: a navigation elsewhere clears it, a report the
  // content script pushed after navigating keeps it.
  const badgeUrls = new Map<number, string | undefined>();

  // The content script bundles no lexicons or catalogues of its own (guidance/engine.ts `analyzeWith`).
  onMessage('getGuidanceData', ({ data }) => ({ lexicons: LEXICONS, findings: FINDING_MESSAGES[data], ui: uiText(data) }));

  onMessage('draftStateChanged', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    badgeUrls.set(tabId, sender.url);
    await showWarningCount(tabId, warningCount(data, await mutedRules.getValue()));
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    const navigated = change.status === 'loading' || (change.url !== undefined && change.url !== badgeUrls.get(tabId));
    if (!navigated || !badgeUrls.has(tabId)) return;
    badgeUrls.delete(tabId);
    void showWarningCount(tabId, 0).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => badgeUrls.delete(tabId));

  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-hints') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      // A tab without the coach has nothing to toggle.
      return sendMessage('toggleHints', undefined, { tabId: tab.id, frameId: 0 }).catch(() => undefined);
    });
  });

  const syncScripts = () => void syncCustomSiteScripts().catch((error: unknown) => console.error('[post-coach] custom sites', error));
  customSites.watch(syncScripts);
  browser.permissions.onAdded.addListener(({ origins }) => void addGrantedOrigins(origins ?? []).then(syncScripts));
  browser.permissions.onRemoved.addListener(syncScripts);
  if (!import.meta.env.FIREFOX) {
    browser.runtime.onInstalled.addListener(() => void startCoachInOpenTabs(SUPPORTED_HOST_PATTERNS).catch(() => undefined));
  }
  // Registrations do not survive a browser restart: every start of the background re-creates them.
  browser.runtime.onStartup.addListener(syncScripts);
  void setBadgeColor();
  void migrateSettings().then(syncScripts, syncScripts);
});
