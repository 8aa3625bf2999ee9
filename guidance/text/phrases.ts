/**
 * Lexicon phrases, compiled once into an index keyed by their first word, then matched over the
 * draft's tokens in one pass: a couple of Map look-ups per token, whatever the lexicon's size.
 *
 * Phrase syntax (lexicon data, lower case):
 * - words separated by spaces, matched against consecutive tokens (`sign up`);
 * - `word*` matches any token starting with `word` (`subscrib*`), for inflections;
 * - `(a|b*)` matches one of several words; a trailing `?` makes a word optional (`(our )?` is written `our?`);
 * - a leading `=` makes a word case-sensitive (`=Sie`, the formal German "you", not `sie`);
 * - `*word` matches any token ending with `word` (`*straße`), for compounds;
 * - `<n>` matches any number (`within <n> hours`).
 */
import type { Token } from './tokens';

interface WordTest {
  text: string;
  prefix: boolean;
  suffix: boolean;
  numeric: boolean;
  caseSensitive: boolean;
}
type Step = readonly WordTest[];

export interface CompiledPhrase<Tag> {
  tag: Tag;
  source: string;
  /** Steps after the first one. */
  rest: readonly Step[];
  /** Set when the first word is case-sensitive: the token must be written exactly so. */
  firstExactly?: string;
}

export interface PhraseIndex<Tag> {
  exact: Map<string, CompiledPhrase<Tag>[]>;
  /**
   * Prefix phrases, keyed by the prefix's first three characters, grouped by prefix: optional words
   * expand one lexicon entry into several phrases with the same first word, tested once per token.
   */
  prefix: Map<string, { test: WordTest; phrases: CompiledPhrase<Tag>[] }[]>;
  /** Phrases starting with any number (`<n> hours`), checked against number tokens only. */
  numeric: CompiledPhrase<Tag>[];
  /** First words that cannot be keyed (suffixes, short prefixes), checked against every word. */
  unkeyed: { test: WordTest; phrase: CompiledPhrase<Tag> }[];
}

export interface PhraseMatch<Tag> {
  tag: Tag;
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  firstToken: number;
  endToken: number;
}

function parseWord(option: string): WordTest {
  const caseSensitive = option.startsWith('=');
  const body = caseSensitive ? option.slice(1) : option;
  const prefix = body.length > 1 && body.endsWith('*');
  const suffix = body.length > 1 && body.startsWith('*');
  const text = body.slice(suffix ? 1 : 0, prefix ? -1 : undefined);
  return { text, prefix, suffix, numeric: body === '<n>', caseSensitive };
}

/** Splits `send us a? (dm|pm)` into steps, expanding optional words into separate alternatives. */
function expand(source: string): Step[][] {
  let variants: Step[][] = [[]];
  for (const part of source.trim().split(/\s+/)) {
    const optional = part.endsWith('?') && part.length > 1;
    const body = optional ? part.slice(0, -1) : part;
    const options = body.replace(/^\(|\)$/g, '').split('|').map(parseWord);
    const withWord = variants.map((steps) => [...steps, options]);
    variants = optional ? [...variants, ...withWord] : withWord;
  }
  return variants.filter((steps) => steps.length > 0);
}

export function compilePhrases<Tag>(entries: Iterable<readonly [Tag, readonly string[]]>): PhraseIndex<Tag> {
  const index: PhraseIndex<Tag> = { exact: new Map(), prefix: new Map(), numeric: [], unkeyed: [] };
  for (const [tag, sources] of entries) {
    for (const source of sources) {
      for (const [first, ...rest] of expand(source)) {
        const phrase: CompiledPhrase<Tag> = { tag, source, rest };
        for (const test of first!) {
          if (test.numeric) {
            index.numeric.push(phrase);
          } else if (test.suffix || (test.prefix && test.text.length < 3)) {
            index.unkeyed.push({ test, phrase });
          } else if (!test.prefix) {
            const key = test.text.toLowerCase();
            const list = index.exact.get(key) ?? [];
            list.push(test.caseSensitive ? { ...phrase, firstExactly: test.text } : phrase);
            index.exact.set(key, list);
          } else {
            const key = test.text.slice(0, 3).toLowerCase();
            const groups = index.prefix.get(key) ?? [];
            const group = groups.find((other) => other.test.text === test.text && other.test.caseSensitive === test.caseSensitive);
            if (group) group.phrases.push(phrase);
            else groups.push({ test, phrases: [phrase] });
            index.prefix.set(key, groups);
          }
        }
      }
    }
  }
  return index;
}

function wordMatches(test: WordTest, token: Token): boolean {
  if (test.numeric) return token.kind === 'number';
  const value = test.caseSensitive ? token.raw : token.lower;
  if (test.prefix) return value.startsWith(test.text);
  if (test.suffix) return value.endsWith(test.text) && token.kind === 'word';
  return value === test.text;
}

function restMatches(rest: readonly Step[], tokens: readonly Token[], from: number): number {
  let at = from;
  for (const step of rest) {
    const token = tokens[at];
    if (!token || !step.some((test) => wordMatches(test, token))) return -1;
    at++;
  }
  return at;
}

/** Every phrase occurrence, in token order. Phrases never span punctuation tokens such as `.`. */
export function matchPhrases<Tag>(index: PhraseIndex<Tag>, tokens: readonly Token[]): PhraseMatch<Tag>[] {
  const matches: PhraseMatch<Tag>[] = [];
  const record = (phrase: CompiledPhrase<Tag>, i: number) => {
    const end = restMatches(phrase.rest, tokens, i + 1);
    if (end < 0) return;
    matches.push({ tag: phrase.tag, start: tokens[i]!.start, end: tokens[end - 1]!.end, firstToken: i, endToken: end });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'number') {
      for (const phrase of index.numeric) record(phrase, i);
      continue;
    }
    if (token.kind === 'punct' || token.kind === 'url') continue;
    const exact = index.exact.get(token.lower);
    if (exact) for (const phrase of exact) if (phrase.firstExactly === undefined || phrase.firstExactly === token.raw) record(phrase, i);
    if (token.lower.length >= 3) {
      const prefixed = index.prefix.get(token.lower.slice(0, 3));
      if (prefixed) for (const { test, phrases } of prefixed) if (wordMatches(test, token)) for (const phrase of phrases) record(phrase, i);
    }
    for (const { test, phrase } of index.unkeyed) if (wordMatches(test, token)) record(phrase, i);
  }
  return matches;
}
