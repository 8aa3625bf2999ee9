import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  customSites,
  disabledSites,
  isCoachOn,
  migrateSettings,
  mutedRules,
  mutedRulesOn,
  policy,
  replyTargetMinutes,
  SettingWriteError,
  strategyTicks,
  uiLanguage,
  withRuleMuted,
  withRuleUnmuted,
} from '../../utils/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

const stored = async (area: 'sync' | 'local', key: string): Promise<any> => (await fakeBrowser.storage[area].get(key))[key];

describe('defaults', () => {
  it('coach everywhere, in the browser language, with a 60-minute reply target and nothing muted', async () => {
    expect(await disabledSites.getValue()).toEqual([]);
    expect(isCoachOn(await disabledSites.getValue(), 'www.linkedin.com')).toBe(true);
    expect(await uiLanguage.getValue()).toBe('auto');
    expect(await replyTargetMinutes.getValue()).toBe(60);
    expect(await mutedRules.getValue()).toEqual({ everywhere: [], bySite: {} });
    expect(await policy.getValue()).toEqual({ forbidden: [], sponsorWords: [], disclosure: [], ownContacts: [] });
    expect(await strategyTicks.getValue()).toEqual([]);
    expect(await customSites.getValue()).toEqual([]);
  });

  it('hands out a fresh default each time, so changing one copy cannot change the next', async () => {
    const first = await mutedRules.getValue();
    first.everywhere.push('stay-calm');
    expect((await mutedRules.getValue()).everywhere).toEqual([]);
  });
});

describe('validation on read', () => {
  it('a corrupt value falls back to its default and the other settings keep theirs', async () => {
    await fakeBrowser.storage.sync.set({ uiLanguage: 'klingon', replyTargetMinutes: 90, disabledSites: 'x' });
    expect(await uiLanguage.getValue()).toBe('auto');
    expect(await replyTargetMinutes.getValue()).toBe(90);
    expect(await disabledSites.getValue()).toEqual([]);
  });

  it.each([['90'], [2.5], [0], [100_000], [null], [{}]])('a reply target of %j reads as the default', async (raw) => {
    await fakeBrowser.storage.sync.set({ replyTargetMinutes: raw });
    expect(await replyTargetMinutes.getValue()).toBe(60);
  });

  it('keeps the valid entries of a list and drops the rest', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['x', 42, 'not a host!', 'x', 'fosstodon.org'] });
    expect(await disabledSites.getValue()).toEqual(['x', 'fosstodon.org']);
  });

  it('repairs muted rules field by field', async () => {
    await fakeBrowser.storage.sync.set({
      mutedRules: { everywhere: ['stay-calm', 'no-such-rule'], bySite: { linkedin: ['reply-fast', 7], 'bad key': ['stay-calm'] }, extra: 1 },
    });
    expect(await mutedRules.getValue()).toEqual({ everywhere: ['stay-calm'], bySite: { linkedin: ['reply-fast'] } });
  });

  it('a policy with one corrupt list keeps the other lists', async () => {
    await fakeBrowser.storage.local.set({ policy: { forbidden: ['Project Falcon', '  ', 'x'.repeat(101)], sponsorWords: 'Acme', disclosure: ['#ad'] } });
    expect(await policy.getValue()).toEqual({ forbidden: ['Project Falcon'], sponsorWords: [], disclosure: ['#ad'], ownContacts: [] });
  });

  it('watchers receive validated values', async () => {
    const seen: string[] = [];
    const unwatch = uiLanguage.watch((value) => seen.push(value));
    await fakeBrowser.storage.sync.set({ uiLanguage: 'de' });
    await fakeBrowser.storage.sync.set({ uiLanguage: 'elvish' });
    unwatch();
    expect(seen).toEqual(['de', 'auto']);
  });
});

