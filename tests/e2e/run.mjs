/**
 * End-to-end suite: builds the extension for Chrome (MV3) and Firefox, serves the site fixtures at
 * the sites' real URLs over HTTPS, and drives Debian Chromium and Firefox ESR with the built
 * extension through what a user does: typing drafts, reading hints, the popup, switching the coach
 * off, changing the language, navigating, reloading the extension. Privacy and packaging checks
 * run in the same suite.
 *
 *   npm run test:e2e [-- --browsers chromium,firefox] [--sites x,mastodon] [--json results.json]
 *                    [--fixtures <dir laid out like tests/fixtures/sites>]
 *
 * Runs under tsx (package.json) so it can read the project's own TypeScript: the site list, the
 * engine (expected German messages), the UI catalogues and the site adapters (which box to type
 * into: lib/composer-probe.mjs). Prints one line per check and ends with "N passed, N failed"
 * (skipped checks are listed, not counted). Screenshots go to tests/e2e/screenshots/ (hints,
 * popup, and failures/ for every failed check).
 *
 * How the real URLs work: both browsers use an HTTP CONNECT proxy on 127.0.0.1 that tunnels the
 * supported hosts to the fixture server and refuses everything else (lib/fixture-server.mjs), so
 * pages load at https://x.com/... and the manifest's match patterns decide injection, on any port
 * and without root. What each browser can and cannot do is at the top of lib/chromium.mjs and
 * lib/firefox.mjs.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../../guidance/index.ts';
import { de } from '../../utils/ui-messages/de.ts';
import { en } from '../../utils/ui-messages/en.ts';
import { SITES, SUPPORTED_HOST_PATTERNS } from '../../utils/sites.ts';
import { CHROMIUM_PATH, launchChromium } from './lib/chromium.mjs';
import { bundleComposerProbe } from './lib/composer-probe.mjs';
import { discoverFixtures } from './lib/fixtures.mjs';
import { firefoxPath, launchFirefox } from './lib/firefox.mjs';
import { makeCertificate, startFixtureServer } from './lib/fixture-server.mjs';
import { createSuite, Mismatch } from './lib/suite.mjs';
import { checkCoachOff, checkDialog, checkExtensionReload, checkLanguage, checkSiteSwitch, checkSpaNavigation } from './scenarios/lifecycle.mjs';
import { checkPackages, checkStoreZips } from './scenarios/package.mjs';
import { checkNetwork, checkStorage } from './scenarios/privacy.mjs';
import { closeSitePages } from './scenarios/drafts.mjs';
import { checkSite } from './scenarios/sites.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const screenshotDir = path.join(repoRoot, 'tests/e2e/screenshots');
/**
 * Sites the page-lifecycle checks run on: one contenteditable composer (X, Draft.js) and one
 * textarea (Mastodon). Every site gets the hint, badge, popup and reply checks.
 */
const LIFECYCLE_SITES = ['x', 'mastodon'];
const BROWSERS = ['chromium', 'firefox'];

const { values: options } = parseArgs({
  options: {
    browsers: { type: 'string', default: BROWSERS.join(',') },
    sites: { type: 'string', default: Object.keys(SITES).join(',') },
    json: { type: 'string' },
    fixtures: { type: 'string', default: path.join(repoRoot, 'tests/fixtures/sites') },
  },
});
const fixturesRoot = path.resolve(options.fixtures);
const browsers = options.browsers.split(',').filter((name) => BROWSERS.includes(name));
const sites = options.sites.split(',').filter((site) => site in SITES);

const started = Date.now();
const suite = createSuite({ screenshotDir, repoRoot });
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'post-coach-e2e-'));
let server;

try {
  const builds = await build(path.join(workDir, 'build'));
  if (builds) {
    console.log('\nPackages');
    await checkPackages({ suite, repoRoot, supportedHostPatterns: SUPPORTED_HOST_PATTERNS }, builds);
    await checkStoreZips({ suite, repoRoot }, path.join(workDir, 'zip'));

    const allHosts = Object.values(SITES).flatMap((site) => site.hosts);
    server = await startFixtureServer({ root: fixturesRoot, sites: SITES, tls: makeCertificate(workDir, allHosts) });
    const fixtures = discoverFixtures(fixturesRoot, sites);
    const composerProbe = await bundleComposerProbe(repoRoot, workDir);
    for (const browserName of browsers) await runBrowser(browserName, builds, { fixtures, composerProbe });
  }
} catch (error) {
  suite.recordCrash(error);
} finally {
  await server?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
}

