/**
 * One-pass tokenizer. `Intl.Segmenter` is superlinear on long drafts in Node (≈115 ms for 30,000
 * characters), so the engine scans the text once itself, dispatching on each token's first character.
 */

export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'mention' | 'hashtag' | 'punct';

export interface Token {
  kind: TokenKind;
  /** UTF-16 offsets into the draft. */
  start: number;
  end: number;
  /** The token as written. */
  raw: string;
  /** Lower-cased, typographic apostrophe folded to `'`. */
  lower: string;
}

// One small sticky pattern per token kind, tried only where the first character allows it: a
// single alternation regex would try URL and e-mail shapes at every word, the main cost on prose.
const URL = /(?:https?:\/\/|www\.)[^\s<>"“”«»]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|de|nl|ru|uk|eu|app|example|ly|gl|me|be|at|ch)\/[^\s<>"“”«»]*/y;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const MENTION = /@[\p{L}\p{N}_.]*[\p{L}\p{N}_]/uy;
const HASHTAG = /[#＃№][\p{L}\p{M}\p{N}_]+/uy;
const NUMBER = /\p{Nd}+(?:[.,:]\p{Nd}+)*%?/uy;
const PUNCT = /[!?.…;:]+/y;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

const TRAILING_URL_PUNCTUATION = /[.,;:!?)\]}'’…]+$/;

/** Letters of the scripts the engine reads (Latin, Greek, Cyrillic) by code; others by Unicode property. */
function isLetter(code: number, char: string): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xc0 && code <= 0x52f) return code !== 0xd7 && code !== 0xf7;
  return LETTER_OR_MARK.test(char);
}

function isDigit(code: number, char: string): boolean {
  return code < 0x80 ? code >= 48 && code <= 57 : DIGIT.test(char);
}

function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return code === 95 || isLetter(code, char) || isDigit(code, char) || (code >= 0x80 && WORD_CHAR.test(char));
}

/** End of the word starting at `from`: letters and digits, joined by single apostrophes or hyphens. */
function wordEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && (isLetter(text.charCodeAt(i), text[i]!) || isDigit(text.charCodeAt(i), text[i]!))) i++;
    const joiner = text[i];
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    if ((joiner === "'" || joiner === '’' || joiner === '-') && next >= 0 && (isLetter(next, text[i + 1]!) || isDigit(next, text[i + 1]!))) i++;
    else return i;
  }
}

/** End of the number starting at `from`: digit groups joined by `.`, `,` or `:`, and an optional `%`. */
function numberEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const joiner = text[i];
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    if ((joiner === '.' || joiner === ',' || joiner === ':') && next >= 48 && next <= 57) i++;
    else return text[i] === '%' ? i + 1 : i;
  }
}

/** Characters an e-mail's local part may hold; when a run of them ends in "@", an address may start here. */
function emailMayStart(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const char = text[i]!;
    if (char === '@') return i > from;
    if (!(isWordChar(char) || char === '.' || char === '%' || char === '+' || char === '-')) return false;
  }
  return false;
}

function stickyMatch(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const mayHaveUrls = /:\/\/|www\.|[a-z]\.[a-z]{2,7}\//i.test(text);
  const mayHaveAt = text.includes('@');
  const push = (kind: TokenKind, start: number, raw: string) => {
    const lower = raw.toLowerCase();
    tokens.push({ kind, start, end: start + raw.length, raw, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower });
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const char = text[i]!;
    let kind: TokenKind | undefined;
    let raw: string | undefined;
    const letter = isLetter(code, char);
    const digit = !letter && isDigit(code, char);
    if ((letter || digit) && !isWordChar(text[i - 1])) {
      if (mayHaveUrls && (raw = stickyMatch(URL, text, i))) {
        kind = 'url';
        raw = raw.replace(TRAILING_URL_PUNCTUATION, '');
      } else if (mayHaveAt && emailMayStart(text, i) && (raw = stickyMatch(EMAIL, text, i))) {
        kind = 'email';
      }
    }
    if (!kind) {
      if (letter) [kind, raw] = ['word', text.slice(i, wordEnd(text, i))];
      else if (digit && code < 0x80) [kind, raw] = ['number', text.slice(i, numberEnd(text, i))];
      else if (digit) [kind, raw] = ['number', stickyMatch(NUMBER, text, i)];
      else if (char === '@' && !isWordChar(text[i - 1])) [kind, raw] = ['mention', stickyMatch(MENTION, text, i)];
      else if ((char === '#' || char === '＃' || char === '№') && !isWordChar(text[i - 1]) && text[i - 1] !== '&') [kind, raw] = ['hashtag', stickyMatch(HASHTAG, text, i)];
      else if ('!?.…;:'.includes(char)) [kind, raw] = ['punct', stickyMatch(PUNCT, text, i)];
    }
    if (kind && raw) {
      push(kind, i, raw);
      i += raw.length;
    } else {
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
  }
  return tokens;
}
