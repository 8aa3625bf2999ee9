/**
 * The guidance engine's public entry: `analyze` a draft, fingerprint drafts for the cross-site
 * duplicate check, and the contract types. Importable from Node, the content script and the popup.
 */
import { analyzeWith } from './engine';
import { LEXICONS } from './lexicons';
import { FINDING_MESSAGES } from './messages';
import type { AnalyzeOptions, Draft, Report } from './types';

/**
 * Checks a draft against every rule of the principles, with messages and tips in the UI language.
 * @example analyze({ text: 'We are proud to announce our new app.', kind: 'post' }).findings[0].rule // 'broadcast-only'
 */
export function analyze(draft: Draft, options: AnalyzeOptions = {}): Report {
  return analyzeWith(draft, { lexicons: LEXICONS, catalogue: FINDING_MESSAGES[options.uiLanguage ?? 'en'] }, options);
}

export { analyzeWith, type FindingCatalogue, type GuidanceData } from './engine';
export { LEXICONS } from './lexicons';
export { draftHash } from './draft-hash';
export { FINDING_MESSAGES } from './messages';
export * from './types';
