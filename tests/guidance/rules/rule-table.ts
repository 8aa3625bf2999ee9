/**
 * Table-driven rule tests: each rule's file lists drafts that must fire it and near misses that must
 * not, in every supported language. Drafts are written for these tests, never taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../guidance/index';
import type { Draft, DraftKind, Finding, Lang, Policy, Report, RuleId, Severity, SiteId } from '../../../guidance/types';
import { LANGUAGES } from '../../../guidance/types';

/** Every draft is written at this moment, so parent ages are exact. */
export const NOW = '2025-06-02T12:00:00.000Z';
const MINUTE_MS = 60_000;
export const HOUR = 60;
export const DAY = 24 * HOUR;
/** Each language needs at least this many drafts that fire and that stay silent. */
const MIN_CASES_PER_LANGUAGE = 3;

export interface RuleCase {
  lang: Lang;
  text: string;
  /** Defaults to `post`. */
  kind?: DraftKind;
  site?: SiteId;
  parentText?: string;
  /** Age of the replied-to item in minutes, relative to NOW. */
  parentAge?: number;
  policy?: Policy;
  replyTargetMinutes?: number;
  charLimit?: number;
  /** The text the (first) finding must mark; `whole` for the whole draft. */
  phrase?: string;
  /** The texts every finding of the rule must mark, in order. */
  phrases?: string[];
  severity?: Severity;
}

/** The whole-draft range, for rules about the draft as a whole. */
export const WHOLE = '<the whole draft>';

export function draftOf(c: RuleCase): Draft {
  const parent =
    c.parentText !== undefined || c.parentAge !== undefined
      ? {
          ...(c.parentText !== undefined ? { text: c.parentText } : {}),
          ...(c.parentAge !== undefined ? { createdAt: new Date(Date.parse(NOW) - c.parentAge * MINUTE_MS).toISOString() } : {}),
        }
      : undefined;
  return {
    text: c.text,
    kind: c.kind ?? 'post',
    now: NOW,
    ...(c.site ? { site: c.site } : {}),
    ...(parent ? { parent } : {}),
    ...(c.policy ? { policy: c.policy } : {}),
    ...(c.replyTargetMinutes !== undefined ? { replyTargetMinutes: c.replyTargetMinutes } : {}),
    ...(c.charLimit !== undefined ? { charLimit: c.charLimit } : {}),
  };
}

export function findingsOf(rule: RuleId, c: RuleCase): { report: Report; findings: Finding[] } {
  const report = analyze(draftOf(c), { uiLanguage: 'en' });
  return { report, findings: report.findings.filter((finding) => finding.rule === rule) };
}

function marked(c: RuleCase, finding: Finding): string {
  return finding.start === 0 && finding.end === c.text.length ? WHOLE : c.text.slice(finding.start, finding.end);
}

const label = (c: RuleCase) => `${c.lang} ${c.kind ?? 'post'}: ${c.text.replace(/\s+/g, ' ').slice(0, 70)}`;

export function ruleTable(rule: RuleId, table: { fires: RuleCase[]; silent: RuleCase[] }): void {
  describe(rule, () => {
    it.each(LANGUAGES)(`has at least ${MIN_CASES_PER_LANGUAGE} drafts that fire and ${MIN_CASES_PER_LANGUAGE} near misses in %s`, (lang) => {
      expect(table.fires.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(MIN_CASES_PER_LANGUAGE);
      expect(table.silent.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(MIN_CASES_PER_LANGUAGE);
    });

    describe('fires on', () => {
      it.each(table.fires.map((c) => [label(c), c] as const))('%s', (_, c) => {
        const { report, findings } = findingsOf(rule, c);
        expect(report.languages, 'the draft language is detected').toContain(c.lang);
        expect(findings.length, `${rule} fires`).toBeGreaterThan(0);
        if (c.phrase !== undefined) expect(marked(c, findings[0]!)).toBe(c.phrase);
        if (c.phrases !== undefined) expect(findings.map((finding) => marked(c, finding))).toEqual(c.phrases);
        if (c.severity !== undefined) expect(findings[0]!.severity).toBe(c.severity);
      });
    });

    describe('stays silent on', () => {
      it.each(table.silent.map((c) => [label(c), c] as const))('%s', (_, c) => {
        const { report, findings } = findingsOf(rule, c);
        expect(report.languages, 'the draft language is detected').toContain(c.lang);
        expect(findings.map((finding) => marked(c, finding))).toEqual([]);
      });
    });
  });
}