const skipped = suite.results.filter((result) => result.status === 'skipped');
if (skipped.length) console.log(`\nSkipped (not counted):\n${skipped.map((result) => `  [${result.browser}] ${result.site ? `${result.site}: ` : ''}${result.name}: ${result.message}`).join('\n')}`);
console.log('\nBy browser:');
for (const name of new Set(suite.results.map((result) => result.browser))) {
  const { passed, failed, skipped: skips } = suite.totals((result) => result.browser === name);
  console.log(`  ${name}: ${passed} passed, ${failed} failed, ${skips} skipped`);
}
const { passed, failed } = suite.totals();
if (options.json) fs.writeFileSync(options.json, JSON.stringify({ passed, failed, results: suite.results }, null, 2));
console.log(`\ne2e finished in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

/** `wxt build` for both targets into `outDir` (POST_COACH_OUT_DIR, so parallel builds don't clash). */
async function build(outDir) {
  const wxt = path.join(repoRoot, 'node_modules', '.bin', 'wxt');
  let builds;
  console.log(`Building into ${outDir}`);
  await suite.check({ browser: 'build' }, 'wxt build and wxt build -b firefox succeed', async () => {
    for (const args of [['build'], ['build', '-b', 'firefox']]) {
      try {
        execFileSync(wxt, args, { cwd: repoRoot, env: { ...process.env, POST_COACH_OUT_DIR: outDir }, stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (error) {
        const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
        const lines = output.split('\n').filter((line) => /error|fail|could not/i.test(line)).slice(0, 8).join('\n');
        throw new Mismatch(`wxt ${args.join(' ')} to succeed`, `it failed:\n${lines || output.slice(-2000)}`);
      }
    }
    const dirs = fs.readdirSync(outDir);
    const find = (pattern) => path.join(outDir, dirs.find((dir) => pattern.test(dir)) ?? '(missing)');
    builds = { chrome: find(/^chrome-mv3$/), firefox: find(/^firefox-mv\d$/) };
  });
  return builds;
}

async function runBrowser(browserName, builds, { fixtures, composerProbe }) {
  console.log(`\n${browserName}`);
  const executable = browserName === 'chromium' ? (fs.existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined) : firefoxPath();
  let driver;
  await suite.check({ browser: browserName }, 'the browser starts with the extension installed', async () => {
    if (!executable) throw new Error(`${browserName} is not installed (apt-get install -y ${browserName === 'chromium' ? 'chromium' : 'firefox-esr'})`);
    const launch = browserName === 'chromium' ? launchChromium : launchFirefox;
    driver = await launch({
      extensionDir: browserName === 'chromium' ? builds.chrome : builds.firefox,
      proxyPort: server.proxyPort,
      profileDir: path.join(workDir, `${browserName}-profile`),
    });
  });
  if (!driver) return;
  const logStart = { connects: server.log.connects.length, requests: server.log.requests.length };
  const env = { suite, driver, server, fixtures, composerProbe, fixturesRoot, repoRoot, screenshotDir, engine: { analyze }, uiTexts: { de, en }, openPages: [] };
  try {
    for (const site of sites) await checkSite(env, site);
    for (const site of LIFECYCLE_SITES.filter((candidate) => sites.includes(candidate))) {
      await checkSiteSwitch(env, site);
      await checkLanguage(env, site);
      await checkSpaNavigation(env, site);
      await checkCoachOff(env, site);
    }
    for (const site of sites) {
      for (const fixture of fixtures.get(site).filter((candidate) => candidate.dialog)) await checkDialog(env, site, fixture);
    }
    // Last: it reloads the extension.
    const reloadSite = LIFECYCLE_SITES.find((candidate) => sites.includes(candidate)) ?? sites[0];
    if (reloadSite) await checkExtensionReload(env, reloadSite);
    await closeSitePages(env);
    await checkStorage(env);
    await checkNetwork(env, logStart);
  } finally {
    await driver.close().catch(() => undefined);
  }
}
