/**
 * The coach end to end in happy-dom: watcher → engine → hint → settings → messaging. The engine
 * is stubbed (one finding per marker word, its message naming the catalogue's language) so these
 * tests are about what the content script does with findings, not about the rules;
 * coach-engine.test.tsx runs the real engine.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FindingCatalogue, GuidanceData } from '../../guidance/engine';
import { uiText } from '../../utils/ui-messages';
import type { AnalyzeOptions, Draft, Finding, Lang, Report, RuleId } from '../../guidance/types';
import { startCoach } from '../../entrypoints/content/coach';
import { draftHash } from '../../guidance/draft-hash';
import { getDraftHashSalt, recentDraftHashes } from '../../utils/draft-history';
import type { TabDraftState } from '../../utils/messaging';
import { disabledSites, mutedRules, policy, uiLanguage } from '../../utils/settings';
import { NO_RECEIVER, fakeBackground, page, setDraft, testAdapter, typeInto } from './helpers';

/** Marker word → the finding the stub engine reports for it. */
const MARKERS: Record<string, { rule: RuleId; severity: Finding['severity'] }> = {
  idiots: { rule: 'stay-calm', severity: 'warn' },
  buy: { rule: 'value-before-ask', severity: 'info' },
  amazing: { rule: 'back-your-claims', severity: 'info' },
};

const analyzeStub = vi.hoisted(() => vi.fn());

vi.mock('../../guidance/engine', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../guidance/engine')>()),
  analyzeWith: analyzeStub,
}));

/** What the stub background sends as the finding catalogue of `lang`. */
function fakeCatalogue(lang: Lang): FindingCatalogue {
  return { lang } as unknown as FindingCatalogue;
}

/** The background's answer to getGuidanceData (entrypoints/background.ts), with a marked catalogue. */
function fakeGuidance(lang: Lang) {
  return { lexicons: {}, findings: fakeCatalogue(lang), ui: uiText(lang) };
}

function stubAnalyze(draft: Draft, { catalogue }: GuidanceData, options: AnalyzeOptions = {}): Report {
  const catalogueLang = (catalogue as unknown as { lang: Lang }).lang;
  const findings: Finding[] = [];
  for (const match of draft.text.matchAll(/\p{L}+/gu)) {
    const marker = MARKERS[match[0].toLowerCase()];
    if (!marker) continue;
    findings.push({
      ...marker,
      start: match.index,
      end: match.index + match[0].length,
      message: `[${catalogueLang}/${options.uiLanguage}] ${marker.rule}`,
      tip: `Tip for ${marker.rule}.`,
    });
  }
  return { language: 'en', languages: ['en'], languageSupported: true, findings, checklist: [] };
}

const SETTLED_MS = 300;
const FRAME_MS = 20;
let ctx: ContentScriptContext;
let sentStates: TabDraftState[];
/** False: the background does not answer catalogue requests (yet). */
let backgroundAnswers: boolean;

function hintRoot(): ShadowRoot | null {
  return document.querySelector('post-coach-hints')?.shadowRoot ?? null;
}

function shownRules(): string[] {
  return [...(hintRoot()?.querySelectorAll<HTMLElement>('[data-rule]') ?? [])].map((card) => card.dataset.rule!);
}

function button(card: string, label: string): HTMLButtonElement {
  const found = [...hintRoot()!.querySelectorAll<HTMLButtonElement>(`[data-rule="${card}"] button`)].find(
    (candidate) => candidate.textContent === label,
  );
  if (!found) throw new Error(`no "${label}" button on ${card}`);
  return found;
}

async function settle() {
  await vi.advanceTimersByTimeAsync(SETTLED_MS);
  // The hint mounts in the next animation frame.
  await vi.advanceTimersByTimeAsync(FRAME_MS);
}

async function start(html = '<div id="box"><textarea></textarea></div>', selector = 'textarea') {
  const editor = page(html, selector);
  await startCoach(ctx, { adapter: testAdapter, host: 'x.com' });
  return editor;
}

