/**
 * Per site, in one browser: the broadcast-only hint on a new post, the toolbar badge, the popup's
 * checklist against the page, and reply-fast with the parent's age on a reply.
 */
import path from 'node:path';
import { expandHint, hintState } from '../lib/page-tools.mjs';
import { checklist } from '../lib/popup-tools.mjs';
import { expect } from '../lib/suite.mjs';
import { BROADCAST_DRAFT, REPLY_DRAFT, fixtureFor, typeAndExpectHint } from './drafts.mjs';

/** "2 days", "3 hours", "45 minutes": what formatAge writes in English. */
const AGE_PATTERN = /\b(\d+)\s+(minutes?|hours?|days?)\b/;

export async function checkSite(env, site) {
  const { suite, driver } = env;
  const where = { browser: driver.name, site };
  let post;

  await suite.check(where, 'typing a broadcast-only post shows its hint within 1 s', async (t) => {
    post = await typeAndExpectHint(env, t, { site, file: fixtureFor(env, site, 'post'), kind: 'post', draft: BROADCAST_DRAFT, rule: 'broadcast-only' });
    t.note(`${post.ms} ms`);
    await expandHint(post.sitePage.page);
    await post.sitePage.page.screenshot({ path: path.join(env.screenshotDir, `${driver.name}-${site}-hint.png`) });
    await expandHint(post.sitePage.page);
  });

  await suite.check(where, 'the toolbar badge shows the warning count', async (t) => {
    if (!post) t.skip('needs the hint from the broadcast-only check, which failed');
    t.page = post.sitePage.page;
    const { cards } = await hintState(post.sitePage.page);
    const warnings = cards.filter((card) => card.severity === 'warn').length;
    const tabId = await driver.tabIdOf(post.sitePage);
    const badge = await driver.inExtension(async (id) => {
      const api = globalThis.browser ?? globalThis.chrome;
      return (api.action ?? api.browserAction).getBadgeText({ tabId: id });
    }, tabId);
    expect(badge === (warnings ? String(warnings) : ''), `badge "${warnings || ''}" (${warnings} warning card(s) on ${post.url})`, `badge "${badge}"`);
    t.note(`badge "${badge}"`);
  });

  await suite.check(where, "the popup's checklist agrees with the page", async (t) => {
    if (!post) t.skip('needs the hint from the broadcast-only check, which failed');
    const popup = await driver.openPopup(post.sitePage);
    t.page = popup;
    try {
      const rows = await checklist(popup);
      const pageRules = new Set((await hintState(post.sitePage.page)).cards.map((card) => card.rule));
      const attention = new Set(Object.keys(rows).filter((rule) => rows[rule] === 'attention'));
      const describe = (rules) => `[${[...rules].sort().join(', ')}]`;
      expect(
        Object.keys(rows).length > 0 && [...pageRules].every((rule) => attention.has(rule)) && [...attention].every((rule) => pageRules.has(rule)),
        `popup rows in state "attention" = the page's hint cards ${describe(pageRules)}`,
        Object.keys(rows).length ? `attention rows ${describe(attention)}` : 'no [data-rule][data-state] rows in the popup',
      );
      if (!env.popupScreenshotTaken) {
        await popup.bringToFront();
        await popup.screenshot({ path: path.join(env.screenshotDir, `${driver.name}-popup.png`) });
        env.popupScreenshotTaken = true;
      }
    } finally {
      await driver.closePopup(popup);
    }
  });

  await suite.check(where, "replying to a two-day-old item shows reply-fast with the item's age", async (t) => {
    const reply = await typeAndExpectHint(env, t, { site, file: fixtureFor(env, site, 'reply'), kind: 'reply', draft: REPLY_DRAFT, rule: 'reply-fast' });
    const card = reply.state.cards.find((candidate) => candidate.rule === 'reply-fast');
    const age = AGE_PATTERN.exec(card?.text ?? '');
    expect(age, `the reply-fast card to state the parent's age ("N days"/"N hours")`, `"${card?.text}"`);
    expect(/^days?$/.test(age[2]) && Number(age[1]) >= 2, "an age of at least 2 days (the fixture's parent is about two days old)", `"${age[0]}"`);
    t.note(`${reply.ms} ms, "${age[0]}"`);
  });
}
