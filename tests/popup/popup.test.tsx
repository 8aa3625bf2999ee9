import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../entrypoints/popup/app';
import { RULE_IDS, type ChecklistState, type Finding, type Report, type RuleId } from '../../guidance/types';
import { onMessage, sendMessage, type TabDraftState } from '../../utils/messaging';
import { customSites, disabledSites, mutedRules, strategyTicks, uiLanguage } from '../../utils/settings';
import { enter, find, mount, pageText, settle, waitFor } from '../helpers/dom';
import { activeTab, fakeManifest, fakePermissions, fakeScripting, routeMessages } from '../helpers/fake-extension';

const LINKEDIN = 'https://www.linkedin.com/feed/';
const TAB = 7;

function reportWith(attention: Partial<Record<RuleId, Finding[]>>, na: RuleId[] = ['reply-fast', 'solve-dont-deflect', 'stay-calm']): Report {
  const state = (rule: RuleId): ChecklistState => (attention[rule] ? 'attention' : na.includes(rule) ? 'na' : 'pass');
  return {
    language: 'en',
    languages: ['en'],
    languageSupported: true,
    findings: Object.values(attention).flat(),
    // Deliberately not in RULE_IDS order: the popup orders rows itself.
    checklist: [...RULE_IDS].reverse().map((rule) => ({ rule, state: state(rule) })),
  };
}

const claimFinding: Finding = {
  rule: 'back-your-claims',
  severity: 'warn',
  start: 10,
  end: 14,
  message: '“best” has no proof.',
  tip: 'Add a number or a customer quote, or drop “best”.',
};
const privateFinding: Finding = { rule: 'keep-it-private', severity: 'warn', start: 0, end: 5, message: 'An e-mail address.', tip: 'Move it to a private message.' };

let tabState: TabDraftState | null;
let router: ReturnType<typeof routeMessages>;
let page: ReturnType<typeof mount> | undefined;
let stopAnswering: () => void;

/** The content script of the active tab, answering as entrypoints/content does. */
function coachedTab(draft: Report | null, overrides: Partial<TabDraftState> = {}) {
  tabState = { site: 'linkedin', host: 'www.linkedin.com', enabled: true, draft: draft && { kind: 'post', report: draft }, ...overrides };
  router.contentScripts.add(TAB);
  activeTab({ id: TAB, url: LINKEDIN });
}

async function openPopup(state: string) {
  page = mount(<PopupApp />);
  return waitFor(() => find(`[data-popup-state="${state}"]`), `popup state ${state}`);
}

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-rule]')];

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  router = routeMessages();
  fakeManifest();
  stopAnswering = onMessage('getDraftState', () => tabState!);
});

afterEach(() => {
  page?.unmount();
  page = undefined;
  stopAnswering();
});

