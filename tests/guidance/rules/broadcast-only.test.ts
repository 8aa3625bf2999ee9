// @vitest-environment node
import { ruleTable, WHOLE } from './rule-table';

ruleTable('broadcast-only', {
  fires: [
    { lang: 'en', text: 'We are proud to announce that our bakery has won a regional prize for its rye bread.', phrase: WHOLE, severity: 'warn' },
    { lang: 'en', text: 'Big news: our second store opens on Harbour Street this spring.', phrase: WHOLE },
    { lang: 'en', text: "Excited to share that we've moved into a bigger workshop. Our team now has room for six more benches.", phrase: WHOLE },
    { lang: 'en', text: 'Our new website is live.', phrase: WHOLE },
    { lang: 'en', text: 'Thrilled to be celebrating ten years of Greenway Bikes this week. Here is to the next ten. #anniversary', phrase: WHOLE },

    { lang: 'de', text: 'Wir sind stolz: Unsere Bäckerei feiert ihr 25-jähriges Jubiläum.', phrase: WHOLE },
    { lang: 'de', text: 'Ab sofort gibt es unser Müsli auch in der großen Packung.', phrase: WHOLE },
    { lang: 'de', text: 'Unsere Azubis haben alle ihre Prüfung bestanden. Sie starten im August fest bei uns im Team.', phrase: WHOLE },
    { lang: 'de', text: 'Wir haben einen neuen Standort in Leipzig eröffnet. Die Kolleginnen dort freuen sich schon.', phrase: WHOLE },

    { lang: 'nl', text: 'Wij zijn trots op ons team: we bestaan deze maand tien jaar!', phrase: WHOLE },
    { lang: 'nl', text: 'Groot nieuws: onze winkel in Utrecht gaat in september open.', phrase: WHOLE },
    { lang: 'nl', text: 'Vanaf vandaag liggen onze producten ook bij drie nieuwe verkooppunten in de regio.', phrase: WHOLE },
    { lang: 'nl', text: 'We hebben een nieuwe website gelanceerd.', phrase: WHOLE },

    { lang: 'ru', text: 'Мы рады сообщить, что открываем новый магазин в Казани.', phrase: WHOLE },
    { lang: 'ru', text: 'Наша команда получила премию за лучший сервис года.', phrase: WHOLE },
    { lang: 'ru', text: 'Мы запустили новое мобильное приложение для заказа такси.', phrase: WHOLE },
    { lang: 'ru', text: 'Сегодня нашей компании исполняется пятнадцать лет.', phrase: WHOLE },
  ],
  silent: [
    { lang: 'en', text: 'We just opened our second store in Leeds! What should we stock first?' },
    { lang: 'en', text: 'Our new app lets you book a court in two taps.' },
    { lang: 'en', text: "We teamed up with @greenroast for this month's blend." },
    { lang: 'en', text: "We've redesigned our menu. Tell us which dish we should bring back." },
    { lang: 'en', kind: 'reply', parentText: 'Congrats on the award!', text: 'We are proud of our team and the award, it was a great night for all of us.' },

    { lang: 'de', text: 'Wir haben unsere Öffnungszeiten verlängert. Passt euch das besser?' },
    { lang: 'de', text: 'Unser neuer Lieferdienst bringt Ihnen das Brot bis vor die Haustür.' },
    { lang: 'de', text: 'Wir feiern Geburtstag! Erzählt uns in den Kommentaren von eurem schönsten Moment in unserem Laden.' },
    { lang: 'de', text: 'Wir arbeiten ab sofort mit @gruenerhof zusammen und beziehen unsere Milch direkt vom Hof.' },
    { lang: 'de', text: 'Unsere neue Filiale ist eröffnet. Besuchen Sie uns in der Altstadt, wir freuen uns auf Sie.' },

    { lang: 'nl', text: 'We hebben onze openingstijden aangepast. Wat vinden jullie ervan?' },
    { lang: 'nl', text: 'Onze nieuwe app laat je in twee tikken een tafel reserveren.' },
    { lang: 'nl', text: 'We werken vanaf nu samen met @boerderijdelinde voor onze melk.' },
    { lang: 'nl', text: 'Wij bestaan tien jaar! Deel je mooiste herinnering aan onze winkel in de reacties.' },

    { lang: 'ru', text: 'Мы открыли новый магазин в Казани. Что нам добавить в ассортимент?' },
    { lang: 'ru', text: 'Наше новое приложение поможет вам записаться к врачу за минуту.' },
    { lang: 'ru', text: 'Мы запустили совместный проект с @greenfarm и теперь возим молоко прямо с фермы.' },
    { lang: 'ru', text: 'Нам исполнилось десять лет! Расскажите в комментариях, как вы с нами познакомились.' },
  ],
});
