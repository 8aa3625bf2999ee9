// @vitest-environment node
import { ruleTable } from './rule-table';

const unreleased = { forbidden: ['Nebula', 'CityBrew'] };
const sponsored = { sponsorWords: ['Ridgeway'], disclosure: ['#ad', '#anzeige', '#advertentie', '#реклама'] };

ruleTable('company-policy', {
  fires: [
    { lang: 'en', policy: unreleased, text: 'Sneak peek: the Nebula lamp lands in our shop next month.', phrase: 'Nebula', severity: 'warn' },
    { lang: 'en', policy: sponsored, text: 'Thanks to Ridgeway for the new tents, they kept us dry all weekend! #camping', phrase: 'Ridgeway' },
    { lang: 'en', policy: unreleased, text: 'Unlike citybrew, we roast every bean the day before it ships.', phrase: 'citybrew' },
    { lang: 'en', policy: unreleased, kind: 'reply', text: "Nebula's launch date is still a secret, and CityBrew's beans are not ours.", phrases: ["Nebula's", "CityBrew's"] },

    { lang: 'de', policy: unreleased, text: 'Kleiner Vorgeschmack: Die Nebula-Leuchte kommt nächsten Monat in unseren Laden.', phrase: 'Nebula' },
    { lang: 'de', policy: sponsored, text: 'Danke an Ridgeway für die neuen Zelte, sie haben uns das ganze Wochenende trocken gehalten!', phrase: 'Ridgeway' },
    { lang: 'de', policy: unreleased, text: 'Anders als bei CityBrew wird bei uns jede Bohne am Vortag geröstet.', phrase: 'CityBrew' },

    { lang: 'nl', policy: unreleased, text: 'Voorproefje: de Nebula-lamp ligt volgende maand in onze winkel.', phrase: 'Nebula' },
    { lang: 'nl', policy: sponsored, text: 'Dank aan Ridgeway voor de nieuwe tenten, we zijn het hele weekend droog gebleven!', phrase: 'Ridgeway' },
    { lang: 'nl', policy: unreleased, text: 'Anders dan bij CityBrew branden wij elke boon een dag voor verzending.', phrase: 'CityBrew' },

    { lang: 'ru', policy: { forbidden: ['Лайтбокс'] }, text: 'Скоро в продаже новинка от Лайтбокса, следите за новостями.', phrase: 'Лайтбокса' },
    { lang: 'ru', policy: sponsored, text: 'Спасибо Ridgeway за новые палатки, мы все выходные провели в сухости!', phrase: 'Ridgeway' },
    { lang: 'ru', policy: unreleased, text: 'В отличие от CityBrew, мы обжариваем каждое зерно накануне отправки.', phrase: 'CityBrew' },
  ],
  silent: [
    { lang: 'en', policy: sponsored, text: '#ad Thanks to Ridgeway for the new tents, they kept us dry all weekend!' },
    { lang: 'en', policy: unreleased, text: 'Our telescope night showed three nebulae and a comet, thanks to everyone who came.' },
    { lang: 'en', policy: unreleased, text: 'Our new lamp lands in the shop next month. Which colour should we make first?' },
    { lang: 'en', policy: { sponsorWords: ['Ridgeway'] }, text: 'Thanks to Ridgeway for the new tents! #sponsored' },

    { lang: 'de', policy: sponsored, text: '#Anzeige Danke an Ridgeway für die neuen Zelte, sie haben uns trocken gehalten!' },
    { lang: 'de', policy: unreleased, text: 'Beim Sternabend haben wir drei Nebelflecken und einen Kometen gesehen, danke an alle!' },
    { lang: 'de', policy: unreleased, text: 'Unsere neue Leuchte kommt nächsten Monat in den Laden. Welche Farbe wollt ihr zuerst?' },

    { lang: 'nl', policy: sponsored, text: '#advertentie Dank aan Ridgeway voor de nieuwe tenten, we zijn droog gebleven!' },
    { lang: 'nl', policy: unreleased, text: 'Onze nieuwe lamp ligt volgende maand in de winkel. Welke kleur willen jullie als eerste?' },
    { lang: 'nl', policy: unreleased, text: 'Tijdens de sterrenavond zagen we drie nevels en een komeet, bedankt aan iedereen!' },

    { lang: 'ru', policy: sponsored, text: '#реклама Спасибо Ridgeway за новые палатки, мы все выходные провели в сухости!' },
    { lang: 'ru', policy: { forbidden: ['Лайтбокс'] }, text: 'Наши лайтбоксовые вывески теперь делаются за один день.' },
    { lang: 'ru', policy: unreleased, text: 'Скоро в продаже наша новая лампа. Какой цвет сделать первым?' },
  ],
});