describe('with a draft', () => {
  it('shows one row per rule in order of importance, with the report’s states', async () => {
    coachedTab(reportWith({ 'back-your-claims': [claimFinding], 'keep-it-private': [privateFinding] }));
    await openPopup('coached');
    await waitFor(() => rows().length === RULE_IDS.length, 'rows');
    expect(rows().map((row) => row.dataset.rule)).toEqual([...RULE_IDS]);
    const stateOf = (rule: RuleId) => find(`[data-rule="${rule}"]`)?.dataset.state;
    expect(stateOf('keep-it-private')).toBe('attention');
    expect(stateOf('back-your-claims')).toBe('attention');
    expect(stateOf('reply-fast')).toBe('na');
    expect(stateOf('platform-fit')).toBe('pass');
    expect(pageText()).toContain('Needs attention: 2 of 13');
  });

  it('expands attention rows to the finding’s tip and the others to what the rule checks', async () => {
    coachedTab(reportWith({ 'back-your-claims': [claimFinding] }));
    await openPopup('coached');
    const claims = await waitFor(() => find('[data-rule="back-your-claims"]'));
    expect(pageText(claims)).toContain('Add a number or a customer quote');
    expect(claims.querySelector('details')).not.toBeNull();
    expect(pageText(find('[data-rule="reply-fast"]')!)).toContain('within your target of 60 minutes');
    expect(document.querySelector('[data-strategy-checklist]')).toBeNull();
  });

  it('follows the draft while open: the content script pushes each change', async () => {
    coachedTab(reportWith({}));
    await openPopup('coached');
    await waitFor(() => find('[data-rule="back-your-claims"][data-state="pass"]'));
    await settle(); // the popup starts listening once it knows its tab
    const changed = { ...tabState!, draft: { kind: 'post' as const, report: reportWith({ 'back-your-claims': [claimFinding] }) } };
    await router.fromTab(TAB, LINKEDIN, () => sendMessage('draftStateChanged', changed));
    await waitFor(() => find('[data-rule="back-your-claims"][data-state="attention"]'), 'pushed state');
    // A push from another tab is not this popup's business.
    await router.fromTab(99, 'https://x.com/', () => sendMessage('draftStateChanged', { ...changed, draft: null }));
    await settle();
    expect(find('[data-rule="back-your-claims"]')?.dataset.state).toBe('attention');
  });

  it('marks muted rules and unmutes them', async () => {
    await mutedRules.setValue({ everywhere: ['sincere-tone'], bySite: { linkedin: ['back-your-claims'], x: ['stay-calm'] } });
    coachedTab(reportWith({ 'back-your-claims': [claimFinding] }));
    await openPopup('coached');
    await waitFor(() => find('[data-rule="back-your-claims"][data-muted="true"]'));
    const muted = [...document.querySelectorAll<HTMLElement>('[data-muted-rule]')].map((row) => row.dataset.mutedRule);
    expect(muted).toEqual(['sincere-tone', 'back-your-claims']);
    find<HTMLButtonElement>('[data-muted-rule="back-your-claims"] button')!.click();
    await waitFor(async () => !find('[data-muted-rule="back-your-claims"]'), 'unmuted row gone');
    expect(await mutedRules.getValue()).toEqual({ everywhere: ['sincere-tone'], bySite: { x: ['stay-calm'] } });
  });
});

describe('without a draft', () => {
  it('invites the user to start writing and shows the strategy checklist, whose ticks persist', async () => {
    coachedTab(null);
    await openPopup('coached');
    expect(pageText()).toContain('Start writing on LinkedIn');
    expect(rows()).toHaveLength(0);
    const plan = await waitFor(() => find<HTMLInputElement>('[data-strategy-item="plan"]'));
    plan.click();
    await waitFor(async () => (await strategyTicks.getValue()).includes('plan'), 'tick stored');

    page!.unmount();
    await openPopup('coached');
    await waitFor(() => find<HTMLInputElement>('[data-strategy-item="plan"]')?.checked, 'tick shown after reopening');
  });

  it('the site switch turns the coach off on this site and says so', async () => {
    coachedTab(reportWith({ 'back-your-claims': [claimFinding] }));
    await openPopup('coached');
    const toggle = await waitFor(() => find<HTMLInputElement>('[data-site-switch="linkedin"]'));
    expect(toggle.checked).toBe(true);
    toggle.click();
    await waitFor(() => pageText().includes('The coach is switched off on LinkedIn.'), 'off notice');
    expect(await disabledSites.getValue()).toEqual(['linkedin']);
    expect(rows()).toHaveLength(0);
  });

  it('a write that fails shows why and keeps the switch as it was', async () => {
    coachedTab(null);
    await openPopup('coached');
    const toggle = await waitFor(() => find<HTMLInputElement>('[data-site-switch="linkedin"]'));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    toggle.click();
    const alert = await waitFor(() => find('[role="alert"][data-status="error"]'), 'error message');
    expect(alert.textContent).toContain('Could not save');
    expect(alert.textContent).toContain('previous setting is kept');
    await waitFor(() => toggle.checked, 'switch back on');
    expect(await disabledSites.getValue()).toEqual([]);
  });

  it('says to reload a supported page whose content script does not answer', async () => {
    activeTab({ id: TAB, url: LINKEDIN });
    await openPopup('unreachable');
    expect(pageText()).toContain('Reload the page');
    expect(find('[data-site-switch="linkedin"]')).not.toBeNull();
  });
});

