/**
 * The networks Post Coach supports and the hosts it runs on. This is the one list the manifest,
 * the content script's adapters, the popup and the options page all read.
 */
import { PLATFORMS } from '../guidance/platforms';
import type { SiteId } from '../guidance/types';

export interface SiteInfo {
  id: SiteId;
  /** Brand name as the network writes it; not translated. */
  label: string;
  /** Host names the content script is registered for out of the box. */
  hosts: readonly string[];
}

export const SITES: Readonly<Record<SiteId, SiteInfo>> = {
  x: { id: 'x', label: PLATFORMS.x.label, hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'] },
  linkedin: { id: 'linkedin', label: PLATFORMS.linkedin.label, hosts: ['www.linkedin.com'] },
  facebook: { id: 'facebook', label: PLATFORMS.facebook.label, hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'] },
  instagram: { id: 'instagram', label: PLATFORMS.instagram.label, hosts: ['www.instagram.com'] },
  threads: { id: 'threads', label: PLATFORMS.threads.label, hosts: ['www.threads.com', 'www.threads.net', 'threads.com', 'threads.net'] },
  bluesky: { id: 'bluesky', label: PLATFORMS.bluesky.label, hosts: ['bsky.app'] },
  mastodon: { id: 'mastodon', label: PLATFORMS.mastodon.label, hosts: ['mastodon.social'] },
  reddit: { id: 'reddit', label: PLATFORMS.reddit.label, hosts: ['www.reddit.com', 'old.reddit.com', 'new.reddit.com'] },
  youtube: { id: 'youtube', label: PLATFORMS.youtube.label, hosts: ['www.youtube.com', 'm.youtube.com'] },
};

/** Match patterns for every built-in host, as the manifest and `scripting` want them. */
export const SUPPORTED_HOST_PATTERNS: string[] = Object.values(SITES).flatMap((site) =>
  site.hosts.map((host) => `https://${host}/*`),
);

/** The site a host belongs to, or undefined when Post Coach does not know it out of the box. */
export function siteForHost(host: string): SiteId | undefined {
  const bare = host.toLowerCase();
  return Object.values(SITES).find((site) => site.hosts.includes(bare))?.id;
}

/** A lower-case DNS host name with at least one dot (`mastodon.example`, punycode for IDNs). */
export function isHostName(value: string): boolean {
  return value.length <= 253 && /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/.test(value);
}

/** How the UI names a host: the network's brand for built-in hosts, the host itself for custom sites. */
export function labelForHost(host: string): string {
  const site = siteForHost(host);
  return site ? SITES[site].label : host;
}

/** How the UI names a site switch key (see `siteSwitchKey`): a site id's brand, or a custom site's host. */
export function labelForSiteKey(key: string): string {
  return Object.hasOwn(SITES, key) ? SITES[key as SiteId].label : key;
}
