// @vitest-environment node
import { ruleTable } from './rule-table';

ruleTable('value-before-ask', {
  fires: [
    { lang: 'en', text: 'Order your custom phone case today and get free shipping! Dozens of colours at https://caseworks.example', phrase: 'Order your', severity: 'warn' },
    { lang: 'en', text: 'Buy the new trail shoe before the weekend: https://stride.example/trail. Lighter, grippier and in three colours.', phrase: 'Buy the' },
    { lang: 'en', text: 'Sign up for our spring pottery course. Ten evenings, all materials included, beginners welcome: https://clayroom.example', phrase: 'Sign up' },
    { lang: 'en', text: 'Follow us for weekly deals and tell your friends so they never miss out!', phrase: 'Follow us' },
    { lang: 'en', text: 'Book a free consultation at https://taxwise.example. Tip: keep every receipt from this year in one folder, it saves hours in April.', phrase: 'Book a free consultation' },
    { lang: 'en', text: 'Grab yours while stocks last: the limited winter blend is back at https://roastery.example', phrase: 'Grab yours' },
    { lang: 'en', text: 'Pre-order the second edition of our cookbook now and get a signed copy: https://books.example', phrase: 'Pre-order' },
    { lang: 'en', text: 'Schedule your free eye test today at https://optic.example. Most people should have one every two years.', phrase: 'Schedule your' },

    { lang: 'de', text: 'Jetzt bestellen: unsere neue Wintermütze aus Merinowolle in sechs Farben! https://wollwerk.example', phrase: 'Jetzt bestellen' },
    { lang: 'de', text: 'Sichern Sie sich Ihr Ticket für unser Sommerfest am 12. Juli: https://hofgut.example/fest', phrase: 'Sichern Sie sich' },
    { lang: 'de', text: 'Abonniert unseren Newsletter und verpasst keine Aktion mehr! https://laden.example/news', phrase: 'Abonniert' },
    { lang: 'de', text: 'Kaufen Sie die neue Kaffeemühle noch heute in unserem Onlineshop: https://kaffeehaus.example', phrase: 'Kaufen' },
    { lang: 'de', text: 'Melde dich jetzt für unseren Laufkurs an: https://laufen.example. Ein Tipp vorab: Lauf die ersten zwei Wochen langsamer, als du denkst.', phrase: 'Melde dich jetzt' },
    { lang: 'de', text: 'Bestellen Sie Ihren Adventskalender bis Sonntag und sparen Sie die Versandkosten: https://tee.example', phrase: 'Bestellen' },
    { lang: 'de', text: 'Holt euch jetzt die neue Saisonkarte für das Freibad! https://freibad.example', phrase: 'Holt euch jetzt' },

    { lang: 'nl', text: 'Bestel vandaag nog je verjaardagstaart via https://bakkerij.example en haal hem morgen op.', phrase: 'Bestel vandaag' },
    { lang: 'nl', text: 'Schrijf je nu in voor onze zomercursus fotografie! Nog maar vijf plekken: https://fotoschool.example', phrase: 'Schrijf je nu in' },
    { lang: 'nl', text: 'Volg ons voor dagelijkse aanbiedingen en deel dit bericht met je vrienden!', phrase: 'Volg ons' },
    { lang: 'nl', text: 'Koop de nieuwe regenjas met korting in onze webshop: https://regen.example', phrase: 'Koop de' },
    { lang: 'nl', text: 'Boek nu je proefles via https://dansstudio.example. Tip: neem een handdoek en een flesje water mee.', phrase: 'Boek nu' },
    { lang: 'nl', text: 'Meld je vandaag nog aan voor de nieuwsbrief en ontvang een kortingscode: https://tuin.example', phrase: 'Meld je vandaag nog aan' },

    { lang: 'ru', text: 'Закажите новогодний набор уже сегодня на сайте https://sladko.example', phrase: 'Закажите' },
    { lang: 'ru', text: 'Подпишитесь на наш канал, чтобы первыми узнавать о скидках!', phrase: 'Подпишитесь на наш' },
    { lang: 'ru', text: 'Успейте купить зимние шины со скидкой до конца недели: https://shiny.example', phrase: 'Успейте' },
    { lang: 'ru', text: 'Купите абонемент в наш фитнес-клуб сейчас и получите месяц в подарок: https://fit.example', phrase: 'Купите' },
    { lang: 'ru', text: 'Записывайтесь на курс по выпечке хлеба: https://hleb.example. Совет: тесто лучше замешивать вечером.', phrase: 'Записывайтесь' },
    { lang: 'ru', text: 'Оформите подписку на доставку кофе и получайте свежую обжарку каждую неделю: https://kofe.example', phrase: 'Оформите подписку' },
  ],
  silent: [
    { lang: 'en', text: 'Quick tip for wobbly tables: fold a beer mat in half twice, wedge it under the short leg and tighten the bolts from underneath. If the frame itself is bent, book a repair slot at https://fixit.example' },
    { lang: 'en', text: 'Flask or filter bottle: which one do you take on a day hike? Our staff vote was a tie. The filter bottle is back in stock if you want one: https://trail.example/bottle' },
    { lang: 'en', kind: 'reply', parentText: 'Where can I buy the green version?', text: 'You can buy it here: https://shop.example/green. It is back in stock in every size.' },
    { lang: 'en', text: 'Three things that make a sourdough crust crackle: a hot oven, steam for the first 20 minutes and patience while it cools. What is your trick?' },
    { lang: 'en', text: 'Fun fact: a full dishwasher uses less water than washing up by hand. Order our eco tabs at https://clean.example/tabs' },
    { lang: 'en', text: 'Last winter our van broke down on the ring road and a customer we had never met drove 40 boxes across town for us. Lesson learned: a neighbourhood is a network. Order the loaf we named after her at https://bakery.example' },

    { lang: 'de', text: 'Tipp für den Herbst: Schneiden Sie Lavendel nicht bis ins alte Holz zurück, sonst treibt er nicht mehr aus. Gute Gartenscheren gibt es bei uns – jetzt bestellen: https://garten.example' },
    { lang: 'de', text: 'Was ist euer Lieblingsplatz zum Lesen? Bei uns ist es der Sessel am Fenster. Den könnt ihr jetzt übrigens auch kaufen: https://wohnen.example' },
    { lang: 'de', kind: 'reply', parentText: 'Wo kann ich die Jacke in M kaufen?', text: 'Du kannst die Jacke direkt hier bestellen: https://mode.example/jacke. Größe M ist wieder da.' },
    { lang: 'de', text: 'So gelingt der Hefezopf: Den Teig über Nacht im Kühlschrank gehen lassen und erst am Morgen flechten. Dann wird er besonders locker.' },
    { lang: 'de', text: 'Wussten Sie schon: Eine gut eingestellte Heizung spart bis zu zehn Prozent Energie. Jetzt Termin buchen: https://heizung.example' },
    { lang: 'de', text: 'Wusstest du, dass eine volle Spülmaschine weniger Wasser braucht als Abwaschen von Hand? Unsere Spültabs gibt es hier: https://haushalt.example' },

    { lang: 'nl', text: 'Tip: zet je fiets in de winter niet in een warme schuur, want condens laat de ketting sneller roesten. Goede kettingolie bestel je via https://fietsen.example' },
    { lang: 'nl', text: 'Welke koffiebonen gebruik jij voor espresso? Wij zijn benieuwd! Onze nieuwe melange kun je bestellen op https://koffie.example' },
    { lang: 'nl', kind: 'reply', parentText: 'Waar kan ik die lamp kopen?', text: 'Je kunt hem hier bestellen: https://licht.example/lamp. Hij wordt binnen twee dagen geleverd.' },
    { lang: 'nl', text: 'Wist je dat een vaatwasser minder water gebruikt dan afwassen met de hand? Zet hem wel pas aan als hij helemaal vol is.' },
    { lang: 'nl', text: 'Goed om te weten: een volle vaatwasser verbruikt minder water dan afwassen met de hand. Bestel onze tabletten via https://schoon.example' },

    { lang: 'ru', text: 'Совет: храните кофе в закрытой банке в тёмном месте, а не в холодильнике, там он впитывает запахи. Свежую обжарку можно заказать на https://kofe.example' },
    { lang: 'ru', text: 'Какой чай вы пьёте зимой? Мы любим облепиховый. Кстати, его можно купить на https://chai.example' },
    { lang: 'ru', kind: 'reply', parentText: 'Где можно купить этот чайник?', text: 'Заказать можно здесь: https://posuda.example/chainik. Доставка в течение двух дней.' },
    { lang: 'ru', text: 'Знаете ли вы, что зимой комнатные растения нужно поливать в два раза реже? Земля в горшке сохнет гораздо медленнее.' },
    { lang: 'ru', text: 'Полезно знать: полная посудомойка тратит меньше воды, чем мытьё вручную. Купить таблетки можно здесь: https://chisto.example' },
  ],
});
