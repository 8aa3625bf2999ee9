import { hitsOf, type AnalysedDraft, type Hit } from '../analysed-draft';
import { defineRule } from '../rule';

const MAX_FINDINGS = 3;
/** A quotation of three words or more (a customer's words); a quoted brand name alone is not evidence. */
const QUOTATION = /["“„«][^"“”„«»]*\s[^"“”„«»]*\s[^"“”„«»]*["”“»]/u;
/** "Best, Anna" at the end of a reply is a sign-off, not a claim. */
const SIGN_OFF_AFTER = /^\s*[,\n]/;

/** A number backs a claim; the "1" of "number 1" is the claim itself. */
function hasEvidence(draft: AnalysedDraft): boolean {
  const claims = hitsOf(draft, 'claim');
  return (
    draft.links.length > 0 ||
    draft.tokens.some((token) => token.kind === 'number' && !claims.some((claim) => token.start >= claim.start && token.end <= claim.end)) ||
    hitsOf(draft, 'evidence').length > 0 ||
    QUOTATION.test(draft.text)
  );
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}

export const backYourClaims = defineRule({
  id: 'back-your-claims',
  principle: 'Why would they believe you?',
  languageIndependent: false,
  appliesTo: () => true,
  check(draft) {
    if (hasEvidence(draft)) return [];
    const exceptions = hitsOf(draft, 'claimException');
    const claims: Hit[] = [];
    for (const hit of hitsOf(draft, 'claim')) {
      if (exceptions.some((exception) => overlaps(exception, hit))) continue;
      if (SIGN_OFF_AFTER.test(draft.text.slice(hit.end, hit.end + 2)) && draft.text.length - hit.end < 40) continue;
      const previous = claims[claims.length - 1];
      // "the best" and "best" name one claim: keep the longer phrase.
      if (previous && overlaps(previous, hit)) {
        if (hit.end - hit.start > previous.end - previous.start) claims[claims.length - 1] = hit;
        continue;
      }
      claims.push(hit);
    }
    return claims.slice(0, MAX_FINDINGS).map((claim) => ({
      severity: 'warn' as const, start: claim.start, end: claim.end,
      message: 'back-your-claims.message' as const, tip: 'back-your-claims.tip' as const,
      params: { phrase: draft.text.slice(claim.start, claim.end) },
    }));
  },
});
