/**
 * The networks Post Coach supports and the hosts it runs on. This is the one list the manifest,
 * the content script's adapters, the popup and the options page all read.
 */
import type { SiteId } from '../guidance/types';

export interface SiteInfo {
  id: SiteId;
  /** Brand name as the network writes it; not translated. */
  label: string;
  /** Host names the content script is registered for out of the box. */
  hosts: readonly string[];
}

export const SITES: Readonly<Record<SiteId, SiteInfo>> = {
  x: { id: 'x', label: 'X', hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'] },
  linkedin: { id: 'linkedin', label: 'LinkedIn', hosts: ['www.linkedin.com'] },
  facebook: { id: 'facebook', label: 'Facebook', hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'] },
  instagram: { id: 'instagram', label: 'Instagram', hosts: ['www.instagram.com'] },
  threads: { id: 'threads', label: 'Threads', hosts: ['www.threads.com', 'www.threads.net', 'threads.com', 'threads.net'] },
  bluesky: { id: 'bluesky', label: 'Bluesky', hosts: ['bsky.app'] },
  mastodon: { id: 'mastodon', label: 'Mastodon', hosts: ['mastodon.social'] },
  reddit: { id: 'reddit', label: 'Reddit', hosts: ['www.reddit.com', 'old.reddit.com', 'new.reddit.com'] },
  youtube: { id: 'youtube', label: 'YouTube', hosts: ['www.youtube.com', 'm.youtube.com'] },
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
