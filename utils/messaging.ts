/**
 * The one typed message protocol between the content script, the popup and the background.
 * Draft text never travels here: only reports (findings quote ranges, not the draft).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FindingCatalogue } from '../guidance/engine';
import type { Lexicon } from '../guidance/lexicons/types';
import type { UiTexts } from './ui-messages';
import type { DraftKind, Lang, Report, SiteId } from '../guidance/types';

/** What a tab says about its current draft. */
export interface TabDraftState {
  site: SiteId;
  host: string;
  /** False when the user switched the coach off on this site. */
  enabled: boolean;
  /** The focused or last-edited composer's report; null when no draft is active. */
  draft: { kind: DraftKind; report: Report } | null;
}

interface ProtocolMap {
  /** Popup → content script of the active tab (top frame). */
  getDraftState(): TabDraftState;
  /**
   * Content script → background (and an open popup), whenever the draft's report changes, the draft
   * goes away, or the page navigates. The background reads the tab from the sender.
   */
  draftStateChanged(state: TabDraftState): void;
  /** Background → content script of the active tab: the manifest command 'toggle-hints' was pressed. */
  toggleHints(): void;
  /**
   * Content script → background: the data its engine and hint run on, in one UI language. The content
   * script bundles the rules and function words only (guidance/engine.ts `analyzeWith`).
   */
  getGuidanceData(lang: Lang): { lexicons: Record<Lang, Lexicon>; findings: FindingCatalogue; ui: UiTexts };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** How long the popup waits for a tab's content script before it says "not available". */
export const TAB_ANSWER_TIMEOUT_MS = 500;

/**
 * The draft state of a tab's top frame, or null when nothing answers in time: no content script
 * (a page Post Coach does not run on, or one opened before the extension was installed), or an
 * invalidated one.
 */
export async function requestDraftState(tabId: number, timeoutMs = TAB_ANSWER_TIMEOUT_MS): Promise<TabDraftState | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const answer = sendMessage('getDraftState', undefined, { tabId, frameId: 0 }).catch(() => null);
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
