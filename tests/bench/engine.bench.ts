// @vitest-environment node
/**
 * `analyze` against the peers on the same drafts: write-good (prose linter) and alex (retext-based,
 * plain-text mode). tests/bench/summary-reporter.ts prints medians, ratios and goals after the run.
 */
import { text as alex } from 'alex';
import { bench, describe } from 'vitest';
import writeGood from 'write-good';
import { analyze } from '../../guidance/index';
import { LANGUAGES } from '../../guidance/types';
import { BENCH_SIZES, benchDraft, benchSuiteName } from './drafts';

/** Keeps every result reachable so no call can be optimised away. */
let sink: unknown;

for (const lang of LANGUAGES) {
  for (const size of BENCH_SIZES) {
    const text = benchDraft(lang, size);
    describe(benchSuiteName(lang, size), () => {
      bench('analyze', () => {
        sink = analyze({ text, kind: 'post', site: 'facebook' }, { uiLanguage: 'en' });
      });
      bench('write-good', () => {
        sink = writeGood(text);
      });
      bench('alex', () => {
        sink = alex(text);
      });
    });
  }
}
