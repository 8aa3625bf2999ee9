/**
 * Browser benchmark (issue 6): the content script as a guest on a heavy page, in Debian Chromium.
 *
 * A page like X's home timeline (tests/fixtures/bench/heavy-timeline.html: 2,000 posts that never
 * stop changing, a Draft.js composer) is served at https://x.com/home by the e2e fixture server.
 * The same draft is typed key by key at a steady pace (one key every 40 ms, so both runs last as long
 * and the page's own timers do the same work), twice, in two fresh browsers that differ only in the
 * extension: one without it, one with the built extension. From the browser's own data:
 * - main-thread time per keystroke (trace: the page's renderer main thread, its tasks' CPU and wall
 *   time), with the extension over without it;
 * - the content script's own time (trace: FunctionCall events from its script), by what called it,
 *   the long tasks (> 50 ms) it ran in and those it made long, and its calls during 3 s before the
 *   composer gets focus (the timeline changing, nobody writing: there should be none);
 * - keystroke-to-hint latency: a word typed, then the time from its last keydown to the hint's
 *   shadow content changing (MutationObserver in the page), debounce included;
 * - JavaScript heap after a forced GC (CDP Runtime.getHeapUsage: the renderer's V8 heap plus
 *   ArrayBuffers), with the extension minus without: what its isolated world costs the tab.
 *
 *   npm run bench:browser [-- --chars 1000 --interval 40 --bursts 15 --pairs 1 --extension <built chrome-mv3 dir>]
 *
 * On a shared machine two runs of the same browser differ by several percent (an off-off check on
 * 2 busy cores: 1.05×); `--pairs 2` runs off-on-on-off and adds the runs up, at twice the time.
 * Builds the extension into a temporary folder unless --extension names one. Prints a table with
 * the goals and writes the run's figures to tests/bench/results/browser.json (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { BASE_FLAGS, CHROMIUM_PATH } from '../../e2e/lib/chromium.mjs';
import { makeCertificate, startFixtureServer } from '../../e2e/lib/fixture-server.mjs';
import { HINT_HOST, sleep } from '../../e2e/lib/page-tools.mjs';
import { benchDraft } from '../drafts.ts';
import { hintLatencySinceLastKeydown, installProbes, probeReport, watchHintChanges } from './page-probes.mjs';
import { LONG_TASK_MS, OBSERVER_SOURCES, TRACE_CATEGORIES, readTrace } from './trace.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURE = path.join(repoRoot, 'tests/fixtures/bench/heavy-timeline.html');
const RESULTS_FILE = path.join(repoRoot, 'tests/bench/results/browser.json');
const COMPOSER = '[data-testid="tweetTextarea_0"]';
/** The mark the content script would make per analysis (the e2e suite counts it too). */
const ANALYZE_MARK = 'post-coach:analyze';
/** The page's first layout of 2,000 posts and the content script's start are over by then. */
const PAGE_SETTLE_MS = 2_000;
/** Watched before the composer gets focus. */
const IDLE_MS = 3_000;
/** After the last keystroke: the debounced analysis and its rendering fall inside the trace. */
const TRACE_TAIL_MS = 1_500;
const HINT_WAIT_MS = 2_000;
/** Between latency bursts: longer than the debounce, so each burst is read on its own. */
const BURST_PAUSE_MS = 400;
const HEAP_SAMPLES = 3;
const LATENCY_WORDS = [' fresh', ' bread', ' daily', ' come', ' taste', ' warm', ' crust', ' ask', ' us', ' more'];

const GOALS = { ratio: 1.1, longTasks: 0, p95Ms: 400, observerShare: 0.01, heapBytes: 3 * 1024 * 1024 };

const { values: options } = parseArgs({
  options: {
    chars: { type: 'string', default: '1000' },
    interval: { type: 'string', default: '40' },
    bursts: { type: 'string', default: '15' },
    pairs: { type: 'string', default: '1' },
    extension: { type: 'string' },
    json: { type: 'string', default: RESULTS_FILE },
  },
});
const chars = Number(options.chars);
const intervalMs = Number(options.interval);
const bursts = Number(options.bursts);
const pairs = Number(options.pairs);

