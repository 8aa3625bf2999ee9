import { describe, expect, it } from 'vitest';
import { hintCards } from '../../components/hint-panel/cards';
import type { Finding, Report, RuleId } from '../../guidance/types';

function report(findings: Finding[]): Report {
  return { language: 'en', languages: ['en'], languageSupported: true, findings, checklist: [] };
}

function finding(rule: RuleId, severity: Finding['severity'], start: number, end: number): Finding {
  return { rule, severity, start, end, message: `${rule} message`, tip: `${rule} tip` };
}

const NOTHING_HIDDEN = { muted: new Set<RuleId>(), dismissed: new Set<string>() };

describe('hint cards', () => {
  it('puts warnings first, then follows the rules’ order of importance', () => {
    const text = 'Buy it now, you idiots, it is the best';
    const cards = hintCards(
      report([
        finding('back-your-claims', 'info', 30, 38),
        finding('value-before-ask', 'info', 0, 10),
        finding('stay-calm', 'warn', 16, 22),
      ]),
      text,
      NOTHING_HIDDEN,
    );
    expect(cards.map((card) => card.rule)).toEqual(['stay-calm', 'value-before-ask', 'back-your-claims']);
    expect(cards[0]).toMatchObject({ quote: 'idiots', message: 'stay-calm message', tip: 'stay-calm tip' });
  });

  it('quotes a long phrase on one line, cut with an ellipsis, and no phrase for a whole-draft finding', () => {
    const phrase = `We are\nproud ${'very '.repeat(20)}proud`;
    const [quoted] = hintCards(report([finding('broadcast-only', 'info', 0, phrase.length)]), `${phrase}!`, NOTHING_HIDDEN);
    expect(quoted!.quote).toMatch(/^We are proud very .*…$/);
    expect(Array.from(quoted!.quote!)).toHaveLength(60);
    const [whole] = hintCards(report([finding('broadcast-only', 'info', 0, 5)]), 'Hello', NOTHING_HIDDEN);
    expect(whole!.quote).toBeUndefined();
  });

  it('keeps a card’s key while the draft changes elsewhere, so a dismissal holds', () => {
    const before = hintCards(report([finding('stay-calm', 'warn', 4, 10)]), 'You idiots', NOTHING_HIDDEN);
    const dismissed = new Set([before[0]!.key]);
    const after = hintCards(report([finding('stay-calm', 'warn', 10, 16)]), 'Honestly, idiots', { muted: new Set(), dismissed });
    expect(after).toEqual([]);
  });

  it('leaves out muted rules', () => {
    const cards = hintCards(
      report([finding('stay-calm', 'warn', 4, 10), finding('value-before-ask', 'info', 0, 3)]),
      'Buy idiots',
      { muted: new Set<RuleId>(['stay-calm']), dismissed: new Set() },
    );
    expect(cards.map((card) => card.rule)).toEqual(['value-before-ask']);
  });
});