describe('on a page Post Coach does not coach', () => {
  it('lists the supported sites and offers to coach on any https page, clearly labelled', async () => {
    fakeScripting();
    fakePermissions();
    activeTab({ id: TAB, url: 'https://blog.example/post/1' });
    await openPopup('unsupported');
    expect(pageText()).toContain('It works on:');
    for (const network of ['X', 'LinkedIn', 'Mastodon', 'YouTube']) expect(pageText(find('.popup__sites')!)).toContain(network);
    expect(find('[data-coach-here]')?.textContent).toBe('Coach on blog.example anyway');
    expect(pageText()).not.toContain('looks like a Mastodon instance');
  });

  it('has nothing to offer on a browser page', async () => {
    activeTab({ id: TAB, url: 'chrome://extensions/' });
    await openPopup('no-page');
    expect(find('[data-coach-here]')).toBeNull();
    expect(pageText()).toContain('It works on:');
  });

  it.each([
    ['by its address when it may not look inside', 'https://social.example/@alice', undefined],
    ['by its page when it may', 'https://social.example/about', true],
  ])('recognises a Mastodon instance %s', async (_how, url, pageIsMastodon) => {
    fakeScripting({ pageIsMastodon });
    fakePermissions();
    activeTab({ id: TAB, url });
    await openPopup('unsupported');
    expect(pageText()).toContain('This page looks like a Mastodon instance.');
    expect(find('[data-coach-here]')?.textContent).toBe('Coach on this site');
  });

  it('“Coach on this site” asks for the host permission, adds the site and starts the coach in the tab', async () => {
    const scripting = fakeScripting({
      onInject(tabId) {
        tabState = { site: 'mastodon', host: 'social.example', enabled: true, draft: null };
        router.contentScripts.add(tabId);
      },
    });
    const permissions = fakePermissions();
    activeTab({ id: TAB, url: 'https://social.example/@alice' });
    await openPopup('unsupported');
    find<HTMLButtonElement>('[data-coach-here]')!.click();
    await waitFor(() => find('[data-popup-state="coached"]'), 'coached after injection');
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://social.example/*'] });
    expect(permissions.held.has('https://social.example/*')).toBe(true);
    expect(await customSites.getValue()).toEqual(['social.example']);
    expect(scripting.executed.some((injection) => 'files' in injection && injection.files?.includes('content-scripts/content.js'))).toBe(true);
    expect(find('[data-site-switch="social.example"]')).not.toBeNull();
  });

  it('changes nothing when the permission is refused', async () => {
    fakeScripting();
    const permissions = fakePermissions();
    permissions.answer = false;
    activeTab({ id: TAB, url: 'https://social.example/home' });
    await openPopup('unsupported');
    find<HTMLButtonElement>('[data-coach-here]')!.click();
    await waitFor(() => pageText().includes('Permission was not given'), 'refusal message');
    expect(await customSites.getValue()).toEqual([]);
  });
});

describe('language', () => {
  it('the footer switch changes the popup at once and stores the choice', async () => {
    coachedTab(reportWith({ 'back-your-claims': [claimFinding] }));
    await openPopup('coached');
    await waitFor(() => pageText().includes('Coach on LinkedIn'));
    enter(find<HTMLSelectElement>('[data-language-picker]')!, 'de');
    await waitFor(() => pageText().includes('Coach auf LinkedIn'), 'German texts');
    expect(pageText(find('[data-rule="back-your-claims"]')!)).toContain('Behauptungen belegen');
    expect(await uiLanguage.getValue()).toBe('de');
  });

  it('follows the browser language when set to automatic', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('nl-BE');
    coachedTab(null);
    await openPopup('coached');
    expect(pageText()).toContain('Begin te schrijven op LinkedIn');
  });
});
