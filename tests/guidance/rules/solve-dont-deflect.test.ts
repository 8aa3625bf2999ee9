// @vitest-environment node
import { ruleTable, type RuleCase } from './rule-table';

const parcel = 'My parcel still has not arrived and it has been two weeks.';
const paket = 'Mein Paket ist seit zwei Wochen unterwegs und nichts passiert.';
const pakket = 'Mijn pakket is al twee weken onderweg en er gebeurt niks.';
const posylka = 'Моя посылка уже две недели в пути, и ничего не происходит.';

const reply = (lang: RuleCase['lang'], parentText: string, text: string, phrase?: string): RuleCase => ({
  lang, kind: 'reply', parentText, parentAge: 20, text, ...(phrase ? { phrase } : {}),
});

ruleTable('solve-dont-deflect', {
  fires: [
    { ...reply('en', parcel, 'Sorry to hear that! Please DM us so we can help.', 'DM us'), severity: 'warn' },
    reply('en', parcel, "We're sorry about this. Please contact our customer service team and they'll be happy to assist.", 'Please contact our customer service team'),
    reply('en', parcel, 'Hi there, please give our helpline a call and the team will look into it for you.', 'give our helpline a call'),
    reply('en', parcel, 'Please visit our help centre for more information.', 'visit our help'),
    reply('en', parcel, "Sorry about that! You'll find all the details on our FAQ page.", 'on our FAQ page'),
    reply('en', 'The app logs me out every five minutes, it is driving me mad.', 'Apologies for the trouble. Could you drop us a direct message so we can look into this further?', 'drop us a direct message'),

    reply('de', paket, 'Das tut uns leid! Bitte schreib uns eine DM, dann helfen wir dir gerne weiter.', 'schreib uns eine DM'),
    reply('de', paket, 'Wenden Sie sich bitte an unseren Kundenservice.', 'Wenden Sie sich bitte an'),
    reply('de', paket, 'Ruf bitte unsere Hotline an, die Kollegen helfen dir weiter.', 'Ruf bitte unsere Hotline'),
    reply('de', paket, 'Oh nein! Bitte melde dich beim Kundendienst, die helfen dir weiter.', 'melde dich beim'),
    reply('de', paket, 'Schade! Nutzen Sie bitte unser Kontaktformular, dann meldet sich jemand bei Ihnen.', 'Kontaktformular'),
    // The customer's name after the greeting is not a noun naming the problem.
    reply('de', paket, 'Hallo Jonas, schreib uns bitte eine DM, dann schauen wir uns das an.', 'schreib uns bitte eine DM'),

    reply('nl', pakket, 'Vervelend om te horen! Stuur ons een DM, dan helpen we je verder.', 'Stuur ons een DM'),
    reply('nl', pakket, 'Neem contact op met onze klantenservice, zij helpen je graag.', 'Neem contact op'),
    reply('nl', pakket, 'Wat vervelend! Neem even contact met ons op via de chat.', 'Neem even contact met'),
    reply('nl', 'Mijn bank kwam met een gescheurd kussen.', 'Hoi, vervelend! Stuur ons een privébericht met je ordernummer, dan zoeken we het uit.', 'Stuur ons een privébericht'),
    reply('nl', pakket, 'Bel even met onze klantenservice, dan kijken zij met je mee.', 'Bel even met onze klantenservice'),

    reply('ru', posylka, 'Нам очень жаль! Напишите нам в личные сообщения, пожалуйста.', 'Напишите нам в личные сообщения'),
    reply('ru', posylka, 'Обратитесь, пожалуйста, в службу поддержки.', 'Обратитесь, пожалуйста, в'),
    reply('ru', posylka, 'Позвоните на горячую линию, там вам обязательно помогут.', 'Позвоните'),
    reply('ru', posylka, 'Сожалеем! Свяжитесь, пожалуйста, с нашей службой поддержки.', 'Свяжитесь'),
    reply('ru', posylka, 'Здравствуйте, Светлана! Напишите нам в личку, разберёмся.', 'Напишите нам в личку'),
    reply('ru', 'Диван пришёл с порванной подушкой.', 'Очень жаль! Пришлите нам, пожалуйста, номер заказа в личные сообщения, и мы во всём разберёмся.', 'в личные сообщения'),
    reply('en', 'The printer you sold me jams on every page.', 'Please email care@inkhouse.example and the team will get on it.', 'Please email'),
    reply('nl', 'De verwarming in mijn huurwoning doet het al dagen niet.', 'Neem alsjeblieft contact op met onze klantenservice.', 'Neem alsjeblieft contact op'),
  ],
  silent: [
    reply('en', 'The lid of my new kettle arrived cracked.', "So sorry about the cracked lid! I've sent a replacement today, and if it's not with you by Friday, DM us."),
    reply('en', 'Do you deliver to Jersey?', 'We do: delivery to Jersey takes 3 to 4 working days. For anything else, DM us.'),
    reply('en', 'The app crashes every time I open the basket.', 'Sorry the app keeps crashing at the basket. Please DM us your phone model so we can check.'),
    reply('en', parcel, 'Sorry about the wait. Your parcel is at the Leeds depot and goes out for delivery tomorrow; if it does not arrive, DM us.'),
    { lang: 'en', text: 'Questions about your order? DM us any time.' },

    reply('de', 'Mein Rad ist seit drei Wochen in der Werkstatt.', 'Dein Rad ist fertig, wir haben die Bremse heute getauscht. Für die Rechnung schreib uns bitte eine DM.'),
    reply('de', 'Der Drucker zieht kein Papier ein.', 'Ärgerlich, wenn der Drucker das Papier nicht einzieht! Schreib uns bitte eine DM mit der Modellnummer.'),
    reply('de', 'Habt ihr sonntags geöffnet?', 'Ja, sonntags von 10 bis 16 Uhr. Für Reservierungen ruf uns gerne an.'),

    reply('nl', 'Mijn nieuwe pas werkt niet bij de kassa.', 'Je nieuwe pas is vandaag opnieuw verstuurd. Vragen? Stuur ons een DM.'),
    reply('nl', 'De printer trekt geen papier meer in.', 'Balen dat de printer geen papier intrekt! Stuur ons een DM met het modelnummer, dan zoeken we het uit.'),
    reply('nl', 'Zijn jullie op zondag open?', 'Ja, op zondag van 10 tot 16 uur. Voor reserveringen kun je ons bellen.'),

    reply('ru', 'Мне не вернули деньги за отменённый заказ.', 'Мы вернули деньги на вашу карту сегодня утром. Если что-то ещё, напишите нам в личку.'),
    reply('ru', 'Принтер не захватывает бумагу.', 'Жаль, что принтер не берёт бумагу! Напишите нам в личку модель принтера, разберёмся.'),
    reply('ru', 'Вы работаете в воскресенье?', 'Да, в воскресенье с 10 до 16. Для бронирования позвоните нам.'),
    reply('de', 'Gibt es die Wanderschuhe noch in Größe 40?', 'Ja! Schick uns eine PN, dann legen wir dir ein Paar beiseite.'),
  ],
});
