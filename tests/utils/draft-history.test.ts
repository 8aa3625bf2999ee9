import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDraftHashSalt, recentDraftHashes, recordDraftHash, withinHistory } from '../../utils/draft-history';

const DAY_MS = 24 * 60 * 60 * 1000;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('draft history', () => {
  it('creates one random salt per install and keeps it', async () => {
    const salt = await getDraftHashSalt();
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    expect(await getDraftHashSalt()).toBe(salt);
    fakeBrowser.reset();
    expect(await getDraftHashSalt()).not.toBe(salt);
  });

  it('keeps entries for 7 days and drops older ones when recording', async () => {
    const now = Date.parse('2026-09-10T12:00:00Z');
    const eightDaysAgo = { hash: 'old', site: 'x' as const, at: new Date(now - 8 * DAY_MS).toISOString() };
    const sixDaysAgo = { hash: 'recent', site: 'linkedin' as const, at: new Date(now - 6 * DAY_MS).toISOString() };
    await recentDraftHashes.setValue([eightDaysAgo, sixDaysAgo]);
    expect(withinHistory(await recentDraftHashes.getValue(), new Date(now))).toEqual([sixDaysAgo]);

    const today = { hash: 'new', site: 'x' as const, at: new Date(now).toISOString() };
    expect(await recordDraftHash(today)).toEqual([sixDaysAgo, today]);
    expect(await recentDraftHashes.getValue()).toEqual([sixDaysAgo, today]);
  });

  it("replaces the same draft's earlier hash on the same site, never another site's", async () => {
    const at = new Date().toISOString();
    await recordDraftHash({ hash: 'draft-v1', site: 'x', at });
    await recordDraftHash({ hash: 'draft-v1', site: 'bluesky', at });
    const stored = await recordDraftHash({ hash: 'draft-v2', site: 'x', at }, 'draft-v1');
    expect(stored.map(({ hash, site }) => `${site}:${hash}`)).toEqual(['bluesky:draft-v1', 'x:draft-v2']);
  });
});
