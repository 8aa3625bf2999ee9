/**
 * The coach through a page's life, in one browser: the popup's site switch and language picker,
 * single-page-app navigation, a composer dialog closed and reopened, a site where the coach is
 * off, and the extension reloaded under an open page.
 */
import { DIALOG_SELECTOR, composerText, findComposer, hintState, pollPage, sleep, typeDraft } from '../lib/page-tools.mjs';
import { chooseLanguage, clickInPopup, popupText, siteSwitchIsOn } from '../lib/popup-tools.mjs';
import { expect, Mismatch } from '../lib/suite.mjs';
import { BROADCAST_DRAFT, COMPOSER_GONE_DEADLINE_MS, DRAFT_FOR_KIND, HINT_DEADLINE_MS, expectHintWithin, openFixture, primaryPost, typeAndExpectHint } from './drafts.mjs';

/** How long a page with the coach off is watched for a hint or an analysis. */
const QUIET_WATCH_MS = 1_500;
/** The performance entry the content script leaves per analysis (entrypoints/content/coach.ts ANALYSIS_MEASURE), visible in the page's timeline. */
const ANALYSIS_MEASURE = 'post-coach:analyze';

function showBroadcast(env, t, site) {
  return typeAndExpectHint(env, t, { site, fixture: primaryPost(env, site) });
}

function expectNoConsoleProblems(sitePage) {
  expect(sitePage.consoleProblems.length === 0, `no errors in the console of ${sitePage.url}`, () => sitePage.consoleProblems.slice(0, 5).join(' | '));
}

export async function checkSiteSwitch(env, site) {
  await env.suite.check({ browser: env.driver.name, site }, 'the popup switch turns hints off within 1 s and back on', async (t) => {
    const { sitePage } = await showBroadcast(env, t, site);
    const popup = await env.driver.openPopup(sitePage);
    t.page = popup;
    try {
      const switchOn = await siteSwitchIsOn(popup);
      if (switchOn !== true) throw new Mismatch('the popup site switch [data-site-switch], on', switchOn === null ? `no switch (popup text: "${await popupText(popup)}")` : 'it is off');
      t.page = sitePage.page;
      await clickInPopup(popup, '[data-site-switch]');
      const off = await expectHintWithin(sitePage.page, { hidden: true }, 'after switching the site off in the popup');
      await clickInPopup(popup, '[data-site-switch]');
      const on = await expectHintWithin(sitePage.page, { shows: 'broadcast-only' }, 'after switching the site back on in the popup');
      t.note(`off ${off.ms} ms, on ${on.ms} ms`);
    } finally {
      await env.driver.closePopup(popup);
    }
  });
}

export async function checkLanguage(env, site) {
  await env.suite.check({ browser: env.driver.name, site }, 'picking Deutsch turns popup and hint German without reload', async (t) => {
    const { sitePage } = await showBroadcast(env, t, site);
    const popup = await env.driver.openPopup(sitePage);
    t.page = popup;
    const { de, en } = env.uiTexts;
    let previous;
    try {
      previous = await chooseLanguage(popup, 'de');
      // Texts without placeholders that differ between the catalogues: seeing one tells the language.
      const distinct = (own, other) => Object.keys(own).filter((key) => !own[key].includes('{') && own[key] !== other[key]).map((key) => own[key]);
      const german = await pollPage(
        popup,
        (deTexts, enTexts) => {
          const text = document.body.innerText;
          return deTexts.some((value) => text.includes(value)) && !enTexts.some((value) => text.includes(value));
        },
        [distinct(de, en), distinct(en, de)],
        HINT_DEADLINE_MS,
      );
      if (!german) throw new Mismatch('the popup in German (Deutsch catalogue texts, no English ones) within 1 s', `"${await popupText(popup)}"`);

      t.page = sitePage.page;
      const expected = env.engine
        .analyze({ text: BROADCAST_DRAFT, kind: 'post', site }, { uiLanguage: 'de' })
        .findings.find((finding) => finding.rule === 'broadcast-only')?.message;
      const hintGerman = await sitePage.page
        .waitForFunction(
          (message) => [...(document.querySelector('post-coach-hints')?.shadowRoot?.querySelectorAll('[data-rule="broadcast-only"]') ?? [])].some((card) => card.textContent.includes(message)),
          { timeout: HINT_DEADLINE_MS, polling: 50 },
          expected ?? '',
        )
        .then(() => true, () => false);
      const card = (await hintState(sitePage.page)).cards.find((candidate) => candidate.rule === 'broadcast-only');
      expect(expected && hintGerman, `the broadcast-only card to read "${expected}" (the engine's German message) within 1 s, page not reloaded`, `"${card?.message}"`);
      expect(sitePage.page.url() === sitePage.url, `the page not reloaded (${sitePage.url})`, sitePage.page.url());
    } finally {
      if (previous !== undefined && !popup.isClosed()) await chooseLanguage(popup, previous).catch(() => undefined);
      await env.driver.closePopup(popup);
    }
  });
}

