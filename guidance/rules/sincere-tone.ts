import { ACRONYMS } from '../lexicons/acronyms';
import { defineRule, type RuleFinding } from '../rule';
import type { Token } from '../text/tokens';

const MIN_SHOUTED_WORDS = 3;
const MAX_EXCLAMATIONS = 3;
const MAX_HASHTAGS = 5;

/** A word of three or more letters written all in capitals, that is not a known acronym. */
function isShouted(token: Token): boolean {
  // Most words have a lower-case letter: the cheap comparisons rule them out first.
  if (token.kind !== 'word' || token.raw.length < 3 || token.raw === token.lower || token.raw !== token.raw.toUpperCase()) return false;
  if (/\d/.test(token.raw)) return false;
  const letters = token.raw.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !ACRONYMS.has(letters);
}

export const sincereTone = defineRule({
  id: 'sincere-tone',
  principle: 'Be sincere, not loud',
  languageIndependent: true,
  appliesTo: () => true,
  check(draft) {
    const shouted = draft.tokens.filter(isShouted);
    const exclamationTokens = draft.tokens.filter((token) => token.kind === 'punct' && token.raw.includes('!'));
    const exclamations = exclamationTokens.reduce((sum, token) => sum + token.raw.split('!').length - 1, 0);
    const hashtags = draft.hashtags.filter((token) => /\p{L}/u.test(token.raw));

    const offences: { token: Token; message: RuleFinding['message'] }[] = [];
    if (shouted.length >= MIN_SHOUTED_WORDS) offences.push({ token: shouted[0]!, message: 'sincere-tone.caps.message' });
    const stacked = exclamationTokens.find((token) => token.raw.includes('!!'));
    if (stacked) offences.push({ token: stacked, message: 'sincere-tone.exclamations.message' });
    else if (exclamations > MAX_EXCLAMATIONS) offences.push({ token: exclamationTokens[0]!, message: 'sincere-tone.exclamations.message' });
    if (hashtags.length > MAX_HASHTAGS) offences.push({ token: hashtags[0]!, message: 'sincere-tone.hashtags.message' });

    const first = offences.sort((a, b) => a.token.start - b.token.start)[0];
    if (!first) return [];
    return [{
      severity: 'info', start: first.token.start, end: first.token.end,
      message: first.message, tip: 'sincere-tone.tip', params: { count: hashtags.length },
    }];
  },
});
