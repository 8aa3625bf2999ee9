#!/usr/bin/env node
/**
 * `npm start`: builds the Chrome extension, then opens the local Chromium with it loaded, on the
 * practice page, so a newcomer can try the coach without going near a social network. The
 * browser stays open until you close it.
 *
 * - Browser: $CHROME_PATH, else /usr/bin/chromium.
 * - Profile: <out>/chromium-profile, kept between runs so settings stay; delete it for a fresh start.
 * - Extra browser flags: $CHROME_ARGS (space-separated), e.g. CHROME_ARGS=--headless=new.
 *
 * Chromium is driven with puppeteer-core (a dev dependency) rather than started with
 * `--load-extension` and the page's URL: Chromium blocks (ERR_BLOCKED_BY_CLIENT) an extension page
 * named on the command line, because the extension is not loaded yet when the URL opens, and
 * branded Chrome ignores --load-extension since version 137. The page opens once the extension's
 * service worker runs; its id is fixed by the manifest's `key` (wxt.config.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.env.POST_COACH_OUT_DIR ?? '.output');
const extensionDir = path.join(outDir, 'chrome-mv3');
const browserPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function build() {
  return new Promise((resolve, reject) => {
    const wxt = spawn(process.execPath, [path.join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], { cwd: root, stdio: 'inherit' });
    wxt.on('error', reject);
    wxt.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`wxt build exited with ${code}`))));
  });
}

async function main() {
  await build();
  if (!existsSync(browserPath)) throw new Error(`No browser at ${browserPath}. Set CHROME_PATH to a Chromium binary.`);
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: browserPath,
    headless: false,
    pipe: true,
    enableExtensions: [extensionDir],
    userDataDir: path.join(outDir, 'chromium-profile'),
    defaultViewport: null,
    // No "controlled by automated test software" bar: this is a browser to use, not a test.
    ignoreDefaultArgs: ['--enable-automation'],
    args: [
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chromium's sandbox cannot run as root (containers, CI).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(process.env.CHROME_ARGS ?? '').split(/\s+/).filter(Boolean),
    ],
  });
  const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'));
  const practiceUrl = `chrome-extension://${new URL(worker.url()).host}/practice.html`;
  const [blank] = await browser.pages();
  await (blank ?? (await browser.newPage())).goto(practiceUrl);
  console.log(`Post Coach is loaded; the practice page is ${practiceUrl}. Close the browser to stop.`);
  await new Promise((resolve) => browser.once('disconnected', resolve));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
