/**
 * The guidance engine's public contract. Pure data types: no DOM, no browser APIs.
 * Rule ids and their firing conditions follow `shared/principles.md` and are a public contract.
 */

/** Languages with lexicons (draft language) and with catalogues (UI language). */
export const LANGUAGES = ['en', 'de', 'nl', 'ru'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const SITE_IDS = [
  'x', 'linkedin', 'facebook', 'instagram', 'threads', 'bluesky', 'mastodon', 'reddit', 'youtube',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** Every rule id, in order of importance: the popup's checklist follows this order. */
export const RULE_IDS = [
  'keep-it-private',
  'company-policy',
  'stay-calm',
  'solve-dont-deflect',
  'reply-fast',
  'platform-fit',
  'value-before-ask',
  'broadcast-only',
  'clear-next-step',
  'back-your-claims',
  'whats-in-it-for-them',
  'sincere-tone',
  'human-touch',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'warn' | 'info';
export type DraftKind = 'post' | 'reply';

/** The company's participation policy, edited on the options page. */
export interface Policy {
  /** Terms that must never appear (unreleased products, competitors). */
  forbidden?: readonly string[];
  /** Words that make a draft sponsored, so it needs a disclosure. */
  sponsorWords?: readonly string[];
  /** Accepted disclosures, e.g. `#ad`, `#anzeige`. */
  disclosure?: readonly string[];
  /** The company's own public e-mail addresses and phone numbers. */
  ownContacts?: readonly string[];
}

/** A salted hash of a recent draft, kept locally by the extension (never the text). */
export interface RecentDraftHash {
  hash: string;
  site: SiteId;
  /** ISO 8601 time the draft was written. */
  at: string;
}

/**
 * A draft and its context.
 * @example { text: 'We are proud to announce our new app.', kind: 'post', site: 'linkedin' }
 */
export interface Draft {
  text: string;
  kind: DraftKind;
  site?: SiteId;
  parent?: { text?: string; createdAt?: string; approximate?: boolean };
  /** ISO 8601; defaults to the current time. */
  now?: string;
  policy?: Policy;
  /** Reply-time target in minutes (default 60). */
  replyTargetMinutes?: number;
  /** Hashes of recent drafts on any site; see `draftHash`. */
  recentDraftHashes?: readonly RecentDraftHash[];
  /** The salt the caller used for `recentDraftHashes`. */
  hashSalt?: string;
  /** The character limit the page itself shows (e.g. a Mastodon instance's), overriding the site default. */
  charLimit?: number;
}

/** One thing the coach says about a draft. `start`/`end` are UTF-16 offsets into `text`. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  start: number;
  end: number;
  /** One line, in the UI language. */
  message: string;
  /** Two to four sentences: why, and what to write instead. */
  tip: string;
}

export type ChecklistState = 'pass' | 'attention' | 'na';

export interface Report {
  /** The draft's main language, or `unknown` when it is none of `LANGUAGES` (or too short to tell). */
  language: Lang | 'unknown';
  /** Every supported language the draft uses (a mixed draft lists several). */
  languages: Lang[];
  /** False when the draft's language has no lexicon: only language-independent rules ran. */
  languageSupported: boolean;
  findings: Finding[];
  checklist: { rule: RuleId; state: ChecklistState }[];
}

export interface AnalyzeOptions {
  uiLanguage?: Lang;
}
