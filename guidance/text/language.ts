/**
 * Detects which supported languages a draft is written in, from its function words. Russian is
 * recognised by script; Ukrainian, Belarusian and other Cyrillic languages are told apart by their own letters.
 */
import { STOPWORDS } from '../lexicons/stopwords';
import { LANGUAGES, type Lang } from '../types';
import type { Token } from './tokens';

/** Which languages each function word belongs to. */
const LANGUAGES_OF_WORD: ReadonlyMap<string, readonly Lang[]> = (() => {
  const map = new Map<string, Lang[]>();
  for (const lang of LANGUAGES) {
    for (const word of STOPWORDS[lang]) map.set(word, [...(map.get(word) ?? []), lang]);
  }
  return map;
})();

/** Letters that exist in other Cyrillic alphabets but not in Russian. */
const NON_RUSSIAN_CYRILLIC = /[іїєґўђјљњћџ]/;
/** Basic Cyrillic and Latin by code point: cheaper than a Unicode-property test per word. */
function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x52f;
}
function isLatin(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

/** Enough words to tell the language; longer drafts do not change the answer, only the cost. */
const SAMPLE_WORDS = 400;
const SHORT_DRAFT_WORDS = 8;

export interface DetectedLanguages {
  main: Lang | 'unknown';
  /** The main language first, then any other language the draft uses substantially. */
  all: Lang[];
}

export function detectLanguages(tokens: readonly Token[]): DetectedLanguages {
  const scores: Record<Lang, number> = { en: 0, de: 0, nl: 0, ru: 0 };
  let cyrillicWords = 0;
  let latinWords = 0;
  let otherCyrillic = 0;
  let sampled = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (++sampled > SAMPLE_WORDS) break;
    const first = token.lower.charCodeAt(0);
    if (isCyrillic(first)) {
      cyrillicWords++;
      if (NON_RUSSIAN_CYRILLIC.test(token.lower)) otherCyrillic++;
    } else if (isLatin(first)) {
      latinWords++;
    }
    for (const lang of LANGUAGES_OF_WORD.get(token.lower) ?? []) scores[lang]++;
  }
  if (otherCyrillic > 0 && otherCyrillic * 10 >= cyrillicWords) scores.ru = 0;
  else scores.ru = Math.max(scores.ru, cyrillicWords >= 2 && cyrillicWords >= latinWords ? cyrillicWords : 0);

  const ranked = LANGUAGES.filter((lang) => scores[lang] > 0).sort((a, b) => scores[b] - scores[a]);
  const top = ranked[0];
  // One function word decides only a very short draft ("Our latest post: <link>"), and only without a rival.
  const decisive = scores[top!] >= 2 || (sampled <= SHORT_DRAFT_WORDS && ranked.length === 1);
  if (!top || !decisive) return { main: 'unknown', all: [] };
  // A second language counts when it holds a real share of the draft, not a borrowed word or two.
  const all = ranked.filter((lang) => lang === top || (scores[lang] >= 3 && scores[lang] * 3 >= scores[top]));
  return { main: top, all };
}
