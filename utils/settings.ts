/**
 * Typed, versioned settings in `wxt/utils/storage`, shared by every context (background, content
 * script, popup, options, practice page).
 *
 * - Every read is validated: a corrupt or outdated stored value falls back to its default, field by
 *   field where the setting has fields, and never affects the other settings.
 * - Every write is validated too, and a write the browser refuses (sync quota, anything else) throws
 *   a `SettingWriteError`; storage then still holds the previous value, so the UI shows the error
 *   and keeps what it had.
 * - Small settings live in `storage.sync` so they roam with the browser profile. The policy can
 *   outgrow sync's 8 KB per item and custom sites depend on host permissions that are granted per
 *   device, so those two live in `storage.local`. In version 1 both were in sync:
 *   `migrateSettings()` moves them.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { LANGUAGES, RULE_IDS, SITE_IDS, type Lang, type Policy, type RuleId, type SiteId } from '../guidance/types';
import { isHostName, siteForHost } from './sites';

export type UiLanguageSetting = Lang | 'auto';

/** Rules muted everywhere, and per site switch key (a site id, or a custom site's host). */
export interface MutedRules {
  everywhere: RuleId[];
  bySite: Record<string, RuleId[]>;
}

export type PolicySetting = { [K in keyof Policy]-?: string[] };
export type PolicyList = keyof PolicySetting;
export const POLICY_LISTS = ['forbidden', 'sponsorWords', 'disclosure', 'ownContacts'] as const satisfies readonly PolicyList[];

/** The strategy checklist of shared/principles.md ("The checklist"), ticked by hand in the popup. */
export const STRATEGY_ITEM_IDS = ['written-policy', 'community', 'plan', 'daily-answers', 'listening', 'criticism'] as const;
export type StrategyItemId = (typeof STRATEGY_ITEM_IDS)[number];

export const REPLY_TARGET_RANGE = { min: 5, max: 24 * 60 } as const;
export const POLICY_TERM_MAX_LENGTH = 100;
export const POLICY_TERMS_MAX = 200;
export const CUSTOM_SITES_MAX = 50;
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM (Firefox applies the same limit). */
const SYNC_ITEM_QUOTA_BYTES = 8192;

/** What was wrong with a value, and where (`policy.forbidden[2]`). */
export interface SettingProblem {
  path: string;
  reason: 'wrong-type' | 'unknown-value' | 'out-of-range' | 'empty' | 'too-long' | 'duplicate' | 'too-many' | 'unknown-key';
}

export type WriteFailure = 'quota' | 'invalid' | 'failed';

/** A write that did not happen: storage still holds the previous value. */
export class SettingWriteError extends Error {
  readonly key: StorageItemKey;
  readonly failure: WriteFailure;
  constructor(key: StorageItemKey, failure: WriteFailure, cause?: unknown) {
    super(`Could not save ${key} (${failure})`, { cause });
    this.name = 'SettingWriteError';
    this.key = key;
    this.failure = failure;
  }
}

export interface Setting<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  /** The stored value, validated; whatever is corrupt is replaced by its default. */
  getValue(): Promise<T>;
  /** Validates and stores `value`; throws `SettingWriteError` (and stores nothing) when it can't. */
  setValue(value: T): Promise<void>;
  /** Back to the default. */
  removeValue(): Promise<void>;
  /** Calls back with validated values whenever any context changes the setting. Returns the unwatch. */
  watch(callback: (value: T, previous: T) => void): () => void;
  /** What a raw (stored or imported) value stands for, and every problem found on the way. */
  read(raw: unknown): { value: T; problems: SettingProblem[] };
  /** Version-1 location, moved from by `migrateSettings()`. */
  readonly movedFrom?: StorageItemKey;
}

type Reader<T> = (raw: unknown, path: string, problems: SettingProblem[]) => T;

function isPlainObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function choice<T extends string>(values: readonly T[], fallback: T): Reader<T> {
  return (raw, path, problems) => {
    if (values.includes(raw as T)) return raw as T;
    problems.push({ path, reason: typeof raw === 'string' ? 'unknown-value' : 'wrong-type' });
    return fallback;
  };
}

function integerIn(min: number, max: number, fallback: number): Reader<number> {
  return (raw, path, problems) => {
    if (typeof raw !== 'number' || !Number.isInteger(raw)) problems.push({ path, reason: 'wrong-type' });
    else if (raw < min || raw > max) problems.push({ path, reason: 'out-of-range' });
    else return raw;
    return fallback;
  };
}

/** An array of distinct entries; invalid entries are dropped (and reported), the rest kept. */
function listOf<T extends string>(
  entry: (raw: unknown, path: string, problems: SettingProblem[]) => T | undefined,
  max: number,
  identity: (value: T) => string = (value) => value,
): Reader<T[]> {
  return (raw, path, problems) => {
    if (!Array.isArray(raw)) {
      problems.push({ path, reason: 'wrong-type' });
      return [];
    }
    if (raw.length > max) problems.push({ path, reason: 'too-many' });
    const seen = new Set<string>();
    const values: T[] = [];
    raw.slice(0, max).forEach((item, index) => {
      const value = entry(item, `${path}[${index}]`, problems);
      if (value === undefined) return;
      if (seen.has(identity(value))) problems.push({ path: `${path}[${index}]`, reason: 'duplicate' });
      else values.push(value);
      seen.add(identity(value));
    });
    return values;
  };
}

