// @vitest-environment node
/**
 * Regression guard: the hand-labelled corpus and the real brand replies in ../shared/corpus,
 * scored through `analyze` exactly as ../shared/corpus/score.mjs scores the CLI.
 * real-brands.jsonl is for evaluation only: its texts are read here and never copied into the repo.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../guidance/index';
import type { Draft } from '../../guidance/types';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

interface LabelledCase extends Pick<Draft, 'text' | 'kind' | 'site' | 'parent' | 'now' | 'policy'> {
  id: string;
  expect: string[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** score.mjs's arithmetic: per rule, at most one count per case; an empty denominator scores 1. */
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function score(cases: LabelledCase[]) {
  const rules = new Map<string, Tally>();
  const misses: string[] = [];
  for (const c of cases) {
    const report = analyze({ text: c.text, kind: c.kind, site: c.site, parent: c.parent, now: c.now, policy: c.policy }, { uiLanguage: 'en' });
    const fired = new Set<string>(report.findings.map((f) => f.rule));
    const expected = new Set(c.expect);
    for (const rule of new Set([...fired, ...expected])) {
      const tally = rules.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
      rules.set(rule, tally);
      if (fired.has(rule) && expected.has(rule)) tally.tp++;
      else if (fired.has(rule)) {
        tally.fp++;
        misses.push(`FP ${rule} ${c.id}`);
      } else {
        tally.fn++;
        misses.push(`FN ${rule} ${c.id}`);
      }
    }
  }

  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  let worst = { rule: '-', f1: 1 };
  const rows = ['rule                   tp  fp  fn  precision  recall  f1'];
  for (const [rule, t] of [...rules].sort(([a], [b]) => a.localeCompare(b))) {
    const p = ratio(t.tp, t.tp + t.fp);
    const r = ratio(t.tp, t.tp + t.fn);
    const ruleF1 = f1(p, r);
    if (ruleF1 < worst.f1) worst = { rule, f1: ruleF1 };
    total.tp += t.tp;
    total.fp += t.fp;
    total.fn += t.fn;
    rows.push(`${rule.padEnd(22)} ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}  ${p.toFixed(2).padStart(9)}  ${r.toFixed(2).padStart(6)}  ${ruleF1.toFixed(2)}`);
  }
  const precision = ratio(total.tp, total.tp + total.fp);
  const recall = ratio(total.tp, total.tp + total.fn);
  rows.push(`${cases.length} cases: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, worst rule ${worst.rule} f1 ${worst.f1.toFixed(2)}`);
  // Ids only: the failure output must not carry corpus texts around.
  const table = `\n${rows.join('\n')}\nmisses: ${misses.join(', ') || 'none'}\n`;
  return { precision, recall, worst, table };
}

function readCases(file: string): LabelledCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledCase);
}

/** Runs `check` on the corpus file, or shows a skipped test that says why when it is not there. */
function corpusTest(file: string, title: string, check: (cases: LabelledCase[]) => void): void {
  const location = path.join(corpusDir, file);
  if (existsSync(location)) it(title, () => check(readCases(location)));
  else it.skip(`${title} — skipped: ${location} not found`, () => {});
}

describe('scores on the labelled corpora', () => {
  corpusTest('labelled.jsonl', 'labelled drafts: precision ≥ 0.9, recall ≥ 0.85, every rule F1 ≥ 0.75', (cases) => {
    expect(cases.length).toBeGreaterThan(0);
    const { precision, recall, worst, table } = score(cases);
    expect(precision, `precision${table}`).toBeGreaterThanOrEqual(0.9);
    expect(recall, `recall${table}`).toBeGreaterThanOrEqual(0.85);
    expect(worst.f1, `worst rule ${worst.rule}${table}`).toBeGreaterThanOrEqual(0.75);
  });

  corpusTest('real-brands.jsonl', 'real brand replies and posts: precision ≥ 0.85, recall ≥ 0.75', (cases) => {
    expect(cases.length).toBeGreaterThan(0);
    const { precision, recall, table } = score(cases);
    expect(precision, `precision${table}`).toBeGreaterThanOrEqual(0.85);
    expect(recall, `recall${table}`).toBeGreaterThanOrEqual(0.75);
  });
});
