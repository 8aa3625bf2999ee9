import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../entrypoints/options/app';
import { SITE_IDS } from '../../guidance/types';
import { customSites, disabledSites, mutedRules, policy, replyTargetMinutes, strategyTicks, uiLanguage } from '../../utils/settings';
import { enter, find, mount, pageText, settle, waitFor } from '../helpers/dom';
import { fakePermissions } from '../helpers/fake-extension';

let page: ReturnType<typeof mount> | undefined;
let permissions: ReturnType<typeof fakePermissions>;

async function openOptions() {
  page = mount(<OptionsApp />);
  await waitFor(() => find('[data-section="backup"]'), 'options page');
}

/** The message a section shows: its error, else its confirmation. */
function sectionMessage(section: string): string {
  const root = find(`[data-section="${section}"]`)!;
  return (root.querySelector('[data-status="error"]') ?? root.querySelector('[data-status="info"]'))?.textContent ?? '';
}

/** Submits a form once what was typed has rendered, as a click after typing would. */
async function submit(selector: string) {
  await settle();
  find<HTMLFormElement>(selector)!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  permissions = fakePermissions();
});

afterEach(() => {
  page?.unmount();
  page = undefined;
});

describe('sites', () => {
  it('has a switch for every supported site, all on by default, and switching persists', async () => {
    await openOptions();
    const switches = [...document.querySelectorAll<HTMLInputElement>('[data-section="sites"] [data-site-switch]')];
    expect(switches.map((input) => input.dataset.siteSwitch)).toEqual([...SITE_IDS]);
    expect(switches.every((input) => input.checked)).toBe(true);
    find<HTMLInputElement>('[data-site-switch="reddit"]')!.click();
    await waitFor(async () => (await disabledSites.getValue()).includes('reddit'), 'reddit off');
  });

  it('adds a custom site after the permission is given, showing it as allowed', async () => {
    await openOptions();
    enter(find<HTMLInputElement>('[data-setting="customSiteHost"]')!, 'https://Fosstodon.org/@someone');
    await submit('.options__add-site');
    await waitFor(() => find('[data-custom-site="fosstodon.org"][data-permission="granted"]'), 'allowed custom site');
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://fosstodon.org/*'] });
    expect(await customSites.getValue()).toEqual(['fosstodon.org']);
    expect(sectionMessage('custom-sites')).toBe('fosstodon.org was added.');
  });

  it.each([
    ['not a host', '“not a host” is not a web address.'],
    ['http://social.example', 'Only https:// addresses can be added.'],
    ['x.com', 'x.com is supported already.'],
    ['fosstodon.org', 'fosstodon.org is on the list already.'],
  ])('refuses %j with a message', async (input, message) => {
    await customSites.setValue(['fosstodon.org']);
    await openOptions();
    enter(find<HTMLInputElement>('[data-setting="customSiteHost"]')!, input);
    await submit('.options__add-site');
    await waitFor(() => sectionMessage('custom-sites') === message, message);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    expect(await customSites.getValue()).toEqual(['fosstodon.org']);
  });

  it('does not add a site whose permission is refused', async () => {
    permissions.answer = false;
    await openOptions();
    enter(find<HTMLInputElement>('[data-setting="customSiteHost"]')!, 'hachyderm.io');
    await submit('.options__add-site');
    await waitFor(() => sectionMessage('custom-sites').includes('was not given'), 'refusal');
    expect(await customSites.getValue()).toEqual([]);
  });

  it('shows a missing permission and withdraws the permission when a site is removed', async () => {
    await customSites.setValue(['fosstodon.org', 'hachyderm.io']);
    permissions.held.add('https://fosstodon.org/*');
    await openOptions();
    await waitFor(() => find('[data-custom-site="fosstodon.org"][data-permission="granted"]'));
    expect(find('[data-custom-site="hachyderm.io"]')?.dataset.permission).toBe('missing');
    expect(pageText(find('[data-custom-site="hachyderm.io"]')!)).toContain('Not allowed yet');
    find<HTMLButtonElement>('[data-custom-site="fosstodon.org"] button[aria-label^="Remove"]')!.click();
    await waitFor(() => !find('[data-custom-site="fosstodon.org"]'), 'removed row');
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://fosstodon.org/*'] });
    expect(permissions.held.size).toBe(0);
    expect(await customSites.getValue()).toEqual(['hachyderm.io']);
  });
});