function member<T extends string>(values: readonly T[]) {
  return (raw: unknown, path: string, problems: SettingProblem[]): T | undefined => {
    if (values.includes(raw as T)) return raw as T;
    problems.push({ path, reason: typeof raw === 'string' ? 'unknown-value' : 'wrong-type' });
    return undefined;
  };
}

/** A site id or a custom site's host. */
function siteKey(raw: unknown, path: string, problems: SettingProblem[]): string | undefined {
  if (typeof raw === 'string' && (SITE_IDS.includes(raw as SiteId) || isHostName(raw))) return raw;
  problems.push({ path, reason: typeof raw === 'string' ? 'unknown-value' : 'wrong-type' });
  return undefined;
}

function host(raw: unknown, path: string, problems: SettingProblem[]): string | undefined {
  if (typeof raw === 'string' && isHostName(raw) && !siteForHost(raw)) return raw;
  problems.push({ path, reason: typeof raw === 'string' ? 'unknown-value' : 'wrong-type' });
  return undefined;
}

function policyTerm(raw: unknown, path: string, problems: SettingProblem[]): string | undefined {
  if (typeof raw !== 'string') problems.push({ path, reason: 'wrong-type' });
  else if (!raw.trim()) problems.push({ path, reason: 'empty' });
  else if (raw.trim().length > POLICY_TERM_MAX_LENGTH) problems.push({ path, reason: 'too-long' });
  else return raw.trim();
  return undefined;
}

/** An object with exactly these fields; a missing or corrupt field falls back on its own. */
function objectOf<T extends object>(fields: { [K in keyof T]: Reader<T[K]> }): Reader<T> {
  return (raw, path, problems) => {
    const source = isPlainObject(raw) ? raw : {};
    if (!isPlainObject(raw)) problems.push({ path, reason: 'wrong-type' });
    for (const key of Object.keys(source)) {
      if (!Object.hasOwn(fields, key)) problems.push({ path: `${path}.${key}`, reason: 'unknown-key' });
    }
    // A field missing from an older value takes its default without counting as a problem.
    const entries = (Object.keys(fields) as (keyof T & string)[]).map((key) => [
      key,
      Object.hasOwn(source, key) ? fields[key](source[key], `${path}.${key}`, problems) : fields[key](undefined, key, []),
    ]);
    return Object.fromEntries(entries) as T;
  };
}

const ruleList = listOf(member(RULE_IDS), RULE_IDS.length);

function mutedBySite(raw: unknown, path: string, problems: SettingProblem[]): Record<string, RuleId[]> {
  if (!isPlainObject(raw)) {
    problems.push({ path, reason: 'wrong-type' });
    return {};
  }
  const entries = Object.entries(raw).flatMap(([key, rules]) => {
    if (siteKey(key, `${path}.${key}`, problems) === undefined) return [];
    const valid = ruleList(rules, `${path}.${key}`, problems);
    return valid.length ? [[key, valid] as const] : [];
  });
  return Object.fromEntries(entries);
}

