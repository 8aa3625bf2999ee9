// @vitest-environment node
/**
 * Properties `analyze` must keep on any input a page can hand it: hostile Unicode, odd contexts,
 * huge drafts. Rule-by-rule behaviour is tested elsewhere; here, no input may break the engine.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../guidance/index';
import type { Draft, Lang, Report } from '../../guidance/types';
import { LANGUAGES, RULE_IDS, SITE_IDS } from '../../guidance/types';

/** Words and data the rules react to, in the four languages, so random drafts produce findings. */
const TRIGGERS = [
  'Buy now', 'order here', 'Sign up today', 'DM us', 'link in bio', 'we', 'our', 'We are proud to announce',
  'the best', '#1', 'guaranteed', 'world-class', 'calm down', 'not our fault', 'as we already said',
  'sorry for the late reply', 'reply with your order number', 'What do you think?', 'you', 'your',
  'Jetzt kaufen', 'Wir sind stolz', 'die beste', 'unser', 'Sie', 'Schreiben Sie uns eine DM', 'Entschuldigung für die späte Antwort',
  'Bestel nu', 'Wij zijn trots', 'de beste', 'onze', 'jij', 'Stuur ons een DM', 'sorry voor de late reactie',
  'Купить сейчас', 'Мы гордимся', 'лучший', 'наш', 'вы', 'Напишите нам в личку', 'извините за задержку',
  'HUGE SALE TODAY ONLY', '!!', '!!!', '#ad', '#sale #new #deal #win #free #now', '?',
  'https://shop.example/p?id=1&x=(2)', 'www.example.com/a', '@someone', 'jane.doe@mail.example',
  '+31 6 12345678', '(555) 123-4567', 'DE89 3704 0044 0532 0130 00', 'order AB12345C', 'Hauptstraße 5, 10115 Berlin',
  '42%', '2,000 customers',
];
const EMOJI = ['👩‍👩‍👧‍👦', '👨🏽‍💻', '🏳️‍🌈', '🇳🇱', '🇷🇺', '❤️', '👍🏻', '🧑‍🤝‍🧑', '😀', '1️⃣', '🫶🏾'];
const RTL = ['مرحبا بكم في متجرنا', 'اطلب الآن', 'שלום לכולם', 'הזמינו עכשיו', '\u200F', '\u202B', '\u202E', '\u2067', '\u2069'];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD', '\u0301', '\u034F'];
const LONE_SURROGATES = ['\uD83D', '\uDE00', '\uDBFF', '\uDC00'];
const SEPARATORS = [' ', ' ', '\n', '\n\n', '\r\n', '\t', '. ', ', '];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...TRIGGERS), weight: 4 },
  { arbitrary: fc.constantFrom(...EMOJI, ...RTL, ...INVISIBLE), weight: 3 },
  { arbitrary: fc.constantFrom(...LONE_SURROGATES), weight: 1 },
  { arbitrary: fc.constantFrom(...SEPARATORS), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
);
const draftText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

