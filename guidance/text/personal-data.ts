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
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Digit groups joined by single spaces, dots or dashes, optionally with a leading + and an area code in
// brackets. A separator is required between groups, so matching stays linear on long digit runs.
const PHONE = /(?<![\p{L}\p{N}/:.,@#-])\+?(?:\(\d+\) ?)?\d+(?:[ .-]\d+){0,6}(?![\p{L}\p{N}]|[.,:/-]\d)/gu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function findPersonalData(text: string): DataMatch[] {
  const found: DataMatch[] = [];
  for (const match of text.matchAll(IBAN)) {
    found.push({ kind: 'iban', start: match.index, end: match.index + match[0].length, raw: match[0] });
  }
  for (const match of text.matchAll(EMAIL)) {
    found.push({ kind: 'email', start: match.index, end: match.index + match[0].length, raw: match[0] });
  }
  for (const match of text.matchAll(PHONE)) {
    const raw = match[0].trim();
    const digits = digitsOf(raw).length;
    // Phone numbers have 9 to 15 digits; dates, prices and sizes have fewer or carry other separators.
    if (digits < 9 || digits > 15 || ISO_DATE.test(raw)) continue;
    const candidate = { kind: 'phone' as const, start: match.index, end: match.index + raw.length, raw };
    if (!found.some((other) => overlaps(other, candidate))) found.push(candidate);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Normalises a contact for comparison with the policy's own contacts. */
export function contactKey(value: string): string {
  return value.includes('@') ? value.trim().toLowerCase() : digitsOf(value);
}
