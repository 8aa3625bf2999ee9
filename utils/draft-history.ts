/**
 * Salted hashes of recent drafts, so `human-touch` can notice the same text drafted on another
 * network. Only hashes, sites and times are kept (never the text), in storage.local, for 7 days.
 * The hash itself is the engine's `draftHash(text, salt)`; this module only stores its results.
 */
import { storage } from 'wxt/utils/storage';
import type { RecentDraftHash } from '../guidance/types';

export const DRAFT_HISTORY_DAYS = 7;
/** Keeps the stored list small even for someone who drafts all day. */
const MAX_ENTRIES = 500;
const HISTORY_MS = DRAFT_HISTORY_DAYS * 24 * 60 * 60 * 1000;

export const recentDraftHashes = storage.defineItem<RecentDraftHash[]>('local:recentDraftHashes', { fallback: [] });
/** Per-install random salt: the hashes cannot be matched against a dictionary of known posts. */
const draftHashSalt = storage.defineItem<string>('local:draftHashSalt', { fallback: '' });

/** The install's salt, created on first use. */
export async function getDraftHashSalt(): Promise<string> {
  const stored = await draftHashSalt.getValue();
  if (stored) return stored;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const salt = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  await draftHashSalt.setValue(salt);
  return salt;
}

/** The entries younger than 7 days at `now`. */
export function withinHistory(entries: readonly RecentDraftHash[], now: Date): RecentDraftHash[] {
  const oldest = now.getTime() - HISTORY_MS;
  return entries.filter((entry) => Date.parse(entry.at) >= oldest);
}

/**
 * Stores `entry`, dropping expired entries and `replaces` (the same draft's previous hash, so a
 * draft that grows over several minutes keeps one entry). Returns the stored list.
 */
export async function recordDraftHash(entry: RecentDraftHash, replaces?: string): Promise<RecentDraftHash[]> {
  const kept = withinHistory(await recentDraftHashes.getValue(), new Date(entry.at)).filter(
    (old) => !(old.site === entry.site && (old.hash === entry.hash || old.hash === replaces)),
  );
  const next = [...kept, entry].slice(-MAX_ENTRIES);
  await recentDraftHashes.setValue(next);
  return next;
}
