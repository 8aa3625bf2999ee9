/**
 * Benchmark drafts: invented social-media sentences in each language (not corpus texts), mixed
 * so every rule has something to look at — asks, claims, questions, links, handles, hashtags, emoji.
 */
import type { Lang } from '../../guidance/types';

export const BENCH_SIZES = [280, 3_000, 30_000] as const;
export type BenchSize = (typeof BENCH_SIZES)[number];

const SENTENCES: Record<Lang, readonly string[]> = {
  en: [
    'We are proud to announce that our new harbour café opens on Saturday at 8 am.',
    'Three things we learned from rebuilding our bakery oven: measure twice, insulate the door, and never trust the old thermometer.',
    'What is the one pastry you would cross town for? Tell us in the comments 🥐',
    'Book your table now at https://harbourcafe.example/book before the weekend fills up!',
    'Our sourdough is the best in the city, and the queue on Sunday mornings proves it.',
    'Thanks to @millbrookfarm for the flour: 2,400 kilos this year, all stone-ground within 30 km.',
    'If your bread spreads flat, your starter was probably past its peak; feed it the night before.',
    'Sign up for the Thursday baking class and take home two loaves of your own.',
    'Sorry for the slow reply, Jamie! Your order left the shop this morning and should arrive tomorrow.',
    'We know the card machine failed on Friday; it has been replaced and tested twice since.',
    'DM us if you want to cater a wedding, a birthday or an office breakfast.',
    'New menu, new chairs, same people behind the counter 😊 #harbourcafe #coffee #breakfast',
    'Did you know that a slower rise gives the crust more flavour? We let ours rest for 18 hours.',
    'Use code SPRING10 for 10% off all gift boxes until 31 March.',
  ],
  de: [
    'Wir freuen uns, euch mitzuteilen, dass unser neues Hafencafé am Samstag um 8 Uhr öffnet.',
    'Drei Dinge, die wir beim Umbau unseres Backofens gelernt haben: zweimal messen, die Tür dämmen und dem alten Thermometer nie trauen.',
    'Für welches Gebäck würdet ihr quer durch die Stadt fahren? Schreibt es uns in die Kommentare 🥐',
    'Reserviert jetzt euren Tisch unter https://hafencafe.example/reservieren, bevor das Wochenende voll ist!',
    'Unser Sauerteigbrot ist das beste der Stadt, und die Schlange am Sonntagmorgen beweist es.',
    'Danke an @muehlenhof für das Mehl: 2.400 Kilo in diesem Jahr, alles im Umkreis von 30 km gemahlen.',
    'Wenn euer Brot breitläuft, war der Sauerteig wahrscheinlich über seinem Höhepunkt; füttert ihn am Vorabend.',
    'Meldet euch zum Backkurs am Donnerstag an und nehmt zwei eigene Brote mit nach Hause.',
    'Entschuldige die späte Antwort, Jana! Deine Bestellung hat heute Morgen den Laden verlassen und kommt morgen an.',
    'Wir wissen, dass das Kartenlesegerät am Freitag ausgefallen ist; es wurde ersetzt und seitdem zweimal geprüft.',
    'Schreibt uns eine DM, wenn ihr eine Hochzeit, einen Geburtstag oder ein Bürofrühstück plant.',
    'Neue Karte, neue Stühle, dieselben Menschen hinter der Theke 😊 #hafencafe #kaffee #frühstück',
    'Wusstet ihr, dass eine langsamere Gare der Kruste mehr Geschmack gibt? Unser Teig ruht 18 Stunden.',
    'Mit dem Code FRUEHLING10 gibt es bis zum 31. März 10 % auf alle Geschenkboxen.',
  ],
  nl: [
    'Met trots kondigen we aan dat ons nieuwe havencafé zaterdag om 8 uur opengaat.',
    'Drie dingen die we leerden bij het ombouwen van onze oven: twee keer meten, de deur isoleren en de oude thermometer nooit vertrouwen.',
    'Voor welk gebakje fiets jij de hele stad door? Vertel het ons in de reacties 🥐',
    'Reserveer nu je tafel via https://havencafe.example/reserveren voordat het weekend vol zit!',
    'Ons zuurdesembrood is het beste van de stad, en de rij op zondagochtend bewijst het.',
    'Dank aan @molenhoeve voor het meel: 2.400 kilo dit jaar, allemaal binnen 30 km gemalen.',
    'Loopt je brood plat uit, dan was je desem waarschijnlijk over zijn hoogtepunt; voed hem de avond ervoor.',
    'Schrijf je in voor de bakcursus op donderdag en neem twee eigen broden mee naar huis.',
    'Sorry voor de late reactie, Joris! Je bestelling is vanochtend verstuurd en komt morgen aan.',
    'We weten dat de pinautomaat vrijdag uitviel; hij is vervangen en sindsdien twee keer getest.',
    'Stuur ons een DM als je een bruiloft, verjaardag of kantoorontbijt wilt laten verzorgen.',
    'Nieuwe kaart, nieuwe stoelen, dezelfde mensen achter de toonbank 😊 #havencafe #koffie #ontbijt',
    'Wist je dat een langzamere rijs de korst meer smaak geeft? Ons deeg rust 18 uur.',
    'Met code LENTE10 krijg je tot 31 maart 10% korting op alle cadeauboxen.',
  ],
  ru: [
    'Мы рады сообщить, что наше новое кафе у гавани открывается в субботу в 8 утра.',
    'Три вещи, которые мы поняли, перестраивая печь: дважды измеряйте, утепляйте дверцу и не доверяйте старому термометру.',
    'Ради какой выпечки вы поехали бы через весь город? Напишите нам в комментариях 🥐',
    'Забронируйте столик сейчас на https://gavan-cafe.example/bron, пока выходные не заняты!',
    'Наш хлеб на закваске лучший в городе, и очередь по воскресеньям это доказывает.',
    'Спасибо @melnitsa_ferma за муку: 2400 килограммов за год, всё смолото в радиусе 30 км.',
    'Если хлеб расплывается, закваска, скорее всего, перестояла; подкормите её накануне вечером.',
    'Запишитесь на четверговый урок выпечки и унесите домой два собственных хлеба.',
    'Извините за задержку с ответом, Анна! Ваш заказ отправлен сегодня утром и приедет завтра.',
    'Мы знаем, что в пятницу не работал терминал; его заменили и с тех пор дважды проверили.',
    'Напишите нам в личные сообщения, если хотите заказать угощение на свадьбу, день рождения или офисный завтрак.',
    'Новое меню, новые стулья, те же люди за стойкой 😊 #кафе #кофе #завтрак',
    'Знаете ли вы, что медленная расстойка даёт корочке больше вкуса? Наше тесто отдыхает 18 часов.',
    'По коду ВЕСНА10 скидка 10% на все подарочные наборы до 31 марта.',
  ],
};

/**
 * A draft of exactly `size` UTF-16 units: the language's sentences in a scrambled order, with
 * paragraph breaks, cut at `size` (moved back one unit rather than split an emoji).
 */
export function benchDraft(lang: Lang, size: BenchSize): string {
  const sentences = SENTENCES[lang];
  let text = '';
  for (let i = 0; text.length < size; i++) {
    // A stride coprime to the sentence count visits every sentence, in a less regular order.
    text += sentences[(i * 5) % sentences.length] + (i % 4 === 3 ? '\n\n' : ' ');
  }
  const code = text.charCodeAt(size - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? size - 1 : size);
}

/** The bench suite name for one draft, shared by the benchmark file and its summary reporter. */
export const benchSuiteName = (lang: Lang, size: BenchSize) => `${lang} ${size} characters`;
