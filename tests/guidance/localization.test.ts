// @vitest-environment node
/**
 * Findings speak the user's language, whatever the draft's: every finding has a message and a tip in
 * each UI language, the translations are not English left in place, and ages read naturally.
 */
import { describe, expect, it } from 'vitest';
import { analyze, draftHash } from '../../guidance/index';
import type { Draft, Finding, Lang } from '../../guidance/types';
import { LANGUAGES, RULE_IDS } from '../../guidance/types';

const NOW = '2025-06-02T12:00:00.000Z';
const ago = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString();
const SALT = 'l10n';
const DUPLICATE = 'We rebuilt the old mill by the river over the winter and the doors open again this weekend.';

/** Drafts that, between them, make every rule fire, in each draft language. */
const DRAFTS: Draft[] = [
  { kind: 'post', text: 'Buy now: HUGE SALE TODAY ONLY!! The best prices in town, guaranteed.', site: 'linkedin' },
  { kind: 'post', text: 'We are proud to announce that we have opened our second shop. Our team is thrilled.' },
  { kind: 'post', text: 'https://mill.example/news #mill #bread' },
  { kind: 'post', text: 'Wir sind stolz: Unser neuer Laden ist eröffnet. Jetzt bestellen!', policy: { forbidden: ['Laden'] } },
  { kind: 'post', text: 'Dank aan Ridgeway voor de nieuwe tenten, wij zijn er heel blij mee en wij gaan ze vaak gebruiken.', policy: { sponsorWords: ['Ridgeway'] } },
  { kind: 'post', text: `${'Всю зиму мы перестраивали старую мельницу у реки. '.repeat(7)}Напишите нам!`, site: 'x' },
  { kind: 'post', text: DUPLICATE, site: 'linkedin', hashSalt: SALT, recentDraftHashes: [{ hash: draftHash(DUPLICATE, SALT), site: 'x', at: ago(60) }] },
  { kind: 'reply', text: 'As we already said, please DM us.', parent: { text: 'My parcel is lost.', createdAt: ago(180) } },
  { kind: 'reply', text: 'Please reply with your booking code and phone number.', parent: { text: 'Where is my refund?', createdAt: ago(3 * 24 * 60) } },
  { kind: 'reply', text: 'Ihre Bestellung AB123456 ist unterwegs, Frau Berg.', parent: { text: 'Wo ist mein Paket?', createdAt: ago(20) } },
];

function findingsIn(lang: Lang): Finding[] {
  return DRAFTS.flatMap((draft) => analyze({ now: NOW, ...draft }, { uiLanguage: lang }).findings);
}

describe('localized findings', () => {
  const english = findingsIn('en');

  it('the drafts make every rule fire', () => {
    expect(new Set(english.map((finding) => finding.rule))).toEqual(new Set(RULE_IDS));
  });

  it.each(LANGUAGES)('every finding has a one-line message and a tip in %s, with every placeholder filled', (lang) => {
    for (const finding of findingsIn(lang)) {
      expect(finding.message.trim(), finding.rule).not.toBe('');
      expect(finding.message, finding.rule).not.toContain('\n');
      expect(finding.tip.trim().length, finding.rule).toBeGreaterThan(40);
      expect(`${finding.message} ${finding.tip}`, finding.rule).not.toMatch(/\{\w+\}/);
    }
  });

  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s texts are translated, not English left in place', (lang) => {
    const translated = findingsIn(lang);
    expect(translated.map((finding) => [finding.rule, finding.start, finding.end])).toEqual(
      english.map((finding) => [finding.rule, finding.start, finding.end]),
    );
    translated.forEach((finding, i) => {
      expect(finding.message, finding.rule).not.toBe(english[i]!.message);
      expect(finding.tip, finding.rule).not.toBe(english[i]!.tip);
    });
  });
});

describe('ages in the UI language', () => {
  const reply = (minutes: number, lang: Lang) =>
    analyze(
      { kind: 'reply', text: 'Hi Ben, the replacement part ships tomorrow.', parent: { text: 'Where is my part?', createdAt: ago(minutes) }, now: NOW },
      { uiLanguage: lang },
    ).findings.find((finding) => finding.rule === 'reply-fast')!;

  it.each<[Lang, string, string]>([
    ['en', '3 hours', '2 days'],
    ['de', '3 Stunden', '2 Tage'],
    ['nl', '3 uur', '2 dagen'],
    ['ru', '3 часа', '2 дня'],
  ])('%s says "%s" and "%s"', (lang, hours, days) => {
    const fresh = reply(3 * 60 + 10, lang);
    const late = reply(2 * 24 * 60 + 30, lang);
    expect(fresh.message).toContain(hours);
    expect(late.message).toContain(days);
    if (lang !== 'en') {
      expect(fresh.tip).not.toBe(reply(3 * 60 + 10, 'en').tip);
      expect(late.tip).not.toBe(reply(2 * 24 * 60 + 30, 'en').tip);
    }
  });

  it('formats the target in the UI language too', () => {
    const finding = analyze(
      { kind: 'reply', text: 'Das Ersatzteil geht morgen raus.', parent: { text: 'Wo bleibt mein Ersatzteil?', createdAt: ago(150) }, now: NOW, replyTargetMinutes: 90 },
      { uiLanguage: 'de' },
    ).findings.find((f) => f.rule === 'reply-fast')!;
    expect(finding.message).toContain('2 Stunden');
    expect(finding.message).toContain('1 Stunde');
  });
});
