/**
 * When was the replied-to item written? Pure helpers over what pages show: `<time datetime>` and other
 * absolute timestamps (exact), relative labels such as "2d", "vor 2 Std." or "2 дня назад", and ids
 * that encode their creation time (X and LinkedIn snowflakes, Mastodon ids, Bluesky TIDs). Relative
 * labels and ids give `approximate: true`, so the hint says "about". No site's selectors live here.
 */
import type { ParentContext } from './types';

export type ParentTime = Required<Pick<ParentContext, 'createdAt' | 'approximate'>>;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;
const MAX_AGE = 30 * YEAR;

/** Unit words and abbreviations in en, de, nl and ru, as the sites print them, to their length. */
const UNIT_MS = new Map<string, number>();
for (const [ms, words] of [
  [SECOND, 's sec secs second seconds sek sekunde sekunden seconde seconden с сек секунда секунду секунды секунд'],
  [MINUTE, 'm min mins minute minutes minuten minuut мин минута минуту минуты минут'],
  [HOUR, 'h hr hrs hour hours std stunde stunden u uur uren ч час часа часов'],
  [DAY, 'd day days t tg tag tage tagen dag dagen д дн день дня дней'],
  [WEEK, 'w wk wks week weeks wo woche wochen weken нед неделя неделю недели недель'],
  [MONTH, 'mo mos mon month months monat monate monaten mnd maand maanden мес месяц месяца месяцев'],
  [YEAR, 'y yr yrs year years j jahr jahre jahren jaar jaren г год года лет'],
] as const) {
  for (const word of words.split(' ')) UNIT_MS.set(word, ms);
}
/** Words that stand for "one" before a unit: "an hour ago", "vor einem Tag", "een dag geleden". */
const ONE = new Set(['a', 'an', 'one', 'ein', 'eine', 'einem', 'einer', 'een', 'один', 'одна', 'одну']);
/** Words that may follow the unit: "ago" in each language, and the sites' "edited" marks. */
const AFTER_UNIT = new Set(['ago', 'geleden', 'назад', 'edited', 'bearbeitet', 'bewerkt', 'изменено']);
const AGO = new Set(['ago', 'geleden', 'назад']);
const YESTERDAY = new Set(['yesterday', 'gestern', 'gisteren', 'вчера']);
const JUST_NOW = new Set(['now', 'just now', 'jetzt', 'gerade eben', 'gerade', 'nu', 'zojuist', 'только что', 'сейчас']);

/** Ids decoded to a time before this are not time-based ids (e.g. Mastodon's pre-2017 serial ids). */
const EARLIEST_ID_TIME = Date.UTC(2006, 0, 1);
const LATEST_ID_TIME = Date.UTC(2100, 0, 1);

/**
 * How long ago a relative label says, in milliseconds; undefined when the text is not one.
 * @example relativeAgeMs('vor 2 Std.') // 7_200_000
 */
export function relativeAgeMs(label: string): number | undefined {
  const text = label.toLowerCase().replace(/\s+/g, ' ').trim();
  if (JUST_NOW.has(text)) return 0;
  const tokens = text.match(/\d+|\p{L}+|[^\s\p{L}\d]/gu) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (YESTERDAY.has(token)) return DAY;
    const unit = UNIT_MS.get(token);
    if (unit === undefined) continue;
    const count = countBefore(tokens, i);
    const next = tokens[i + 1] === '.' ? tokens[i + 2] : tokens[i + 1];
    const endsHere = next === undefined || AFTER_UNIT.has(next) || !/[\p{L}\d]/u.test(next);
    if (!endsHere) continue;
    if (count !== undefined) {
      // "14 авг. 2026 г." is a date, not "2026 years ago".
      if (count * unit <= MAX_AGE) return count * unit;
      continue;
    }
    // A bare unit word counts as one only in a phrase that is clearly a time: "час назад".
    if (next !== undefined && AGO.has(next) && token.length > 2) return unit;
  }
  return undefined;
}

