/**
 * Debian Chromium with the built MV3 extension, driven over CDP (puppeteer-core, pipe transport).
 *
 * - Extension context: the service worker (the newest worker target: after `chrome.runtime.reload()`
 *   the old target stays listed). The profile has developer mode on, without which Chromium leaves
 *   an unpacked extension disabled after `chrome.runtime.reload()`.
 * - Popup: the real one, opened by `chrome.action.openPopup()` in the worker for the active tab.
 * - Network: every extension target (worker, popup, options) and every site page get the CDP
 *   Network domain; requests an extension context or a content script starts are recorded.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Flags the project always runs Chromium with (GUIDE.md): the machine has no network but the registries. */
export const BASE_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--lang=en-US',
];

/** @returns {Promise<import('./driver.mjs').BrowserDriver>} */
export async function launchChromium({ extensionDir, proxyPort, profileDir }) {
  // Developer mode: without it Chromium leaves an unpacked extension disabled after chrome.runtime.reload().
  fs.mkdirSync(path.join(profileDir, 'Default'), { recursive: true });
  fs.writeFileSync(path.join(profileDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  const browser = await puppeteer.launch({
    userDataDir: profileDir,
    browser: 'chrome',
    executablePath: CHROMIUM_PATH,
    pipe: true,
    enableExtensions: [extensionDir],
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    args: [...BASE_FLAGS, `--proxy-server=127.0.0.1:${proxyPort}`],
  });
  const isWorker = (target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://');
  const firstWorker = await browser.waitForTarget(isWorker, { timeout: 15_000 });
  const extensionId = new URL(firstWorker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  /** Requests made by extension contexts or content scripts: `{ context, url }`. */
  const extensionRequests = [];
  /** Errors logged by the worker, popup or options page. */
  const extensionErrors = [];
  const watched = new WeakSet();

  async function watchExtensionTarget(target) {
    if (watched.has(target) || !target.url().startsWith(extensionOrigin)) return;
    watched.add(target);
    const session = await target.createCDPSession().catch(() => undefined);
    if (!session) return;
    const context = new URL(target.url()).pathname;
    session.on('Network.requestWillBeSent', ({ request }) => {
      if (leavesExtension(request.url)) extensionRequests.push({ context, url: request.url });
    });
    session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => extensionErrors.push(`${context}: ${describeException(exceptionDetails)}`));
    session.on('Runtime.consoleAPICalled', ({ type, args }) => {
      if (type === 'error' || type === 'assert') extensionErrors.push(`${context}: console.${type} ${args.map(describeArg).join(' ')}`);
    });
    await Promise.all([session.send('Network.enable'), session.send('Runtime.enable')]).catch(() => undefined);
  }
  // A reload starts a new worker under a new target (the old one stays listed): use the newest.
  let workerTarget = firstWorker;
  browser.on('targetcreated', (target) => {
    if (isWorker(target)) workerTarget = target;
    void watchExtensionTarget(target);
  });
  browser.on('targetchanged', (target) => void watchExtensionTarget(target));
  await watchExtensionTarget(firstWorker);

  async function worker() {
    return workerTarget.worker();
  }

  return {
    name: 'chromium',
    browser,
    extensionOrigin,
    async openSitePage(url) {
      const page = await browser.newPage();
      const consoleProblems = [];
      const session = await page.createCDPSession();
      session.on('Runtime.consoleAPICalled', ({ type, args }) => {
        const text = args.map(describeArg).join(' ');
        if (type === 'error' || type === 'assert' || /post-coach|extension context/i.test(text)) consoleProblems.push(`console.${type}: ${text}`);
      });
      session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => consoleProblems.push(`uncaught: ${describeException(exceptionDetails)}`));
      session.on('Log.entryAdded', ({ entry }) => {
        if (entry.level === 'error') consoleProblems.push(`${entry.source}: ${entry.text}${entry.url ? ` (${entry.url})` : ''}`);
      });
      // A content script's request carries the script's chrome-extension:// URL in its initiator stack.
      session.on('Network.requestWillBeSent', ({ request, initiator }) => {
        const frames = [...(initiator.stack?.callFrames ?? []), ...(initiator.stack?.parent?.callFrames ?? [])];
        const fromExtension = [...frames.map((frame) => frame.url), initiator.url ?? ''].some((source) => source.startsWith(extensionOrigin));
        if (fromExtension && leavesExtension(request.url)) extensionRequests.push({ context: `content script on ${url}`, url: request.url });
      });
      await Promise.all([session.send('Runtime.enable'), session.send('Log.enable'), session.send('Network.enable')]);
      await page.goto(url, { waitUntil: 'load' });
      return { page, url, consoleProblems };
    },
    async inExtension(fn, ...args) {
      return (await worker()).evaluate(fn, ...args);
    },
    async openPopup(sitePage) {
      await sitePage.page.bringToFront();
      const opened = browser.waitForTarget((target) => target.url().startsWith(`${extensionOrigin}/popup.html`), { timeout: 5_000 });
      await (await worker()).evaluate(() => chrome.action.openPopup());
      const target = await opened.catch(() => {
        throw new Error('no popup within 5 s of chrome.action.openPopup()');
      });
      const page = await target.asPage();
      await page.setViewport({ width: 420, height: 640 });
      await page.waitForFunction(() => document.readyState === 'complete');
      return page;
    },
    async closePopup(popup) {
      await popup.close().catch(() => undefined);
    },
    async reloadExtension() {
      const old = workerTarget;
      await (await worker()).evaluate(() => void setTimeout(() => chrome.runtime.reload(), 0));
      for (const deadline = Date.now() + 10_000; workerTarget === old; ) {
        if (Date.now() > deadline) throw new Error('no new service worker within 10 s of chrome.runtime.reload()');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    extensionRequests: () => extensionRequests,
    extensionErrors: () => extensionErrors,
    close: () => browser.close(),
  };
}

/** Requests for the extension's own files (web-accessible ones get a random host: `use_dynamic_url`) stay inside it. */
function leavesExtension(url) {
  return !/^(chrome-extension|data|blob):/.test(url);
}

function describeArg(arg) {
  return arg.value !== undefined ? String(arg.value) : (arg.description ?? arg.type);
}

function describeException(details) {
  const description = details.exception?.description ?? details.text;
  return `${description.split('\n')[0]}${details.url ? ` (${details.url}:${details.lineNumber})` : ''}`;
}
