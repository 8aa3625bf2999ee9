import { firstHit, parseTime, type AnalysedDraft } from '../analysed-draft';
import { defineRule, wholeDraft } from '../rule';

const DEFAULT_TARGET_MINUTES = 60;
const DAY_MINUTES = 24 * 60;

function parentAgeMinutes(draft: AnalysedDraft): number {
  return (draft.now - parseTime(draft.draft.parent?.createdAt)) / 60_000;
}

export const replyFast = defineRule({
  id: 'reply-fast',
  principle: 'Answer while it matters',
  languageIndependent: true,
  appliesTo: (draft) => draft.draft.kind === 'reply' && Number.isFinite(parentAgeMinutes(draft)),
  check(draft) {
    const age = parentAgeMinutes(draft);
    const targetSetting = draft.draft.replyTargetMinutes;
    const target = targetSetting !== undefined && targetSetting > 0 ? targetSetting : DEFAULT_TARGET_MINUTES;
    if (age <= target) return [];
    const approximate = draft.draft.parent?.approximate === true;
    const params = { ageMinutes: Math.round(age), targetMinutes: target };
    if (age <= DAY_MINUTES) {
      return [{
        severity: 'info', ...wholeDraft(draft), params,
        message: approximate ? 'reply-fast.info.message-approximate' : 'reply-fast.info.message',
        tip: 'reply-fast.info.tip',
      }];
    }
    if (firstHit(draft, 'delayApology')) return [];
    return [{
      severity: 'warn', ...wholeDraft(draft), params,
      message: approximate ? 'reply-fast.warn.message-approximate' : 'reply-fast.warn.message',
      tip: 'reply-fast.warn.tip',
    }];
  },
});
