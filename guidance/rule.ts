/**
 * The contract every rule in `rules/` fulfils: one rule per file, its id equal to the file name.
 */
import type { AnalysedDraft } from './analysed-draft';
import type { MessageParams } from './i18n';
import type { MessageKey } from './messages';
import type { RuleId, Severity } from './types';

/** What a rule reports before it is localized; `start`/`end` are UTF-16 offsets into the draft. */
export interface RuleFinding {
  severity: Severity;
  start: number;
  end: number;
  message: MessageKey;
  tip: MessageKey;
  params?: MessageParams;
}

/**
 * @example
 * export const stayCalm = defineRule({
 *   id: 'stay-calm', principle: "Don't fight in public", languageIndependent: false,
 *   appliesTo: (draft) => draft.draft.kind === 'reply',
 *   check: (draft) => hitsOf(draft, 'defensive').slice(0, 2).map(...),
 * });
 */
export interface Rule {
  id: RuleId;
  /** The principle in `principles.md` this rule serves. */
  principle: string;
  /** True when the rule also runs on drafts in languages without a lexicon. */
  languageIndependent: boolean;
  /** False makes the checklist show "not applicable" (e.g. `reply-fast` on a new post). */
  appliesTo(draft: AnalysedDraft): boolean;
  check(draft: AnalysedDraft): RuleFinding[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The whole draft as a range, for rules about the draft as a whole. */
export function wholeDraft(draft: AnalysedDraft): { start: number; end: number } {
  return { start: 0, end: draft.text.length };
}
