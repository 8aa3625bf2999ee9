import { hitsOf, type AnalysedDraft } from '../analysed-draft';
import { draftHash } from '../draft-hash';
import { PLATFORMS } from '../platforms';
import { defineRule, wholeDraft, type RuleFinding } from '../rule';

const MIN_OWN_WORDS = 6;
const DUPLICATE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

function ownWords(draft: AnalysedDraft): number {
  return draft.tokens.filter((token) => token.kind === 'word' || token.kind === 'number').length;
}

/**
 * "New blog post: <title> <url>" is a tool's opener: it opens the draft, or the draft is that one line.
 * A tool's signature ("via @buffer") counts anywhere; "Read more: <url>" after sentences of one's own does not.
 */
function isSyndicated(draft: AnalysedDraft): boolean {
  if (draft.links.length === 0) return false;
  const { tokens, sentenceOfToken } = draft;
  const firstWord = tokens.findIndex((token) => token.kind === 'word');
  const lastSentence = sentenceOfToken[tokens.length - 1];
  return hitsOf(draft, 'syndication').some((hit) => {
    const sentence = sentenceOfToken[hit.firstToken];
    const signature = tokens.slice(hit.firstToken, hit.endToken).some((token) => token.kind === 'mention');
    return signature || sentence === sentenceOfToken[firstWord] || sentenceOfToken[firstWord] === lastSentence;
  });
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
      if (isSyndicated(draft) && ownWords(draft) >= MIN_OWN_WORDS) {
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
