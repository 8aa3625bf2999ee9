import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PracticeApp, toDraft } from '../../entrypoints/practice/app';
import { mutedRules, policy } from '../../utils/settings';
import { enter, find, mount, pageText, waitFor } from '../helpers/dom';

let page: ReturnType<typeof mount> | undefined;

const DRAFT = 'We are proud to announce our new app, the best in the world!!! Buy it now.';

async function openPractice() {
  page = mount(<PracticeApp />);
  return waitFor(() => find<HTMLTextAreaElement>('[data-practice="text"]'), 'practice page');
}

const hint = () => find('[data-practice="hint"]')?.shadowRoot ?? null;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

afterEach(() => {
  page?.unmount();
  page = undefined;
});

describe('practice page', () => {
  it('shows the site’s hint and the popup’s checklist for a draft', async () => {
    const text = await openPractice();
    enter(text, DRAFT);
    await waitFor(() => find('[data-rule="back-your-claims"][data-state="attention"]'), 'checklist');
    expect(find('[data-rule="reply-fast"]')?.dataset.state).toBe('na');
    const badge = await waitFor(() => hint()?.querySelector<HTMLButtonElement>('.pc-badge'), 'hint badge');
    expect(badge.textContent).toContain('5');
    badge.click();
    await waitFor(() => hint()?.querySelector('.pc-panel:not([hidden]) [data-rule="back-your-claims"]'), 'open cards');
  });

  it('coaches a late reply to an item of the given age', async () => {
    const text = await openPractice();
    find<HTMLInputElement>('[data-practice="kind-reply"]')!.click();
    enter(await waitFor(() => find<HTMLInputElement>('[data-practice="age"]')), '3');
    enter(find<HTMLSelectElement>('[data-practice="age-unit"]')!, 'days');
    enter(text, 'Thanks for telling us, we are looking into your order right now.');
    const row = await waitFor(() => find('[data-rule="reply-fast"][data-state="attention"]'), 'reply-fast');
    expect(pageText(row)).toMatch(/3 days/);
  });

  it('follows the participation policy from the options', async () => {
    await policy.setValue({ forbidden: ['Project Falcon'], sponsorWords: [], disclosure: [], ownContacts: [] });
    const text = await openPractice();
    enter(text, 'Sneak peek: Project Falcon ships soon. What would you like it to do for you?');
    await waitFor(() => find('[data-rule="company-policy"][data-state="attention"]'), 'policy finding');
  });

  it('muting from the hint applies to the chosen network and is stored', async () => {
    const text = await openPractice();
    enter(text, DRAFT);
    const badge = await waitFor(() => hint()?.querySelector<HTMLButtonElement>('.pc-badge'), 'hint badge');
    badge.click();
    const card = await waitFor(() => hint()?.querySelector('[data-rule="back-your-claims"]'), 'card');
    [...card.querySelectorAll('button')].find((button) => button.textContent === 'Mute on this site')!.click();
    await waitFor(() => !hint()?.querySelector('[data-rule="back-your-claims"]'), 'card gone');
    expect(await mutedRules.getValue()).toEqual({ everywhere: [], bySite: { linkedin: ['back-your-claims'] } });
    expect(find('[data-rule="back-your-claims"]')?.dataset.muted).toBe('true');
  });

  it('builds the engine’s draft from the composer, with the parent’s time for replies', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    const draft = toDraft({ site: 'x', kind: 'reply', text: 'Hi', parentText: 'Where is my order?', age: '90', ageUnit: 'minutes' }, now, { replyTargetMinutes: 60 });
    expect(draft).toMatchObject({ site: 'x', kind: 'reply', parent: { text: 'Where is my order?', createdAt: '2026-05-01T10:30:00.000Z' }, replyTargetMinutes: 60 });
    expect(toDraft({ site: 'x', kind: 'post', text: 'Hi', parentText: 'ignored', age: '5', ageUnit: 'days' }, now, {}).parent).toBeUndefined();
  });
});
