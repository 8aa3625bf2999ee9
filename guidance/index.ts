/**
 * The guidance engine's public entry: `analyze` a draft, fingerprint drafts for the cross-site
 * duplicate check, and the contract types. Importable from Node, the content script and the popup.
 */
import { analyzeWithCatalogue } from './engine';
import { FINDING_MESSAGES } from './messages';
import type { AnalyzeOptions, Draft, Report } from './types';

/**
 * Checks a draft against every rule of the principles, with messages and tips in the UI language.
 * @example analyze({ text: 'We are proud to announce our new app.', kind: 'post' }).findings[0].rule // 'broadcast-only'
 */
export function analyze(draft: Draft, options: AnalyzeOptions = {}): Report {
  return analyzeWithCatalogue(draft, FINDING_MESSAGES[options.uiLanguage ?? 'en'], options);
}

export { analyzeWithCatalogue, type FindingCatalogue } from './engine';
export { draftHash } from './draft-hash';
export { FINDING_MESSAGES } from './messages';
export * from './types';
