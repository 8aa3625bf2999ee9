import { describe, expect, it } from 'vitest';
import {
  blueskyTidTime,
  exactTime,
  linkedinIdTime,
  mastodonIdTime,
  relativeAgeMs,
  relativeTime,
  timeOfElement,
  unixSecondsTime,
  xSnowflakeTime,
} from '../../../entrypoints/content/sites/parent-time';
import { NOW, TWO_DAYS_AGO } from './fixture';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('relative time labels', () => {
  it.each([
    // English, as X, LinkedIn, Facebook, Reddit and YouTube print them
    ['2d', 2 * DAY],
    ['3 h', 3 * HOUR],
    ['5m', 5 * MINUTE],
    ['1w', 7 * DAY],
    ['2mo', 60 * DAY],
    ['1y', 365 * DAY],
    ['3 days ago', 3 * DAY],
    ['an hour ago', HOUR],
    ['2 days ago (edited)', 2 * DAY],
    ['Streamed 2 days ago', 2 * DAY],
    ['3d • Edited', 3 * DAY],
    ['12K views • 2 days ago', 2 * DAY],
    ['Comment by Sam Lee 1 day ago', DAY],
    ['yesterday', DAY],
    ['just now', 0],
    // German
    ['vor 2 Std.', 2 * HOUR],
    ['vor 3 Tagen', 3 * DAY],
    ['vor einem Tag', DAY],
    ['2 T.', 2 * DAY],
    ['vor 5 Min.', 5 * MINUTE],
    ['vor 2 Wochen (bearbeitet)', 14 * DAY],
    ['gestern', DAY],
    // Dutch
    ['3 dagen geleden', 3 * DAY],
    ['2 u', 2 * HOUR],
    ['1 uur geleden', HOUR],
    ['een week geleden', 7 * DAY],
    ['gisteren', DAY],
    // Russian
    ['2 дня назад', 2 * DAY],
    ['5 мин', 5 * MINUTE],
    ['3 ч.', 3 * HOUR],
    ['час назад', HOUR],
    ['минуту назад', MINUTE],
    ['1 нед.', 7 * DAY],
    ['5 дней назад', 5 * DAY],
    ['вчера', DAY],
  ])('reads %j', (label, age) => {
    expect(relativeAgeMs(label)).toBe(age);
  });

  it.each([
    '3M views',
    '1.5K likes',
    'Aug 14',
    '14 авг. 2026 г.',
    '10 min read',
    'Sam D',
    'Reply',
    '',
  ])('is not fooled by %j', (label) => {
    expect(relativeAgeMs(label)).toBeUndefined();
  });

  it('counts back from now and says the result is approximate', () => {
    expect(relativeTime('2d', NOW)).toEqual({ createdAt: TWO_DAYS_AGO, approximate: true });
    expect(relativeTime('vor 2 Tagen', NOW)).toEqual({ createdAt: TWO_DAYS_AGO, approximate: true });
    expect(relativeTime(null, NOW)).toBeUndefined();
  });
});

describe('absolute timestamps', () => {
  it('reads ISO 8601, Reddit’s +0000 offsets and microseconds, and Unix seconds as exact', () => {
    expect(exactTime('2026-08-14T09:30:00.000Z')).toEqual({ createdAt: TWO_DAYS_AGO, approximate: false });
    expect(exactTime('2026-08-14T11:30:00+02:00')?.createdAt).toBe(TWO_DAYS_AGO);
    expect(exactTime('2026-08-14T09:30:00.000000+0000')?.createdAt).toBe(TWO_DAYS_AGO);
    expect(unixSecondsTime(String(Date.parse(TWO_DAYS_AGO) / 1000))).toEqual({ createdAt: TWO_DAYS_AGO, approximate: false });
    expect(exactTime('Friday')).toBeUndefined();
    expect(unixSecondsTime('soon')).toBeUndefined();
  });

  it('reads an element’s datetime first, then its text, label or title as a relative label', () => {
    const host = document.createElement('div');
    host.innerHTML = `<time datetime="${TWO_DAYS_AGO}">Aug 14</time><time>2d</time><a aria-label="2 days ago">…</a><span title="vor 2 Tagen">·</span>`;
    const [exact, text, label, title] = host.children;
    expect(timeOfElement(exact, NOW)).toEqual({ createdAt: TWO_DAYS_AGO, approximate: false });
    for (const element of [text, label, title]) {
      expect(timeOfElement(element, NOW)).toEqual({ createdAt: TWO_DAYS_AGO, approximate: true });
    }
    expect(timeOfElement(undefined, NOW)).toBeUndefined();
  });
});

describe('ids that encode their creation time', () => {
  it('decodes X status ids (snowflakes since 2010-11-04)', () => {
    expect(xSnowflakeTime('2088196428395446272')).toEqual({ createdAt: TWO_DAYS_AGO, approximate: true });
    expect(xSnowflakeTime('20')).toMatchObject({ createdAt: '2010-11-04T01:42:54.657Z' });
    expect(xSnowflakeTime('not-an-id')).toBeUndefined();
  });

  it('decodes LinkedIn activity and comment ids', () => {
    expect(linkedinIdTime('7493962117939200000')).toEqual({ createdAt: TWO_DAYS_AGO, approximate: true });
    expect(linkedinIdTime('')).toBeUndefined();
  });

  it('decodes Mastodon ids, and leaves pre-2.0 serial ids alone', () => {
    expect(mastodonIdTime('117093158092800000')).toEqual({ createdAt: TWO_DAYS_AGO, approximate: true });
    expect(mastodonIdTime('12345')).toBeUndefined();
  });

  it('decodes Bluesky TIDs (record keys)', () => {
    expect(blueskyTidTime('3msztvighk222')).toEqual({ createdAt: TWO_DAYS_AGO, approximate: true });
    expect(blueskyTidTime('3jzfcijpj2z2a')?.createdAt).toBe('2023-06-30T15:03:01.887Z');
    expect(blueskyTidTime('self')).toBeUndefined();
    expect(blueskyTidTime('zzzzzzzzzzzzz')).toBeUndefined();
  });
});
