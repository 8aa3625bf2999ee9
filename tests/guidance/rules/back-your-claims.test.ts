// @vitest-environment node
import { ruleTable } from './rule-table';

ruleTable('back-your-claims', {
  fires: [
    { lang: 'en', text: 'The best coffee in town, roasted by people who care about every bean.', phrase: 'The best', severity: 'warn' },
    { lang: 'en', text: 'Our revolutionary mattress gives everyone perfect sleep, night after night.', phrases: ['revolutionary', 'perfect'] },
    { lang: 'en', text: 'We are the leading provider of garden sheds in the region.', phrase: 'leading' },
    { lang: 'en', text: 'Unbeatable prices on every sofa in the showroom, guaranteed.', phrases: ['Unbeatable', 'guaranteed'] },
    { lang: 'en', text: 'Handmade in Cornwall, our pasties are simply the finest you will ever taste.', phrase: 'the finest' },
    { lang: 'en', text: "We're the only bakery in the valley that still mills its own flour.", phrase: 'the only' },
    { lang: 'en', text: "We're the number 1 bike shop in Bristol, ask anyone.", phrase: 'number 1' },
    { lang: 'en', text: 'Best-selling hiking boots are back in stock, now even lighter.', phrase: 'Best-selling' },

    { lang: 'de', text: 'Der beste Kaffee der Stadt – frisch geröstet in Kreuzberg.', phrase: 'beste' },
    { lang: 'de', text: 'Wir sind der führende Anbieter für Solaranlagen im Münsterland.', phrase: 'führende' },
    { lang: 'de', text: 'Unsere revolutionäre Matratze sorgt für perfekten Schlaf in jeder Nacht.', phrases: ['revolutionäre', 'perfekten'] },
    { lang: 'de', text: 'Einzigartiger Geschmack und unschlagbare Preise in unserem Hofladen!', phrases: ['Einzigartiger', 'unschlagbare'] },
    { lang: 'de', text: 'Wir sind die Nummer 1 für Lastenräder in ganz Köln.', phrase: 'Nummer 1' },
    { lang: 'de', text: 'Das meistverkaufte Fahrradschloss Europas ist wieder da.', phrase: 'meistverkaufte' },

    { lang: 'nl', text: 'De beste koffie van Utrecht, elke ochtend vers gebrand.', phrase: 'beste' },
    { lang: 'nl', text: 'Wij zijn toonaangevend in duurzame verpakkingen voor de horeca.', phrase: 'toonaangevend' },
    { lang: 'nl', text: 'Onze unieke formule geeft gegarandeerd een stralende huid.', phrases: ['unieke', 'gegarandeerd'] },
    { lang: 'nl', text: 'Revolutionaire fietsverlichting die je nooit meer hoeft op te laden.', phrase: 'Revolutionaire' },
    { lang: 'nl', text: 'Wij zijn dé nummer 1 in bakfietsen in heel Utrecht.', phrase: 'nummer 1' },
    { lang: 'nl', text: 'Het bestverkochte fietsslot van Nederland is terug.', phrase: 'bestverkochte' },

    { lang: 'ru', text: 'Лучший кофе в городе — только у нас!', phrase: 'Лучший' },
    { lang: 'ru', text: 'Мы — лидер рынка натяжных потолков в нашем регионе.', phrase: 'лидер' },
    { lang: 'ru', text: 'Уникальная формула крема с гарантированным результатом.', phrases: ['Уникальная', 'гарантированным'] },
    { lang: 'ru', text: 'Революционный пылесос, который сам находит грязь.', phrase: 'Революционный' },
    { lang: 'ru', text: 'Мы — №1 среди пекарен Казани.', phrase: '№1' },
    { lang: 'ru', text: 'Самый продаваемый велозамок в Европе снова в продаже.', phrase: 'Самый продаваемый' },
    { lang: 'nl', text: 'Bij ons eet je de lekkerste pannenkoeken van de provincie. Kom je langs?', phrase: 'de lekkerste' },
  ],
  silent: [
    { lang: 'en', text: 'All the best for your exams tomorrow, everyone!' },
    { lang: 'en', text: 'Voted best bakery in Leeds by readers of the Yorkshire Post in 2024.' },
    { lang: 'en', kind: 'reply', parentText: 'Can you ship it today?', text: 'We will do our best to ship it today, and I will let you know once it is on its way.' },
    { lang: 'en', text: "What's the best way to keep basil fresh? Put it in a glass of water on the windowsill, not in the fridge." },
    { lang: 'en', text: 'Rated 4.8 out of 5 by 2,300 customers: the comfiest boots we have ever made.' },
    { lang: 'en', kind: 'reply', parentText: 'Thanks for the quick fix!', text: 'Glad it works again! Have a lovely weekend.\n\nBest,\nMaya' },

    { lang: 'de', text: 'Am besten lagert ihr Kartoffeln kühl und dunkel, nicht im Kühlschrank.' },
    { lang: 'de', text: 'Hast du jemals selbst Brot gebacken? Erzähl es uns in den Kommentaren!' },
    { lang: 'de', text: 'Wir geben jeden Tag unser Bestes, damit euer Paket pünktlich ankommt.' },
    { lang: 'de', text: 'Testsieger bei der Stiftung Warentest (Ausgabe 3/2024): unsere Bohrmaschine ist die beste in ihrer Klasse.' },
    { lang: 'de', kind: 'reply', parentText: 'Danke für die schnelle Hilfe!', text: 'Sehr gerne, und schönes Wochenende! Beste Grüße aus Hamburg, euer Team vom Hafenkiosk' },

    { lang: 'nl', text: 'Beste klanten, door de storm is onze winkel vandaag de hele dag dicht.' },
    { lang: 'nl', text: 'We doen ons best om alles vandaag nog te verzenden.' },
    { lang: 'nl', text: 'Volgens de Consumentenbond (test 2024) de beste stofzuiger onder de 200 euro.' },
    { lang: 'nl', text: 'Het beste kun je tomaten buiten de koelkast bewaren, dan blijven ze zoet.' },
    { lang: 'nl', text: 'Heb je ooit zelf brood gebakken? Vertel het ons in de reacties!' },
    { lang: 'nl', kind: 'reply', parentText: 'Rijdt de trein nog?', text: 'Er is helaas enige vertraging op de lijn naar Utrecht, de trein rijdt over tien minuten.' },

    { lang: 'ru', text: 'Всего наилучшего вам и вашим близким в новом году!' },
    { lang: 'ru', text: 'По данным журнала «Потребитель» (№ 4, 2024), наш чайник — лучший в своём классе.' },
    { lang: 'ru', text: 'Лучший способ сохранить хлеб свежим — льняной мешочек, а не пакет.' },
    { lang: 'ru', text: 'Мы стараемся сделать всё как можно лучше для наших гостей.' },
    { lang: 'en', text: 'Salt, sand or nothing at all: which one worked best on your icy steps last winter?' },
    { lang: 'nl', text: 'Koffie met havermelk of gewone melk: wat smaakt jou het best?' },
  ],
});
