import { hitsOf } from '../analysed-draft';
import { defineRule } from '../rule';

const MAX_FINDINGS = 2;

export const stayCalm = defineRule({
  id: 'stay-calm',
  principle: "Don't fight in public",
  languageIndependent: false,
  appliesTo: (draft) => draft.draft.kind === 'reply',
  check: (draft) =>
    hitsOf(draft, 'defensive').slice(0, MAX_FINDINGS).map((hit) => ({
      severity: 'warn' as const, start: hit.start, end: hit.end,
      message: 'stay-calm.message' as const, tip: 'stay-calm.tip' as const,
      params: { phrase: draft.text.slice(hit.start, hit.end) },
    })),
});
