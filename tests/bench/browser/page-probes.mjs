/**
 * What the benchmark watches from inside the page's main world (functions puppeteer runs there).
 * The same probes run with the extension on and off, so they cost both runs the same.
 */

/**
 * Before the page's own scripts: the time of the latest keydown, and the durations the browser's
 * Event Timing reports for keydowns (to the next paint) of 16 ms or more, the API's smallest threshold.
 */
export function installProbes() {
  const probe = { keydowns: 0, lastKeydown: 0, slowKeydowns: [], hintChanges: [] };
  Object.defineProperty(window, '__postCoachBench', { value: probe });
  addEventListener('keydown', () => {
    probe.keydowns += 1;
    probe.lastKeydown = performance.now();
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown') probe.slowKeydowns.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/**
 * Records when the hint's content changes (text or elements, not the position styles that
 * placement writes), from a MutationObserver on its open shadow root. False when there is no hint.
 */
export function watchHintChanges(hostName) {
  const root = document.querySelector(hostName)?.shadowRoot;
  if (!root) return false;
  const probe = window.__postCoachBench;
  new MutationObserver(() => probe.hintChanges.push(performance.now())).observe(root, { childList: true, characterData: true, subtree: true });
  return true;
}

/** Time from the latest keydown to the first hint change after it, or null while there is none. */
export function hintLatencySinceLastKeydown() {
  const probe = window.__postCoachBench;
  const change = probe.hintChanges.find((time) => time > probe.lastKeydown);
  return change === undefined ? null : { ms: change - probe.lastKeydown };
}

/** What the probes saw, and the content script's analysis marks if it makes them. */
export function probeReport(analyzeMark) {
  const probe = window.__postCoachBench;
  const analyses = performance.getEntriesByName(analyzeMark);
  return {
    keydowns: probe.keydowns,
    slowKeydowns: probe.slowKeydowns,
    analyses: analyses.length,
    analysesMs: analyses.reduce((total, entry) => total + entry.duration, 0),
  };
}
