// @vitest-environment node
import { ruleTable } from './rule-table';

const reply = { kind: 'reply' as const, parentText: 'My order never arrived and nobody answers the phone.' };
const antwort = { kind: 'reply' as const, parentText: 'Meine Bestellung ist immer noch nicht angekommen.' };
const reactie = { kind: 'reply' as const, parentText: 'Mijn bestelling is nog steeds niet binnen.' };
const otvet = { kind: 'reply' as const, parentText: 'Мой заказ так и не пришёл.' };

ruleTable('clear-next-step', {
  fires: [
    { ...reply, lang: 'en', text: "Please DM us and we'll take a look.", phrase: 'DM us', severity: 'warn' },
    { lang: 'en', text: 'Register for the open day on Saturday, places are limited.', phrase: 'Register for' },
    { ...reply, lang: 'en', text: "Give us a call and we'll find you a new delivery date.", phrase: 'Give us a call' },
    { ...reply, lang: 'en', text: 'Could you send us a private message with the details so we can check?', phrase: 'send us a private message' },
    { lang: 'en', site: 'linkedin', text: 'Our full salary report for designers is out now. Link in bio.', phrase: 'Link in bio' },
    { lang: 'en', text: 'Order our new granola at https://oats.example, follow us for recipes and tag a friend who skips breakfast.', phrase: 'tag a friend', severity: 'info' },
    { lang: 'en', text: 'Schedule a fitting with our tailor this week, before the wedding rush starts.', phrase: 'Schedule a' },

    { ...antwort, lang: 'de', text: 'Schreib uns bitte eine DM, dann schauen wir uns das an.', phrase: 'Schreib uns bitte eine DM' },
    { lang: 'de', text: 'Meldet euch jetzt für den Workshop am Samstag an, die Plätze sind begrenzt.', phrase: 'Meldet euch jetzt' },
    { ...antwort, lang: 'de', text: 'Rufen Sie uns einfach an, dann finden wir einen neuen Liefertermin.', phrase: 'Rufen Sie uns' },
    { lang: 'de', site: 'linkedin', text: 'Unser neuer Gehaltsreport für Designerinnen ist da. Link in Bio.', phrase: 'Link in Bio' },
    { lang: 'de', text: 'Vereinbaren Sie jetzt einen Termin bei unserer Hörakustikerin, der Hörtest dauert nur zehn Minuten.', phrase: 'Vereinbaren Sie jetzt einen Termin' },
    { lang: 'de', text: 'Bestellt unseren Kalender unter https://kalender.example, folgt uns für mehr Motive und teilt diesen Beitrag mit euren Freunden!', phrase: 'teilt diesen Beitrag', severity: 'info' },

    { ...reactie, lang: 'nl', text: 'Stuur ons even een DM, dan kijken we ernaar.', phrase: 'Stuur ons even een DM' },
    { lang: 'nl', text: 'Meld je nu aan voor de open dag op zaterdag, want de plekken zijn beperkt.', phrase: 'Meld je nu aan' },
    { ...reactie, lang: 'nl', text: 'Bel ons gerust, dan plannen we een nieuwe bezorgdag.', phrase: 'Bel ons' },
    { lang: 'nl', site: 'linkedin', text: 'Ons salarisonderzoek voor ontwerpers staat online. Link in bio.', phrase: 'Link in bio' },
    { lang: 'nl', text: 'Vraag nu een gratis offerte aan voor je nieuwe keuken!', phrase: 'Vraag nu een gratis offerte' },
    { lang: 'nl', text: 'Bestel onze nieuwe granola via https://haver.example, volg ons voor recepten en tag een vriend die nooit ontbijt!', phrase: 'tag een vriend', severity: 'info' },

    { ...otvet, lang: 'ru', text: 'Напишите нам в личку, пожалуйста, мы разберёмся.', phrase: 'Напишите нам в личку' },
    { lang: 'ru', text: 'Записывайтесь на мастер-класс в субботу, мест осталось немного!', phrase: 'Записывайтесь' },
    { ...otvet, lang: 'ru', text: 'Позвоните нам, и мы подберём новую дату доставки.', phrase: 'Позвоните' },
    { lang: 'ru', site: 'linkedin', text: 'Наш отчёт о зарплатах дизайнеров уже готов, ссылка в шапке профиля.', phrase: 'ссылка в шапке' },
    { lang: 'ru', text: 'Оставьте заявку на бесплатную консультацию по ремонту кухни!', phrase: 'Оставьте заявку' },
    { ...reply, lang: 'en', text: 'Good news, a few seats are left. Register before Thursday!', phrase: 'Register before' },
    { ...antwort, lang: 'de', text: 'Ein paar Plätze gibt es noch, meldet euch einfach bis Mittwoch an.', phrase: 'meldet euch einfach' },
    { ...reactie, lang: 'nl', text: 'Bel even met onze klantenservice, die zoekt het uit.', phrase: 'Bel even met' },
  ],
  silent: [
    { lang: 'en', text: 'Sign up for the run club here: https://run.example/club' },
    { ...reply, lang: 'en', text: 'Please call us on 0161 496 0000 and ask for the deliveries desk.' },
    { ...reply, lang: 'en', text: 'Sorry about that! Please DM @ShopHelp with your order number and they will chase it.' },
    { lang: 'en', site: 'instagram', text: 'The autumn colours are in. Link in bio!' },
    { ...reply, lang: 'en', text: 'Email us at care@shop.example and we will reply today.' },
    { ...reply, lang: 'en', text: 'You can book your redelivery in the app: open Orders, tap the parcel and choose a new day.' },
    { ...reply, lang: 'en', text: "Glad it's sorted now! If there's anything else, just give us a call." },

    { lang: 'de', text: 'Meldet euch hier für den Workshop an: https://werkstatt.example/anmeldung' },
    { ...antwort, lang: 'de', text: 'Ruf uns gerne unter 030 1234 5678 an, dann klären wir das sofort.' },
    { lang: 'de', site: 'instagram', text: 'Die neue Herbstkollektion ist da – Link in Bio!' },
    { ...antwort, lang: 'de', text: 'Schreib uns bitte eine E-Mail an service@laden.example, dann kümmern wir uns heute noch darum.' },
    { ...antwort, lang: 'de', text: 'Schön, dass es jetzt klappt! Falls du noch Fragen hast, ruf uns einfach an.' },
    { ...antwort, lang: 'de', text: 'Buchen kannst du direkt in der App: Öffne den Kalender, tippe auf Samstag und wähle eine Uhrzeit.' },

    { lang: 'nl', text: 'Meld je hier aan voor de open dag: https://school.example/opendag' },
    { ...reactie, lang: 'nl', text: 'Bel ons gerust op 020 123 4567, dan zoeken we het meteen uit.' },
    { lang: 'nl', site: 'instagram', text: 'De nieuwe herfstkleuren zijn binnen. Link in bio!' },
    { ...reactie, lang: 'nl', text: 'Stuur je bestelnummer even naar @winkelhulp, zij zoeken het voor je uit.' },
    { ...reactie, lang: 'nl', text: 'Fijn dat het nu werkt! Heb je nog vragen, bel ons gerust.' },
    { ...reactie, lang: 'nl', text: 'Boek je les in de app: open het rooster, tik op zaterdag en kies een tijd.' },

    { lang: 'ru', text: 'Записывайтесь на мастер-класс по ссылке: https://master.example/zapis' },
    { ...otvet, lang: 'ru', text: 'Позвоните нам по номеру 8 800 100-20-30, и мы всё проверим.' },
    { lang: 'ru', site: 'instagram', text: 'Новая коллекция уже в магазине, ссылка в шапке профиля!' },
    { ...otvet, lang: 'ru', text: 'Напишите нам на почту help@magazin.example, мы ответим сегодня.' },
    { ...otvet, lang: 'ru', text: 'Рады, что всё получилось! Если останутся вопросы, позвоните нам.' },
    { ...otvet, lang: 'ru', text: 'Записаться можно в приложении: откройте расписание, выберите субботу и нажмите «Записаться».' },
  ],
});
