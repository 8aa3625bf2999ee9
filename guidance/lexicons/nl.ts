/** Dutch lexicon. Phrase syntax: see guidance/text/phrases.ts. */
import type { Lexicon } from './types';

export const nl: Lexicon = {
  stopwords: [
    'de', 'het', 'een', 'en', 'van', 'is', 'je', 'jij', 'wij', 'ons', 'onze', 'niet', 'op', 'met', 'voor', 'dat', 'zijn',
    'naar', 'bij', 'ook', 'nog', 'maar', 'wat', 'hoe', 'u', 'uw', 'jouw', 'hier', 'kan', 'wordt', 'heb', 'hebben', 'er',
    'als', 'dan', 'om', 'aan', 'te', 'zo', 'al', 'wel', 'geen', 'mee', 'even', 'jullie', 'ik', 'mijn', 'heel', 'meer',
    'dit', 'deze', 'moet', 'kunt', 'kun', 'hoi', 'bedankt', 'graag', 'zou', 'ze', 'hun', 'nu', 'dus', 'vind',
    'gaat', 'gaan', 'komt', 'worden', 'uit', 'door', 'tot', 'nieuwe', 'heeft', 'wil', 'kunnen', 'vanaf', 'waar', 'omdat', 'welke', 'hem', 'haar', 'zich',
    'alleen', 'vandaag', 'nieuw', 'uur', 'jaar', 'altijd', 'nooit', 'weer', 'echt', 'zelf', 'samen', 'elke', 'iedereen', 'tijdens', 'sinds',
    'zonder', 'tegen', 'tussen', 'onder', 'na', 'zodat', 'daarom', 'toch', 'misschien', 'hebt', 'waren', 'werd', 'bent', 'jou', 'veel',
    'iets', 'langs', 'staat', 'staan', 'weet', 'doen', 'doe', 'maken', 'zien', 'kom',
  ],
  firstPersonPlural: ['wij', 'we', 'ons', 'onze', 'onszelf'],
  secondPerson: ['je', 'jij', 'jou', 'jouw', 'u', 'uw', 'jullie', 'jezelf', 'uzelf', 'jouwe'],
  askNeedingWay: [
    'bestel', 'bestel (nu|vandaag|direct|snel|hier|online)', 'bestellen', 'koop (nu|hier|je|jouw|online|vandaag|de|het|een|onze|ons|uw)', 'scoor (nu|je|jouw|de|het|een|onze)', 'kopen', 'shop (nu|de|onze|online|hier|vandaag|het|je)',
    'boek (nu|je|jouw|een|online|hier|vandaag)', 'boeken', 'reserveer*', 'reserveren', 'meld (je|u) (nu|aan)', 'meld (je|u|jullie) (nu|vandaag|snel|direct|hier)? nog? aan', 'aanmelden',
    'schrijf (je|u) (nu|in)', 'schrijf (je|u|jullie) (nu|vandaag|snel|direct|hier)? nog? in', 'inschrijven', 'abonneer*', 'download (nu|onze|de|je|hier|gratis)', 'downloaden',
    'gebruik (de|code|kortingscode)', 'stuur (ons|me) even? een? (dm|pb|bericht|berichtje|privébericht|mail|e-mail)',
    'neem (even|gerust)? contact (op|met)', 'bel (ons|onze)', 'mail (ons|naar)', 'bezoek (onze|ons)', 'kijk op onze (website|webshop|site)',
    'plan (een|je|nu) (afspraak|gesprek)', 'trakteer (jezelf|uzelf|jullie|je)', 'vraag (nu|vandaag|direct)? (een|je|jouw|uw)? (gratis|vrijblijvende)? (offerte|proefles|brochure|demo|proefpakket)', 'maak (een|nu) afspraak',
  ],
  askOnPlatform: [
    'volg (ons|onze)', 'like en deel', 'deel dit bericht', 'tag (een|je) (vriend|vriendin|maatje)', 'tijdelijk* aanbieding',
    'op op', 'alles moet weg', 'mis het niet', 'beperkte (tijd|voorraad|oplage)', 'zolang de voorraad strekt',
  ],
  jargon: ['dm', 'dms', 'pb'],
  bioLink: ['link in (de|onze|mijn)? bio', 'link in (het|ons)? profiel'],
  steps: [
    'tik op', 'tik', 'klik*', 'kies', 'selecteer', 'scroll', 'ga je? naar', 'open (de|onze|je|jouw|uw) (app|website|site|account|bestelling)',
    '(in|via|met) (de|onze|je|jouw|uw) (app|account)', 'onder (mijn|je|jouw|uw)', 'instellingen', 'menu', 'vul (je|jouw|uw|het|de|daar|hier)',
    'aan (de|het) (balie|loket|kassa)', 'in (de|onze|elke) (winkel|filiaal)',
  ],
  courtesy: [
    '(als|mocht|mochten) (je|jij|u|jullie|er) (nog|verder|toch)? (vragen|iets|meer|andere)', 'nog andere? vragen', 'verdere vragen',
    '(aarzel|schroom) niet', 'voel (je|u) vrij', 'heb (je|jij) (nog|verder)? vragen', 'heeft u (nog|verder)? vragen',
  ],
  value: [
    'tip', 'tips', 'zo (check|doe|maak|voorkom|herken|krijg|houd|red)', 'hoe je', 'stappen', 'stap', 'handleiding', 'gids',
    'uitleg', 'les', 'lessen', 'geleerd', 'wist je dat', 'truc*', 'fout*', 'checklist',
    'gratis (sjabloon|gids|checklist|e-book|webinar|template)', 'advies', 'het geheim', 'onderzoek', 'enquête', 'we vroegen',
    'verhaal', 'recept', 'vuistregel', 'als je',
  ],
  invitation: [
    'reageer', 'reacties', 'vertel (ons|me|het)', 'laat (ons|het) (weten|horen)',
    'deel (je|jouw|jullie|uw) (ervaring*|mening|tips|verhaal|ideeën)', 'wat vind (jij|je|jullie|u)', 'wat denken jullie',
    'hoe doen jullie', 'wat is jouw', 'welke (kies|vind|gebruik)', 'in de reacties', 'stem', 'wie (gaat|rijdt|komt|doet|heeft)',
    'heb (jij|je) (ooit|al)', 'hebben jullie', 'vragen',
  ],
  selfPromotion: [
    'trots*', 'apetrots', 'blij (om|te|dat)', 'zó blij', 'zo blij', 'aankondig*', 'kondigen', 'lancer*', 'lancering',
    'nieuw product', 'nu beschikbaar', 'nu live', 'prijs gewonnen', 'award*', 'mijlpaal', 'partner*', 'samenwerking',
    'vieren', 'jubileum', 'opening', 'opent', 'groot nieuws', 'nieuw op onze blog', 'nieuwste',
  ],
  claim: [
    'beste', 'best', 'toonaangevend*', 'uniek*', 'revolutionair*', 'onverslaanbaar*', 'onverslaanbare', 'gegarandeerd*',
    '(de|het|onze) enige', 'nummer (1|één|een)', '#1', 'nr . 1', 'wereldklasse', 'ongeëvenaard*', 'perfect*', 'ultiem*', 'baanbrekend*',
    'ooit (nodig|zult|zal)', 'bestverkochte', 'populairste', 'grootste', 'goedkoopste', 'snelste', 'laagste', 'meest (verkochte|gekozen|geliefde)',
    'onvergelijkbaar*',
  ],
  claimException: [
    'het beste (is|kun|kunt|om)', 'ons best', 'je best', 'jouw best', 'de enige (manier|reden|oplossing)', 'niet de enige',
    'op zijn best', 'beste wensen', 'beste (klant|klanten|heer|mevrouw|lezer|lezers|allemaal|volgers|collega)',
    'perfect (voor|om)',
  ],
  evidence: [
    'gekozen', 'verkozen', 'award', 'prijs', 'winnaar', 'gewonnen', 'beoordeeld', 'beoordeling*', 'volgens', 'onderzoek',
    'enquête', 'sterren', 'gecertificeerd', 'getest', 'bron', 'pagina', 'editie', 'recensie*', 'reviews',
  ],
  redirect: [
    'stuur (ons|me) even? een? (dm|pb|bericht|berichtje|privébericht|mail|e-mail)', 'neem (even|gerust)? contact (op|met)', 'klantenservice',
    'alle info', 'klantcontact', 'supportteam', 'support', 'servicedesk', 'klantenteam',
    'klantendienst', 'helpdesk', 'hulppagina', 'helppagina', 'veelgestelde vragen', 'faq', 'contactformulier',
    'klachtenformulier', 'formulier', 'bel (even|gerust|dan)? (ons|onze|de|met) (onze|de)? (klantenservice|klantendienst|helpdesk|servicedesk|klantenlijn)?', 'mail (ons|naar)', 'stuur een mail', 'via de chat', 'chat met',
    'alle informatie', 'vind je op onze', 'kijk even? op onze', 'wend (je|u) tot',
  ],
  actionTaken: [
    'omgezet', 'omgeboekt', 'terugbetaald', 'teruggestort', 'verstuurd', 'verzonden', 'opgestuurd', 'doorgestuurd',
    'toegevoegd', 'aangepast', 'geannuleerd', 'gecorrigeerd', 'opgelost', 'vervangen', 'gecontroleerd', 'nagekeken',
    'bijgewerkt', 'geregeld', 'erbij gezet', 'ik stuur', 'we sturen', 'sturen we', 'stuur ik', 'is onderweg', 'onderweg',
    'gaan (ze|ze) met',
  ],
  timeFrame: [
    'vandaag', 'morgen', 'overmorgen', 'vanavond', 'vanmiddag', 'vanochtend', 'binnen <n>? (uur|dagen|dag|minuten|werkdagen)',
    'binnen een (uur|dag|week)', 'over <n> (uur|dagen|minuten)', '<n> (uur|werkdagen)',
    '(vóór|voor|op) (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)', 'uiterlijk', 'volgende week', 'deze week',
    'meteen', 'zo snel mogelijk',
  ],
  genericService: [
    'horen', 'gehoord', 'ontvangen', 'helaas', 'sturen', 'klantenservice', 'reactie', 'contacteren', 'kijken', 'bekijken', 'verder', 'meer', 'duidelijk', 'mogelijk', 'direct', 'zodat', 'alvast', 'groet', 'groeten', 'vriendelijke', 'informatie', 'ervaringen', 'vervelende', 'begrijpen', 'begrijp', 'snappen', 'natuurlijk', 'graag',
    'sorry', 'vervelend', 'excuses', 'helpen', 'hulp', 'probleem*', 'bericht*', 'service', 'team',
    'gegevens', 'bedankt', 'dank', 'hoi', 'hallo', 'jammer', 'balen', 'begrip', 'ongemak',
    'ervaring*', 'vraag', 'vragen', 'contact', 'naam', 'adres', 'e-mail', 'mail', 'nummer', 'ernaar',
    'uitzoeken', 'zoeken', 'nakijken', 'checken', 'controleren', 'laten', 'weten', 'snel', 'pagina', 'link', 'formulier', 'collega*', 'ontevreden', 'feedback', 'situatie', 'oplossen', 'spijt',
    'hulppagina', 'alle', 'vind', 'even', 'onze', 'jouw', 'nemen', 'neem', 'stuur', 'privébericht',
  ],
  defensive: [
    'zoals (we|wij|ik) (je|u|jullie)? (al|reeds)? (eerder|twee|meerdere|vaker)? keer? (zeiden|zei|aangaven|schreven|vermeldden|hebben|uitlegden|vertelden)', 'zoals (al|eerder) (gezegd|vermeld|aangegeven)',
    'had (u|je|jij) (de|onze)? (voorwaarden|kleine|algemene)', '(u|je|jij) had (de|onze)? (voorwaarden|beschrijving|kleine)', 'dat is onzin',
    'dat klopt (gewoon|echt)? niet', 'dat is (gewoon|echt)? niet waar', 'maak (je|u) niet zo? druk', 'daar kunnen (wij|we) (niets|niks) aan', 'lees (eerst|even|nou)? (de|onze|het) (voorwaarden|beschrijving)', 'kleine lettertjes', '(u|je|jij) vergist (zich|je)',
    'niet (onze|ons) (verantwoordelijkheid|probleem)', 'zoals (al|eerder) (meerdere|vaker)? keren? (gezegd|vermeld|aangegeven)', 'niet onze schuld', 'niet ons probleem',
    'ligt niet aan ons', 'rustig (aan|maar)', 'doe (even|eens)? rustig', 'kalm (aan|blijven)', 'dat is niet waar',
    'dat klopt niet', 'met alle respect', 'eigen schuld',
  ],
  delayApology: [
    '(sorry|excuses|excuus) (voor|om) (de|ons|onze|mijn|het)? (late|trage|vertraagde|lange)? (reactie|antwoord|vertraging|wachttijd|wachten)',
    '(sorry|excuses|excuus) dat (het|we|wij|ik|je|jij|u|jullie) (zo|nu|nou)? (lang|pas|laat)',
    'spijt (ons|me|mij) dat (het|we|wij|ik|je|u|jullie) (zo|nu|nou)? (lang|pas|laat)',
    '(bedankt|dank|dankjewel|dankuwel) voor (je|jouw|jullie|uw|het)? (geduld|wachten)', 'dank (je|u) wel voor (je|jouw|jullie|uw|het)? (geduld|wachten)', '(reageren|antwoorden) (we|wij|ik)? (nu|nou) pas',
  ],
  personalData: [
    'boekingscode', 'boekingsnummer', 'bestelnummer', 'ordernummer', 'klantnummer', 'reserveringsnummer', 'telefoonnummer',
    'mobiele? nummer', 'e-mailadres', 'mailadres', 'adres', 'woonadres', 'postcode', 'volledige naam', 'geboortedatum',
    'iban', 'rekeningnummer', 'bsn', 'ticketnummer',
  ],
  publicRequest: [
    'reageer hier? even? met', 'antwoord hier? met', 'deel (je|jouw|uw)', 'vermeld (je|jouw|uw|hier)', '(kun|kunt|kunnen|wil|wilt|willen) (je|u|jij|jullie) (hier|ons)? (je|jouw|uw)',
    'geef (ons|hier)? (je|jouw|uw)', 'wat is (je|jouw|uw)', 'noem (je|jouw|uw)', 'zet (je|jouw|uw)', 'laat (hier|hieronder)? (je|jouw|uw)', 'in de reacties',
  ],
  privateChannel: ['dm', 'pb', 'privébericht', 'privé', 'persoonlijk bericht', 'per (mail|e-mail)', 'via (mail|e-mail|dm|pb)', 'contactformulier'],
  referenceWord: ['bestelling', 'order', 'boeking', 'ticket', 'zaak', 'dossier', 'factuur', 'reservering', 'zending', 'pakket', 'referentie'],
  streetWord: ['*straat', '*laan', '*weg', '*plein', '*gracht', '*kade', '*singel', '*dijk', 'straat'],
  syndication: [
    'nieuwe blog', 'nieuw blog', 'nieuwe blogpost', 'nieuw op (de|onze) blog', 'onze nieuwste (blog|post|blogpost|artikel|video)',
    'lees (meer|verder)', 'nieuw artikel', 'nieuwe video', 'nieuwste blog',
  ],
};
