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

// Character tests work on UTF-16 codes: Latin, Greek and Cyrillic (the scripts the engine reads) by
// range, without making a one-character string; other scripts by Unicode property.

function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xc0 && code <= 0x52f) return code !== 0xd7 && code !== 0xf7;
  return LETTER_OR_MARK.test(String.fromCharCode(code));
}

function isDigit(code: number): boolean {
  return code < 0x80 ? code >= 48 && code <= 57 : DIGIT.test(String.fromCharCode(code));
}

function isWordCode(code: number): boolean {
  if (Number.isNaN(code)) return false;
  return code === 95 || isLetter(code) || isDigit(code) || (code >= 0x80 && WORD_CHAR.test(String.fromCharCode(code)));
}

/** End of the word starting at `from`: letters and digits, joined by single apostrophes or hyphens. */
function wordEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    let code = text.charCodeAt(i);
    while (i < text.length && (isLetter(code) || isDigit(code))) code = text.charCodeAt(++i);
    const next = text.charCodeAt(i + 1);
    // ' ’ -
    if ((code === 39 || code === 0x2019 || code === 45) && i + 1 < text.length && (isLetter(next) || isDigit(next))) i++;
    else return i;
  }
}

/** End of the number starting at `from`: digit groups joined by `.`, `,` or `:`, and an optional `%`. */
function numberEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    let code = text.charCodeAt(i);
    while (code >= 48 && code <= 57) code = text.charCodeAt(++i);
    const next = text.charCodeAt(i + 1);
    // . , :
    if ((code === 46 || code === 44 || code === 58) && next >= 48 && next <= 57) i++;
    else return code === 37 ? i + 1 : i;
  }
}

/** Characters an e-mail's local part may hold; when a run of them ends in "@", an address may start here. */
function emailMayStart(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 64) return i > from;
    // . % + -
    if (!(isWordCode(code) || code === 46 || code === 37 || code === 43 || code === 45)) return false;
  }
  return false;
}

function stickyMatch(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function lowerOf(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const mayHaveUrls = /:\/\/|www\.|[a-z]\.[a-z]{2,7}\//i.test(text);
  const mayHaveAt = text.includes('@');
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let kind: TokenKind | undefined;
    let raw: string | undefined;
    if (isLetter(code) || isDigit(code)) {
      const plainEnd = isLetter(code) ? wordEnd(text, i) : code < 0x80 ? numberEnd(text, i) : -1;
      const after = plainEnd < 0 ? -1 : text.charCodeAt(plainEnd);
      const standsAlone = !isWordCode(text.charCodeAt(i - 1));
      // A URL or an e-mail address can only start where the plain word or number is followed by one of
      // . : / @ _ % + (never after one inside a word): try their patterns there only.
      const mayContinue = plainEnd < 0 || after === 46 || after === 58 || after === 47 || after === 64 || after === 95 || after === 37 || after === 43;
      if (standsAlone && mayContinue && mayHaveUrls && (raw = stickyMatch(URL, text, i))) {
        kind = 'url';
        raw = raw.replace(TRAILING_URL_PUNCTUATION, '');
      } else if (standsAlone && mayContinue && mayHaveAt && emailMayStart(text, i) && (raw = stickyMatch(EMAIL, text, i))) {
        kind = 'email';
      } else if (plainEnd >= 0) {
        [kind, raw] = [isLetter(code) ? 'word' : 'number', text.slice(i, plainEnd)];
      } else {
        [kind, raw] = ['number', stickyMatch(NUMBER, text, i)];
      }
    } else if (code === 64 && !isWordCode(text.charCodeAt(i - 1))) {
      [kind, raw] = ['mention', stickyMatch(MENTION, text, i)];
    } else if ((code === 35 || code === 0xff03 || code === 0x2116) && !isWordCode(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 38) {
      [kind, raw] = ['hashtag', stickyMatch(HASHTAG, text, i)];
    } else if (code === 33 || code === 63 || code === 46 || code === 0x2026 || code === 59 || code === 58) {
      [kind, raw] = ['punct', stickyMatch(PUNCT, text, i)];
    }
    if (kind && raw) {
      tokens.push({ kind, start: i, end: i + raw.length, raw, lower: lowerOf(raw) });
      i += raw.length;
    } else {
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
  }
  return tokens;
}