export async function checkSpaNavigation(env, site) {
  await env.suite.check({ browser: env.driver.name, site }, 'SPA navigation away and back: hint goes, then comes back once', async (t) => {
    const { sitePage } = await showBroadcast(env, t, site);
    const page = sitePage.page;
    // What a single-page app does: a new URL by pushState and the composer's view swapped out.
    await page.evaluate(() => {
      window.__postCoachE2eView = [...document.body.childNodes].filter((node) => node.nodeName.toLowerCase() !== 'post-coach-hints');
      window.__postCoachE2eHome = location.pathname + location.search;
      history.pushState({}, '', '/post-coach-e2e/elsewhere');
      const elsewhere = document.createElement('main');
      elsewhere.textContent = 'Another view of the app.';
      document.body.replaceChildren(elsewhere, ...document.querySelectorAll('body > post-coach-hints'));
    });
    const away = await expectHintWithin(page, { hidden: true }, 'after navigating away with history.pushState (composer gone)');
    await page.evaluate(() => {
      history.pushState({}, '', window.__postCoachE2eHome);
      document.body.replaceChildren(...window.__postCoachE2eView, ...document.querySelectorAll('body > post-coach-hints'));
    });
    await typeDraft(page, await findComposer(page, { probe: env.composerProbe, site, kind: 'post' }), BROADCAST_DRAFT);
    const back = await expectHintWithin(page, { shows: 'broadcast-only' }, 'after navigating back with history.pushState and typing again');
    const { hosts } = await hintState(page);
    expect(hosts === 1, 'exactly one <post-coach-hints> element after coming back', `${hosts}`);
    expectNoConsoleProblems(sitePage);
    t.note(`away ${away.ms} ms, back ${back.ms} ms`);
  });
}

export async function checkDialog(env, site, fixture) {
  await env.suite.check({ browser: env.driver.name, site: `${site}/${fixture.name}` }, 'a composer dialog closed and reopened keeps coaching', async (t) => {
    const { draft, rule } = DRAFT_FOR_KIND[fixture.kind];
    const { sitePage, composer } = await typeAndExpectHint(env, t, { site, fixture });
    const page = sitePage.page;
    // Closing: the site removes the dialog. Reopening: it renders a fresh one where the old one was.
    await composer.handle.evaluate((editor, dialogSelector) => {
      const dialog = editor.closest(dialogSelector);
      window.__postCoachE2eDialog = { fresh: dialog.cloneNode(true), parent: dialog.parentNode, next: dialog.nextSibling };
      dialog.remove();
    }, DIALOG_SELECTOR);
    const closed = await expectHintWithin(page, { hidden: true }, 'after the dialog was removed from the page', COMPOSER_GONE_DEADLINE_MS);
    await page.evaluate(() => {
      const { fresh, parent, next } = window.__postCoachE2eDialog;
      parent.insertBefore(fresh, next?.isConnected ? next : null);
    });
    await typeDraft(page, await findComposer(page, { probe: env.composerProbe, site, kind: fixture.kind, inDialog: true }), draft);
    const shown = await expectHintWithin(page, { shows: rule }, 'after reopening the dialog and typing again');
    const { hosts } = await hintState(page);
    expect(hosts === 1, 'exactly one <post-coach-hints> element after reopening', `${hosts}`);
    expectNoConsoleProblems(sitePage);
    t.note(`closed ${closed.ms} ms, reopened ${shown.ms} ms`);
  });
}

