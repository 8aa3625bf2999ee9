/**
 * Runs every rule on a draft and localizes what they find. Pure: no DOM, no browser APIs.
 */
import { analyseDraft } from './analysed-draft';
import { fillTemplate, formatAge, type Catalogue, type MessageParams } from './i18n';
import type { LexiconSet } from './lexicons';
import type { en } from './messages/en';
import type { RuleFinding } from './rule';
import { RULES } from './rules';
import type { AnalyzeOptions, ChecklistState, Draft, Finding, Lang, Report, RuleId } from './types';

/** Params named `…Minutes` are ages; the message shows them as "3 hours" in the UI language under the name without the suffix. */
function localizeParams(params: MessageParams | undefined, lang: Lang): MessageParams {
  const localized: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (name.endsWith('Minutes') && typeof value === 'number') localized[name.slice(0, -'Minutes'.length)] = formatAge(value, lang);
    else localized[name] = value;
  }
  return localized;
}

/** One UI language's finding messages and tips. */
export type FindingCatalogue = Catalogue<typeof en>;

/** The data the rules run on: phrase lexicons by language, and the catalogue of the UI language. */
export interface GuidanceData {
  lexicons: LexiconSet;
  catalogue: FindingCatalogue;
}

function localize(rule: RuleId, finding: RuleFinding, catalogue: FindingCatalogue, lang: Lang): Finding {
  const params = localizeParams(finding.params, lang);
  return {
    rule,
    severity: finding.severity,
    start: finding.start,
    end: finding.end,
    message: fillTemplate(catalogue[finding.message], params, lang),
    tip: fillTemplate(catalogue[finding.tip], params, lang),
  };
}

/**
 * Checks a draft against every rule, on the given lexicons and catalogue. The content script uses this
 * directly: its bundle carries the rules and the function words, and it receives the lexicons and the
 * UI language's catalogue from the background. Everything else calls `analyze` in `index.ts`.
 */
export function analyzeWith(draft: Draft, { lexicons, catalogue }: GuidanceData, options: AnalyzeOptions = {}): Report {
  const lang = options.uiLanguage ?? 'en';
  const analysed = analyseDraft(draft, lexicons);
  const supported = analysed.languages.length > 0;
  const findings: Finding[] = [];
  const checklist: { rule: RuleId; state: ChecklistState }[] = [];
  for (const rule of RULES) {
    if (!(supported || rule.languageIndependent) || !rule.appliesTo(analysed)) {
      checklist.push({ rule: rule.id, state: 'na' });
      continue;
    }
    const found = rule.check(analysed);
    checklist.push({ rule: rule.id, state: found.length ? 'attention' : 'pass' });
    for (const finding of found) findings.push(localize(rule.id, finding, catalogue, lang));
  }
  return { language: analysed.main, languages: analysed.languages, languageSupported: supported, findings, checklist };
}
