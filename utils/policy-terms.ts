/**
 * The policy editor's lists: one term a line. Empty lines between terms, duplicates (ignoring case)
 * and over-long terms are refused with the line that caused it, so the user can fix it.
 */
import { POLICY_TERM_MAX_LENGTH, POLICY_TERMS_MAX } from './settings';

export type TermListProblem =
  | { kind: 'empty'; line: number }
  | { kind: 'too-long'; line: number }
  | { kind: 'duplicate'; line: number; first: number; term: string }
  | { kind: 'too-many' };

/** The terms of a textarea, or the first problem (lines count from 1). A final line break is not an empty entry. */
export function parseTermLines(text: string): { terms: string[] } | { problem: TermListProblem } {
  const lines = text.replace(/\s+$/, '').split(/\r?\n/);
  if (lines.length === 1 && !lines[0]?.trim()) return { terms: [] };
  if (lines.length > POLICY_TERMS_MAX) return { problem: { kind: 'too-many' } };
  const firstLineOf = new Map<string, number>();
  const terms: string[] = [];
  for (const [index, raw] of lines.entries()) {
    const term = raw.trim();
    const line = index + 1;
    if (!term) return { problem: { kind: 'empty', line } };
    if (term.length > POLICY_TERM_MAX_LENGTH) return { problem: { kind: 'too-long', line } };
    const first = firstLineOf.get(term.toLowerCase());
    if (first !== undefined) return { problem: { kind: 'duplicate', line, first, term } };
    firstLineOf.set(term.toLowerCase(), line);
    terms.push(term);
  }
  return { terms };
}
