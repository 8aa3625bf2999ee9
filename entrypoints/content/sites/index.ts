/**
 * The registry of site adapters: one per supported network, and the adapter a host gets.
 */
import type { SiteId } from '../../../guidance/types';
import { siteForHost } from '../../../utils/sites';
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { threads } from './threads';
import type { SiteAdapter } from './types';
import { x } from './x';
import { youtube } from './youtube';

export const SITE_ADAPTERS: Readonly<Record<SiteId, SiteAdapter>> = {
  x,
  linkedin,
  facebook,
  instagram,
  threads,
  bluesky,
  mastodon,
  reddit,
  youtube,
};

/** A host as typed by a user ("https://Fosstodon.org/") reduced to its bare name ("fosstodon.org"). */
function bareHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z\d+.-]*:\/\//, '')
    .replace(/[/?#:].*$/, '')
    .replace(/\.$/, '');
}

/**
 * The adapter for a page's host: a built-in site's, or Mastodon's for a host the user added (custom
 * sites are Mastodon-like instances). Undefined for any other host.
 * @example adapterForHost('fosstodon.org', ['fosstodon.org'])?.id // 'mastodon'
 */
export function adapterForHost(host: string, customHosts: readonly string[] = []): SiteAdapter | undefined {
  const bare = bareHost(host);
  const site = siteForHost(bare);
  if (site) return SITE_ADAPTERS[site];
  return customHosts.some((custom) => bareHost(custom) === bare) ? SITE_ADAPTERS.mastodon : undefined;
}
