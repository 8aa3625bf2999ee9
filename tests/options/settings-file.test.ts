import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseTermLines } from '../../utils/policy-terms';
import { mutedRules, policy, replyTargetMinutes, uiLanguage } from '../../utils/settings';
import { exportSettings, importSettings, parseSettingsFile, SETTINGS_FILE_MAX_BYTES } from '../../utils/settings-file';

beforeEach(() => {
  fakeBrowser.reset();
});

const file = (settings: unknown, extra: object = {}) => JSON.stringify({ format: 'post-coach-settings', version: 2, settings, ...extra });

describe('policy lists', () => {
  it('reads one term a line, trimmed, a final line break allowed', () => {
    expect(parseTermLines('Project Falcon\n  Acme Corp \n')).toEqual({ terms: ['Project Falcon', 'Acme Corp'] });
    expect(parseTermLines('')).toEqual({ terms: [] });
  });

  it.each([
    ['Falcon\n\nAcme', { kind: 'empty', line: 2 }],
    ['Falcon\nacme\nFALCON', { kind: 'duplicate', line: 3, first: 1, term: 'FALCON' }],
    [`Falcon\n${'x'.repeat(101)}`, { kind: 'too-long', line: 2 }],
    [Array.from({ length: 201 }, (_, i) => `term ${i}`).join('\n'), { kind: 'too-many' }],
  ])('refuses %j, saying which line', (text, problem) => {
    expect(parseTermLines(text)).toEqual({ problem });
  });

  it('accepts a term of exactly 100 characters', () => {
    expect(parseTermLines('y'.repeat(100))).toEqual({ terms: ['y'.repeat(100)] });
  });
});

describe('settings files', () => {
  it('an exported file imports back to the same settings', async () => {
    await uiLanguage.setValue('ru');
    await replyTargetMinutes.setValue(45);
    await policy.setValue({ forbidden: ['Falcon'], sponsorWords: ['Acme'], disclosure: ['#ad'], ownContacts: [] });
    const exported = JSON.stringify(await exportSettings());
    fakeBrowser.reset();
    const parsed = parseSettingsFile(exported);
    if (!('settings' in parsed)) throw new Error(JSON.stringify(parsed));
    await importSettings(parsed.settings);
    expect(await uiLanguage.getValue()).toBe('ru');
    expect(await replyTargetMinutes.getValue()).toBe(45);
    expect((await policy.getValue()).sponsorWords).toEqual(['Acme']);
  });

  it.each([
    ['not JSON', '{ "format": ', { kind: 'not-json' }],
    ['another file', JSON.stringify({ name: 'my-app', version: '1.0.0' }), { kind: 'wrong-shape' }],
    ['an array', '[1, 2, 3]', { kind: 'wrong-shape' }],
    ['a newer version', JSON.stringify({ format: 'post-coach-settings', version: 9, settings: {} }), { kind: 'newer' }],
    ['an unknown setting', file({ uiLanguage: 'de', telemetry: true }), { kind: 'unknown-key', path: 'settings.telemetry' }],
    ['an unknown top-level key', file({}, { comment: 'hi' }), { kind: 'unknown-key', path: 'comment' }],
    ['an unknown field', file({ mutedRules: { everywhere: [], bySite: {}, extra: 1 } }), { kind: 'unknown-key', path: 'settings.mutedRules.extra' }],
    ['a bad value', file({ replyTargetMinutes: 'soon' }), { kind: 'bad-value', path: 'settings.replyTargetMinutes' }],
    ['a bad entry', file({ policy: { forbidden: ['ok', 42], sponsorWords: [], disclosure: [], ownContacts: [] } }), { kind: 'bad-value', path: 'settings.policy.forbidden[1]' }],
    ['a duplicate entry', file({ disabledSites: ['x', 'x'] }), { kind: 'bad-value', path: 'settings.disabledSites[1]' }],
    ['__proto__', '{"format":"post-coach-settings","version":2,"settings":{"__proto__":{"polluted":true}}}', { kind: 'forbidden-key', key: '__proto__' }],
    ['a nested constructor', file({ mutedRules: { everywhere: [], bySite: { constructor: { prototype: {} } } } }), { kind: 'forbidden-key', key: 'prototype' }],
  ])('refuses %s', (_what, text, problem) => {
    expect(parseSettingsFile(text)).toEqual({ problem });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a huge file before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = file({ policy: { forbidden: ['x'.repeat(SETTINGS_FILE_MAX_BYTES)] } });
    expect(parseSettingsFile(huge)).toEqual({ problem: { kind: 'too-big' } });
    expect(parse).not.toHaveBeenCalled();
  });

  it('a write failing half-way puts the earlier settings back', async () => {
    await uiLanguage.setValue('nl');
    await mutedRules.setValue({ everywhere: ['stay-calm'], bySite: {} });
    const parsed = parseSettingsFile(file({ uiLanguage: 'de', mutedRules: { everywhere: [], bySite: {} }, policy: { forbidden: ['Falcon'], sponsorWords: [], disclosure: [], ownContacts: [] } }));
    if (!('settings' in parsed)) throw new Error('expected a valid file');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error'));
    await expect(importSettings(parsed.settings)).rejects.toMatchObject({ failure: 'failed' });
    expect(await uiLanguage.getValue()).toBe('nl');
    expect(await mutedRules.getValue()).toEqual({ everywhere: ['stay-calm'], bySite: {} });
  });
});
