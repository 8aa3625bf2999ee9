/**
 * After `npm run bench`, prints the engine's medians beside write-good's and alex's, the speed
 * ratios and the growth from 3,000 to 30,000 characters, against the goals of issues 2 and 6.
 */
import os from 'node:os';
import type { RunnerTask, RunnerTestFile } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';
import { experimental_getRunnerTask } from 'vitest/node';
import { LANGUAGES } from '../../guidance/types';
import { BENCH_SIZES, benchSuiteName } from './drafts';

const GOALS = { vsWriteGood: 10, vsAlex: 25, growth: 12 } as const;
const TOOLS = ['analyze', 'write-good', 'alex'] as const;

/** Median time in ms per suite name and bench name. */
function collectMedians(files: RunnerTestFile[]): Map<string, Map<string, number>> {
  const medians = new Map<string, Map<string, number>>();
  const visit = (task: RunnerTask) => {
    if (task.type === 'suite') task.tasks.forEach(visit);
    const median = task.result?.benchmark?.median;
    if (task.meta.benchmark && median !== undefined && task.suite) {
      const suite = medians.get(task.suite.name) ?? new Map<string, number>();
      medians.set(task.suite.name, suite.set(task.name, median));
    }
  };
  files.forEach(visit);
  return medians;
}

const ms = (value: number | undefined) => (value === undefined ? '-' : value < 1 ? value.toFixed(4) : value.toFixed(2));
const times = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '-' : `${value < 10 ? value.toFixed(1) : Math.round(value)}×`);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

export default class EngineSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const medians = collectMedians(testModules.map((module) => experimental_getRunnerTask(module)));
    if (medians.size === 0) return;
    const median = (lang: (typeof LANGUAGES)[number], size: (typeof BENCH_SIZES)[number], tool: (typeof TOOLS)[number]) =>
      medians.get(benchSuiteName(lang, size))?.get(tool);

    const header = ['draft', 'chars', ...TOOLS.map((tool) => `${tool} ms`), 'vs write-good', 'vs alex', '30k/3k'];
    const rows: string[][] = [];
    const goals: string[] = [];
    for (const lang of LANGUAGES) {
      for (const size of BENCH_SIZES) {
        const [engine, writeGood, alex] = TOOLS.map((tool) => median(lang, size, tool));
        const growth = size === 30_000 ? ratio(engine, median(lang, 3_000, 'analyze')) : undefined;
        rows.push([lang, size.toLocaleString('en'), ms(engine), ms(writeGood), ms(alex), times(ratio(writeGood, engine)), times(ratio(alex, engine)), times(growth)]);
      }
      const at3k = (tool: (typeof TOOLS)[number]) => median(lang, 3_000, tool);
      const vsWriteGood = ratio(at3k('write-good'), at3k('analyze'));
      const vsAlex = ratio(at3k('alex'), at3k('analyze'));
      const growth = ratio(median(lang, 30_000, 'analyze'), at3k('analyze'));
      goals.push(
        `${lang}: ${times(vsWriteGood)} faster than write-good (goal ≥ ${GOALS.vsWriteGood}×: ${verdict((vsWriteGood ?? 0) >= GOALS.vsWriteGood)}), ` +
          `${times(vsAlex)} faster than alex (goal ≥ ${GOALS.vsAlex}×: ${verdict((vsAlex ?? 0) >= GOALS.vsAlex)}), ` +
          `30k takes ${times(growth)} the 3k time (goal ≤ ${GOALS.growth}×: ${verdict((growth ?? Infinity) <= GOALS.growth)})`,
      );
    }

    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
    const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
    const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
    console.log(
      [
        '',
        `Post Coach engine vs peers: median time per call (Node ${process.version}, ${cpu}, ${os.cpus().length} cores)`,
        line(header),
        ...rows.map(line),
        '',
        'Goals at 3,000 characters, and linear growth:',
        ...goals.map((goal) => `  ${goal}`),
        '',
      ].join('\n'),
    );
  }
}

/** How many times `numerator` is `denominator`; undefined when either is missing. */
function ratio(numerator: number | undefined, denominator: number | undefined): number | undefined {
  return numerator === undefined || denominator === undefined ? undefined : numerator / denominator;
}
