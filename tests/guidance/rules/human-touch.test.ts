// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyze, draftHash } from '../../../guidance/index';
import { DAY, NOW, ruleTable, WHOLE } from './rule-table';

ruleTable('human-touch', {
  fires: [
    { lang: 'en', text: 'Our autumn menu is here: https://blog.example/autumn-menu #food #autumn', phrase: WHOLE, severity: 'info' },
    { lang: 'en', text: 'New blog post: https://blog.example/ten-ways-to-save', phrase: WHOLE },
    { lang: 'en', text: 'Check out our latest post https://blog.example/winter-tyres', phrase: WHOLE },
    { lang: 'en', text: 'Five simple ways to cut your heating bill this winter https://blog.example/heating via @buffer', phrase: WHOLE },

    { lang: 'de', text: 'Hier ist unser Herbstmenü: https://blog.example/herbst #essen #herbst', phrase: WHOLE },
    { lang: 'de', text: 'Neuer Blogbeitrag: https://blog.example/heizkosten-sparen', phrase: WHOLE },
    { lang: 'de', text: 'Hier unser neuester Beitrag: https://blog.example/winterreifen', phrase: WHOLE },

    { lang: 'nl', text: 'Ons herfstmenu is er: https://blog.example/herfst #eten #herfst', phrase: WHOLE },
    { lang: 'nl', text: 'Nieuwe blog: https://blog.example/stookkosten-besparen', phrase: WHOLE },
    { lang: 'nl', text: 'Lees onze nieuwste blog: https://blog.example/winterbanden', phrase: WHOLE },

    { lang: 'ru', text: 'Наше осеннее меню уже тут: https://blog.example/osen #еда #осень', phrase: WHOLE },
    { lang: 'ru', text: 'Новый пост в блоге: https://blog.example/ekonomiya', phrase: WHOLE },
    { lang: 'ru', text: 'Наша новая статья: https://blog.example/zimnie-shiny', phrase: WHOLE },
  ],
  silent: [
    { lang: 'en', text: 'We tested five ways to cut the heating bill in our own office, and the cheapest one worked best: https://blog.example/heating' },
    { lang: 'en', kind: 'reply', parentText: 'Where is the recipe?', text: 'Here you go: https://blog.example/recipe' },
    { lang: 'en', text: 'Closed today for stocktaking, back tomorrow at nine.' },
    { lang: 'en', text: 'Basil lasts a week longer on the windowsill than in the fridge, and it smells better too. Read more: https://blog.example/herbs' },
    { lang: 'en', text: 'Tip: keep your basil on the windowsill, not in the fridge, and it lasts a week longer. More herb tricks in our guide: https://blog.example/herbs' },

    { lang: 'de', text: 'Wir haben im eigenen Büro fünf Wege getestet, Heizkosten zu sparen, und der günstigste hat am besten funktioniert: https://blog.example/heizen' },
    { lang: 'de', kind: 'reply', parentText: 'Wo finde ich das Rezept?', text: 'Hier ist es: https://blog.example/rezept' },
    { lang: 'de', text: 'Heute wegen Inventur geschlossen, morgen sind wir ab neun wieder da.' },
    { lang: 'de', text: 'Basilikum hält auf der Fensterbank eine Woche länger als im Kühlschrank. Weiterlesen: https://blog.example/kraeuter' },

    { lang: 'nl', text: 'We hebben op ons eigen kantoor vijf manieren getest om stookkosten te besparen, en de goedkoopste werkte het best: https://blog.example/stoken' },
    { lang: 'nl', kind: 'reply', parentText: 'Waar vind ik het recept?', text: 'Alsjeblieft, hier is het: https://blog.example/recept' },
    { lang: 'nl', text: 'Vandaag gesloten wegens inventaris, morgen zijn we er weer vanaf negen uur.' },

    { lang: 'ru', text: 'Мы проверили в своём офисе пять способов сэкономить на отоплении, и самый дешёвый оказался лучшим: https://blog.example/otoplenie' },
    { lang: 'ru', kind: 'reply', parentText: 'Где найти рецепт?', text: 'Вот он: https://blog.example/recept' },
    { lang: 'ru', text: 'Сегодня мы закрыты на инвентаризацию, завтра снова работаем с девяти.' },
  ],
});

describe('human-touch: the same text drafted on another network', () => {
  const text = 'We tested five ways to cut the heating bill in our own office, and the cheapest one worked best.';
  const salt = 'test-salt';
  const recent = (site: 'x' | 'linkedin', ageDays: number) => [
    { hash: draftHash(text, salt), site, at: new Date(Date.parse(NOW) - ageDays * DAY * 60_000).toISOString() },
  ];
  const findings = (site: 'x' | 'linkedin', ageDays: number, draftText = text) =>
    analyze({ text: draftText, kind: 'post', site: 'linkedin', now: NOW, hashSalt: salt, recentDraftHashes: recent(site, ageDays) }).findings.filter(
      (finding) => finding.rule === 'human-touch',
    );

  it('fires when it was drafted on X two days ago, and names the network', () => {
    const [finding] = findings('x', 2);
    expect(finding?.message).toContain('X');
  });

  it('still matches with different case, spacing and links', () => {
    expect(findings('x', 2, `${text.toUpperCase().replace(/ /g, '  ')} https://blog.example/heat`)).toHaveLength(1);
  });

  it('stays silent for the same network, for drafts older than a week and for different texts', () => {
    expect(findings('linkedin', 2)).toEqual([]);
    expect(findings('x', 8)).toEqual([]);
    expect(findings('x', 2, 'We tested four ways to cut the water bill in our own office, and the simplest one worked best.')).toEqual([]);
  });
});
