// @vitest-environment node
import { ruleTable, type RuleCase } from './rule-table';

const reply = (lang: RuleCase['lang'], text: string, phrase?: string): RuleCase => ({
  lang, kind: 'reply', parentText: 'This is ridiculous, your sale price was a lie and nobody told me about the fee.', text, ...(phrase ? { phrase } : {}),
});

ruleTable('stay-calm', {
  fires: [
    { ...reply('en', 'As we already explained, the sale ended on Sunday.', 'As we already explained'), severity: 'warn' },
    reply('en', 'Calm down, please. The parcel is on its way.', 'Calm down'),
    reply('en', "That's not true, the price was on the label the whole time.", "That's not true"),
    { ...reply('en', 'You should have read the terms before booking the room.'), phrases: ['You should have read', 'read the terms'] },
    reply('en', 'As I said before, the fee applies to every booking.', 'As I said before'),
    reply('en', "It's not our fault the courier was late, we sent it on time.", 'not our fault'),
    reply('en', 'As mentioned earlier, refunds take up to ten days.', 'As mentioned earlier'),
    reply('en', "That's simply untrue, the price was on the label.", "That's simply untrue"),
    reply('en', 'As we have already explained twice, the offer has ended.', 'As we have already explained twice'),
    reply('en', 'Under clause 4 of the contract we may change the price at any time.', 'Under clause 4'),

    reply('de', 'Wie bereits gesagt, ist das Angebot am Sonntag abgelaufen.', 'Wie bereits gesagt'),
    reply('de', 'Beruhigen Sie sich bitte, wir kümmern uns darum.', 'Beruhigen Sie'),
    reply('de', 'Das ist nicht unsere Schuld, die Post hat das Paket verloren.', 'nicht unsere Schuld'),
    reply('de', 'Lesen Sie bitte unsere AGB, da steht die Gebühr drin.', 'Lesen Sie bitte unsere AGB'),
    reply('de', 'Wie wir schon geschrieben haben, gilt die Gebühr für jede Buchung.', 'Wie wir schon geschrieben'),
    reply('de', 'Wie wir Ihnen bereits zweimal erklärt haben, ist das Angebot abgelaufen.', 'Wie wir Ihnen bereits zweimal erklärt'),
    reply('de', 'Gemäß Ziffer 7 dürfen wir den Preis jederzeit anpassen.', 'Gemäß Ziffer 7'),
    { ...reply('de', 'Das hätten Sie wissen müssen, es steht in der Beschreibung.'), phrases: ['hätten Sie wissen müssen', 'steht in der Beschreibung'] },

    reply('nl', 'Zoals we al eerder zeiden, is de actie afgelopen.', 'Zoals we al eerder zeiden'),
    reply('nl', 'Rustig maar, je pakket komt heus wel.', 'Rustig maar'),
    reply('nl', 'Dat is niet onze schuld, de bezorger heeft het pakket kwijtgemaakt.', 'niet onze schuld'),
    reply('nl', 'Had u de voorwaarden maar gelezen, daar staat het duidelijk in.', 'Had u de voorwaarden'),
    reply('nl', 'Je had de voorwaarden moeten lezen, daar staat het in.', 'Je had de voorwaarden'),
    reply('nl', 'Zoals we je al twee keer hebben uitgelegd, is de actie voorbij.', 'Zoals we je al twee keer hebben'),
    reply('nl', 'Volgens artikel 3 mogen wij de prijs altijd aanpassen.', 'Volgens artikel 3'),

    reply('ru', 'Как мы уже писали, акция закончилась в воскресенье.', 'Как мы уже писали'),
    reply('ru', 'Успокойтесь, пожалуйста, посылка уже в пути.', 'Успокойтесь'),
    reply('ru', 'Это не наша вина, доставку задержала почта.', 'не наша вина'),
    reply('ru', 'Читайте условия договора внимательнее, там всё написано.', 'Читайте условия'),
    reply('ru', 'Надо было внимательно читать условия, там всё сказано.', 'Надо было внимательно читать'),
    reply('ru', 'Читать надо было внимательнее, там всё написано.', 'Читать надо было'),
    reply('ru', 'Согласно пункту 5.2 договора мы вправе менять тариф.', 'Согласно пункту'),
    reply('en', 'As set out in our terms, the deposit is not refundable.', 'As set out in our terms'),
    reply('de', 'Wie in unseren AGB beschrieben, gibt es nach 30 Tagen kein Geld zurück.', 'Wie in unseren AGB beschrieben'),
    reply('nl', 'Zoals vermeld in onze voorwaarden is de aanbetaling niet terug te krijgen.', 'Zoals vermeld in onze voorwaarden'),
    reply('ru', 'Как указано в договоре, предоплата не возвращается.', 'Как указано в договоре'),
  ],
  silent: [
    reply('en', "I'm sorry, that's not the experience we want you to have. I've refunded the fee today."),
    reply('en', "As promised, here's the tracking link: https://track.example/123"),
    reply('en', 'You are right, the fee should have been on the product page. We have added it now.'),
    { lang: 'en', text: 'Calm down after a long week with our chamomile tea, brewed for five minutes.' },

    reply('de', 'Wie versprochen, hier der Link zur Sendungsverfolgung: https://track.example/123'),
    reply('de', 'Das stimmt, da ist uns ein Fehler passiert. Wir erstatten die Gebühr heute.'),
    reply('de', 'Sie haben völlig recht, das hätte nicht passieren dürfen.'),

    reply('nl', 'Zoals beloofd, hier is de link om je pakket te volgen: https://track.example/123'),
    reply('nl', 'Dat klopt, daar is iets misgegaan. We betalen de kosten vandaag terug.'),
    reply('nl', 'Je hebt helemaal gelijk, dat had niet mogen gebeuren.'),

    reply('ru', 'Как и обещали, вот ссылка для отслеживания: https://track.example/123'),
    reply('ru', 'Вы правы, это наша ошибка. Сегодня мы вернём вам комиссию.'),
    reply('ru', 'Нам очень жаль, что так получилось, мы уже разбираемся.'),
  ],
});
