/**
 * A small test runner for the e2e suite: named checks per browser and site, a screenshot of the
 * page in view when one fails, and totals.
 */
import fs from 'node:fs';
import path from 'node:path';

/** A check's outcome differs from what a user should see. */
export class Mismatch extends Error {
  constructor(expected, got) {
    super(`expected ${expected}; got ${got}`);
    this.expected = expected;
    this.got = got;
  }
}

/** The check cannot run in this browser or on this tree; the reason is printed. */
class Skipped extends Error {}

export function expect(condition, expected, got) {
  if (!condition) throw new Mismatch(expected, typeof got === 'function' ? got() : got);
}

const TEST_TIMEOUT_MS = 60_000;

export function createSuite({ screenshotDir, repoRoot }) {
  const results = [];
  // Failure screenshots belong to this run only.
  fs.rmSync(path.join(screenshotDir, 'failures'), { recursive: true, force: true });
  fs.mkdirSync(path.join(screenshotDir, 'failures'), { recursive: true });

  /**
   * Runs one check. `fn(t)` may set `t.page` to the page a failure screenshot should show, call
   * `t.note()` to add a figure to the result line, and `t.skip(reason)`.
   */
  async function check({ browser, site }, name, fn) {
    const t = {
      page: undefined,
      notes: [],
      note(text) {
        this.notes.push(text);
      },
      skip(reason) {
        throw new Skipped(reason);
      },
    };
    const label = `[${browser}] ${site ? `${site}: ` : ''}${name}`;
    const started = Date.now();
    let timer;
    try {
      await Promise.race([
        fn(t),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`the check did not finish within ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS);
        }),
      ]);
      results.push({ browser, site, name, status: 'passed' });
      console.log(`  ✔ ${label}${t.notes.length ? ` (${t.notes.join('; ')})` : ''} ${Date.now() - started} ms`);
    } catch (error) {
      if (error instanceof Skipped) {
        results.push({ browser, site, name, status: 'skipped', message: error.message });
        console.log(`  - ${label}: SKIPPED: ${error.message}`);
        return;
      }
      const screenshot = await failureScreenshot(t.page, `${browser}-${site ?? 'all'}-${name}`);
      const lines = [`browser: ${browser}`, ...(site ? [`site: ${site}`] : [])];
      if (error instanceof Mismatch) lines.push(`expected: ${error.expected}`, `got: ${error.got}`);
      else lines.push(`error: ${error?.stack ?? error}`);
      if (screenshot) lines.push(`screenshot: ${path.relative(repoRoot, screenshot)}`);
      results.push({ browser, site, name, status: 'failed', message: lines.join('\n') });
      console.log(`  ✘ ${label}\n${lines.map((line) => `      ${line}`).join('\n')}`);
    } finally {
      clearTimeout(timer);
    }
  }

  async function failureScreenshot(page, name) {
    if (!page || page.isClosed()) return undefined;
    const file = path.join(screenshotDir, 'failures', `${name.replace(/[^\w.-]+/g, '-')}.png`);
    try {
      await page.screenshot({ path: file });
      return file;
    } catch {
      return undefined;
    }
  }

  function totals(filter = () => true) {
    const selected = results.filter(filter);
    const count = (status) => selected.filter((result) => result.status === status).length;
    return { passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
  }

  /** Something outside any check stopped the suite: one failure, so the run cannot look green. */
  function recordCrash(error) {
    results.push({ browser: 'e2e', name: 'the suite runs to the end', status: 'failed', message: String(error?.stack ?? error) });
    console.log(`  ✘ the suite stopped: ${error?.stack ?? error}`);
  }

  return { check, recordCrash, results, totals };
}
