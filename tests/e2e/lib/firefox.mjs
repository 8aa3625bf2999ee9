/**
 * Debian Firefox ESR with the built extension (MV2), driven over WebDriver BiDi (puppeteer-core).
 *
 * - The extension is installed as a temporary add-on (`browser.installExtension`). Its
 *   moz-extension UUID (a fresh one per run) is set with the `extensions.webextensions.uuids` pref,
 *   so its pages have a known origin.
 * - Extension context: an extension page (options.html) in its own tab. BiDi refuses to navigate a
 *   tab to moz-extension:// unless Firefox runs with `-remote-allow-system-access`; the tests use
 *   that flag for this and nothing else. BiDi does not report load events for extension pages, so
 *   they are awaited by polling `document.readyState`.
 * - Popup: Firefox cannot open the real popup panel for automation, so the popup page is opened in a
 *   background tab of the site page's window (`tabs.create({ active: false })`): its "active tab of
 *   the current window" is then the site page, as it is for the real popup. Firefox throttles a
 *   background tab's timers to one a second, so the popup is read by polling from Node
 *   (page-tools.mjs pollPage), and it is slower (about 2 s) than Chromium's.
 * - Network: BiDi shows neither the background page's nor the content script's requests; the
 *   proxy and fixture-server logs (fixture-server.mjs) catch any that leave.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';
import { pollPage } from './page-tools.mjs';

export const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];
export const GECKO_ID = 'post-coach@post-coach.example';

export function firefoxPath() {
  return FIREFOX_PATHS.find((candidate) => fs.existsSync(candidate));
}

/** @returns {Promise<import('./driver.mjs').BrowserDriver>} */
export async function launchFirefox({ extensionDir, proxyPort }) {
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
    },
  });
  await browser.installExtension(extensionDir);

  const extensionErrors = [];
  let evaluator;
  let frontSitePage;
  let popupCount = 0;

  /** A tab showing an extension page, where `browser.*` is available. */
  async function extensionPage() {
    if (evaluator && !evaluator.isClosed() && (await evaluator.evaluate(() => typeof browser !== 'undefined' && Boolean(browser.runtime?.id)).catch(() => false))) return evaluator;
    evaluator = await browser.newPage();
    evaluator.on('pageerror', (error) => extensionErrors.push(`options.html: ${error.message}`));
    await openExtensionUrl(evaluator, `${extensionOrigin}/options.html`);
    await frontSitePage?.page.bringToFront();
    return evaluator;
  }

  /** The open tab showing `url`, polled for up to 5 s. */
  async function pageAt(url) {
    for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
      for (const page of await browser.pages()) {
        if ((await page.evaluate(() => location.href).catch(() => '')) === url) return page;
      }
    }
    return undefined;
  }

  async function openExtensionUrl(page, url) {
    // BiDi reports no load event for moz-extension:// documents: start the navigation, then poll.
    await page.goto(url, { waitUntil: [], timeout: 5_000 }).catch(() => undefined);
    const loaded = await pollPage(page, (expected) => location.href === expected && document.readyState === 'complete' && typeof browser !== 'undefined', [url], 10_000);
    if (!loaded) throw new Error(`the extension page ${url} did not load within 10 s`);
  }

  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    async openSitePage(url) {
      await extensionPage();
      const page = await browser.newPage();
      const consoleProblems = [];
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' || message.type() === 'assert' || /post-coach|extension context/i.test(text)) consoleProblems.push(`console.${message.type()}: ${text}`);
      });
      page.on('pageerror', (error) => consoleProblems.push(`uncaught: ${error.message}`));
      await page.goto(url, { waitUntil: 'load' });
      const sitePage = { page, url, consoleProblems };
      frontSitePage = sitePage;
      return sitePage;
    },
    async inExtension(fn, ...args) {
      return (await extensionPage()).evaluate(fn, ...args);
    },
    async openPopup(sitePage) {
      await sitePage.page.bringToFront();
      frontSitePage = sitePage;
      const url = `${extensionOrigin}/popup.html?e2e-popup-${++popupCount}`;
      const known = new Set(browser.targets());
      const created = browser.waitForTarget((target) => target.type() === 'page' && !known.has(target), { timeout: 10_000 });
      await (await extensionPage()).evaluate(async (popupUrl, siteUrl) => {
        const [site] = await browser.tabs.query({ url: siteUrl });
        await browser.tabs.create({ url: popupUrl, active: false, windowId: site?.windowId, index: (site?.index ?? 0) + 1 });
      }, url, sitePage.url);
      // BiDi now and then reports the new background tab late or not at all: then look for it.
      const page = await created.then((target) => target.page(), () => pageAt(url));
      if (!page) throw new Error(`the popup page ${url} did not open in a background tab within 15 s`);
      page.on('pageerror', (error) => extensionErrors.push(`popup.html: ${error.message}`));
      page.on('console', (message) => message.type() === 'error' && extensionErrors.push(`popup.html: console.error ${message.text()}`));
      const loaded = await pollPage(page, (expected) => location.href === expected && document.readyState === 'complete', [url], 10_000);
      if (!loaded) throw new Error(`the popup page ${url} did not load in its background tab within 10 s`);
      await page.setViewport({ width: 420, height: 640 });
      return page;
    },
    async closePopup(popup) {
      await popup.close().catch(() => undefined);
      await frontSitePage?.page.bringToFront();
    },
    async reloadExtension() {
      const page = await extensionPage();
      await page.evaluate(() => void setTimeout(() => browser.runtime.reload(), 0)).catch(() => undefined);
      // The reload closes every extension page; the next extensionPage() opens a fresh one.
      for (const deadline = Date.now() + 5_000; !page.isClosed() && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 100));
      evaluator = undefined;
      await extensionPage();
    },
    /** BiDi does not expose the background page's or content scripts' requests: the proxy log covers them. */
    extensionRequests: () => null,
    extensionErrors: () => extensionErrors,
    close: () => browser.close(),
  };
}
