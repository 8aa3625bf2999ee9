import type { AnalyzeOptions, Draft, Report } from './types';
import { RULE_IDS } from './types';

export type * from './types';

// Placeholder until the engine lands (issue 2): reports nothing.
export function analyze(_draft: Draft, _options: AnalyzeOptions = {}): Report {
  return { language: 'unknown', languages: [], languageSupported: false, findings: [], checklist: RULE_IDS.map((rule) => ({ rule, state: 'na' })) };
}
