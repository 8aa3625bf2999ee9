import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '../../../guidance/types';
import { SITES } from '../../../utils/sites';
import { SITE_ADAPTERS, adapterForHost } from '../../../entrypoints/content/sites';

describe('site adapter registry', () => {
  it('has one adapter per supported site, on that site’s hosts', () => {
    for (const id of SITE_IDS) {
      expect(SITE_ADAPTERS[id].id).toBe(id);
      expect(SITE_ADAPTERS[id].hosts).toEqual(SITES[id].hosts);
      expect(SITE_ADAPTERS[id].composers.length).toBeGreaterThan(0);
      expect(() => document.querySelectorAll(SITE_ADAPTERS[id].composers.join(', '))).not.toThrow();
    }
  });

  it('picks the adapter by host, with custom hosts as Mastodon instances', () => {
    expect(adapterForHost('x.com')?.id).toBe('x');
    expect(adapterForHost('mobile.twitter.com')?.id).toBe('x');
    expect(adapterForHost('www.threads.net')?.id).toBe('threads');
    expect(adapterForHost('old.reddit.com')?.id).toBe('reddit');
    expect(adapterForHost('fosstodon.org', ['https://Fosstodon.org/'])?.id).toBe('mastodon');
    expect(adapterForHost('example.com', ['fosstodon.org'])).toBeUndefined();
  });
});
