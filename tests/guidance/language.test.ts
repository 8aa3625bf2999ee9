// @vitest-environment node
/**
 * Which language a draft is in decides which lexicons run: a supported language must be recognised
 * from a sentence or two, a mixed draft must run both lexicons, and a draft in any other language must
 * get only the rules that need no lexicon.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../guidance/index';
import type { Draft, Lang, RuleId } from '../../guidance/types';
import { RULES } from '../../guidance/rules';

const NOW = '2025-06-02T12:00:00.000Z';
const post = (text: string, extra: Partial<Draft> = {}): Draft => ({ text, kind: 'post', now: NOW, ...extra });

const LANGUAGE_INDEPENDENT = new Set<RuleId>(RULES.filter((rule) => rule.languageIndependent).map((rule) => rule.id));

describe('language detection', () => {
  it.each<[Lang, string]>([
    ['en', 'We fixed the heater in the workshop, so the repair café is open again on Saturday.'],
    ['en', 'Thanks for waiting, the parcel is with the courier now.'],
    ['de', 'Wir haben die Heizung in der Werkstatt repariert, das Reparaturcafé ist am Samstag wieder offen.'],
    ['de', 'Danke fürs Warten, das Paket ist jetzt beim Kurier.'],
    ['nl', 'We hebben de verwarming in de werkplaats gerepareerd, dus het repaircafé is zaterdag weer open.'],
    ['nl', 'Bedankt voor het wachten, het pakket is nu bij de bezorger.'],
    ['ru', 'Мы починили отопление в мастерской, так что в субботу ремонтное кафе снова открыто.'],
    ['ru', 'Спасибо за ожидание, посылка уже у курьера.'],
  ])('recognises %s: %s', (lang, text) => {
    const report = analyze(post(text));
    expect(report.language).toBe(lang);
    expect(report.languages).toEqual([lang]);
    expect(report.languageSupported).toBe(true);
  });

  it('keeps the main language when a draft borrows a word or a name from another one', () => {
    const report = analyze(post('Our new Brotzeit box has rye bread, cheese and pickles, and you can order it until Friday.'));
    expect(report.language).toBe('en');
    expect(report.languages).toEqual(['en']);
  });

  it('lists both languages of a bilingual draft, the larger one first', () => {
    const report = analyze(
      post(
        'Ab Montag haben wir auch sonntags geöffnet, und das Frühstück gibt es bis 14 Uhr. Wir freuen uns auf euch!\n\n' +
          'From Monday we are also open on Sundays.',
      ),
    );
    expect(report.language).toBe('de');
    expect(report.languages).toEqual(['de', 'en']);
  });

  it('runs the lexicons of every language in a mixed draft', () => {
    const text =
      'We are open on Sundays from now on, and breakfast is served until two. Thank you for all your patience.\n\n' +
      'Vanaf nu zijn we ook op zondag open, en het ontbijt is er tot twee uur. Bestel nu je ontbijtbox voor zondag!';
    const report = analyze(post(text));
    expect(report.languages).toEqual(expect.arrayContaining(['en', 'nl']));
    // The ask is only in the Dutch half, and it comes without a link.
    const ask = report.findings.find((finding) => finding.rule === 'clear-next-step');
    expect(ask && text.slice(ask.start, ask.end)).toBe('Bestel nu');
  });

  it('tells Russian from other Cyrillic languages', () => {
    const report = analyze(post('Ми відкрили нову крамницю в Києві, і ви можете зробити замовлення вже сьогодні.'));
    expect(report.languageSupported).toBe(false);
    expect(report.language).toBe('unknown');
  });
});

describe('a draft in a language without a lexicon', () => {
  const french = 'NOUS SOMMES TRÈS FIERS DE VOUS ANNONCER notre nouvelle boutique!! Écrivez à marie.dupont@exemple.example pour réserver.';
  const report = analyze(post(french, { site: 'x', policy: { forbidden: ['boutique'] } }));

  it('is marked unsupported', () => {
    expect(report.languageSupported).toBe(false);
    expect(report.language).toBe('unknown');
    expect(report.languages).toEqual([]);
  });

  it('gets only the rules that need no lexicon', () => {
    const fired = new Set(report.findings.map((finding) => finding.rule));
    expect(fired).toEqual(new Set(['sincere-tone', 'keep-it-private', 'company-policy']));
    for (const row of report.checklist) {
      if (!LANGUAGE_INDEPENDENT.has(row.rule)) expect(row.state, row.rule).toBe('na');
    }
  });

  it('still checks the length on the network', () => {
    const long = `${'Nous avons rénové le vieux moulin au bord de la rivière tout l’hiver. '.repeat(5)}`;
    const rules = analyze(post(long, { site: 'x' })).findings.map((finding) => finding.rule);
    expect(rules).toEqual(['platform-fit']);
  });

  it('uses no lexicon even when a word looks like a trigger', () => {
    const spanish = analyze(post('¡Compra ahora nuestro mejor café, el número uno de la ciudad! Síguenos para más ofertas.'));
    expect(spanish.languageSupported).toBe(false);
    expect(spanish.findings).toEqual([]);
  });
});

describe('drafts with no words', () => {
  it.each([
    ['an empty draft', ''],
    ['white space', '   \n\t  '],
    ['emoji only', '🎉🎉🍞☕️'],
    ['a flag and a heart', '🇳🇱 ❤️'],
  ])('%s: no crash, no language, nothing to fix', (_, text) => {
    const report = analyze(post(text, { site: 'x' }));
    expect(report.languageSupported).toBe(false);
    expect(report.language).toBe('unknown');
    expect(report.findings).toEqual([]);
  });

  it('still flags a bare link with hashtags as a post without a human touch', () => {
    const report = analyze(post('https://mill.example/news #mill #bread'));
    expect(report.findings.map((finding) => finding.rule)).toEqual(['human-touch']);
  });
});
