import { defineRule, type RuleFinding } from '../rule';
import type { Policy } from '../types';

/** Used when the policy names sponsors but no disclosure of its own. */
const DEFAULT_DISCLOSURES = ['#ad', '#sponsored', '#anzeige', '#werbung', '#advertentie', '#gesponsord', '#реклама'];
const MAX_TERM_LENGTH = 100;

/** Compiled term patterns; a policy has tens of terms, so the cache is small and bounded. */
const patterns = new Map<string, RegExp>();
const MAX_CACHED_PATTERNS = 500;

/** Whole-word, case-insensitive; Cyrillic terms may carry a case ending ("Зернослава"). */
function termPattern(term: string): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const ending = /\p{Script=Cyrillic}$/u.test(term) ? '\\p{Script=Cyrillic}{0,3}' : "(?:['’]s)?";
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}${ending}(?![\\p{L}\\p{N}_])`, 'iu');
    if (patterns.size >= MAX_CACHED_PATTERNS) patterns.clear();
    patterns.set(term, pattern);
  }
  return pattern;
}

function usableTerms(terms: readonly string[] | undefined): string[] {
  return (terms ?? []).map((term) => (typeof term === 'string' ? term.trim() : '')).filter((term) => term.length > 0 && term.length <= MAX_TERM_LENGTH);
}

function hasPolicy(policy: Policy | undefined): boolean {
  return usableTerms(policy?.forbidden).length > 0 || usableTerms(policy?.sponsorWords).length > 0;
}

export const companyPolicy = defineRule({
  id: 'company-policy',
  principle: 'Your participation policy',
  languageIndependent: true,
  appliesTo: (draft) => hasPolicy(draft.draft.policy),
  check(draft) {
    const { text } = draft;
    const policy = draft.draft.policy;
    const findings: RuleFinding[] = [];
    for (const term of usableTerms(policy?.forbidden)) {
      const match = termPattern(term).exec(text);
      if (match) {
        findings.push({
          severity: 'warn', start: match.index, end: match.index + match[0].length,
          message: 'company-policy.forbidden.message', tip: 'company-policy.forbidden.tip', params: { phrase: match[0] },
        });
      }
    }
    const configured = usableTerms(policy?.disclosure);
    const disclosures = configured.length ? configured : DEFAULT_DISCLOSURES;
    if (!disclosures.some((disclosure) => termPattern(disclosure).test(text))) {
      const sponsor = usableTerms(policy?.sponsorWords)
        .map((term) => termPattern(term).exec(text))
        .filter((match): match is RegExpExecArray => match !== null)
        .sort((a, b) => a.index - b.index)[0];
      if (sponsor) {
        findings.push({
          severity: 'warn', start: sponsor.index, end: sponsor.index + sponsor[0].length,
          message: 'company-policy.disclosure.message', tip: 'company-policy.disclosure.tip',
          params: { phrase: sponsor[0], disclosure: disclosures[0]! },
        });
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
});