export async function checkCoachOff(env, site) {
  const where = { browser: env.driver.name, site };
  const setDisabled = (sites) =>
    env.driver.inExtension(async (value) => {
      const api = globalThis.browser ?? globalThis.chrome;
      await api.storage.sync.set({ disabledSites: value });
    }, sites);
  let analysesWhenOn;
  let analysesWhenOff;

  await env.suite.check(where, 'a site with the coach off shows nothing', async (t) => {
    const on = await showBroadcast(env, t, site);
    analysesWhenOn = await countAnalyses(on.sitePage.page);
    await setDisabled([site]);
    try {
      const sitePage = await openFixture(env, t, site, primaryPost(env, site));
      await typeDraft(sitePage.page, await findComposer(sitePage.page, { probe: env.composerProbe, site, kind: 'post' }), BROADCAST_DRAFT);
      await sleep(QUIET_WATCH_MS);
      const state = await hintState(sitePage.page);
      expect(state.hosts === 0, `no <post-coach-hints> element ${QUIET_WATCH_MS} ms after typing with ${site} switched off`, `${state.hosts} element(s)`);
      analysesWhenOff = await countAnalyses(sitePage.page);
    } finally {
      await setDisabled([]);
    }
  });

  await env.suite.check(where, 'a site with the coach off runs no analysis', async (t) => {
    if (analysesWhenOn === undefined) t.skip('needs the page from the previous check');
    if (analysesWhenOn === 0) {
      t.skip(`not observable: no '${ANALYSIS_MEASURE}' performance entry on a page where the hint showed`);
    }
    expect(analysesWhenOff === 0, `0 '${ANALYSIS_MEASURE}' entries with the coach off (${analysesWhenOn} on the page with it on)`, `${analysesWhenOff}`);
    t.note(`${analysesWhenOn} analyses with the coach on, 0 off`);
  });
}

function countAnalyses(page) {
  return page.evaluate((name) => performance.getEntriesByName(name).length, ANALYSIS_MEASURE);
}

export async function checkExtensionReload(env, site) {
  await env.suite.check({ browser: env.driver.name, site }, 'reloading the extension under an open page leaves no old UI, no errors, and coaching resumes', async (t) => {
    const { sitePage, composer } = await showBroadcast(env, t, site);
    const page = sitePage.page;
    await env.driver.reloadExtension();
    await page.bringToFront();
    // The next keystroke is when an orphaned content script would notice, and throw if careless.
    await composer.handle.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Soon.');
    await sleep(HINT_DEADLINE_MS);
    const state = await hintState(page);
    const text = await composerText(composer);
    expect(text.endsWith('today. Soon.'), 'the composer to keep working: its text ending in "today. Soon."', `"${text}"`);
    expect(state.hosts <= 1, 'the old hint gone: at most one <post-coach-hints> element (a new content script may add its own)', `${state.hosts}`);
    expectNoConsoleProblems(sitePage);
    // Chromium: the background starts the new content script in open tabs; Firefox re-injects by itself.
    const resumed = state.cards.some((card) => card.rule === 'broadcast-only');
    expect(resumed, 'a new content script to coach the open page without a page reload (broadcast-only shown)', `cards: ${state.cards.map((card) => card.rule).join(', ') || 'none'}`);
  });
}