function byteLength(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

function defineSetting<T>(
  key: StorageItemKey,
  fallback: T,
  reader: Reader<T>,
  options: { version?: number; movedFrom?: StorageItemKey } = {},
): Setting<T> {
  // From version 2 on, `migrations` makes the library record the version on the first write, so a
  // later version can tell old values apart (a value without a version is version 1).
  const version = options.version ?? 1;
  const item = storage.defineItem<unknown>(key, { fallback, version, migrations: version > 1 ? {} : undefined });
  const name = key.slice(key.indexOf(':') + 1);
  const read = (raw: unknown) => {
    const problems: SettingProblem[] = [];
    const value = raw == null ? reader(fallback, name, []) : reader(raw, name, problems);
    return { value, problems };
  };
  return {
    key,
    fallback,
    movedFrom: options.movedFrom,
    read,
    getValue: async () => read(await item.getValue()).value,
    async setValue(value) {
      const { value: clean, problems } = read(value);
      if (problems.length) throw new SettingWriteError(key, 'invalid');
      if (key.startsWith('sync:') && byteLength(key, clean) > SYNC_ITEM_QUOTA_BYTES) {
        throw new SettingWriteError(key, 'quota');
      }
      try {
        await item.setValue(clean);
      } catch (error) {
        throw new SettingWriteError(key, /quota/i.test(String(error)) ? 'quota' : 'failed', error);
      }
    },
    async removeValue() {
      try {
        await item.removeValue();
      } catch (error) {
        throw new SettingWriteError(key, 'failed', error);
      }
    },
    watch: (callback) => item.watch((value, previous) => callback(read(value).value, read(previous).value)),
  };
}

/** Built-in sites switched off (site ids) and custom sites switched off (hosts); all on by default. */
export const disabledSites = defineSetting<string[]>('sync:disabledSites', [], listOf(siteKey, SITE_IDS.length + CUSTOM_SITES_MAX));
export const uiLanguage = defineSetting<UiLanguageSetting>('sync:uiLanguage', 'auto', choice(['auto', ...LANGUAGES], 'auto'));
export const replyTargetMinutes = defineSetting<number>(
  'sync:replyTargetMinutes',
  60,
  integerIn(REPLY_TARGET_RANGE.min, REPLY_TARGET_RANGE.max, 60),
);
export const mutedRules = defineSetting<MutedRules>(
  'sync:mutedRules',
  { everywhere: [], bySite: {} },
  objectOf<MutedRules>({ everywhere: ruleList, bySite: mutedBySite }),
);
export const strategyTicks = defineSetting<StrategyItemId[]>(
  'sync:strategyTicks',
  [],
  listOf(member(STRATEGY_ITEM_IDS), STRATEGY_ITEM_IDS.length),
);
const termList = listOf(policyTerm, POLICY_TERMS_MAX, (term) => term.toLowerCase());
export const policy = defineSetting<PolicySetting>(
  'local:policy',
  { forbidden: [], sponsorWords: [], disclosure: [], ownContacts: [] },
  objectOf<PolicySetting>({ forbidden: termList, sponsorWords: termList, disclosure: termList, ownContacts: termList }),
  { version: 2, movedFrom: 'sync:policy' },
);
/** Mastodon-like instances the user added (host names); see utils/custom-sites.ts. */
export const customSites = defineSetting<string[]>('local:customSites', [], listOf(host, CUSTOM_SITES_MAX), {
  version: 2,
  movedFrom: 'sync:customSites',
});

/** Every setting by the name it has in an exported settings file. */
export const SETTINGS = {
  disabledSites,
  uiLanguage,
  replyTargetMinutes,
  mutedRules,
  strategyTicks,
  policy,
  customSites,
} as const;
export type SettingName = keyof typeof SETTINGS;
export type SettingsValues = { [K in SettingName]: (typeof SETTINGS)[K]['fallback'] };

/**
 * Brings version-1 storage up to date: values that moved from sync to local are validated, copied
 * (unless the new place already has a value) and removed from sync. Safe to run more than once.
 */
export async function migrateSettings(): Promise<void> {
  for (const setting of Object.values(SETTINGS) as Setting<unknown>[]) {
    if (!setting.movedFrom) continue;
    const old = await storage.getItem<unknown>(setting.movedFrom);
    if (old == null) continue;
    const current = await storage.getItem<unknown>(setting.key);
    const { value } = setting.read(old);
    if (current == null && JSON.stringify(value) !== JSON.stringify(setting.fallback)) await setting.setValue(value);
    await storage.removeItem(setting.movedFrom, { removeMeta: true });
  }
}

/** The key a host's on/off switch and per-site mutes are stored under. */
export function siteSwitchKey(hostName: string): string {
  return siteForHost(hostName) ?? hostName.toLowerCase();
}

/** Whether the coach runs on `hostName`, given the `disabledSites` setting. */
export function isCoachOn(disabled: readonly string[], hostName: string): boolean {
  return !disabled.includes(siteSwitchKey(hostName));
}

/** The rules muted on a site (everywhere plus that site's own). */
export function mutedRulesOn(muted: MutedRules, key: string): Set<RuleId> {
  return new Set([...muted.everywhere, ...(muted.bySite[key] ?? [])]);
}

/** Where a rule is muted: everywhere, or on one site switch key. */
export type MuteScope = { everywhere: true } | { site: string };

export function withRuleMuted(muted: MutedRules, rule: RuleId, scope: MuteScope): MutedRules {
  if ('everywhere' in scope) {
    return muted.everywhere.includes(rule) ? muted : { ...muted, everywhere: [...muted.everywhere, rule] };
  }
  const here = muted.bySite[scope.site] ?? [];
  return here.includes(rule) ? muted : { ...muted, bySite: { ...muted.bySite, [scope.site]: [...here, rule] } };
}

export function withRuleUnmuted(muted: MutedRules, rule: RuleId, scope: MuteScope): MutedRules {
  if ('everywhere' in scope) return { ...muted, everywhere: muted.everywhere.filter((known) => known !== rule) };
  const { [scope.site]: here = [], ...others } = muted.bySite;
  const rest = here.filter((known) => known !== rule);
  return { ...muted, bySite: rest.length ? { ...others, [scope.site]: rest } : others };
}

/** The `disabledSites` value after switching the site with `key` on or off. */
export function withSiteSwitched(disabled: readonly string[], key: string, on: boolean): string[] {
  const others = disabled.filter((known) => known !== key);
  return on ? others : [...others, key];
}
