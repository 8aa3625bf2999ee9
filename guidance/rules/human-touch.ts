import { firstHit, type AnalysedDraft } from '../analysed-draft';
import { draftHash } from '../draft-hash';
import { PLATFORMS } from '../platforms';
import { defineRule, wholeDraft, type RuleFinding } from '../rule';

const MIN_OWN_WORDS = 6;
const DUPLICATE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

function ownWords(draft: AnalysedDraft): number {
  return draft.tokens.filter((token) => token.kind === 'word' || token.kind === 'number').length;
}

/** The network where the same text was drafted in the last 7 days, if any other than this one. */
function duplicateSite(draft: AnalysedDraft) {
  const { recentDraftHashes, hashSalt, site } = draft.draft;
  if (!recentDraftHashes?.length || hashSalt === undefined || ownWords(draft) < MIN_OWN_WORDS) return undefined;
  const hash = draftHash(draft.text, hashSalt);
  return recentDraftHashes.find((entry) => {
    const age = draft.now - Date.parse(entry.at);
    return entry.hash === hash && entry.site !== site && age >= 0 && age <= DUPLICATE_WINDOW_MS;
  })?.site;
}

export const humanTouch = defineRule({
  id: 'human-touch',
  principle: 'Stop blind automation',
  languageIndependent: true,
  appliesTo: () => true,
  check(draft) {
    const findings: RuleFinding[] = [];
    if (draft.draft.kind === 'post') {
      const hasAttachments = draft.links.length > 0 || draft.hashtags.length > 0 || draft.mentions.length > 0;
      if (firstHit(draft, 'syndication') && draft.links.length > 0 && ownWords(draft) >= MIN_OWN_WORDS) {
        findings.push({ severity: 'info', ...wholeDraft(draft), message: 'human-touch.syndication.message', tip: 'human-touch.syndication.tip' });
      } else if (hasAttachments && ownWords(draft) < MIN_OWN_WORDS) {
        findings.push({ severity: 'info', ...wholeDraft(draft), message: 'human-touch.link-only.message', tip: 'human-touch.link-only.tip' });
      }
    }
    const site = duplicateSite(draft);
    if (site && findings.length === 0) {
      findings.push({
        severity: 'info', ...wholeDraft(draft),
        message: 'human-touch.duplicate.message', tip: 'human-touch.duplicate.tip', params: { site: PLATFORMS[site].label },
      });
    }
    return findings;
  },
});