/** Alt+Shift+P as the browser delivers it when no extension command takes the keys. */
function pressToggleShortcut(target: Element) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'P', code: 'KeyP', altKey: true, shiftKey: true, bubbles: true, composed: true }));
}

/** What the popup gets when it asks this tab (the wire format of @webext-core/messaging). */
function askTab(type: 'getDraftState' | 'toggleHints'): Promise<unknown> {
  // fake-browser types the event without Chrome's sendResponse argument, which the messaging library uses.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  return new Promise((resolve) => {
    void trigger({ id: 1, type, timestamp: Date.now(), data: undefined }, {}, (response: { res: unknown }) => resolve(response.res));
  });
}

/** fake-browser events count their listeners, but their types do not say so. */
function hasListeners(event: object): boolean {
  return (event as { hasListeners(): boolean }).hasListeners();
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  analyzeStub.mockReset().mockImplementation(stubAnalyze);
  sentStates = [];
  backgroundAnswers = true;
  fakeBackground(({ type, data }) => {
    if (type === 'draftStateChanged') sentStates.push(data as TabDraftState);
    if (type !== 'getGuidanceData') return undefined;
    return backgroundAnswers ? fakeGuidance(data as Lang) : NO_RECEIVER;
  });
  ctx = new ContentScriptContext('test');
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('inline hint', () => {
  it('shows one data-rule element per finding in an open shadow root appended to body', async () => {
    const editor = await start();
    typeInto(editor, 'Buy now, you idiots, it is amazing');
    await settle();
    const host = document.querySelector('post-coach-hints')!;
    expect(host.parentElement).toBe(document.body);
    expect(host.shadowRoot).not.toBeNull();
    expect(shownRules().sort()).toEqual(['back-your-claims', 'stay-calm', 'value-before-ask']);
    expect(hintRoot()!.querySelector('[data-rule="stay-calm"]')!.textContent).toContain('idiots');
  });

  it('shows nothing for a draft without findings, and removes the hint when the draft is emptied', async () => {
    const editor = await start();
    typeInto(editor, 'Thanks for the kind words!');
    await settle();
    expect(document.querySelector('post-coach-hints')).toBeNull();
    setDraft(editor, 'Buy it');
    await settle();
    expect(shownRules()).toEqual(['value-before-ask']);
    setDraft(editor, '');
    await settle();
    expect(document.querySelector('post-coach-hints')).toBeNull();
  });

  it('never touches the editor: no wrapping, no attributes, nothing inserted next to it', async () => {
    const editor = await start('<form><div id="box"><div contenteditable="true"></div></div></form>', '[contenteditable]');
    typeInto(editor, 'Buy this');
    await settle();
    expect(shownRules()).toEqual(['value-before-ask']);
    expect(document.querySelector('form')!.outerHTML).toBe('<form><div id="box"><div contenteditable="true">Buy this</div></div></form>');
  });

  it('badge states count and worst severity, and expands to the cards with aria-expanded', async () => {
    const editor = await start();
    typeInto(editor, 'Buy it, idiots');
    await settle();
    const badge = hintRoot()!.querySelector<HTMLButtonElement>('.pc-badge')!;
    expect(badge.getAttribute('aria-label')).toContain('2 suggestions');
    expect(badge.getAttribute('aria-label')).toContain('warning');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    badge.click();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(hintRoot()!.querySelector<HTMLElement>('.pc-panel')!.hidden).toBe(false);
    // Escape closes the cards again.
    hintRoot()!.querySelector('.pc-panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape in the editor closes open cards before the site sees it, and only then', async () => {
    const editor = await start();
    const siteEscape = vi.fn();
    document.addEventListener('keydown', siteEscape);
    typeInto(editor, 'Buy it');
    await settle();
    const badge = hintRoot()!.querySelector<HTMLButtonElement>('.pc-badge')!;
    badge.click();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(siteEscape).not.toHaveBeenCalled();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(siteEscape).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', siteEscape);
  });

  it('Alt+Shift+P in the page or in the open cards toggles them, and the manifest command does too', async () => {
    const editor = await start();
    typeInto(editor, 'Buy it');
    await settle();
    const badge = hintRoot()!.querySelector('.pc-badge')!;
    pressToggleShortcut(editor);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    await vi.advanceTimersByTimeAsync(1000);
    await askTab('toggleHints');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    await vi.advanceTimersByTimeAsync(1000);
    await askTab('toggleHints');
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    // In the cards the panel toggles them itself: the page's listener must not toggle them back.
    await vi.advanceTimersByTimeAsync(1000);
    pressToggleShortcut(hintRoot()!.querySelector('.pc-panel')!);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('a dismissed card stays away while the draft changes elsewhere, and comes back for a new draft', async () => {
    const editor = await start();
    typeInto(editor, 'Buy it, idiots');
    await settle();
    button('stay-calm', 'Dismiss').click();
    expect(shownRules()).toEqual(['value-before-ask']);
    typeInto(editor, ' please');
    await settle();
    expect(shownRules()).toEqual(['value-before-ask']);
    setDraft(editor, '');
    await settle();
    setDraft(editor, 'You idiots');
    await settle();
    expect(shownRules()).toEqual(['stay-calm']);
  });

  it('"Mute on this site" persists the rule for this site only, and undoing it in storage brings it back', async () => {
    const editor = await start();
    typeInto(editor, 'Buy it, idiots');
    await settle();
    button('value-before-ask', 'Mute on this site').click();
    expect(shownRules()).toEqual(['stay-calm']);
    await vi.advanceTimersByTimeAsync(0);
    expect(await mutedRules.getValue()).toEqual({ everywhere: [], bySite: { x: ['value-before-ask'] } });
    expect(hintRoot()!.querySelector('[role="status"]')!.textContent).toContain('Muted on X');

    await mutedRules.setValue({ everywhere: [], bySite: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(shownRules().sort()).toEqual(['stay-calm', 'value-before-ask']);
  });

  it('"Mute everywhere" persists the rule for every site', async () => {
    const editor = await start();
    typeInto(editor, 'Buy it');
    await settle();
    button('value-before-ask', 'Mute everywhere').click();
    await vi.advanceTimersByTimeAsync(0);
    expect(document.querySelector('post-coach-hints')).toBeNull();
    expect((await mutedRules.getValue()).everywhere).toEqual(['value-before-ask']);
  });

  it('hides hints at once when the site is switched off, and brings them back when switched on', async () => {
    const editor = await start();
    typeInto(editor, 'Buy it');
    await settle();
    expect(shownRules()).toEqual(['value-before-ask']);

    await disabledSites.setValue(['x']);
    await vi.advanceTimersByTimeAsync(0);
    expect(document.querySelector('post-coach-hints')).toBeNull();
    analyzeStub.mockClear();
    typeInto(editor, ' now');
    await settle();
    expect(analyzeStub).not.toHaveBeenCalled();
    expect(document.querySelector('post-coach-hints')).toBeNull();

    editor.focus();
    await disabledSites.setValue([]);
    await settle();
    expect(shownRules()).toEqual(['value-before-ask']);
  });

  it('does not start on a site that is switched off', async () => {
    await disabledSites.setValue(['x']);
    const editor = await start();
    typeInto(editor, 'Buy it');
    await settle();
    expect(analyzeStub).not.toHaveBeenCalled();
  });

  it('re-runs the analysis in the new UI language as soon as it changes, and resolves "auto" from the browser', async () => {
    vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('nl-BE');
    const editor = await start();
    typeInto(editor, 'Buy it');
    await settle();
    expect(hintRoot()!.querySelector('[data-rule="value-before-ask"]')!.textContent).toContain('[nl/nl]');
    expect(hintRoot()!.querySelector('.pc-actions button')!.textContent).toBe('Negeren');

    await uiLanguage.setValue('ru');
    await vi.advanceTimersByTimeAsync(0);
    expect(analyzeStub).toHaveBeenLastCalledWith(expect.anything(), { lexicons: {}, catalogue: fakeCatalogue('ru') }, { uiLanguage: 'ru' });
    expect(hintRoot()!.querySelector('[data-rule="value-before-ask"]')!.textContent).toContain('[ru/ru]');
    expect(hintRoot()!.querySelector('.pc-actions button')!.textContent).toBe('Скрыть');
  });

  it('shows hints only once the background has sent the catalogue, and asks again when it did not answer', async () => {
    backgroundAnswers = false;
    const editor = await start();
    typeInto(editor, 'Buy it');
    await settle();
    expect(analyzeStub).not.toHaveBeenCalled();
    expect(document.querySelector('post-coach-hints')).toBeNull();

    backgroundAnswers = true;
    // The next reading asks again (a failed request is not cached).
    typeInto(editor, ' now');
    await settle();
    expect(shownRules()).toEqual(['value-before-ask']);
  });

  it('passes the policy to the engine and re-runs when it changes', async () => {
    const editor = await start();
    typeInto(editor, 'Hello');
    await settle();
    await policy.setValue({ forbidden: ['Project Falcon'], sponsorWords: [], disclosure: [], ownContacts: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(analyzeStub.mock.lastCall![0].policy.forbidden).toEqual(['Project Falcon']);
  });

  it('passes a reply and its approximate parent time to the engine', async () => {
    const editor = await start('<article data-reply-to="2026-01-01T10:00:00Z"><div><textarea></textarea></div></article>');
    typeInto(editor, 'Thanks');
    await settle();
    const draft: Draft = analyzeStub.mock.lastCall![0];
    expect(draft).toMatchObject({ kind: 'reply', site: 'x', replyTargetMinutes: 60 });
    expect(draft.parent).toEqual({ text: 'The parent comment', createdAt: '2026-01-01T10:00:00Z', approximate: true });
  });

  it('is gone for good when the context is invalidated: no UI, no timers, no listeners', async () => {
    const editor = await start();
    typeInto(editor, 'Buy it');
    await settle();
    expect(document.querySelector('post-coach-hints')).not.toBeNull();

    ctx.notifyInvalidated();
    expect(document.querySelector('post-coach-hints')).toBeNull();
    analyzeStub.mockClear();
    typeInto(editor, ' now');
    editor.focus();
    await disabledSites.setValue([]);
    await uiLanguage.setValue('de');
    await settle();
    expect(analyzeStub).not.toHaveBeenCalled();
    expect(document.querySelector('post-coach-hints')).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    expect(hasListeners(fakeBrowser.runtime.onMessage)).toBe(false);
    expect(hasListeners(fakeBrowser.storage.sync.onChanged)).toBe(false);
    expect(hasListeners(fakeBrowser.storage.local.onChanged)).toBe(false);
  });
});

describe('reply context from the clicked Reply button', () => {
  const adapter = {
    ...testAdapter,
    replyContext: (target: Element) => {
      const item = target.closest('button.reply')?.closest<HTMLElement>('article');
      return item ? { text: item.textContent ?? '', createdAt: item.dataset.time } : undefined;
    },
  };

  it('gives a reply box without a parent time the time of the item whose Reply was clicked', async () => {
    document.body.innerHTML = '<article data-time="2026-01-01T08:00:00Z">Original post<button class="reply">Reply</button></article>';
    await startCoach(ctx, { adapter, host: 'x.com' });
    document.querySelector<HTMLButtonElement>('button.reply')!.click();
    // The reply dialog opens; the page shows the parent's text but not its time.
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog" data-reply-to=""><div><textarea></textarea></div></div>');
    const editor = document.querySelector('textarea')!;
    typeInto(editor, 'Thanks');
    await settle();
    expect(analyzeStub.mock.lastCall![0].parent).toEqual({ text: 'The parent comment', createdAt: '2026-01-01T08:00:00Z' });
  });

  it('forgets a click that no reply box followed within seconds', async () => {
    document.body.innerHTML = '<article data-time="2026-01-01T08:00:00Z">Original post<button class="reply">Reply</button></article>';
    await startCoach(ctx, { adapter, host: 'x.com' });
    document.querySelector<HTMLButtonElement>('button.reply')!.click();
    await vi.advanceTimersByTimeAsync(60_000);
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog" data-reply-to=""><div><textarea></textarea></div></div>');
    typeInto(document.querySelector('textarea')!, 'Thanks');
    await settle();
    expect(analyzeStub.mock.lastCall![0].parent).toEqual({ text: 'The parent comment', createdAt: undefined, approximate: true });
  });
});

describe('draft state for the popup', () => {
  it('answers getDraftState with the active draft and reports changes, navigation and the draft going away', async () => {
    const editor = await start();
    expect(await askTab('getDraftState')).toEqual({ site: 'x', host: 'x.com', enabled: true, draft: null });

    typeInto(editor, 'Buy it');
    await settle();
    const state = (await askTab('getDraftState')) as TabDraftState;
    expect(state.draft?.kind).toBe('post');
    expect(state.draft?.report.findings.map((finding) => finding.rule)).toEqual(['value-before-ask']);
    expect(sentStates.at(-1)).toEqual(state);

    const sentBefore = sentStates.length;
    typeInto(editor, '!');
    await settle();
    expect(sentStates.length).toBe(sentBefore);

    history.pushState({}, '', '/home');
    await vi.advanceTimersByTimeAsync(1000 + SETTLED_MS);
    expect(sentStates.length).toBe(sentBefore + 1);
    expect(sentStates.at(-1)).toEqual(state);

    editor.parentElement!.remove();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sentStates.at(-1)?.draft).toBeNull();
  });
});

describe('cross-site draft history', () => {
  const SIX_WORDS = 'We shipped the new release today';

  it('records a salted hash of a draft of six words or more, never its text', async () => {
    const editor = await start();
    typeInto(editor, SIX_WORDS);
    await settle();
    const stored = await recentDraftHashes.getValue();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ site: 'x', hash: draftHash(SIX_WORDS, await getDraftHashSalt()) });
    const everything = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(everything).not.toContain('shipped');
    expect(analyzeStub.mock.lastCall![0].hashSalt).toHaveLength(32);
  });

  it('does not record short drafts, and records a growing draft at most once a minute', async () => {
    const editor = await start();
    typeInto(editor, 'Short one');
    await settle();
    expect(await recentDraftHashes.getValue()).toEqual([]);

    typeInto(editor, ` ${SIX_WORDS}`);
    await settle();
    typeInto(editor, ' and more');
    await settle();
    expect(await recentDraftHashes.getValue()).toHaveLength(1);
    const first = (await recentDraftHashes.getValue())[0]!.hash;

    await vi.advanceTimersByTimeAsync(60_000);
    typeInto(editor, ' later');
    await settle();
    const stored = await recentDraftHashes.getValue();
    // The same draft keeps one entry, now with its newer hash.
    expect(stored).toHaveLength(1);
    expect(stored[0]!.hash).not.toBe(first);
  });

  it('passes the hashes recorded on other sites to the engine', async () => {
    const fromLinkedIn = { hash: 'abc', site: 'linkedin' as const, at: new Date().toISOString() };
    await recentDraftHashes.setValue([fromLinkedIn]);
    const editor = await start();
    typeInto(editor, 'Hello');
    await settle();
    expect(analyzeStub.mock.lastCall![0].recentDraftHashes).toEqual([fromLinkedIn]);
  });
});
