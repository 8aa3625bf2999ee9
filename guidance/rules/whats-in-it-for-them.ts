import { hitsOf } from '../analysed-draft';
import { defineRule, wholeDraft } from '../rule';

const MIN_SELF_REFERENCES = 3;
const FIRST_SENTENCE_QUOTE = 60;

export const whatsInItForThem = defineRule({
  id: 'whats-in-it-for-them',
  principle: "What's in it for them",
  languageIndependent: false,
  appliesTo: (draft) => draft.draft.kind === 'post',
  check(draft) {
    const we = hitsOf(draft, 'firstPersonPlural').length;
    const you = hitsOf(draft, 'secondPerson').length;
    if (we < MIN_SELF_REFERENCES || we < 2 * you) return [];
    const firstSentence = draft.text.trim().split(/(?<=[.!?…])\s|\n/u)[0] ?? '';
    const first = firstSentence.length > FIRST_SENTENCE_QUOTE ? `${firstSentence.slice(0, FIRST_SENTENCE_QUOTE).trimEnd()}…` : firstSentence;
    return [{
      severity: 'info', ...wholeDraft(draft),
      message: 'whats-in-it-for-them.message', tip: 'whats-in-it-for-them.tip',
      params: { we, you, first },
    }];
  },
});
