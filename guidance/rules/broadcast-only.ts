import { hitsOf } from '../analysed-draft';
import { defineRule, wholeDraft } from '../rule';

export const broadcastOnly = defineRule({
  id: 'broadcast-only',
  principle: 'Start conversations, not announcements',
  languageIndependent: false,
  appliesTo: (draft) => draft.draft.kind === 'post',
  check(draft) {
    const selfCentred = hitsOf(draft, 'firstPersonPlural').length > 0 || hitsOf(draft, 'selfPromotion').length > 0;
    const hook =
      draft.firstQuestion >= 0 ||
      draft.mentions.length > 0 ||
      hitsOf(draft, 'secondPerson').length > 0 ||
      hitsOf(draft, 'invitation').length > 0;
    if (!selfCentred || hook) return [];
    return [{ severity: 'warn', ...wholeDraft(draft), message: 'broadcast-only.message', tip: 'broadcast-only.tip' }];
  },
});
