import { firstHit, hitsOf, type AnalysedDraft } from '../analysed-draft';
import { defineRule } from '../rule';

/** Informational text this long before the first ask is value in itself (advice, a story), even without a marker word. */
const VALUE_RUN_WORDS = 20;

/** Where the first thing useful to the reader starts, or -1 when there is none before `before`. */
function firstValueBefore(draft: AnalysedDraft, before: number): number {
  const marker = firstHit(draft, 'value');
  const candidates = [marker?.start ?? -1, draft.firstQuestion].filter((at) => at >= 0);
  const earliest = candidates.length ? Math.min(...candidates) : -1;
  if (earliest >= 0 && earliest < before) return earliest;
  // A run of plain information before the ask, not about the company itself.
  let words = 0;
  for (const token of draft.tokens) {
    if (token.start >= before) break;
    if (token.kind === 'word' || token.kind === 'number') words++;
  }
  const selfReferences = hitsOf(draft, 'firstPersonPlural').filter((hit) => hit.start < before).length;
  return words >= VALUE_RUN_WORDS && selfReferences <= 1 ? 0 : -1;
}

export const valueBeforeAsk = defineRule({
  id: 'value-before-ask',
  principle: 'Help before you ask',
  languageIndependent: false,
  appliesTo: (draft) => draft.draft.kind === 'post',
  check(draft) {
    const ask = firstHit(draft, 'askNeedingWay', 'askOnPlatform');
    if (!ask) return [];
    if (firstValueBefore(draft, ask.start) >= 0) return [];
    return [{
      severity: 'warn', start: ask.start, end: ask.end,
      message: 'value-before-ask.message', tip: 'value-before-ask.tip',
      params: { phrase: draft.text.slice(ask.start, ask.end) },
    }];
  },
});
