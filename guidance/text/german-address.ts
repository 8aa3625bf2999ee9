/**
 * German "Sie" also means "they" and "ihr" also means "her"/"their", so a match of the second-person
 * lexicon is the reader only in some positions. Capitalisation decides mid-sentence; at a sentence
 * start, where every word is capitalised, a formal form counts only when the sentence is a question
 * or the draft addresses the reader formally elsewhere too.
 */
import type { PhraseMatch } from './phrases';
import type { Token } from './tokens';

const FORMAL = new Set(['sie', 'ihnen', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres']);

/** Tokens that do not start a sentence's wording: handles, hashtags and links before it. */
const ATTACHMENT: ReadonlySet<Token['kind']> = new Set(['mention', 'hashtag', 'url']);

function startsSentence(tokens: readonly Token[], sentenceOf: Int32Array, i: number): boolean {
  let previous = i - 1;
  while (previous >= 0 && ATTACHMENT.has(tokens[previous]!.kind)) previous--;
  // A colon starts a capitalised clause in German, so it ends a sentence for this purpose.
  return previous < 0 || tokens[previous]!.kind === 'punct' || sentenceOf[previous] !== sentenceOf[i];
}

function isCapitalisedOrNumber(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || (token.kind === 'word' && token.raw[0] !== token.lower[0]));
}

function endsWithQuestion(tokens: readonly Token[], sentenceOf: Int32Array, i: number): boolean {
  let last = i;
  while (last + 1 < tokens.length && sentenceOf[last + 1] === sentenceOf[i]) last++;
  const token = tokens[last]!;
  return token.kind === 'punct' && token.raw.includes('?');
}

/** The second-person matches that address the reader; other matches pass through unchanged. */
export function germanAddress<Tag>(hits: readonly PhraseMatch<Tag>[], tokens: readonly Token[], sentenceOf: Int32Array): PhraseMatch<Tag>[] {
  const ambiguous: PhraseMatch<Tag>[] = [];
  const kept: PhraseMatch<Tag>[] = [];
  let formalMidSentence = false;
  for (const hit of hits) {
    const i = hit.firstToken;
    const token = tokens[i]!;
    if (hit.endToken - i !== 1 || !FORMAL.has(token.lower)) {
      kept.push(hit);
    } else if (token.raw === 'ihr') {
      // "ihr" before a noun is "her"/"their" ("feiert ihr Jubiläum"), unless the sentence opens with it ("Habt ihr Lust").
      const possessive = isCapitalisedOrNumber(tokens[i + 1]) && !startsSentence(tokens, sentenceOf, i - 1);
      if (!possessive) kept.push(hit);
    } else if (!startsSentence(tokens, sentenceOf, i)) {
      formalMidSentence = true;
      kept.push(hit);
    } else if ((token.raw === 'Ihr' && !isCapitalisedOrNumber(tokens[i + 1])) || endsWithQuestion(tokens, sentenceOf, i)) {
      kept.push(hit);
    } else {
      ambiguous.push(hit);
    }
  }
  if (formalMidSentence) kept.push(...ambiguous);
  return kept.sort((a, b) => a.start - b.start);
}
