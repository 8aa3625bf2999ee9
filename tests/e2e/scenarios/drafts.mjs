/** The drafts the suite types, and the steps several scenarios share. */
import path from 'node:path';
import { describeHint, findComposer, typeDraft, waitForHint } from '../lib/page-tools.mjs';
import { primaryPostFixture } from '../lib/fixtures.mjs';
import { expect, Mismatch } from '../lib/suite.mjs';

/** Talks only about the company, asks the reader nothing: `broadcast-only`. */
export const BROADCAST_DRAFT = 'We are proud to announce our new bakery app, launching today.';
/** A reply; the fixture's parent is days old: `reply-fast`. */
export const REPLY_DRAFT = 'Thanks for telling us about the late delivery, we are checking your order now.';
/** Every text the suite types, for the storage check. */
export const TYPED_DRAFTS = [BROADCAST_DRAFT, REPLY_DRAFT];

/** The time a hint may take to appear or go after the user's last keystroke or switch. */
export const HINT_DEADLINE_MS = 1_000;
/**
 * The time a hint may stay after the site removed its composer without navigating (a dialog
 * closed): the watcher notices with a once-a-second liveness check (entrypoints/content/watcher.ts).
 */
export const COMPOSER_GONE_DEADLINE_MS = 1_500;
/** After missing the deadline, how much longer to watch, to tell "slow" from "never". */
const GRACE_MS = 3_000;

/** What each kind of fixture gets typed, and the card that must answer it. */
export const DRAFT_FOR_KIND = {
  post: { draft: BROADCAST_DRAFT, rule: 'broadcast-only' },
  reply: { draft: REPLY_DRAFT, rule: 'reply-fast' },
};

/** The site's fixtures of `kind`, or a failure naming the folder that lacks them. */
export function fixturesOf(env, site, kind) {
  const found = env.fixtures.get(site)?.filter((fixture) => fixture.kind === kind) ?? [];
  const wanted = { post: 'a new-post fixture', reply: 'a reply fixture (file name containing "reply" or "comment")' }[kind];
  expect(found.length > 0, `${wanted} in ${path.relative(env.repoRoot, path.join(env.fixturesRoot, site))}/`, 'none');
  return found;
}

/** The site's everyday new-post fixture (see primaryPostFixture), or a failure naming the folder. */
export function primaryPost(env, site) {
  fixturesOf(env, site, 'post');
  return primaryPostFixture(env.fixtures.get(site));
}

/**
 * Opens `fixture` at its site URL, types its kind's draft into its composer (the one in its dialog
 * when it has one) and waits for the answering card. Fails, naming the URL, the composer and what
 * the page showed, when the card is not there within the deadline.
 */
export async function typeAndExpectHint(env, t, { site, fixture }) {
  const { draft, rule } = DRAFT_FOR_KIND[fixture.kind];
  const sitePage = await openFixture(env, t, site, fixture);
  const url = sitePage.url;
  const composer = await findComposer(sitePage.page, { probe: env.composerProbe, site, kind: fixture.kind, inDialog: fixture.dialog });
  await typeDraft(sitePage.page, composer, draft);
  const shown = await expectHintWithin(sitePage.page, { shows: rule }, `after typing "${draft}" into ${composer.description} on ${url}`);
  return { sitePage, composer, url, ms: shown.ms, state: shown.state };
}

/** How long a content script may take to start on a freshly loaded page. */
const COACH_START_MS = 5_000;

/**
 * Opens `fixture` at its site URL (closing the site pages opened before) and waits until its
 * content script answers `getDraftState` (as the popup asks it), so typing starts once the coach listens: on a loaded machine the script can
 * start after the page's load event, and keystrokes before that would be nobody's.
 */
export async function openFixture(env, t, site, fixture) {
  // One site page at a time: several fixtures share a URL, and the tab is looked up by its URL.
  await closeSitePages(env);
  const sitePage = await env.driver.openSitePage(env.server.urlFor(site, fixture.file));
  t.page = sitePage.page;
  env.openPages.push(sitePage.page);
  const tabId = await tabIdOf(env.driver, sitePage);
  const answered = await env.driver.inExtension(
    async (id, timeoutMs) => {
      const api = globalThis.browser ?? globalThis.chrome;
      // @webext-core/messaging's wire format: { id, type, data, timestamp } → { res }.
      const message = { id: 0, type: 'getDraftState', data: undefined, timestamp: Date.now() };
      for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
        const answer = await api.tabs.sendMessage(id, message, { frameId: 0 }).catch(() => undefined);
        if (answer?.res) return true;
      }
      return false;
    },
    tabId,
    COACH_START_MS,
  );
  expect(answered, `the content script on ${sitePage.url} to answer getDraftState within ${COACH_START_MS} ms of the page load`, 'no answer');
  return sitePage;
}

/** The browser's id for the site page's tab (one site page is open at a time: see openFixture). */
export function tabIdOf(driver, sitePage) {
  return driver.inExtension(async (url) => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (await api.tabs.query({ url }))[0]?.id;
  }, sitePage.url);
}

export async function closeSitePages(env) {
  await Promise.all(env.openPages.splice(0).map((page) => page.close().catch(() => undefined)));
}

/**
 * Waits for a hint state within `deadlineMs` (the hint deadline unless given); the failure says how
 * late it was, or that it never came.
 */
export async function expectHintWithin(page, expectation, context, deadlineMs = HINT_DEADLINE_MS) {
  const wanted = expectation.hidden ? 'no hint card' : `the hint card [data-rule="${expectation.shows}"]`;
  const result = await waitForHint(page, expectation, deadlineMs);
  if (result.ms !== null) return result;
  const late = await waitForHint(page, expectation, GRACE_MS);
  throw new Mismatch(
    `${wanted} within ${deadlineMs} ms ${context}`,
    late.ms !== null ? `it took ${deadlineMs + late.ms} ms` : `after ${deadlineMs + GRACE_MS} ms: ${describeHint(late.state)}`,
  );
}
