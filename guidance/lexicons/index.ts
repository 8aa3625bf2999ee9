/** The lexicons, by language, and their compiled phrase indexes (built once per lexicon, on first use). */
import type { Lang } from '../types';
import { compilePhrases, type PhraseIndex } from '../text/phrases';
import { de } from './de';
import { en } from './en';
import { nl } from './nl';
import { ru } from './ru';
import { CONCERNS, type Concern, type Lexicon } from './types';

/** Phrase lexicons by language; the engine gets them as data (see `GuidanceData` in engine.ts). */
export type LexiconSet = Readonly<Partial<Record<Lang, Lexicon>>>;

export const LEXICONS: Readonly<Record<Lang, Lexicon>> = { en, de, nl, ru };

// Keyed by the lexicon object, so lexicons received as data (the content script's) are compiled once too.
const compiled = new WeakMap<Lexicon, PhraseIndex<Concern>>();

export function phraseIndex(lexicon: Lexicon): PhraseIndex<Concern> {
  let index = compiled.get(lexicon);
  if (!index) {
    index = compilePhrases(CONCERNS.map((concern) => [concern, lexicon[concern]] as const));
    compiled.set(lexicon, index);
  }
  return index;
}

export type { Concern, Lexicon };