const started = Date.now();
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'post-coach-bench-'));
const loadBefore = os.loadavg()[0];
let server;
try {
  const extensionDir = options.extension ? path.resolve(options.extension) : build(path.join(workDir, 'build'));
  server = await startFixtureServer({ root: path.dirname(path.dirname(FIXTURE)), sites: { bench: { hosts: ['x.com'] } }, tls: makeCertificate(workDir, ['x.com']) });
  const pageUrl = server.urlFor('bench', FIXTURE);
  const draft = benchDraft('en', chars);
  const context = { pageUrl, draft, proxyPort: server.proxyPort };
  console.log(`Typing ${draft.length} characters (a key every ${intervalMs} ms) into ${pageUrl}, in Chromium without and with the extension, ${pairs} time(s) each.`);
  const runs = { off: [], on: [] };
  for (let pair = 0; pair < pairs; pair++) {
    // off-on, then on-off: a machine getting busier or quieter weighs on both sides alike.
    for (const mode of pair % 2 === 0 ? ['off', 'on'] : ['on', 'off']) {
      const on = mode === 'on';
      const run = await measure({ ...context, extensionDir: on ? extensionDir : null, profileDir: path.join(workDir, `profile-${mode}-${pair}`), latency: on && runs.on.length === 0 });
      runs[mode].push(run);
    }
  }
  report({ off: combine(runs.off), on: combine(runs.on), chromium: runs.on[0].chromium, loadBefore });
} finally {
  await server?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
}

/** `wxt build` (Chrome MV3) into `outDir`; returns the unpacked extension's folder. */
function build(outDir) {
  console.log(`Building the extension into ${outDir}`);
  try {
    execFileSync(path.join(repoRoot, 'node_modules/.bin/wxt'), ['build'], { cwd: repoRoot, env: { ...process.env, POST_COACH_OUT_DIR: outDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    console.error(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error('wxt build failed');
  }
  return path.join(outDir, 'chrome-mv3');
}

/** One browser, with the extension (extensionDir) or without (null): typing, trace, heap, latency. */
async function measure({ pageUrl, draft, proxyPort, extensionDir, profileDir, latency }) {
  const label = extensionDir ? 'extension on ' : 'extension off';
  const browser = await puppeteer.launch({
    userDataDir: profileDir,
    browser: 'chrome',
    executablePath: CHROMIUM_PATH,
    pipe: true,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    ...(extensionDir && { enableExtensions: [extensionDir] }),
    args: [...BASE_FLAGS, `--proxy-server=127.0.0.1:${proxyPort}`],
  });
  try {
    const chromium = await browser.version();
    const extensionOrigin = extensionDir ? await extensionOriginOf(browser) : null;
    const page = await browser.newPage();
    const session = await page.createCDPSession();
    const contentScriptWorld = new Promise((resolve) => {
      session.on('Runtime.executionContextCreated', ({ context }) => {
        if (extensionOrigin && context.origin === extensionOrigin) resolve(context);
      });
    });
    await session.send('Runtime.enable');
    await page.evaluateOnNewDocument(installProbes);
    await page.goto(pageUrl, { waitUntil: 'load' });
    if (extensionOrigin) await within(contentScriptWorld, 10_000, 'the content script to start on the page');
    await sleep(PAGE_SETTLE_MS);
    const contentScriptUrl = extensionOrigin && `${extensionOrigin}/content-scripts/content.js`;
    const traced = async (during) => {
      await page.tracing.start({ categories: TRACE_CATEGORIES });
      await during();
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
      return readTrace(trace.traceEvents, { pageUrl, contentScriptUrl });
    };
    // The timeline keeps changing while nobody writes: the content script should not notice.
    const idle = (await traced(() => sleep(IDLE_MS))).contentScript;

    await page.focus(COMPOSER);
    const typingStarted = Date.now();
    let typingMs = 0;
    const timeline = await traced(async () => {
      await typeAtPace(page, draft);
      typingMs = Date.now() - typingStarted;
      await sleep(TRACE_TAIL_MS);
    });
    const probes = await page.evaluate(probeReport, ANALYZE_MARK);
    const heap = await heapAfterGc(session);
    const typed = await page.$eval(COMPOSER, (editor) => editor.textContent.length);

    console.log(`  ${label}: typed ${typed} characters in ${seconds(typingMs)}; main thread ${(timeline.mainThreadCpuMs / 1000).toFixed(1)} s CPU`);
    return { chromium, idle, keystrokes: probes.keydowns, typedChars: typed, typingMs, timeline, probes, heap, latency: latency ? await hintLatency(page) : null };
  } finally {
    await browser.close();
  }
}

async function extensionOriginOf(browser) {
  const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  return `chrome-extension://${new URL(worker.url()).host}`;
}

/** One key every `intervalMs`, as a steady typist; a key dispatched late does not delay the ones after it. */
async function typeAtPace(page, text) {
  const start = Date.now();
  let index = 0;
  for (const character of text) {
    const wait = start + index * intervalMs - Date.now();
    if (wait > 0) await sleep(wait);
    await page.keyboard.type(character);
    index += 1;
  }
}

function within(promise, ms, what) {
  return Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`timed out after ${ms} ms waiting for ${what}`)))]);
}

