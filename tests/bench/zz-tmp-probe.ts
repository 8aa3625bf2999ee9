import writeGood from 'write-good';
import { text as alex } from 'alex';
import { benchDraft } from '/work/main/tests/bench/drafts';
import { analyze } from '/work/main/guidance/index';
for (const lang of ['en','de','nl','ru'] as const) for (const size of [3000, 30000] as const) {
  const t = benchDraft(lang, size);
  const time = (f: () => unknown, n: number) => { f(); const xs: number[] = []; for (let i = 0; i < n; i++) { const t0 = performance.now(); f(); xs.push(performance.now() - t0); } xs.sort((a, b) => a - b); return xs[n >> 1]!.toFixed(3); };
  console.log(lang, size, t.length, 'wg', time(() => writeGood(t), 15), 'alex', time(() => alex(t), 7), 'analyze', time(() => analyze({ text: t, kind: 'post', site: 'facebook' }), 51));
}
