import type { Catalogue } from '../i18n';
import type { en } from './en';

export const nl: Catalogue<typeof en> = {
  'value-before-ask.message': 'Je vraagt iets voordat je helpt',
  'value-before-ask.tip':
    'Eerst iets vragen komt onoprecht over: mensen volgen bedrijven waar ze iets aan hebben, lang voordat ze iets kopen. Begin met iets waar de lezer vandaag al wat aan heeft (een tip, een antwoord, een cijfer dat het weten waard is) en zet “{phrase}” daarachter. Bijvoorbeeld: “Snelle tip: … En wil je meer? …”.',

  'broadcast-only.message': 'Een aankondiging waar niemand op kan reageren',
  'broadcast-only.tip':
    'Een bericht dat alleen over jezelf gaat, levert hooguit likes op, geen gesprek. Geef lezers een opening: vraag wat ze ervan vinden, waarvoor ze het zouden gebruiken of wat ze hierna graag zien. Eindig bijvoorbeeld met “Wat moeten we volgens jou nog toevoegen?”',

  'reply-fast.info.message': 'Deze reactie is {age} oud; je streeftijd is {target}',
  'reply-fast.info.message-approximate': 'Deze reactie is ongeveer {age} oud; je streeftijd is {target}',
  'reply-fast.info.tip':
    'Klanten verwachten op sociale media binnen het uur antwoord, en een openbare klacht verspreidt zich zolang hij blijft liggen. Reageer nu, al is het maar om te zeggen wie ermee bezig is en wanneer ze iets horen.',
  'reply-fast.warn.message': 'Deze reactie is {age} oud: bied je excuses aan voor het wachten',
  'reply-fast.warn.message-approximate': 'Deze reactie is ongeveer {age} oud: bied je excuses aan voor het wachten',
  'reply-fast.warn.tip':
    'Een antwoord dat pas na een dag of later komt, zonder één woord over de vertraging, komt onverschillig over. Erken het meteen: “Sorry voor de late reactie!” Geef daarna in hetzelfde bericht het antwoord of de oplossing.',

  'clear-next-step.no-way.message': '“{phrase}”, maar hoe?',
  'clear-next-step.no-way.tip':
    'Mensen komen niet in actie als ze niet weten wat ze moeten doen of waar. Zet er meteen bij hoe het moet: een link, het @-account, een telefoonnummer of de precieze stappen. Bijvoorbeeld: “{phrase}: https://…”.',
  'clear-next-step.jargon.message': '“{phrase}” zegt de meeste lezers hier weinig',
  'clear-next-step.jargon.tip':
    'Jargon als DM, PB of “link in bio” (op een netwerk zonder bio-link) laat mensen gissen. Zeg het in gewone woorden en zet de link of de precieze stappen erbij, bijvoorbeeld “Stuur ons een privébericht via deze pagina” of het volledige adres.',
  'clear-next-step.too-many-asks.message': '{count} verschillende oproepen in één bericht',
  'clear-next-step.too-many-asks.tip':
    'Elke extra oproep maakt alle oproepen zwakker: lezers doen hooguit één ding. Kies de oproep die deze week het zwaarst weegt, houd die, en bewaar de rest voor latere berichten.',

  'whats-in-it-for-them.message': 'Vooral over jezelf: {we}× “we/ons”, {you}× “je/u”',
  'whats-in-it-for-them.tip':
    'Elke lezer vraagt zich stilletjes af: wat heb ik eraan, waarom zou het me iets kunnen schelen, waarom zou ik het geloven? Draai de eerste zin om naar de lezer: begin in plaats van met “{first}” met wat er voor hen verandert, bijvoorbeeld “Je kunt nu …”.',

  'back-your-claims.message': '“{phrase}”: volgens wie?',
  'back-your-claims.tip':
    'Grote woorden zonder bewijs klinken als reclame: sociale media verspreiden je boodschap, ze maken hem niet beter. Onderbouw het met iets wat mensen kunnen nagaan (een cijfer, een klant met naam, een prijs of een bron) of vertel wat je echt doet, bijvoorbeeld “elke ochtend om 5 uur met de hand gebakken”.',

  'sincere-tone.caps.message': 'Meerdere woorden in hoofdletters komen over als schreeuwen',
  'sincere-tone.exclamations.message': 'Een rij uitroeptekens komt over als schreeuwen',
  'sincere-tone.hashtags.message': '{count} hashtags overstemmen de boodschap',
  'sincere-tone.tip':
    'Oprecht werkt beter dan luid: hoofdletters, “!!” en rijen hashtags laten een bedrijf klinken als een advertentie, en mensen scrollen door. Schrijf het zoals je het tegen een klant in de winkel zou zeggen: hooguit één uitroepteken en twee of drie hashtags.',

  'human-touch.link-only.message': 'Een link met bijna niets erbij',
  'human-touch.link-only.tip':
    'Berichten met alleen een link ogen geautomatiseerd, en niemand praat met een robot. Schrijf er een of twee zinnen bij in je eigen woorden: waarom de klik de moeite waard is, wat je ervan geleerd hebt, of een vraag aan de lezer.',
  'human-touch.syndication.message': 'Dit leest als een automatisch bericht',
  'human-touch.syndication.tip':
    '“Nieuwe blogpost: …” is wat tools schrijven. Zeg in één zin wat de lezer eraan heeft en waarom je het schreef, en zet dan de link erbij.',
  'human-touch.duplicate.message': 'Deze week stond dezelfde tekst al als concept op {site}',
  'human-touch.duplicate.tip':
    'Eén tekst naar elk netwerk kopiëren valt op: elk netwerk heeft zijn eigen lengte, toon en publiek. Stem de tekst af op dit netwerk: maak hem korter, verander de opening of stel een vraag die past bij de mensen hier.',

  'solve-dont-deflect.message': '“{phrase}” verschuift het probleem, maar lost het niet op',
  'solve-dont-deflect.tip':
    'Doorverwijzen sust in het openbaar, maar lost niets op: de luchtvaartmaatschappij die binnen enkele minuten reageerde en daarna per e-mail niets meer liet horen, raakte de klant toch kwijt. Laat zien dat je het specifieke probleem begrijpt en zeg wat er nu gebeurt en wanneer, bijvoorbeeld “Ik heb je boeking bekeken; de terugbetaling wordt vandaag nog overgemaakt.” Stap alleen over op privéberichten als je persoonsgegevens nodig hebt, en zeg waarom.',

  'stay-calm.message': '“{phrase}” klinkt in het openbaar defensief',
  'stay-calm.tip':
    'Iedereen kan deze reactie lezen, en een defensieve toon maakt van één ontevreden klant een verhaal dat rondgaat. Toon eerst begrip en leg daarna uit zonder de schuld te geven, bijvoorbeeld “Ik snap dat dit als een verrassing kwam: de parkeerkosten staan op de boekingspagina, en ik zorg dat dat duidelijker wordt.”',

  'keep-it-private.email.message': 'Een e-mailadres in een openbaar bericht',
  'keep-it-private.phone.message': 'Een telefoonnummer in een openbaar bericht',
  'keep-it-private.iban.message': 'Een rekeningnummer in een openbaar bericht',
  'keep-it-private.reference.message': 'Een klant- of bestelnummer in een openbaar bericht',
  'keep-it-private.address.message': 'Een adres in een openbaar bericht',
  'keep-it-private.datum.tip':
    'Persoonsgegevens die openbaar staan, kunnen voor altijd gelezen, gekopieerd en gevonden worden, en dat schaadt het vertrouwen in je bedrijf. Haal ze weg en ga verder in een privébericht. Zijn het de openbare contactgegevens van jullie bedrijf? Zet ze dan in het beleid op de optiepagina.',
  'keep-it-private.request.message': 'Hier vraag je de klant om persoonsgegevens openbaar te delen',
  'keep-it-private.request.tip':
    'Boekingscodes, namen en telefoonnummers horen niet openbaar in de reacties. Vraag er in een privébericht om, bijvoorbeeld “Stuur je boekingscode even via een privébericht, dan gaan we meteen op zoek naar je koffer.”',

  'company-policy.forbidden.message': '“{phrase}” staat op de lijst met termen die jullie bedrijf niet gebruikt',
  'company-policy.forbidden.tip':
    'Jullie socialemediabeleid sluit deze term uit (bijvoorbeeld een product dat nog niet is aangekondigd, of een concurrent). Haal hem weg of formuleer het anders, en overleg met wie het beleid beheert als je vindt dat hij wel moet kunnen.',
  'company-policy.disclosure.message': '“{phrase}” is een sponsor: zet de vermelding erbij',
  'company-policy.disclosure.tip':
    'Jullie beleid vraagt om een vermelding zodra een sponsor genoemd wordt, en lezers vertrouwen je meer als dat duidelijk is. Zet {disclosure} aan het begin van het bericht.',

  'platform-fit.too-long.message': 'Te lang voor {site}: {over} boven de limiet van {limit} tekens',
  'platform-fit.too-long.tip':
    '{site} publiceert geen bericht boven de limiet, en hier wordt geteld volgens de regels van {site} (links en emoji’s kunnen extra meetellen). Knip het gemarkeerde deel na de limiet weg of splits het bericht op in een draadje.',
  'platform-fit.too-many-links.message': '{count} links; {site} staat er {limit} toe',
  'platform-fit.too-many-links.tip':
    'Houd de belangrijkste links en zet de rest in een reactie of op de pagina waar je naar linkt.',
  'platform-fit.fold.message': 'Je eerste vraag of oproep zit verstopt achter “…meer”',
  'platform-fit.fold.tip':
    'LinkedIn toont vóór “…meer” maar zo’n 210 tekens of drie regels. Zet de vraag of de oproep in de eerste regels, zodat lezers zien waarom ze het bericht moeten openklappen.',
};
