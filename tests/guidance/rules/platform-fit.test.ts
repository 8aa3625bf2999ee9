// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../guidance/types';
import { findingsOf, ruleTable, type RuleCase } from './rule-table';

/** Four lines of an announcement, about 340 characters, and a question for the reader, per language. */
const STORY: Record<Lang, { lines: string[]; question: string; ask: { text: string; phrase: string } }> = {
  en: {
    lines: [
      'We spent the whole winter rebuilding the old mill on the river, and this weekend the doors finally open again.',
      'Expect fresh bread from the wood oven and coffee from a roaster two streets away.',
      "The kids' corner has crayons and a huge map of the valley to colour in.",
      'Come early on Saturday, because the first loaves are usually gone by ten.',
    ],
    question: 'Which bread should we bake first?',
    ask: { text: 'Register for the opening tour at https://mill.example/tour', phrase: 'Register for' },
  },
  de: {
    lines: [
      'Wir haben den ganzen Winter die alte Mühle am Fluss umgebaut, und an diesem Wochenende öffnen wir endlich wieder.',
      'Es gibt frisches Brot aus dem Holzofen und Kaffee von einer Rösterei zwei Straßen weiter.',
      'In der Kinderecke liegen Stifte und eine riesige Karte vom Tal zum Ausmalen.',
      'Kommt am Samstag früh, denn die ersten Brote sind meistens um zehn weg.',
    ],
    question: 'Welches Brot sollen wir zuerst backen?',
    ask: { text: 'Jetzt anmelden für die Führung: https://muehle.example/fuehrung', phrase: 'Jetzt anmelden' },
  },
  nl: {
    lines: [
      'We hebben de hele winter de oude molen aan de rivier verbouwd, en dit weekend gaan de deuren eindelijk weer open.',
      'Er is vers brood uit de houtoven en koffie van een branderij twee straten verderop.',
      'In de kinderhoek liggen kleurpotloden en een enorme kaart van het dal om in te kleuren.',
      'Kom zaterdag op tijd, want de eerste broden zijn meestal om tien uur al op.',
    ],
    question: 'Welk brood moeten we als eerste bakken?',
    ask: { text: 'Schrijf je in voor de rondleiding: https://molen.example/rondleiding', phrase: 'Schrijf je in' },
  },
  ru: {
    lines: [
      'Всю зиму мы перестраивали старую мельницу у реки, и в эти выходные двери наконец снова открываются.',
      'Будет свежий хлеб из дровяной печи и кофе от обжарщиков с соседней улицы.',
      'В детском уголке есть карандаши и огромная карта долины для раскрашивания.',
      'Приходите в субботу пораньше, потому что первые буханки обычно заканчиваются к десяти.',
    ],
    question: 'Какой хлеб нам испечь первым?',
    ask: { text: 'Записывайтесь на экскурсию: https://melnica.example/ekskursiya', phrase: 'Записывайтесь' },
  },
};

const LONG_URL = 'https://mill.example/news/2025/spring/reopening-weekend-programme-with-bread-coffee-and-kids-corner-details';
const MASTODON_LIMIT = 200;

function casesFor(lang: Lang): { fires: RuleCase[]; silent: RuleCase[] } {
  const { lines, question, ask } = STORY[lang];
  const oneParagraph = lines.join(' ');
  const folded = `${lines.join('\n')}\n${question}`;
  return {
    fires: [
      { lang, site: 'x', text: oneParagraph, phrase: oneParagraph.slice(280), severity: 'warn' },
      { lang, site: 'mastodon', charLimit: MASTODON_LIMIT, text: oneParagraph, phrase: oneParagraph.slice(MASTODON_LIMIT) },
      { lang, site: 'linkedin', text: folded, phrase: '?', severity: 'info' },
      { lang, site: 'linkedin', text: `${lines.join('\n')}\n${ask.text}`, phrase: ask.phrase, severity: 'info' },
    ],
    silent: [
      { lang, site: 'x', text: `${lines[0]} ${lines[1]}` },
      { lang, site: 'x', text: `${lines[0]} ${lines[1]} ${LONG_URL}` },
      { lang, site: 'linkedin', text: `${question}\n${lines.join('\n')}` },
      { lang, site: 'mastodon', text: oneParagraph },
      { lang, site: 'facebook', text: `${folded}\n\n${oneParagraph}\n\n${oneParagraph}` },
    ],
  };
}

const all = (['en', 'de', 'nl', 'ru'] as const).map(casesFor);
ruleTable('platform-fit', { fires: all.flatMap((c) => c.fires), silent: all.flatMap((c) => c.silent) });

describe('platform-fit counts the way each network does', () => {
  const base = STORY.en.lines.join(' ');

  it('the drafts above are long enough to matter', () => {
    expect(STORY.en.lines.join(' ').length).toBeGreaterThan(280);
    expect(`${STORY.en.lines[0]} ${STORY.en.lines[1]} ${LONG_URL}`.length).toBeGreaterThan(280);
  });

  it('counts emoji twice on X', () => {
    const text = `${base.slice(0, 270)} ${'🎉'.repeat(6)}`;
    const { findings } = findingsOf('platform-fit', { lang: 'en', site: 'x', text });
    // 271 single units, then 2 per emoji: the fifth emoji (at UTF-16 offset 279) takes it past 280.
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual(['🎉🎉']);
  });

  it('fits 270 characters and five emoji on X', () => {
    const { findings } = findingsOf('platform-fit', { lang: 'en', site: 'x', text: `${base.slice(0, 268)} ${'🎉'.repeat(5)}` });
    expect(findings).toEqual([]);
  });

  it('allows at most five links on Threads', () => {
    const links = Array.from({ length: 6 }, (_, i) => `https://mill.example/${i}`);
    const text = `Everything about the reopening: ${links.join(' ')}`;
    const { findings } = findingsOf('platform-fit', { lang: 'en', site: 'threads', text });
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual([links[5]]);
  });

  it('gives LinkedIn comments 1250 characters and posts 3000', () => {
    const text = `${STORY.en.lines.join(' ')} `.repeat(4);
    expect(findingsOf('platform-fit', { lang: 'en', site: 'linkedin', kind: 'reply', text }).findings[0]?.start).toBe(1250);
    expect(findingsOf('platform-fit', { lang: 'en', site: 'linkedin', kind: 'post', text: `${STORY.en.question} ${text}` }).findings).toEqual([]);
  });
});