describe('reply-time target', () => {
  it('refuses a value out of range with a message and keeps the stored one', async () => {
    await openOptions();
    const input = find<HTMLInputElement>('[data-setting="replyTargetMinutes"]')!;
    enter(input, '0');
    await waitFor(() => sectionMessage('general') === 'Enter a whole number of minutes from 5 to 1,440.', 'range message');
    expect(await replyTargetMinutes.getValue()).toBe(60);
    enter(input, '90');
    await waitFor(() => sectionMessage('general') === 'Saved.', 'saved message');
    expect(await replyTargetMinutes.getValue()).toBe(90);
  });
});

describe('muted rules', () => {
  it('unmutes a rule and undoes it', async () => {
    await mutedRules.setValue({ everywhere: ['sincere-tone'], bySite: { linkedin: ['reply-fast'] } });
    await openOptions();
    const row = await waitFor(() => find('[data-muted-rule="reply-fast"]'));
    expect(pageText(row)).toContain('on LinkedIn');
    row.querySelector('button')!.click();
    await waitFor(() => find('[data-undo]'), 'undo button');
    expect(await mutedRules.getValue()).toEqual({ everywhere: ['sincere-tone'], bySite: {} });
    find<HTMLButtonElement>('[data-undo]')!.click();
    await waitFor(() => find('[data-muted-rule="reply-fast"]'), 'row back');
    expect(await mutedRules.getValue()).toEqual({ everywhere: ['sincere-tone'], bySite: { linkedin: ['reply-fast'] } });
  });

  it('mutes a rule everywhere', async () => {
    await openOptions();
    enter(find<HTMLSelectElement>('[data-setting="muteRule"]')!, 'human-touch');
    await submit('.options__mute');
    await waitFor(() => find('[data-muted-rule="human-touch"]'), 'muted row');
    expect((await mutedRules.getValue()).everywhere).toEqual(['human-touch']);
  });
});

describe('policy editor', () => {
  const policyField = (list: string) => find<HTMLTextAreaElement>(`[data-policy="${list}"]`)!;

  it('saves one term a line', async () => {
    await openOptions();
    enter(policyField('forbidden'), 'Project Falcon\nAcme Corp\n');
    enter(policyField('disclosure'), '#ad');
    await submit('.options__policy');
    await waitFor(() => sectionMessage('policy') === 'Saved.', 'saved');
    expect(await policy.getValue()).toEqual({ forbidden: ['Project Falcon', 'Acme Corp'], sponsorWords: [], disclosure: ['#ad'], ownContacts: [] });
  });

  it.each([
    ['forbidden', 'Falcon\n\nAcme', 'Forbidden terms: line 2 is empty.'],
    ['sponsorWords', 'Acme\nBeta\nacme', 'Sponsor words: “acme” is there twice (lines 1 and 3).'],
    ['ownContacts', `help@shop.example\n${'9'.repeat(101)}`, 'Your public contact details: line 2 is longer than 100 characters.'],
  ])('refuses a %s list with a problem, saying which, and saves nothing', async (list, text, message) => {
    await policy.setValue({ forbidden: ['Old'], sponsorWords: [], disclosure: [], ownContacts: [] });
    await openOptions();
    await waitFor(() => policyField('forbidden').value === 'Old');
    enter(policyField(list), text);
    await submit('.options__policy');
    await waitFor(() => sectionMessage('policy') === message, message);
    expect((await policy.getValue()).forbidden).toEqual(['Old']);
  });

  it('a failed write shows a message and keeps the previous policy', async () => {
    await policy.setValue({ forbidden: ['Old'], sponsorWords: [], disclosure: [], ownContacts: [] });
    await openOptions();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    enter(policyField('forbidden'), 'New');
    await submit('.options__policy');
    await waitFor(() => sectionMessage('policy').startsWith('Could not save'), 'error');
    expect(find('[data-section="policy"] [role="alert"]')?.textContent).toContain('previous setting is kept');
    expect((await policy.getValue()).forbidden).toEqual(['Old']);
  });
});

