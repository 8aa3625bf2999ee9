/**
 * Reads a Chromium trace (CDP Tracing, devtools.timeline categories) of one page: the renderer main
 * thread's tasks, and which of its JavaScript the extension's content script ran.
 *
 * - A task is a top-level `RunTask` on the page's `CrRendererMain` thread. `dur` is wall time,
 *   `tdur` the thread's CPU time (what other processes on a busy machine cannot inflate).
 * - Content-script time is `FunctionCall` events whose script URL is the content script's, counted
 *   once when they nest. What dispatched each call is the nearest enclosing event: EventDispatch
 *   (event listeners), TimerFire (timers: the debounced analysis), FireAnimationFrame,
 *   RunMicrotasks (MutationObserver callbacks; promise reactions make no FunctionCall), an IPC
 *   message (extension messaging and storage), or nothing but the task itself: a ResizeObserver
 *   callback, which Blink delivers inside the rendering task between layout and paint.
 */

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', '__metadata'];
export const LONG_TASK_MS = 50;

const CALL_SOURCES = new Map([
  ['EventDispatch', 'event listeners'],
  ['TimerFire', 'timers'],
  ['FireAnimationFrame', 'animation frames'],
  ['RunMicrotasks', 'MutationObserver callbacks'],
  ['Receive mojo message', 'extension messages'],
  ['Receive mojo reply', 'extension messages'],
]);
const TASK_ONLY_SOURCE = 'ResizeObserver callbacks';
/** What the observer goal counts. */
export const OBSERVER_SOURCES = ['MutationObserver callbacks', TASK_ONLY_SOURCE];

const ms = (microseconds) => microseconds / 1000;

/** The page's renderer main thread: the process that holds the outermost frame at `pageUrl`. */
function rendererMainThread(traceEvents, pageUrl) {
  const frames = traceEvents.find((event) => event.name === 'TracingStartedInBrowser')?.args?.data?.frames ?? [];
  const frame = frames.find((candidate) => candidate.isOutermostMainFrame !== false && candidate.url === pageUrl);
  if (!frame) throw new Error(`the trace has no main frame at ${pageUrl} (frames: ${frames.map((candidate) => candidate.url).join(', ') || 'none'})`);
  const thread = traceEvents.find((event) => event.name === 'thread_name' && event.pid === frame.processId && event.args?.name === 'CrRendererMain');
  if (!thread) throw new Error(`no CrRendererMain thread in renderer process ${frame.processId}`);
  return { pid: frame.processId, tid: thread.tid };
}

/**
 * @param {object[]} traceEvents
 * @param {{ pageUrl: string, contentScriptUrl: string | null }} where contentScriptUrl: null when the
 *   extension is not installed
 */
export function readTrace(traceEvents, { pageUrl, contentScriptUrl }) {
  const { pid, tid } = rendererMainThread(traceEvents, pageUrl);
  const events = traceEvents
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X')
    // Parents before the children that start with them.
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  const tasks = [];
  const bySource = new Map();
  const stack = [];
  let task;
  let longestCall = { wallUs: 0, cpuUs: 0, source: '' };
  for (const event of events) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    if (event.name === 'RunTask' && !stack.some((open) => open.name === 'RunTask')) {
      task = { startUs: event.ts, wallUs: event.dur, cpuUs: event.tdur ?? event.dur, contentScriptWallUs: 0, contentScriptCpuUs: 0 };
      tasks.push(task);
    } else if (isContentScriptCall(event, contentScriptUrl) && !stack.some((open) => isContentScriptCall(open, contentScriptUrl))) {
      const source = sourceOf(stack);
      const total = bySource.get(source) ?? { calls: 0, wallUs: 0, cpuUs: 0 };
      total.calls += 1;
      total.wallUs += event.dur;
      total.cpuUs += event.tdur ?? event.dur;
      bySource.set(source, total);
      if ((event.tdur ?? event.dur) > longestCall.cpuUs) longestCall = { wallUs: event.dur, cpuUs: event.tdur ?? event.dur, source };
      if (task && event.ts < task.startUs + task.wallUs) {
        task.contentScriptWallUs += event.dur;
        task.contentScriptCpuUs += event.tdur ?? event.dur;
      }
    }
    stack.push(event);
  }

  const sum = (items, key) => items.reduce((total, item) => total + item[key], 0);
  const sources = [...bySource].map(([source, total]) => ({ source, calls: total.calls, wallMs: ms(total.wallUs), cpuMs: ms(total.cpuUs) }));
  const longTasks = tasks.filter((candidate) => ms(candidate.wallUs) > LONG_TASK_MS);
  return {
    tasks: tasks.length,
    mainThreadWallMs: ms(sum(tasks, 'wallUs')),
    mainThreadCpuMs: ms(sum(tasks, 'cpuUs')),
    contentScript: {
      calls: sum(sources, 'calls'),
      wallMs: sum(sources, 'wallMs'),
      cpuMs: sum(sources, 'cpuMs'),
      bySource: sources.sort((a, b) => b.wallMs - a.wallMs),
      longestCall: { wallMs: ms(longestCall.wallUs), cpuMs: ms(longestCall.cpuUs), source: longestCall.source },
    },
    longTasks: longTasks.map((long) => ({
      wallMs: ms(long.wallUs),
      cpuMs: ms(long.cpuUs),
      contentScriptWallMs: ms(long.contentScriptWallUs),
      contentScriptCpuMs: ms(long.contentScriptCpuUs),
    })),
  };
}

function isContentScriptCall(event, contentScriptUrl) {
  return contentScriptUrl !== null && event.name === 'FunctionCall' && event.args?.data?.url === contentScriptUrl;
}

function sourceOf(stack) {
  for (let i = stack.length - 1; i >= 0; i--) {
    const source = CALL_SOURCES.get(stack[i].name);
    if (source) return source;
  }
  return TASK_ONLY_SOURCE;
}
