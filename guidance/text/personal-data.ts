import type { Token } from './tokens';

/**
 * Patterns for personal data in a draft: e-mail addresses, phone numbers and IBANs. Language-independent.
 */

export interface DataMatch {
  kind: 'email' | 'phone' | 'iban';
  start: number;
  end: number;
  raw: string;
}

const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g;
/** What may stand between the digit groups of one phone number: "0808 157 0192", "+7 812 000-12-34", "(030) 123 45". */
const PHONE_GAP = /^(?:[ .\-/]|\) ?| ?\()$/;
const MIN_PHONE_DIGITS = 9;
const MAX_PHONE_DIGITS = 15;

function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Runs of number tokens joined by phone separators, with 9 to 15 digits in all: dates, prices and sizes have fewer. */
function phones(text: string, tokens: readonly Token[]): DataMatch[] {
  const found: DataMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'number') continue;
    let last = i;
    while (tokens[last + 1]?.kind === 'number' && PHONE_GAP.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
    const start = tokens[i]!.start - (text[tokens[i]!.start - 1] === '+' ? 1 : 0);
    const raw = text.slice(start, tokens[last]!.end);
    const digits = digitsOf(raw).length;
    // Times (9:00) and amounts (49,90) are not phone numbers.
    const run = tokens.slice(i, last + 1);
    if (digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS && !run.some((token) => /[:,]/.test(token.raw))) {
      found.push({ kind: 'phone', start, end: tokens[last]!.end, raw });
    }
    i = last;
  }
  return found;
}

/** E-mail addresses come from the tokenizer; IBANs and phone numbers are found here. */
export function findPersonalData(text: string, tokens: readonly Token[]): DataMatch[] {
  const found: DataMatch[] = tokens
    .filter((token) => token.kind === 'email')
    .map((token) => ({ kind: 'email' as const, start: token.start, end: token.end, raw: token.raw }));
  if (/[A-Z]{2}\d{2}/.test(text)) {
    for (const match of text.matchAll(IBAN)) found.push({ kind: 'iban', start: match.index, end: match.index + match[0].length, raw: match[0] });
  }
  for (const phone of phones(text, tokens)) if (!found.some((other) => overlaps(other, phone))) found.push(phone);
  return found.sort((a, b) => a.start - b.start);
}

/** Normalises a contact for comparison with the policy's own contacts. */
export function contactKey(value: string): string {
  return value.includes('@') ? value.trim().toLowerCase() : digitsOf(value);
}
