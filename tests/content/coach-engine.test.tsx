/**
 * The coach with the real engine: the content script's bundle-lean engine entry, the finding
 * catalogue delivered by the (stubbed) background, and the hint showing what `analyze` says.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCoach } from '../../entrypoints/content/coach';
import { FINDING_MESSAGES, LEXICONS, analyze } from '../../guidance';
import type { Draft, Lang } from '../../guidance/types';
import { uiLanguage } from '../../utils/settings';
import { uiText } from '../../utils/ui-messages';
import { fakeBackground, page, testAdapter, typeInto } from './helpers';

const SETTLED_MS = 320;
let ctx: ContentScriptContext;

function card(rule: string): HTMLElement | null {
  return document.querySelector('post-coach-hints')?.shadowRoot?.querySelector<HTMLElement>(`[data-rule="${rule}"]`) ?? null;
}

/** What `analyze` (the full entry the popup uses) says about `draft` in `lang`. */
function expectedMessage(draft: Draft, rule: string, lang: Lang): string | undefined {
  return analyze(draft, { uiLanguage: lang }).findings.find((finding) => finding.rule === rule)?.message;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  fakeBackground(({ type, data }) =>
    type === 'getGuidanceData' ? { lexicons: LEXICONS, findings: FINDING_MESSAGES[data as Lang], ui: uiText(data as Lang) } : undefined,
  );
  ctx = new ContentScriptContext('test');
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('coach with the real engine', () => {
  it('shows broadcast-only for an announcement, worded as analyze() words it, in the chosen language', async () => {
    const text = 'We are proud to announce our new app.';
    const editor = page('<div><textarea></textarea></div>', 'textarea');
    await startCoach(ctx, { adapter: testAdapter, host: 'x.com' });
    typeInto(editor, text);
    await vi.advanceTimersByTimeAsync(SETTLED_MS);
    const draft: Draft = { text, kind: 'post', site: 'x' };
    expect(card('broadcast-only')?.querySelector('.pc-message')?.textContent).toBe(expectedMessage(draft, 'broadcast-only', 'en'));

    await uiLanguage.setValue('de');
    await vi.advanceTimersByTimeAsync(SETTLED_MS);
    const german = expectedMessage(draft, 'broadcast-only', 'de');
    expect(german).not.toBe(expectedMessage(draft, 'broadcast-only', 'en'));
    expect(card('broadcast-only')?.querySelector('.pc-message')?.textContent).toBe(german);
  });

  it('says "about" for a reply whose parent time the page only gives approximately', async () => {
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();
    const editor = page(`<article data-reply-to="${twoDaysAgo}"><div><textarea></textarea></div></article>`, 'textarea');
    await startCoach(ctx, { adapter: testAdapter, host: 'x.com' });
    typeInto(editor, 'Thanks for telling us, we are looking into it now.');
    await vi.advanceTimersByTimeAsync(SETTLED_MS);
    expect(card('reply-fast')?.querySelector('.pc-message')?.textContent).toMatch(/about 2 days/);
  });
});
