/**
 * The toolbar badge: the number of warnings (severity 'warn') in a tab's current draft, leaving out
 * muted rules so it matches what the page shows. Badges are per tab, so switching tabs shows the
 * new tab's own count (or nothing).
 */
import { browser } from 'wxt/browser';
import type { TabDraftState } from './messaging';
import { mutedRulesOn, siteSwitchKey, type MutedRules } from './settings';

const BADGE_COLOR = '#b45309';

export function warningCount(state: TabDraftState, muted: MutedRules): number {
  if (!state.enabled || !state.draft) return 0;
  const mutedHere = mutedRulesOn(muted, siteSwitchKey(state.host));
  return state.draft.report.findings.filter((finding) => finding.severity === 'warn' && !mutedHere.has(finding.rule)).length;
}

/** MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge calls. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

export async function showWarningCount(tabId: number, count: number): Promise<void> {
  await toolbarButton().setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}

export async function setBadgeColor(): Promise<void> {
  await toolbarButton().setBadgeBackgroundColor({ color: BADGE_COLOR });
}
