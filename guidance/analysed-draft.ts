/**
 * Everything the rules read about a draft, computed once per analysis: tokens, languages, lexicon
 * hits, links, sentences. Rules only look things up here; none of them scans the text again.
 */
import { phraseIndex, type Concern, type LexiconSet } from './lexicons';
import { STOPWORDS } from './lexicons/stopwords';
import { germanAddress } from './text/german-address';
import { detectLanguages } from './text/language';
import { findPersonalData, type DataMatch } from './text/personal-data';
import { matchPhrases, type PhraseMatch } from './text/phrases';
import { tokenize, type Token } from './text/tokens';
import type { Draft, Lang } from './types';

export type Hit = PhraseMatch<Concern>;

export interface AnalysedDraft {
  draft: Draft;
  text: string;
  tokens: Token[];
  /** Supported languages the draft is written in, main language first; empty when none. */
  languages: Lang[];
  main: Lang | 'unknown';
  /** Lexicon matches per concern, in text order, one per position. */
  hits: ReadonlyMap<Concern, Hit[]>;
  /** Current time in ms (the draft's `now`, else the clock). */
  now: number;
  links: Token[];
  /** @mentions, except the run of handles a reply starts with (those address the customer). */
  mentions: Token[];
  hashtags: Token[];
  /** Offset of the first question mark outside links, or -1. */
  firstQuestion: number;
  /** Sentence number of each token: sentences end at . ! ? … and at line breaks. */
  sentenceOfToken: Int32Array;
  /** Lower-cased stop words of every supported language, for telling content words apart. */
  isStopword(lower: string): boolean;
  personalData(): DataMatch[];
}

export function hitsOf(draft: AnalysedDraft, concern: Concern): readonly Hit[] {
  return draft.hits.get(concern) ?? [];
}

export function firstHit(draft: AnalysedDraft, ...concerns: Concern[]): Hit | undefined {
  let first: Hit | undefined;
  for (const concern of concerns) {
    const hit = hitsOf(draft, concern)[0];
    if (hit && (!first || hit.start < first.start)) first = hit;
  }
  return first;
}

const ALL_STOPWORDS: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flat());

function collectHits(tokens: readonly Token[], languages: readonly Lang[], lexicons: LexiconSet, sentenceOf: Int32Array): Map<Concern, Hit[]> {
  const hits = new Map<Concern, Hit[]>();
  for (const lang of languages) {
    const lexicon = lexicons[lang];
    if (!lexicon) continue;
    for (const match of matchPhrases(phraseIndex(lexicon), tokens)) {
      const list = hits.get(match.tag);
      if (list) list.push(match);
      else hits.set(match.tag, [match]);
    }
  }
  for (const [concern, list] of hits) {
    // Longest first among equal starts; then one sweep drops matches inside an earlier, longer one
    // ("use code" and "code" are one ask), in linear time.
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    hits.set(concern, list.filter((hit) => {
      if (hit.end <= reach) return false;
      reach = hit.end;
      return true;
    }));
  }
  const secondPerson = hits.get('secondPerson');
  if (secondPerson && languages.includes('de')) hits.set('secondPerson', germanAddress(secondPerson, tokens, sentenceOf));
  return hits;
}

function sentenceNumbers(text: string, tokens: readonly Token[]): Int32Array {
  const numbers = new Int32Array(tokens.length);
  let sentence = 0;
  let nextBreak = text.indexOf('\n');
  tokens.forEach((token, i) => {
    if (nextBreak >= 0 && nextBreak < token.start) {
      sentence++;
      nextBreak = text.indexOf('\n', token.start);
    }
    numbers[i] = sentence;
    if (token.kind === 'punct' && /[.!?…]/.test(token.raw)) sentence++;
  });
  return numbers;
}

function parseTime(value: string | undefined): number {
  const time = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isFinite(time) ? time : Number.NaN;
}

export function analyseDraft(draft: Draft, lexicons: LexiconSet): AnalysedDraft {
  const text = typeof draft.text === 'string' ? draft.text : '';
  const tokens = tokenize(text);
  const { main, all } = detectLanguages(tokens);
  const leadingHandles = tokens.findIndex((token) => token.kind !== 'mention');
  let personalData: DataMatch[] | undefined;
  const now = parseTime(draft.now);
  const sentenceOfToken = sentenceNumbers(text, tokens);
  return {
    draft,
    text,
    tokens,
    languages: all,
    main,
    hits: collectHits(tokens, all, lexicons, sentenceOfToken),
    now: Number.isNaN(now) ? Date.now() : now,
    links: tokens.filter((token) => token.kind === 'url'),
    mentions: tokens.filter((token, i) => token.kind === 'mention' && (draft.kind !== 'reply' || i >= leadingHandles)),
    hashtags: tokens.filter((token) => token.kind === 'hashtag'),
    firstQuestion: tokens.find((token) => token.kind === 'punct' && token.raw.includes('?'))?.start ?? -1,
    sentenceOfToken,
    isStopword: (lower) => ALL_STOPWORDS.has(lower),
    personalData: () => (personalData ??= findPersonalData(text, tokens)),
  };
}

export { parseTime };
