// @vitest-environment node
import { ruleTable, type RuleCase } from './rule-table';

const reply = (lang: RuleCase['lang'], text: string, phrase?: string): RuleCase => ({
  lang, kind: 'reply', parentText: 'Where is my order? It was supposed to arrive on Monday.', text, ...(phrase ? { phrase } : {}),
});

ruleTable('keep-it-private', {
  fires: [
    { ...reply('en', "Hi Dana, we've found it: order KX48213 is with the courier and arrives tomorrow.", 'KX48213'), severity: 'warn' },
    { lang: 'en', text: 'Congratulations to our winner, jamie.rowe@mailbox.example! Check your inbox for the voucher.', phrase: 'jamie.rowe@mailbox.example' },
    reply('en', "Tom, we'll call you back on 07700 900123 this afternoon.", '07700 900123'),
    reply('en', 'Please reply with your booking reference and phone number so we can check.', 'reply with your booking reference'),
    reply('en', 'Your new card is on its way to 14 Elm Road, as requested.', '14 Elm Road'),
    reply('en', 'Could you post your full name and postcode here so we can find the parcel?', 'post your full name'),
    reply('en', 'Could you share your order number and email address here so we can look?', 'share your order number'),

    reply('de', 'Überweisen Sie den Betrag bitte auf DE44 5001 0517 5407 3249 31.', 'DE44 5001 0517 5407 3249 31'),
    reply('de', 'Ihre Bestellung 48AB9921 ist unterwegs und kommt morgen an.', '48AB9921'),
    { lang: 'de', text: 'Die Gewinnerin ist anna.berg@posteo.example – herzlichen Glückwunsch!', phrase: 'anna.berg@posteo.example' },
    reply('de', 'Antworte hier bitte mit deiner Buchungsnummer und Telefonnummer.', 'Antworte hier bitte mit deiner Buchungsnummer'),
    reply('de', 'Wir liefern morgen an die Lindenstraße 12 in Bonn.', 'Lindenstraße 12'),
    reply('de', 'Nennen Sie uns bitte hier Ihre Kundennummer, dann schauen wir nach.', 'Nennen Sie uns bitte hier Ihre Kundennummer'),
    reply('de', 'Schreib uns hier deine Bestellnummer und Adresse, dann suchen wir das Paket.', 'Schreib uns hier deine Bestellnummer'),
    reply('de', 'Könnten Sie uns Ihre Bestellnummer und Telefonnummer nennen?', 'Könnten Sie uns Ihre Bestellnummer'),

    { lang: 'nl', text: 'Gefeliciteerd, de winnaar is sanne.devries@mail.example! Kijk even in je mailbox.', phrase: 'sanne.devries@mail.example' },
    reply('nl', 'Je bestelling NL7731942 is onderweg en komt morgen.', 'NL7731942'),
    reply('nl', 'We bellen je vanmiddag terug op 06 12345678.', '06 12345678'),
    reply('nl', 'Reageer hier even met je bestelnummer en postcode.', 'Reageer hier even met je bestelnummer'),
    reply('nl', 'Het pakket ligt klaar voor Kerkstraat 21 in Gouda.', 'Kerkstraat 21'),
    reply('nl', 'Laat hieronder je ordernummer en telefoonnummer achter.', 'Laat hieronder je ordernummer'),
    reply('nl', 'Kun je hier je boekingscode en je naam even sturen?', 'Kun je hier je boekingscode'),

    reply('ru', 'Перезвоним вам по номеру +7 912 345-67-89 сегодня вечером.', '+7 912 345-67-89'),
    reply('ru', 'Ваш заказ 7731942 уже передан в доставку.', '7731942'),
    reply('ru', 'Укажите, пожалуйста, номер заказа и телефон в ответе.', 'Укажите, пожалуйста, номер заказа'),
    reply('ru', 'Доставим завтра на ул. Ленина, 15, как вы и просили.', 'ул. Ленина, 15'),
    reply('ru', 'Оставьте в комментариях номер заказа и телефон.', 'Оставьте в комментариях номер заказа'),
    reply('ru', 'Сообщите, пожалуйста, номер заказа и адрес в ответе.', 'Сообщите, пожалуйста, номер заказа'),
    reply('de', 'Bitte poste hier deine Adresse und Handynummer, dann kommt Ersatz.', 'poste hier deine Adresse'),
  ],
  silent: [
    { ...reply('en', "Send the photos to help@tidyhome.example and we'll replace it today."), policy: { ownContacts: ['help@tidyhome.example'] } },
    reply('en', 'Please DM us your order number so we can check where it is.'),
    { lang: 'en', text: 'Our stall on Market Street has strawberries for 3 euros a punnet this week.' },
    { lang: 'en', text: 'Parking on Station Road costs £4 an hour, so come by bike if you can.' },
    reply('en', 'Your order is on its way and should arrive by Friday, 14 June, between 9:00 and 17:30.'),
    { ...reply('en', 'Ring our front desk on 0800 123 4567 and they will sort it out.'), policy: { ownContacts: ['0800 123 4567'] } },

    { ...reply('de', 'Ruf uns unter 030 1234567 an, dann klären wir das sofort.'), policy: { ownContacts: ['030 1234567'] } },
    reply('de', 'Nenn uns bitte deine Bestellnummer per DM, dann schauen wir nach.'),
    { lang: 'de', text: 'Parken in der Bahnhofstraße kostet 2 € pro Stunde, kommt also lieber mit dem Rad.' },
    reply('de', 'Der Zug fährt heute um 14:35 von Gleis 7 ab.'),

    { ...reply('nl', 'Bel ons gerust op 020 123 4567, dan zoeken we het meteen uit.'), policy: { ownContacts: ['020 123 4567'] } },
    reply('nl', 'Stuur je bestelnummer even via een DM, dan kijken we het na.'),
    { lang: 'nl', text: 'Parkeren in de Kerkstraat kost 3 euro per uur, dus kom gerust op de fiets.' },
    reply('nl', 'Je bestelling komt vrijdag 14 juni tussen 9:00 en 17:30.'),

    { ...reply('ru', 'Позвоните нам по номеру 8 800 555-35-35, мы всё проверим.'), policy: { ownContacts: ['8 800 555-35-35'] } },
    reply('ru', 'Напишите номер заказа в личные сообщения, пожалуйста.'),
    { lang: 'ru', text: 'Парковка на улице Мира стоит 100 руб. в час, поэтому лучше приезжайте на велосипеде.' },
    reply('ru', 'Поезд отправляется сегодня в 14:35 с седьмого пути.'),
  ],
});
