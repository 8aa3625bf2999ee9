// @vitest-environment node
import { ruleTable, WHOLE } from './rule-table';

ruleTable('whats-in-it-for-them', {
  fires: [
    { lang: 'en', text: 'We started our company in a garage in 2015. Today we employ 40 people and we ship to 12 countries.', phrase: WHOLE, severity: 'info' },
    { lang: 'en', text: 'Our team, our values, our promise: we build every chair by hand, and you can see it.', phrase: WHOLE },
    { lang: 'en', text: "We're hiring! We're looking for a baker who shares our love of rye. Apply via our site: https://rye.example/jobs", phrase: WHOLE },
    { lang: 'en', text: "This year we've grown our workshop, our team and our range of repairs, and we're proud of every one of us.", phrase: WHOLE },

    { lang: 'de', text: 'Wir sind ein Familienbetrieb. Seit 1987 backen wir unser Brot nach den Rezepten unseres Großvaters.', phrase: WHOLE },
    { lang: 'de', text: 'Unser Team, unsere Werte, unser Versprechen: Wir liefern pünktlich, und Sie können sich darauf verlassen.', phrase: WHOLE },
    { lang: 'de', text: 'Wir haben unsere Werkstatt vergrößert, damit wir noch mehr Räder reparieren können.', phrase: WHOLE },
    { lang: 'de', text: 'Unsere Monteure sind seit 20 Jahren bei uns. Sie kennen jede Heizung. Sie arbeiten sauber, und wir vertrauen ihnen.', phrase: WHOLE },

    { lang: 'nl', text: 'Wij zijn een familiebedrijf uit Zwolle. Onze bakkers staan om vier uur op en we bakken alles zelf.', phrase: WHOLE },
    { lang: 'nl', text: 'We hebben onze showroom verbouwd en we zijn er ontzettend trots op.', phrase: WHOLE },
    { lang: 'nl', text: 'Ons team, onze aanpak, onze klanten: wij doen alles met zorg, en dat merk je.', phrase: WHOLE },

    { lang: 'ru', text: 'Мы работаем с 2010 года. Наша команда выросла до 50 человек, и мы открыли второй цех.', phrase: WHOLE },
    { lang: 'ru', text: 'Наш магазин, наши мастера, наши правила: мы делаем всё вручную, и вы это почувствуете.', phrase: WHOLE },
    { lang: 'ru', text: 'Мы обновили наш сайт, и теперь нам проще показывать новинки.', phrase: WHOLE },
  ],
  silent: [
    { lang: 'en', text: "We've made our checkout faster: you can now pay with one tap, and your receipt lands in your inbox." },
    { lang: 'en', text: "We know your mornings are busy, so we've packed our granola in bags you can take anywhere. Your breakfast, your way." },
    { lang: 'en', kind: 'reply', parentText: 'Who makes your chairs?', text: 'We do! Our team builds every chair in our own workshop, and we test each one before it ships.' },
    { lang: 'en', text: "You'll find our new opening hours on the door. We're open until 8 on Thursdays, so you can pick up your order after work." },

    { lang: 'de', text: 'Du willst weniger Zeit in der Küche verbringen? Unser Wochenplan zeigt dir, wie du mit drei Einkäufen auskommst. Wir haben ihn für dich getestet.' },
    { lang: 'de', text: 'Wir haben für Sie unsere Öffnungszeiten verlängert: Sie erreichen uns jetzt bis 20 Uhr, und Ihr Paket können Sie auch samstags abholen.' },
    { lang: 'de', text: 'Wir haben ein neues Rezept für euch: Zimtschnecken mit Kardamom. Probiert sie aus und zeigt uns eure Ergebnisse!' },
    { lang: 'de', kind: 'reply', parentText: 'Wer baut eure Möbel?', text: 'Wir selbst! Unser Team baut jedes Möbelstück in unserer eigenen Werkstatt, und wir prüfen alles vor dem Versand.' },

    { lang: 'nl', text: 'Jij kiest, wij bezorgen: je boodschappen staan binnen een uur bij je op de stoep.' },
    { lang: 'nl', text: 'We hebben onze app vernieuwd zodat jij sneller je afspraak kunt plannen. Je ziet meteen welke tijden vrij zijn en je krijgt een herinnering.' },
    { lang: 'nl', text: 'Wij hebben onze openingstijden verruimd: u kunt nu tot 20 uur bij ons terecht en uw pakket ook op zaterdag ophalen.' },

    { lang: 'ru', text: 'Вы просили — мы сделали: теперь вы можете оплатить заказ картой курьеру.' },
    { lang: 'ru', text: 'Мы знаем, как вы цените время, поэтому наша доставка теперь работает до полуночи. Ваш заказ приедет в удобный вам час.' },
    { lang: 'ru', text: 'Мы обновили приложение: теперь ты можешь записаться на тренировку за минуту и сразу увидеть своё расписание, а твой тренер получит уведомление.' },
  ],
});
