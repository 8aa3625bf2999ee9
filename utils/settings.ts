/**
 * Typed, versioned settings in `wxt/utils/storage`. Owned by the popup/options issue; the
 * content script only reads them and watches them.
 * TODO: validation on read, migrations, sync/local split and failed-write reporting.
 */
import { storage } from 'wxt/utils/storage';
import type { Lang, Policy, RuleId, SiteId } from '../guidance/types';

export type UiLanguageSetting = Lang | 'auto';

/** Site switches: every supported site is on unless the user switched it off. */
export const disabledSites = storage.defineItem<SiteId[]>('sync:disabledSites', { fallback: [] });
export const uiLanguage = storage.defineItem<UiLanguageSetting>('sync:uiLanguage', { fallback: 'auto' });
export const replyTargetMinutes = storage.defineItem<number>('sync:replyTargetMinutes', { fallback: 60 });
/** Rules muted everywhere, and per site id or custom host. */
export const mutedRules = storage.defineItem<{ everywhere: RuleId[]; bySite: Record<string, RuleId[]> }>(
  'sync:mutedRules',
  { fallback: { everywhere: [], bySite: {} } },
);
export const policy = storage.defineItem<Required<Policy>>('sync:policy', {
  fallback: { forbidden: [], sponsorWords: [], disclosure: [], ownContacts: [] },
});
/** Mastodon-like instances the user added (host names). */
export const customSites = storage.defineItem<string[]>('sync:customSites', { fallback: [] });