describe('migration from version 1', () => {
  it('moves the policy from sync to local, cleaned up', async () => {
    await fakeBrowser.storage.sync.set({
      policy: { forbidden: [' Project Falcon ', 'project falcon', ''], sponsorWords: ['Acme'], disclosure: ['#ad'], ownContacts: ['help@shop.example'] },
    });
    await migrateSettings();
    expect(await stored('sync', 'policy')).toBeUndefined();
    expect(await policy.getValue()).toEqual({
      forbidden: ['Project Falcon'],
      sponsorWords: ['Acme'],
      disclosure: ['#ad'],
      ownContacts: ['help@shop.example'],
    });
    expect(await stored('local', 'policy$')).toEqual({ v: 2 });
  });

  it('moves custom sites from sync to local', async () => {
    await fakeBrowser.storage.sync.set({ customSites: ['fosstodon.org', 'x.com', 'hachyderm.io'] });
    await migrateSettings();
    expect(await customSites.getValue()).toEqual(['fosstodon.org', 'hachyderm.io']);
    expect(await stored('sync', 'customSites')).toBeUndefined();
  });

  it('drops garbage left by version 1 and reads the default', async () => {
    await fakeBrowser.storage.sync.set({ policy: 'garbage', customSites: { 0: 'fosstodon.org' } });
    await migrateSettings();
    expect(await stored('sync', 'policy')).toBeUndefined();
    expect(await stored('local', 'policy')).toBeUndefined();
    expect(await policy.getValue()).toEqual({ forbidden: [], sponsorWords: [], disclosure: [], ownContacts: [] });
    expect(await customSites.getValue()).toEqual([]);
  });

  it('never overwrites a value already in the new place, and running twice changes nothing', async () => {
    await fakeBrowser.storage.local.set({ policy: { forbidden: ['Falcon'], sponsorWords: [], disclosure: [], ownContacts: [] } });
    await fakeBrowser.storage.sync.set({ policy: { forbidden: ['Old'], sponsorWords: [], disclosure: [], ownContacts: [] } });
    await migrateSettings();
    await migrateSettings();
    expect((await policy.getValue()).forbidden).toEqual(['Falcon']);
    expect(await stored('sync', 'policy')).toBeUndefined();
  });
});

describe('writes', () => {
  it('stores small settings in sync and the policy and custom sites in local', async () => {
    await uiLanguage.setValue('nl');
    await policy.setValue({ forbidden: ['Falcon'], sponsorWords: [], disclosure: [], ownContacts: [] });
    await customSites.setValue(['fosstodon.org']);
    expect(await stored('sync', 'uiLanguage')).toBe('nl');
    expect((await stored('local', 'policy')).forbidden).toEqual(['Falcon']);
    expect(await stored('local', 'customSites')).toEqual(['fosstodon.org']);
  });

  it('refuses an invalid value and keeps the previous one', async () => {
    await replyTargetMinutes.setValue(30);
    await expect(replyTargetMinutes.setValue(-5)).rejects.toMatchObject({ failure: 'invalid' });
    expect(await replyTargetMinutes.getValue()).toBe(30);
  });

  it('a write the browser refuses reports a quota failure and keeps the previous value', async () => {
    await disabledSites.setValue(['x']);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const failure = await disabledSites.setValue(['x', 'linkedin']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SettingWriteError);
    expect(failure).toMatchObject({ failure: 'quota', key: 'sync:disabledSites' });
    expect(await disabledSites.getValue()).toEqual(['x']);
  });

  it('any other refused write is reported as failed', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error'));
    await expect(customSites.setValue(['fosstodon.org'])).rejects.toMatchObject({ failure: 'failed' });
    expect(await customSites.getValue()).toEqual([]);
  });

  it('a sync value over the 8 KB item quota is refused before it is sent', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const label = (letter: string) => letter.repeat(60);
    const hosts = Array.from({ length: 50 }, (_, i) => `${label('a')}.${label('b')}.${label('c')}${i}.example`);
    await expect(disabledSites.setValue(hosts)).rejects.toMatchObject({ failure: 'quota' });
    expect(set).not.toHaveBeenCalled();
  });
});

describe('muting', () => {
  it('mutes and unmutes per site and everywhere', () => {
    const none = { everywhere: [], bySite: {} };
    const muted = withRuleMuted(withRuleMuted(none, 'reply-fast', { site: 'linkedin' }), 'sincere-tone', { everywhere: true });
    expect([...mutedRulesOn(muted, 'linkedin')].sort()).toEqual(['reply-fast', 'sincere-tone']);
    expect([...mutedRulesOn(muted, 'x')]).toEqual(['sincere-tone']);
    expect(withRuleUnmuted(muted, 'reply-fast', { site: 'linkedin' })).toEqual({ everywhere: ['sincere-tone'], bySite: {} });
  });
});
