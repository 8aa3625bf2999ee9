/**
 * What the engine knows about each network: its name, how it counts length and where its limits
 * are, and whether it has a profile "bio" link. Limits are the networks' published ones.
 */
import type { LengthRule } from './text/length';
import type { DraftKind, SiteId } from './types';

export interface Platform {
  /** Brand name, not translated. */
  label: string;
  lengthRule: LengthRule;
  limit: Readonly<Record<DraftKind, number>>;
  /** Most links a post may carry, where the network sets a number. */
  maxLinks?: number;
  /** Whether "link in bio" points somewhere on this network. */
  hasBioLink: boolean;
}

export const PLATFORMS: Readonly<Record<SiteId, Platform>> = {
  x: { label: 'X', lengthRule: 'x-weighted', limit: { post: 280, reply: 280 }, hasBioLink: true },
  linkedin: { label: 'LinkedIn', lengthRule: 'characters', limit: { post: 3000, reply: 1250 }, hasBioLink: false },
  facebook: { label: 'Facebook', lengthRule: 'characters', limit: { post: 63206, reply: 63206 }, hasBioLink: false },
  instagram: { label: 'Instagram', lengthRule: 'characters', limit: { post: 2200, reply: 2200 }, hasBioLink: true },
  threads: { label: 'Threads', lengthRule: 'characters', limit: { post: 500, reply: 500 }, maxLinks: 5, hasBioLink: true },
  bluesky: { label: 'Bluesky', lengthRule: 'graphemes', limit: { post: 300, reply: 300 }, hasBioLink: true },
  mastodon: { label: 'Mastodon', lengthRule: 'mastodon', limit: { post: 500, reply: 500 }, hasBioLink: true },
  reddit: { label: 'Reddit', lengthRule: 'characters', limit: { post: 40000, reply: 10000 }, hasBioLink: false },
  youtube: { label: 'YouTube', lengthRule: 'characters', limit: { post: 10000, reply: 10000 }, hasBioLink: false },
};

/** LinkedIn cuts posts at "…see more" after about this many characters or the third line break. */
export const LINKEDIN_FOLD = { characters: 210, lineBreaks: 3 } as const;
