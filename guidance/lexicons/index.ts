/** The lexicons, by language, and their compiled phrase indexes (built once, on first use). */
import type { Lang } from '../types';
import { compilePhrases, type PhraseIndex } from '../text/phrases';
import { de } from './de';
import { en } from './en';
import { nl } from './nl';
import { ru } from './ru';
import { CONCERNS, type Concern, type Lexicon } from './types';

export const LEXICONS: Readonly<Record<Lang, Lexicon>> = { en, de, nl, ru };

/** Concerns matched as phrases; stopwords are looked up as a set instead. */
const PHRASE_CONCERNS = CONCERNS.filter((concern) => concern !== 'stopwords');

const compiled = new Map<Lang, PhraseIndex<Concern>>();

export function phraseIndex(lang: Lang): PhraseIndex<Concern> {
  let index = compiled.get(lang);
  if (!index) {
    index = compilePhrases(PHRASE_CONCERNS.map((concern) => [concern, LEXICONS[lang][concern]] as const));
    compiled.set(lang, index);
  }
  return index;
}

export type { Concern, Lexicon };
