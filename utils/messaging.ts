/**
 * The one typed message protocol between the content script, the popup and the background.
 * Draft text never travels here: only reports (findings quote ranges, not the draft).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DraftKind, Report, SiteId } from '../guidance/types';

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
  /** Popup → content script of the active tab. */
  getDraftState(): TabDraftState;
  /** Content script → background, whenever the draft's report changes (or the draft goes away). */
  draftStateChanged(state: TabDraftState): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
