import { firstHit, type AnalysedDraft } from '../analysed-draft';
import { LINKEDIN_FOLD, PLATFORMS } from '../platforms';
import { defineRule, type RuleFinding } from '../rule';
import { measure } from '../text/length';

/** Offset where LinkedIn folds a post: about 210 characters, or earlier at the third line break. */
function linkedInFold(text: string): number {
  let breaks = 0;
  for (let i = 0; i < text.length && i < LINKEDIN_FOLD.characters; i++) {
    if (text[i] === '\n' && ++breaks === LINKEDIN_FOLD.lineBreaks) return i;
  }
  return LINKEDIN_FOLD.characters;
}

function foldFinding(draft: AnalysedDraft): RuleFinding | undefined {
  const ask = firstHit(draft, 'askNeedingWay', 'askOnPlatform');
  const positions = [ask?.start ?? -1, draft.firstQuestion].filter((at) => at >= 0);
  if (!positions.length) return undefined;
  const first = Math.min(...positions);
  if (first < linkedInFold(draft.text)) return undefined;
  const end = ask && ask.start === first ? ask.end : first + 1;
  return { severity: 'info', start: first, end, message: 'platform-fit.fold.message', tip: 'platform-fit.fold.tip' };
}

export const platformFit = defineRule({
  id: 'platform-fit',
  principle: 'Fit the network',
  languageIndependent: true,
  appliesTo: (draft) => draft.draft.site !== undefined && draft.draft.site in PLATFORMS,
  check(draft) {
    const { site, kind, charLimit } = draft.draft;
    const platform = PLATFORMS[site!];
    const limit = charLimit !== undefined && charLimit > 0 ? charLimit : platform.limit[kind];
    const { text } = draft;
    // Even at two units a character, a text this short fits: skip the count.
    if (text.length * 2 > limit) {
      const measured = measure(text, platform.lengthRule, draft.links, limit);
      if (measured.overflowAt >= 0) {
        return [{
          severity: 'warn', start: measured.overflowAt, end: text.length,
          message: 'platform-fit.too-long.message', tip: 'platform-fit.too-long.tip',
          params: { over: measured.length - limit, limit, site: platform.label },
        }];
      }
    }
    if (platform.maxLinks !== undefined && draft.links.length > platform.maxLinks) {
      const extra = draft.links[platform.maxLinks]!;
      return [{
        severity: 'warn', start: extra.start, end: extra.end,
        message: 'platform-fit.too-many-links.message', tip: 'platform-fit.too-many-links.tip',
        params: { count: draft.links.length, limit: platform.maxLinks, site: platform.label },
      }];
    }
    const fold = site === 'linkedin' && kind === 'post' ? foldFinding(draft) : undefined;
    return fold ? [fold] : [];
  },
});
