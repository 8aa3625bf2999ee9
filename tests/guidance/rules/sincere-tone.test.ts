// @vitest-environment node
import { ruleTable } from './rule-table';

ruleTable('sincere-tone', {
  fires: [
    { lang: 'en', text: 'HUGE SUMMER SALE starts NOW in our shop on the corner.', phrase: 'HUGE', severity: 'info' },
    { lang: 'en', text: 'Thank you all so much!! See you on Saturday at the market.', phrase: '!!' },
    { lang: 'en', text: 'Great news for you! New menu! New chef! New terrace!', phrase: '!' },
    { lang: 'en', text: '#coffee #latte #barista #morning #cafe #smallbusiness Fresh beans are in today.', phrase: '#coffee' },
    { lang: 'en', kind: 'reply', text: 'We are SO SORRY about this, it should NEVER EVER happen to you.', phrase: 'SORRY' },

    { lang: 'de', text: 'MEGA SOMMERSCHLUSSVERKAUF: nur HEUTE alles reduziert in unserem Laden.', phrase: 'MEGA' },
    { lang: 'de', text: 'Danke für eure Unterstützung!!! Wir sehen uns am Samstag.', phrase: '!!!' },
    { lang: 'de', text: 'Neue Karte! Neuer Koch! Neue Terrasse! Kommt vorbei!', phrase: '!' },
    { lang: 'de', text: '#kaffee #frühstück #bäckerei #köln #lecker #handgemacht Heute frische Brötchen für euch.', phrase: '#kaffee' },

    { lang: 'nl', text: 'MEGA UITVERKOOP: alleen VANDAAG alles afgeprijsd in onze winkel.', phrase: 'MEGA' },
    { lang: 'nl', text: 'Bedankt voor jullie steun!! Tot zaterdag op de markt.', phrase: '!!' },
    { lang: 'nl', text: 'Nieuwe kaart! Nieuwe kok! Nieuw terras! Kom langs!', phrase: '!' },
    { lang: 'nl', text: '#koffie #ontbijt #bakkerij #utrecht #lekker #ambacht Vandaag vers brood voor jullie.', phrase: '#koffie' },

    { lang: 'ru', text: 'ГРАНДИОЗНАЯ РАСПРОДАЖА только СЕГОДНЯ в нашем магазине.', phrase: 'ГРАНДИОЗНАЯ' },
    { lang: 'ru', text: 'Спасибо вам за поддержку!! Ждём вас в субботу на ярмарке.', phrase: '!!' },
    { lang: 'ru', text: 'Новое меню! Новый шеф! Новая терраса! Приходите к нам!', phrase: '!' },
    { lang: 'ru', text: '#кофе #завтрак #пекарня #казань #вкусно #сделановручную Сегодня у нас свежий хлеб.', phrase: '#кофе' },
  ],
  silent: [
    { lang: 'en', text: 'Our FAQ and the GDPR notice are on the website, and the SEO team is updating both this week.' },
    { lang: 'en', text: 'Fresh bread is out of the oven! Come by before noon.' },
    { lang: 'en', text: '#bakery #sourdough #leeds Fresh loaves until 2pm today.' },
    { lang: 'en', text: 'Big day for us! New oven! Same recipes!' },
    { lang: 'en', kind: 'reply', text: 'Your parcel left our DHL hub in the UK this morning, ETA Friday.' },

    { lang: 'de', text: 'Die FAQ und die DSGVO-Hinweise findet ihr auf der Website, die AGB haben wir gerade aktualisiert.' },
    { lang: 'de', text: 'Das Brot ist aus dem Ofen! Kommt vorbei, solange es noch warm ist.' },
    { lang: 'de', text: '#bäckerei #sauerteig #köln Heute frische Laibe bis 14 Uhr.' },
    { lang: 'de', kind: 'reply', text: 'Dein ICE nach Berlin fährt heute von Gleis 7, die BVG-Busse warten am Ausgang.' },

    { lang: 'nl', text: 'De FAQ en de AVG-informatie vind je op de website, en de KVK-gegevens staan onderaan.' },
    { lang: 'nl', text: 'Het brood is uit de oven! Kom langs zolang het nog warm is.' },
    { lang: 'nl', text: '#bakkerij #zuurdesem #utrecht Vandaag vers brood tot 14 uur.' },
    { lang: 'nl', text: 'Grote dag voor ons! Nieuwe oven! Zelfde recepten!' },

    { lang: 'ru', text: 'Оплатить можно в приложении ВТБ или в любом МФЦ, а при покупке через СБП комиссия не берётся.' },
    { lang: 'ru', text: 'Хлеб уже из печи! Приходите, пока он тёплый.' },
    { lang: 'ru', text: '#пекарня #закваска #казань Сегодня свежий хлеб до 14 часов.' },
    { lang: 'ru', text: 'Большой день для нас! Новая печь! Старые рецепты!' },
  ],
});