/** Median over a few forced-GC readings of the renderer's heap (it is shared by the page and the content script). */
async function heapAfterGc(session) {
  const samples = [];
  for (let i = 0; i < HEAP_SAMPLES; i++) {
    await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    samples.push({ jsBytes: usage.usedSize + (usage.backingStorageSize ?? 0), domBytes: usage.embedderHeapUsedSize ?? 0 });
  }
  const middle = (key) => samples.map((sample) => sample[key]).sort((a, b) => a - b)[samples.length >> 1];
  return { jsBytes: middle('jsBytes'), domBytes: middle('domBytes') };
}

/** Bursts of one word after a pause; per burst, the last keydown to the hint's change. */
async function hintLatency(page) {
  if (!(await page.evaluate(watchHintChanges, HINT_HOST))) return { samples: [], missed: bursts, hintShown: false };
  const samples = [];
  let missed = 0;
  for (let i = 0; i < bursts; i++) {
    await typeAtPace(page, LATENCY_WORDS[i % LATENCY_WORDS.length]);
    const seen = await page
      .waitForFunction(hintLatencySinceLastKeydown, { timeout: HINT_WAIT_MS, polling: 20 })
      .then((handle) => handle.jsonValue(), () => null);
    if (seen) samples.push(seen.ms);
    else missed += 1;
    await sleep(BURST_PAUSE_MS);
  }
  return { samples, missed, hintShown: true };
}

/** One mode's runs as one: times and counts added up, heap averaged, latency from the run that measured it. */
function combine(runs) {
  const sum = (pick) => runs.reduce((total, run) => total + pick(run), 0);
  const bySource = new Map();
  for (const source of runs.flatMap((run) => run.timeline.contentScript.bySource)) {
    const total = bySource.get(source.source) ?? { source: source.source, calls: 0, wallMs: 0, cpuMs: 0 };
    bySource.set(source.source, { ...total, calls: total.calls + source.calls, wallMs: total.wallMs + source.wallMs, cpuMs: total.cpuMs + source.cpuMs });
  }
  return {
    runs: runs.length,
    keystrokes: sum((run) => run.keystrokes),
    typingMs: sum((run) => run.typingMs),
    typedChars: runs.map((run) => run.typedChars),
    timeline: {
      tasks: sum((run) => run.timeline.tasks),
      mainThreadWallMs: sum((run) => run.timeline.mainThreadWallMs),
      mainThreadCpuMs: sum((run) => run.timeline.mainThreadCpuMs),
      contentScript: {
        calls: sum((run) => run.timeline.contentScript.calls),
        wallMs: sum((run) => run.timeline.contentScript.wallMs),
        cpuMs: sum((run) => run.timeline.contentScript.cpuMs),
        bySource: [...bySource.values()].sort((a, b) => b.wallMs - a.wallMs),
        longestCall: runs.map((run) => run.timeline.contentScript.longestCall).sort((a, b) => b.cpuMs - a.cpuMs)[0],
      },
      longTasks: runs.flatMap((run) => run.timeline.longTasks),
    },
    probes: {
      keydowns: sum((run) => run.probes.keydowns),
      slowKeydowns: runs.flatMap((run) => run.probes.slowKeydowns),
      analyses: sum((run) => run.probes.analyses),
      analysesMs: sum((run) => run.probes.analysesMs),
    },
    heap: { jsBytes: sum((run) => run.heap.jsBytes) / runs.length, domBytes: sum((run) => run.heap.domBytes) / runs.length },
    latency: runs.find((run) => run.latency)?.latency ?? null,
    idle: { calls: sum((run) => run.idle.calls), cpuMs: sum((run) => run.idle.cpuMs), watchedMs: runs.length * IDLE_MS },
  };
}

