/**
 * After `npm run bench`, prints the engine's medians beside write-good's and alex's, the speed
 * ratios and the growth from 3,000 to 30,000 characters, against the goals of issues 2 and 6.
 */
import os from 'node:os';
import type { RunnerTask, RunnerTestFile } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';
import { experimental_getRunnerTask } from 'vitest/node';
import type { Lang } from '../../guidance/types';
import { LANGUAGES } from '../../guidance/types';
import type { BenchSize } from './drafts';
import { BENCH_SIZES, benchSuiteName } from './drafts';

const GOALS = { vsWriteGood: 10, vsAlex: 25, growth: 12 } as const;
const TOOLS = ['analyze', 'write-good', 'alex'] as const;
type Tool = (typeof TOOLS)[number];

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

/** How many times `numerator` is `denominator`; undefined when either was not measured. */
const ratio = (numerator?: number, denominator?: number) =>
  numerator === undefined || denominator === undefined ? undefined : numerator / denominator;
const ms = (value?: number) => (value === undefined ? '-' : value < 1 ? value.toFixed(4) : value.toFixed(2));
const times = (value?: number) => (value === undefined ? '-' : `${value < 10 ? value.toFixed(1) : Math.round(value)}×`);
const against = (value: number | undefined, met: (value: number) => boolean) =>
  value === undefined ? 'not measured' : `${times(value)} ${met(value) ? 'met' : 'MISSED'}`;

/** Left-aligns the first `textColumns` columns, right-aligns the numbers. */
function table(header: string[], rows: string[][], textColumns: number): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column < textColumns ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), ...rows.map(line)];
}

export default class EngineSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const medians = collectMedians(testModules.map((module) => experimental_getRunnerTask(module)));
    if (medians.size === 0) return;
    const median = (lang: Lang, size: BenchSize, tool: Tool) => medians.get(benchSuiteName(lang, size))?.get(tool);

    const timings: string[][] = [];
    const goals: string[][] = [];
    for (const lang of LANGUAGES) {
      for (const size of BENCH_SIZES) {
        const [engine, writeGood, alex] = TOOLS.map((tool) => median(lang, size, tool));
        if (engine === undefined && writeGood === undefined && alex === undefined) continue;
        const growth = size === 30_000 ? ratio(engine, median(lang, 3_000, 'analyze')) : undefined;
        timings.push([lang, size.toLocaleString('en'), ms(engine), ms(writeGood), ms(alex), times(ratio(writeGood, engine)), times(ratio(alex, engine)), times(growth)]);
      }
      const engineAt3k = median(lang, 3_000, 'analyze');
      goals.push([
        lang,
        against(ratio(median(lang, 3_000, 'write-good'), engineAt3k), (value) => value >= GOALS.vsWriteGood),
        against(ratio(median(lang, 3_000, 'alex'), engineAt3k), (value) => value >= GOALS.vsAlex),
        against(ratio(median(lang, 30_000, 'analyze'), engineAt3k), (value) => value <= GOALS.growth),
      ]);
    }

    const cpus = os.cpus();
    console.log(
      [
        '',
        `Post Coach engine vs peers: median ms per call (Node ${process.version}, ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores)`,
        // Other work on the machine skews one bench against the next; the load says how far to trust the ratios.
        `load average over the last minute: ${os.loadavg()[0]!.toFixed(1)} (figures are only comparable on an otherwise idle machine)`,
        ...table(['draft', 'chars', 'analyze', 'write-good', 'alex', 'vs write-good', 'vs alex', '30k/3k'], timings, 2),
        '',
        'Goals: at 3,000 characters, and the growth from 3,000 to 30,000',
        ...table(['draft', `vs write-good ≥ ${GOALS.vsWriteGood}×`, `vs alex ≥ ${GOALS.vsAlex}×`, `30k/3k ≤ ${GOALS.growth}×`], goals, 1),
        '',
      ].join('\n'),
    );
  }
}
