// @vitest-environment node
import { DAY, HOUR, ruleTable, WHOLE } from './rule-table';

const reply = { kind: 'reply' as const };

ruleTable('reply-fast', {
  fires: [
    { ...reply, lang: 'en', parentAge: 3 * HOUR, text: 'Hi Ben, the replacement part is in stock and ships tomorrow morning.', phrase: WHOLE, severity: 'info' },
    { ...reply, lang: 'en', parentAge: 5 * HOUR, text: 'Sorry for the late reply! The replacement part is in stock and ships tomorrow.', phrase: WHOLE, severity: 'info' },
    { ...reply, lang: 'en', parentAge: 3 * DAY, text: 'Hi Ben, the replacement part is in stock and ships tomorrow morning.', phrase: WHOLE, severity: 'warn' },
    { ...reply, lang: 'en', parentAge: 30 * HOUR, text: 'Thanks for the photos, we will replace the lamp for you this week.', severity: 'warn' },
    { ...reply, lang: 'en', parentAge: 40, replyTargetMinutes: 30, text: 'Thanks for asking! The shop is open until 6 pm on Saturdays.', severity: 'info' },

    { ...reply, lang: 'de', parentAge: 3 * HOUR, text: 'Hallo Jana, das Ersatzteil ist auf Lager und geht morgen raus.', phrase: WHOLE, severity: 'info' },
    { ...reply, lang: 'de', parentAge: 2 * DAY, text: 'Hallo Jana, das Ersatzteil ist auf Lager und geht morgen raus.', phrase: WHOLE, severity: 'warn' },
    { ...reply, lang: 'de', parentAge: 4 * HOUR, text: 'Entschuldigen Sie die späte Antwort! Das Ersatzteil ist auf Lager und geht morgen raus.', severity: 'info' },
    { ...reply, lang: 'de', parentAge: 5 * DAY, text: 'Danke für die Fotos, wir tauschen die Lampe diese Woche für dich aus.', severity: 'warn' },

    { ...reply, lang: 'nl', parentAge: 3 * HOUR, text: 'Hoi Sanne, het onderdeel is op voorraad en gaat morgen de deur uit.', phrase: WHOLE, severity: 'info' },
    { ...reply, lang: 'nl', parentAge: 3 * DAY, text: 'Hoi Sanne, het onderdeel is op voorraad en gaat morgen de deur uit.', phrase: WHOLE, severity: 'warn' },
    { ...reply, lang: 'nl', parentAge: 2 * HOUR, text: 'Sorry voor de late reactie! Het onderdeel is op voorraad en gaat morgen de deur uit.', severity: 'info' },
    { ...reply, lang: 'nl', parentAge: 26 * HOUR, text: 'Bedankt voor de foto’s, we vervangen de lamp deze week voor je.', severity: 'warn' },

    { ...reply, lang: 'ru', parentAge: 3 * HOUR, text: 'Здравствуйте, Ольга! Деталь есть на складе, отправим её завтра утром.', phrase: WHOLE, severity: 'info' },
    { ...reply, lang: 'ru', parentAge: 2 * DAY, text: 'Здравствуйте, Ольга! Деталь есть на складе, отправим её завтра утром.', phrase: WHOLE, severity: 'warn' },
    { ...reply, lang: 'ru', parentAge: 6 * HOUR, text: 'Извините за задержку с ответом! Деталь есть на складе, отправим её завтра.', severity: 'info' },
    { ...reply, lang: 'ru', parentAge: 4 * DAY, text: 'Спасибо за фото, мы заменим вам лампу на этой неделе.', severity: 'warn' },
  ],
  silent: [
    { ...reply, lang: 'en', parentAge: 20, text: 'Hi Ben, the replacement part is in stock and ships tomorrow morning.' },
    { ...reply, lang: 'en', parentAge: 3 * DAY, text: 'Sorry it took us so long to get back to you, Ben. The replacement part ships tomorrow.' },
    { ...reply, lang: 'en', parentAge: 2 * DAY, text: 'Apologies for the delayed response! The replacement part is in stock and ships tomorrow.' },
    { ...reply, lang: 'en', parentAge: 4 * DAY, text: "Sorry we're only getting back to you now. The replacement part is in stock and ships tomorrow." },
    { ...reply, lang: 'en', parentAge: 2 * DAY, text: 'Thanks for bearing with us! The replacement part is in stock and ships tomorrow.' },
    { ...reply, lang: 'en', parentAge: 2 * DAY, text: 'Thank you so much for your patience! The replacement part ships tomorrow.' },
    { ...reply, lang: 'en', parentAge: 2 * DAY, text: 'Sorry for getting back to you so late. The replacement part ships tomorrow.' },
    { ...reply, lang: 'en', parentAge: 3 * HOUR, replyTargetMinutes: 4 * HOUR, text: 'Hi Ben, the replacement part is in stock and ships tomorrow morning.' },
    { lang: 'en', text: 'Replacement parts for every lamp we have ever sold are in stock and ship the next day.' },

    { ...reply, lang: 'de', parentAge: 15, text: 'Hallo Jana, das Ersatzteil ist auf Lager und geht morgen raus.' },
    { ...reply, lang: 'de', parentAge: 3 * DAY, text: 'Entschuldige bitte, dass wir uns erst jetzt melden! Das Ersatzteil geht morgen raus.' },
    { ...reply, lang: 'de', parentAge: 2 * DAY, text: 'Sorry für die späte Rückmeldung, Jana. Das Ersatzteil ist auf Lager und geht morgen raus.' },
    { ...reply, lang: 'de', parentAge: 3 * DAY, text: 'Tut uns leid, dass du so lange auf eine Antwort warten musstest. Das Ersatzteil geht morgen raus.' },
    { ...reply, lang: 'de', parentAge: 2 * DAY, text: 'Entschuldigen Sie die Verzögerung. Das Ersatzteil ist auf Lager und geht morgen an Sie raus.' },
    { ...reply, lang: 'de', parentAge: 2 * DAY, text: 'Vielen Dank für Ihre Geduld! Das Ersatzteil ist auf Lager und geht morgen raus.' },
    { ...reply, lang: 'de', parentAge: 3 * DAY, text: 'Verzeihen Sie bitte, dass wir erst heute antworten. Das Ersatzteil geht morgen raus.' },
    { ...reply, lang: 'de', parentAge: 2 * HOUR, replyTargetMinutes: 3 * HOUR, text: 'Hallo Jana, das Ersatzteil ist auf Lager und geht morgen raus.' },

    { ...reply, lang: 'nl', parentAge: 25, text: 'Hoi Sanne, het onderdeel is op voorraad en gaat morgen de deur uit.' },
    { ...reply, lang: 'nl', parentAge: 3 * DAY, text: 'Excuses dat we nu pas reageren! Het onderdeel is op voorraad en gaat morgen de deur uit.' },
    { ...reply, lang: 'nl', parentAge: 2 * DAY, text: 'Sorry dat je zo lang op een antwoord moest wachten. Het onderdeel gaat morgen de deur uit.' },
    { ...reply, lang: 'nl', parentAge: 2 * DAY, text: 'Sorry voor ons late antwoord, Sanne. Het onderdeel is op voorraad en gaat morgen de deur uit.' },
    { ...reply, lang: 'nl', parentAge: 2 * DAY, text: 'Het spijt ons dat het zo lang duurde. Het onderdeel gaat morgen de deur uit.' },
    { ...reply, lang: 'nl', parentAge: 2 * DAY, text: 'Dank je wel voor je geduld! Het onderdeel gaat morgen de deur uit.' },
    { ...reply, lang: 'nl', parentAge: 90, replyTargetMinutes: 2 * HOUR, text: 'Hoi Sanne, het onderdeel is op voorraad en gaat morgen de deur uit.' },

    { ...reply, lang: 'ru', parentAge: 10, text: 'Здравствуйте, Ольга! Деталь есть на складе, отправим её завтра утром.' },
    { ...reply, lang: 'ru', parentAge: 3 * DAY, text: 'Простите за долгий ответ! Деталь есть на складе, отправим её завтра утром.' },
    { ...reply, lang: 'ru', parentAge: 2 * DAY, text: 'Извините, что отвечаем только сейчас. Деталь есть на складе, отправим её завтра.' },
    { ...reply, lang: 'ru', parentAge: 3 * DAY, text: 'Приносим извинения за долгое ожидание. Деталь есть на складе, отправим её завтра.' },
    { ...reply, lang: 'ru', parentAge: 2 * DAY, text: 'Спасибо за терпение! Деталь есть на складе, отправим её завтра утром.' },
    { ...reply, lang: 'ru', parentAge: 2 * HOUR, replyTargetMinutes: 3 * HOUR, text: 'Здравствуйте, Ольга! Деталь есть на складе, отправим её завтра утром.' },
  ],
});