function percentile(values, fraction) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

function report({ off, on, chromium, loadBefore }) {
  const perKey = (run, key) => run.timeline[key] / run.keystrokes;
  const contentScript = on.timeline.contentScript;
  const cpuRatio = perKey(on, 'mainThreadCpuMs') / perKey(off, 'mainThreadCpuMs');
  const wallRatio = perKey(on, 'mainThreadWallMs') / perKey(off, 'mainThreadWallMs');
  // The content script's own calls only: what the ratio would be without indirect costs and noise.
  const ownRatio = 1 + contentScript.cpuMs / on.keystrokes / perKey(off, 'mainThreadCpuMs');
  const ranContentScript = on.timeline.longTasks.filter((task) => task.contentScriptWallMs > 0);
  // Long because of the content script: under the limit without the CPU time its calls used. Tasks
  // the page or a busy machine (preemption inflates wall time) made long are counted, not blamed.
  const madeLong = ranContentScript.filter((task) => task.wallMs - task.contentScriptCpuMs <= LONG_TASK_MS);
  const observerMs = contentScript.bySource.filter((source) => OBSERVER_SOURCES.includes(source.source)).reduce((total, source) => total + source.wallMs, 0);
  const observerShare = observerMs / on.timeline.mainThreadWallMs;
  const latencies = on.latency?.samples ?? [];
  const median = percentile(latencies, 0.5);
  const p95 = percentile(latencies, 0.95);
  const heapBytes = on.heap.jsBytes - off.heap.jsBytes;

  const goals = [
    { goal: `main-thread CPU time per keystroke, on/off ≤ ${GOALS.ratio.toFixed(2)}`, value: cpuRatio, met: cpuRatio <= GOALS.ratio, shown: `${cpuRatio.toFixed(3)}×` },
    { goal: `long tasks (> ${LONG_TASK_MS} ms) made long by the content script: ${GOALS.longTasks}`, value: madeLong.length, met: madeLong.length <= GOALS.longTasks, shown: String(madeLong.length) },
    {
      goal: `keystroke-to-hint p95 ≤ ${GOALS.p95Ms} ms`,
      value: p95,
      met: p95 !== undefined && p95 <= GOALS.p95Ms && on.latency.missed === 0,
      shown: p95 === undefined ? 'no hint' : `${Math.round(p95)} ms${on.latency.missed ? ` (${on.latency.missed} bursts without a hint change)` : ''}`,
    },
    { goal: `observer callbacks < ${GOALS.observerShare * 100}% of main-thread time`, value: observerShare, met: observerShare < GOALS.observerShare, shown: pct(observerShare) },
    { goal: `content script JS heap < ${mb(GOALS.heapBytes)}`, value: heapBytes, met: heapBytes < GOALS.heapBytes, shown: mb(heapBytes) },
    { goal: 'no content-script calls while no composer is focused', value: on.idle.calls, met: on.idle.calls === 0, shown: `${on.idle.calls} in ${seconds(on.idle.watchedMs)}` },
  ];

  const longest = contentScript.longestCall;
  const rows = [
    ['content script, composer not focused (timeline live)', '-', `${on.idle.calls} calls, ${on.idle.cpuMs.toFixed(1)} ms CPU in ${seconds(on.idle.watchedMs)}`],
    ['keystrokes (keydown events) / typing time', `${off.keystrokes} / ${seconds(off.typingMs)}`, `${on.keystrokes} / ${seconds(on.typingMs)}`],
    ['main-thread CPU time per keystroke', `${perKey(off, 'mainThreadCpuMs').toFixed(2)} ms`, `${perKey(on, 'mainThreadCpuMs').toFixed(2)} ms (${cpuRatio.toFixed(3)}×)`],
    ['main-thread busy (wall) time per keystroke', `${perKey(off, 'mainThreadWallMs').toFixed(2)} ms`, `${perKey(on, 'mainThreadWallMs').toFixed(2)} ms (${wallRatio.toFixed(3)}×)`],
    [
      'content script per keystroke, CPU / wall',
      '-',
      `${(contentScript.cpuMs / on.keystrokes).toFixed(3)} / ${(contentScript.wallMs / on.keystrokes).toFixed(3)} ms (its own calls alone: ${ownRatio.toFixed(3)}×)`,
    ],
    ...contentScript.bySource.map((source) => [`  from ${source.source}`, '-', `${source.calls} calls, ${source.cpuMs.toFixed(1)} ms CPU, ${source.wallMs.toFixed(1)} ms wall`]),
    ['longest content-script call, CPU (wall)', '-', `${longest.cpuMs.toFixed(1)} ms (${longest.wallMs.toFixed(1)} ms), from ${longest.source || '-'}`],
    [
      `long tasks > ${LONG_TASK_MS} ms: all / running the content script / made long by it`,
      `${off.timeline.longTasks.length} / - / -`,
      `${on.timeline.longTasks.length} / ${ranContentScript.length} / ${madeLong.length}`,
    ],
    ['keydown to next paint (Event Timing), p95 / worst', keydownTiming(off), keydownTiming(on)],
    ['analyses (performance entries)', '-', on.probes.analyses ? `${on.probes.analyses}, ${on.probes.analysesMs.toFixed(1)} ms` : `not instrumented (no '${ANALYZE_MARK}' entries)`],
    [`keystroke-to-hint latency, median / p95 (${latencies.length} bursts)`, '-', latencies.length ? `${Math.round(median)} / ${Math.round(p95)} ms` : 'no hint'],
    ['JS heap after GC (V8 + ArrayBuffers); DOM heap', `${mb(off.heap.jsBytes)}; ${mb(off.heap.domBytes)}`, `${mb(on.heap.jsBytes)} (+${mb(heapBytes)}); ${mb(on.heap.domBytes)}`],
  ];

  const cpus = os.cpus();
  const machine = `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${chromium}, load average ${loadBefore.toFixed(1)} before / ${os.loadavg()[0].toFixed(1)} after`;
  console.log(
    [
      '',
      `Post Coach in the browser — ${new Date().toISOString().slice(0, 10)}, ${machine}`,
      '',
      ...markdownTable(['measure', 'extension off', 'extension on'], rows),
      '',
      ...markdownTable(['goal', 'measured', 'result'], goals.map((goal) => [goal.goal, goal.shown, goal.met ? 'met' : 'MISSED'])),
      '',
    ].join('\n'),
  );
  if (!on.latency?.hintShown) console.log('Warning: the extension showed no hint on the page, so it did not coach this run.');
  console.log(`bench:browser finished in ${seconds(Date.now() - started)}`);

  fs.mkdirSync(path.dirname(options.json), { recursive: true });
  const results = { date: new Date().toISOString(), machine, settings: { chars, intervalMs, bursts, pairs }, goals, off, on: { ...on, latency: { ...on.latency, medianMs: median, p95Ms: p95 } } };
  fs.writeFileSync(options.json, JSON.stringify(results, null, 2));
  console.log(`Results: ${path.relative(process.cwd(), options.json)}`);
}

/**
 * p95 and worst of the keydowns' Event Timing durations. Only keydowns of 16 ms or more are
 * reported, so the p95 is known when at least the slowest 5% of them were.
 */
function keydownTiming(run) {
  const slow = [...run.probes.slowKeydowns].sort((a, b) => b - a);
  const aboveP95 = run.keystrokes - Math.ceil(0.95 * run.keystrokes);
  const p95 = slow.length > aboveP95 ? `${Math.round(slow[aboveP95])} ms` : '< 16 ms';
  return `${p95} / ${slow.length ? `${Math.round(slow[0])} ms` : '< 16 ms'}`;
}

function markdownTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function pct(share) {
  return `${(share * 100).toFixed(2)}%`;
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
