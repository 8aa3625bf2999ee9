/**
 * What a user does and sees on a site page, in both browsers: find the composer, type a draft, read
 * the hint (`<post-coach-hints>`, open shadow root, one `[data-rule]` card per finding).
 */
import { Mismatch } from './suite.mjs';

export const HINT_HOST = 'post-coach-hints';

/** What marks a dialog in the fixtures' markup. */
export const DIALOG_SELECTOR = '[role="dialog"], [aria-modal="true"], dialog';

/**
 * The composer a user would type into, as the site adapter sees the page (composer-probe.mjs): of
 * the given kind, the first for a new post, the last for a reply (reply boxes follow the item they
 * answer), and inside the dialog when `inDialog`.
 * @param {{ probe: string, site: string, kind: 'post' | 'reply', inDialog?: boolean }} options
 * @returns {Promise<{ handle: import('puppeteer-core').ElementHandle, description: string }>}
 */
export async function findComposer(page, { probe, site, kind, inDialog = false }) {
  const handle = await page.evaluateHandle(
    (source, ...args) => {
      if (!window.__postCoachE2ePickComposer) new Function(source)();
      return window.__postCoachE2ePickComposer(...args);
    },
    probe,
    site,
    kind,
    inDialog,
  );
  const element = handle.asElement();
  if (!element) throw new Mismatch(`a visible ${kind} composer${inDialog ? ' inside a dialog' : ''} that the ${site} adapter accepts`, `none on ${page.url()}`);
  const description = await element.evaluate((el) => {
    const attributes = ['role', 'aria-label', 'aria-placeholder', 'data-testid', 'name', 'placeholder']
      .filter((name) => el.hasAttribute(name))
      .map((name) => `${name}="${el.getAttribute(name)}"`);
    return `<${el.tagName.toLowerCase()}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`;
  });
  return { handle: element, description };
}

/** Replaces the composer's text with `text`, typed key by key as a user would. */
export async function typeDraft(page, composer, text) {
  await composer.handle.focus();
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** The composer's current text as the page holds it. */
export function composerText(composer) {
  return composer.handle.evaluate((el) => ('value' in el && el.tagName === 'TEXTAREA' ? el.value : el.textContent ?? '').replace(/\u00a0/g, ' ').trim());
}

/** What the page shows: how many hint hosts, and each card's rule, severity and texts. */
export function hintState(page) {
  return page.evaluate((hintHost) => {
    const hosts = document.querySelectorAll(hintHost);
    const root = hosts[0]?.shadowRoot;
    const cards = root
      ? [...root.querySelectorAll('[data-rule]')].map((card) => ({
          rule: card.getAttribute('data-rule'),
          severity: card.getAttribute('data-severity'),
          message: card.querySelector('.pc-message')?.textContent ?? card.textContent ?? '',
          text: card.textContent ?? '',
        }))
      : [];
    return { hosts: hosts.length, shadowRootVisible: hosts.length ? Boolean(root) : null, cards };
  }, HINT_HOST);
}

/** Describes a hint state for a failure message. */
export function describeHint(state) {
  if (state.hosts === 0) return `no <${HINT_HOST}> element in the page`;
  if (!state.shadowRootVisible) return `<${HINT_HOST}> present but its shadow root is not open`;
  return `${state.hosts} <${HINT_HOST}> element(s) with cards [${state.cards.map((card) => `${card.rule}/${card.severity}`).join(', ')}]`;
}

/**
 * Waits until the page shows the card for `expectation.shows` (a rule id), or shows no hint at all
 * (`expectation.hidden`). Resolves with the time it took and the state, or `{ ms: null, state }`
 * (the last state seen) when `timeoutMs` passes.
 */
export async function waitForHint(page, expectation, timeoutMs) {
  const started = Date.now();
  const ok = await page
    .waitForFunction(
      (hintHost, { shows, hidden }) => {
        const hosts = document.querySelectorAll(hintHost);
        const cards = hosts[0]?.shadowRoot?.querySelectorAll('[data-rule]') ?? [];
        if (hidden) return [...hosts].every((host) => !host.shadowRoot?.querySelector('[data-rule]'));
        return [...cards].some((card) => card.getAttribute('data-rule') === shows);
      },
      { timeout: timeoutMs, polling: 50 },
      HINT_HOST,
      expectation,
    )
    .then(() => true, () => false);
  const ms = Date.now() - started;
  return { ms: ok ? ms : null, state: await hintState(page) };
}

/** Opens the hint's cards (the badge button), for screenshots. */
export function expandHint(page) {
  return page.evaluate((hintHost) => {
    const badge = document.querySelector(hintHost)?.shadowRoot?.querySelector('button[aria-expanded="false"]');
    badge?.click();
    return Boolean(badge);
  }, HINT_HOST);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Evaluates `fn(...args)` in the page every 50 ms until it returns something truthy; resolves with
 * that, or with the last value after `timeoutMs`. Polls from here, not in the page: Firefox
 * throttles timers in background tabs (where its popup page runs) to one per second.
 */
export async function pollPage(page, fn, args, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A page still navigating (about:blank → the popup) has no context to evaluate in yet.
    const value = await page.evaluate(fn, ...args).catch(() => undefined);
    if (value || Date.now() >= deadline) return value;
    await sleep(50);
  }
}
