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

// Every `analyze` run comes before any peer's: alex leaves hundreds of megabytes of garbage behind,
// and collecting it inside one `analyze` median but not another would skew the 30k/3k growth ratio.
// The peers' blocks carry the same suite names, so the summary pairs them with `analyze`.
for (const lang of LANGUAGES) {
  for (const size of BENCH_SIZES) {
    const text = benchDraft(lang, size);
    describe(benchSuiteName(lang, size), () => {
      // A longer window than the peers': on a shared 2-core machine a short one catches passing slowdowns.
      bench('analyze', () => {
        sink = analyze({ text, kind: 'post', site: 'facebook' }, { uiLanguage: 'en' });
      }, { time: 2000, warmupTime: 500 });
    });
  }
}

for (const lang of LANGUAGES) {
  for (const size of BENCH_SIZES) {
    const text = benchDraft(lang, size);
    describe(benchSuiteName(lang, size), () => {
      bench('write-good', () => {
        sink = writeGood(text);
      });
      bench('alex', () => {
        sink = alex(text);
      });
    });
  }
}
