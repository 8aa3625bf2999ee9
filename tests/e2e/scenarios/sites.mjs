/**
 * Per site, in one browser: every new-post fixture shows broadcast-only for a broadcast draft,
 * every reply fixture shows reply-fast with the parent's age; on the site's everyday new-post
 * fixture, the toolbar badge and the popup's checklist agree with the page.
 */
import path from 'node:path';
import { primaryPostFixture } from '../lib/fixtures.mjs';
import { HINT_HOST, expandHint, hintState } from '../lib/page-tools.mjs';
import { checklist } from '../lib/popup-tools.mjs';
import { expect } from '../lib/suite.mjs';
import { HINT_DEADLINE_MS, fixturesOf, tabIdOf, typeAndExpectHint } from './drafts.mjs';

/** "2 days", "3 hours", "45 minutes": what formatAge writes in English. */
const AGE_PATTERN = /\b(\d+)\s+(minutes?|hours?|days?)\b/;

export async function checkSite(env, site) {
  const { suite, driver } = env;
  await suite.check({ browser: driver.name, site }, 'has new-post and reply fixtures', async () => {
    fixturesOf(env, site, 'post');
    fixturesOf(env, site, 'reply');
  });
  const fixtures = env.fixtures.get(site) ?? [];
  const primaryFixture = primaryPostFixture(fixtures);

  for (const fixture of fixtures) {
    const where = { browser: driver.name, site: `${site}/${fixture.name}` };
    if (fixture.kind === 'reply') {
      await checkReplyFast(env, where, site, fixture);
      continue;
    }
    let shown;
    await suite.check(where, 'typing a broadcast-only post shows its hint within 1 s', async (t) => {
      shown = await typeAndExpectHint(env, t, { site, fixture });
      t.note(`${shown.ms} ms`);
      await expandHint(shown.sitePage.page);
      await screenshotAround(shown.sitePage.page, shown.composer.handle, path.join(env.screenshotDir, `${driver.name}-${site}-${fixture.name}-hint.png`));
      await expandHint(shown.sitePage.page);
    });
    if (fixture === primaryFixture) {
      await checkBadge(env, where, shown);
      await checkPopupChecklist(env, where, shown);
    }
  }
}

async function checkReplyFast(env, where, site, fixture) {
  await env.suite.check(where, "replying to a two-day-old item shows reply-fast with the item's age", async (t) => {
    const reply = await typeAndExpectHint(env, t, { site, fixture });
    const card = reply.state.cards.find((candidate) => candidate.rule === 'reply-fast');
    const age = AGE_PATTERN.exec(card?.text ?? '');
    expect(age, "the reply-fast card to state the parent's age (\"N days\", \"N hours\")", `"${card?.text}"`);
    expect(/^days?$/.test(age[2]) && Number(age[1]) === 2, "the age \"2 days\" (the fixture's parent is two days old)", `"${age[0]}"`);
    t.note(`${reply.ms} ms, "${age[0]}"`);
  });
}

async function checkBadge(env, where, shown) {
  const { driver } = env;
  await env.suite.check(where, 'the toolbar badge shows the warning count', async (t) => {
    if (!shown) t.skip('needs the hint from the broadcast-only check on this fixture, which failed');
    t.page = shown.sitePage.page;
    const { cards } = await hintState(shown.sitePage.page);
    const warnings = cards.filter((card) => card.severity === 'warn').length;
    const expected = warnings ? String(warnings) : '';
    const tabId = await tabIdOf(driver, shown.sitePage);
    // The badge follows the page's report through the background: give it the hint's deadline.
    const badge = await driver.inExtension(async (id, wanted, timeoutMs) => {
      const api = globalThis.browser ?? globalThis.chrome;
      let text;
      for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
        text = await (api.action ?? api.browserAction).getBadgeText({ tabId: id });
        if (text === wanted) break;
      }
      return text;
    }, tabId, expected, HINT_DEADLINE_MS);
    expect(badge === expected, `badge "${expected}" (${warnings} warning card(s) on ${shown.url}) within ${HINT_DEADLINE_MS} ms`, `badge "${badge}"`);
    t.note(`badge "${badge}"`);
  });
}

async function checkPopupChecklist(env, where, shown) {
  const { driver } = env;
  await env.suite.check(where, "the popup's checklist agrees with the page", async (t) => {
    if (!shown) t.skip('needs the hint from the broadcast-only check on this fixture, which failed');
    const popup = await driver.openPopup(shown.sitePage);
    t.page = popup;
    try {
      const rows = await checklist(popup);
      const pageRules = new Set((await hintState(shown.sitePage.page)).cards.map((card) => card.rule));
      const attention = new Set(Object.keys(rows).filter((rule) => rows[rule] === 'attention'));
      const describe = (rules) => `[${[...rules].sort().join(', ')}]`;
      expect(
        Object.keys(rows).length > 0 && [...pageRules].every((rule) => attention.has(rule)) && [...attention].every((rule) => pageRules.has(rule)),
        `popup rows in state "attention" = the page's hint cards ${describe(pageRules)}`,
        Object.keys(rows).length ? `attention rows ${describe(attention)}` : 'no [data-rule][data-state] rows in the popup',
      );
      if (!env.popupScreenshotTaken) {
        await screenshotContent(popup, path.join(env.screenshotDir, `${driver.name}-popup.png`));
        env.popupScreenshotTaken = true;
      }
    } finally {
      await driver.closePopup(popup);
    }
  });
}

/** A screenshot of the composer and the open hint, with a margin: what a user looks at. */
async function screenshotAround(page, composer, file) {
  // The hint places itself in an animation frame: let two pass before measuring.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const box = await composer.evaluate((editor, hintHost) => {
    const hint = [...(document.querySelector(hintHost)?.shadowRoot?.querySelectorAll('.pc-badge, .pc-panel') ?? [])];
    const rects = [editor, ...hint].map((element) => element.getBoundingClientRect()).filter((rect) => rect.width > 0);
    const margin = 24;
    const left = Math.max(0, Math.min(...rects.map((rect) => rect.left)) - margin);
    const top = Math.max(0, Math.min(...rects.map((rect) => rect.top)) - margin);
    const right = Math.min(window.innerWidth, Math.max(...rects.map((rect) => rect.right)) + margin);
    const bottom = Math.min(window.innerHeight, Math.max(...rects.map((rect) => rect.bottom)) + margin);
    return { x: left, y: top, width: right - left, height: bottom - top };
  }, HINT_HOST);
  await page.screenshot({ path: file, clip: box });
}

/** A screenshot of the page's content box only (a popup is narrower and shorter than its tab). */
async function screenshotContent(page, file) {
  await page.bringToFront();
  const box = await page.evaluate(() => {
    const rect = (document.querySelector('#app')?.firstElementChild ?? document.body).getBoundingClientRect();
    return { x: 0, y: 0, width: Math.ceil(rect.right + 12), height: Math.ceil(rect.bottom + 12) };
  });
  await page.screenshot({ path: file, clip: box });
}