/** The number before the unit at `index` ("2 days", "2d", "an hour"), unless it is part of "1.5". */
function countBefore(tokens: readonly string[], index: number): number | undefined {
  const previous = tokens[index - 1];
  if (previous === undefined) return undefined;
  if (ONE.has(previous)) return 1;
  if (!/^\d+$/.test(previous)) return undefined;
  const beforeNumber = tokens[index - 2];
  if (beforeNumber === '.' || beforeNumber === ',') return undefined;
  return Number(previous);
}

/** A relative label as a parent time, counted back from `now`. */
export function relativeTime(label: string | null | undefined, now: Date): ParentTime | undefined {
  if (!label) return undefined;
  const age = relativeAgeMs(label);
  if (age === undefined) return undefined;
  return { createdAt: new Date(now.getTime() - age).toISOString(), approximate: true };
}

/** An absolute timestamp (ISO 8601, also with a `+0000` offset as Reddit writes it). */
export function exactTime(value: string | null | undefined): ParentTime | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value.trim().replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  if (!Number.isFinite(ms)) return undefined;
  return { createdAt: new Date(ms).toISOString(), approximate: false };
}

/** Seconds since the epoch (legacy Facebook `abbr[data-utime]`). */
export function unixSecondsTime(value: string | null | undefined): ParentTime | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  return { createdAt: new Date(Number(value) * SECOND).toISOString(), approximate: false };
}

/**
 * The time an element shows: its `datetime` attribute when it has one, else its text, `aria-label`
 * or `title` read as a relative label.
 */
export function timeOfElement(element: Element | null | undefined, now: Date): ParentTime | undefined {
  if (!element) return undefined;
  return (
    exactTime(element.getAttribute('datetime')) ??
    relativeTime(element.textContent, now) ??
    relativeTime(element.getAttribute('aria-label'), now) ??
    relativeTime(element.getAttribute('title'), now)
  );
}

/** The first of `elements` that shows a time. */
export function firstTimeOf(elements: Iterable<Element>, now: Date): ParentTime | undefined {
  for (const element of elements) {
    const time = timeOfElement(element, now);
    if (time) return time;
  }
  return undefined;
}

function fromIdMs(ms: bigint): ParentTime | undefined {
  const value = Number(ms);
  if (value < EARLIEST_ID_TIME || value > LATEST_ID_TIME) return undefined;
  return { createdAt: new Date(value).toISOString(), approximate: true };
}

function bigIntOf(id: string | null | undefined): bigint | undefined {
  return id && /^\d{1,20}$/.test(id) ? BigInt(id) : undefined;
}

/** X status ids are snowflakes: milliseconds since X's epoch in the bits above 22. */
export function xSnowflakeTime(id: string | null | undefined): ParentTime | undefined {
  const value = bigIntOf(id);
  return value === undefined ? undefined : fromIdMs((value >> 22n) + 1288834974657n);
}

/** LinkedIn activity, share and comment ids: Unix milliseconds in the first 41 of 63 bits. */
export function linkedinIdTime(id: string | null | undefined): ParentTime | undefined {
  const value = bigIntOf(id);
  return value === undefined ? undefined : fromIdMs(value >> 22n);
}

/** Mastodon status ids (since 2.0): Unix milliseconds above a 16-bit sequence. */
export function mastodonIdTime(id: string | null | undefined): ParentTime | undefined {
  const value = bigIntOf(id);
  return value === undefined ? undefined : fromIdMs(value >> 16n);
}

const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/** Bluesky record keys are TIDs: base32-sortable, microseconds since the epoch above a 10-bit clock id. */
export function blueskyTidTime(tid: string | null | undefined): ParentTime | undefined {
  if (!tid || !/^[2-7a-j][2-7a-z]{12}$/.test(tid)) return undefined;
  let value = 0n;
  for (const char of tid) value = value * 32n + BigInt(TID_ALPHABET.indexOf(char));
  return fromIdMs((value >> 10n) / 1000n);
}