describe('import, export and reset', () => {
  async function importFile(contents: string, size?: number) {
    const input = find<HTMLInputElement>('[data-import]')!;
    const upload = new File([contents], 'settings.json', { type: 'application/json' });
    if (size !== undefined) Object.defineProperty(upload, 'size', { value: size });
    Object.defineProperty(input, 'files', { value: [upload], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
  const everything = async () => ({ ...(await fakeBrowser.storage.sync.get()), ...(await fakeBrowser.storage.local.get()) });

  it('exports every setting as a JSON file', async () => {
    await uiLanguage.setValue('de');
    await strategyTicks.setValue(['plan']);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:settings'));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await openOptions();
    find<HTMLButtonElement>('[data-export]')!.click();
    await waitFor(() => blobs.length, 'file');
    const exported = JSON.parse(await blobs[0]!.text());
    expect(exported).toMatchObject({ format: 'post-coach-settings', version: 2 });
    expect(Object.keys(exported.settings).sort()).toEqual(['customSites', 'disabledSites', 'mutedRules', 'policy', 'replyTargetMinutes', 'strategyTicks', 'uiLanguage']);
    expect(exported.settings).toMatchObject({ uiLanguage: 'de', strategyTicks: ['plan'], replyTargetMinutes: 60 });
    expect(clicked).toHaveBeenCalled();
  });

  it('imports a valid file', async () => {
    await openOptions();
    await importFile(JSON.stringify({ format: 'post-coach-settings', version: 2, settings: { replyTargetMinutes: 15, disabledSites: ['youtube'] } }));
    await waitFor(() => sectionMessage('backup') === 'Settings imported.', 'imported');
    expect(await replyTargetMinutes.getValue()).toBe(15);
    await waitFor(() => find<HTMLInputElement>('[data-site-switch="youtube"]')?.checked === false, 'switch follows');
  });

  it.each([
    ['a wrong shape', JSON.stringify({ hello: 'world' }), undefined, 'This is not a Post Coach settings file. Nothing changed.'],
    ['an unknown key', JSON.stringify({ format: 'post-coach-settings', version: 2, settings: { replyTargetMinutes: 15, tracking: true } }), undefined, 'The file was refused: Post Coach does not know “settings.tracking”. Nothing changed.'],
    ['a prototype-pollution key', '{"format":"post-coach-settings","version":2,"settings":{"replyTargetMinutes":15,"__proto__":{"isAdmin":true}}}', undefined, 'The file was refused: it contains the key “__proto__”, which is never allowed. Nothing changed.'],
    ['a huge file', '{}', 50 * 1024 * 1024, 'This file is too big to be Post Coach settings (at most 256 KB). Nothing changed.'],
    ['a bad value', JSON.stringify({ format: 'post-coach-settings', version: 2, settings: { replyTargetMinutes: 15, uiLanguage: 'fr' } }), undefined, 'The file was refused: “settings.uiLanguage” is not valid. Nothing changed.'],
  ])('refuses %s with a message, and nothing changes', async (_what, contents, size, message) => {
    await uiLanguage.setValue('en');
    await replyTargetMinutes.setValue(30);
    const before = await everything();
    await openOptions();
    await importFile(contents, size);
    await waitFor(() => sectionMessage('backup') === message, message);
    expect(await everything()).toEqual(before);
  });

  it('resets everything to defaults after a confirmation, withdrawing custom-site permissions', async () => {
    await uiLanguage.setValue('ru');
    await disabledSites.setValue(['x']);
    await customSites.setValue(['fosstodon.org']);
    permissions.held.add('https://fosstodon.org/*');
    await openOptions();
    find<HTMLButtonElement>('[data-reset]')!.click();
    const confirm = await waitFor(() => find<HTMLButtonElement>('[data-reset-confirm]'));
    expect(await uiLanguage.getValue()).toBe('ru');
    confirm.click();
    await waitFor(async () => (await customSites.getValue()).length === 0, 'reset');
    expect(await uiLanguage.getValue()).toBe('auto');
    expect(await disabledSites.getValue()).toEqual([]);
    expect(permissions.held.size).toBe(0);
    await waitFor(() => sectionMessage('backup') === 'All settings are back to their defaults.', 'reset message');
  });
});