const dateString = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('', 'yesterday', '2024-13-45T99:99:99Z', '2024-02-30', '+275760-09-13T00:00:00.000Z', '2025-03-01T10:00:00+02:00', '2025-03-01'),
  fc.string({ maxLength: 10 }),
);
const policyTerm = fc.oneof(
  fc.constantFrom('.*', 'C++', '(beta)', '[draft', 'a|b', '^$', '\\', '?', '$1', '*', 'ProductX', 'секрет', 'Straße', '#ad', '', ' ', 'we', 'support@shop.example', '+31 20 123 4567'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const policyTerms = fc.array(policyTerm, { maxLength: 4 });

const draft: fc.Arbitrary<Draft> = fc.record(
  {
    text: draftText,
    kind: fc.constantFrom('post', 'reply'),
    site: fc.constantFrom(...SITE_IDS),
    parent: fc.record({ text: draftText, createdAt: dateString, approximate: fc.boolean() }, { requiredKeys: [] }),
    now: dateString,
    policy: fc.record({ forbidden: policyTerms, sponsorWords: policyTerms, disclosure: policyTerms, ownContacts: policyTerms }, { requiredKeys: [] }),
    replyTargetMinutes: fc.integer({ min: 0, max: 100_000 }),
    charLimit: fc.integer({ min: 0, max: 100_000 }),
    recentDraftHashes: fc.array(fc.record({ hash: fc.string(), site: fc.constantFrom(...SITE_IDS), at: dateString }), { maxLength: 3 }),
    hashSalt: fc.string({ maxLength: 16 }),
  },
  { requiredKeys: ['text', 'kind'] },
);
const uiLanguage = fc.constantFrom(...LANGUAGES);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** True when `offset` falls between the two halves of one surrogate pair. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Everything a Report promises about any draft, whatever rules fired. */
function expectWellFormed(report: Report, text: string): void {
  for (const finding of report.findings) {
    expect(RULE_IDS).toContain(finding.rule);
    expect(['warn', 'info']).toContain(finding.severity);
    expect(Number.isInteger(finding.start) && Number.isInteger(finding.end)).toBe(true);
    expect(0 <= finding.start && finding.start <= finding.end && finding.end <= text.length, `${finding.rule} ${finding.start}-${finding.end} of ${text.length}`).toBe(true);
    expect(splitsSurrogatePair(text, finding.start), `${finding.rule} starts inside a surrogate pair`).toBe(false);
    expect(splitsSurrogatePair(text, finding.end), `${finding.rule} ends inside a surrogate pair`).toBe(false);
    expect(finding.message.trim()).not.toBe('');
    expect(finding.tip.trim()).not.toBe('');
  }
  expect(report.checklist.map(({ rule }) => rule).sort()).toEqual([...RULE_IDS].sort());
  const fired = new Set(report.findings.map(({ rule }) => rule));
  for (const { rule, state } of report.checklist) expect(state === 'attention', `${rule} is ${state}`).toBe(fired.has(rule));
  expect([...LANGUAGES, 'unknown']).toContain(report.language);
  for (const lang of report.languages) expect(LANGUAGES).toContain(lang);
  if (report.language !== 'unknown') expect(report.languages).toContain(report.language);
}

/** What a finding points at, without the UI-language texts. */
const placement = (report: Report) => report.findings.map(({ rule, severity, start, end }) => ({ rule, severity, start, end }));

// Generous timeouts: a few seconds on an idle machine, several times that on a busy shared one.
describe('analyze on any input', { timeout: 60_000 }, () => {
  // Drafts without `now` use the clock; a frozen clock makes "same input" really the same.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-01T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never throws and returns a well-formed report with every range inside the text', () => {
    fc.assert(
      fc.property(draft, uiLanguage, (input, lang) => {
        expectWellFormed(analyze(input, { uiLanguage: lang }), input.text);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(draft, uiLanguage, (input, lang) => {
        const before = structuredClone(input);
        const first = analyze(input, { uiLanguage: lang });
        expect(input).toEqual(before);
        expect(analyze(structuredClone(input), { uiLanguage: lang })).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('finds the same things whatever the UI language; only the wording changes', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom<Lang>('de', 'nl', 'ru'), (input, lang) => {
        const english = analyze(input, { uiLanguage: 'en' });
        const other = analyze(input, { uiLanguage: lang });
        expect(placement(other)).toEqual(placement(english));
        expect(other.language).toBe(english.language);
      }),
      { numRuns: 100 },
    );
  });

  it('copes with 100,000-character drafts', () => {
    const hugeText = fc
      .array(piece, { minLength: 20, maxLength: 60 })
      .map((parts) => parts.join('') || 'Buy now! ')
      // Cutting at exactly 100,000 may leave half a surrogate pair at the end: that is part of the test.
      .map((chunk) => chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000));
    fc.assert(
      fc.property(hugeText, draft, uiLanguage, (text, context, lang) => {
        expectWellFormed(analyze({ ...context, text }, { uiLanguage: lang }), text);
      }),
      { numRuns: 6 },
    );
  });
});
