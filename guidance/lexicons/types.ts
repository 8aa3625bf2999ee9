/**
 * The shape of a language's lexicon: data only, one file per language. Phrase syntax is described in
 * `../text/phrases.ts`. Every list is about one concern, named for what the rules use it for.
 * Function words, used to detect the language, are in `stopwords.ts`.
 */

export const CONCERNS = [
  /** we / our / us. */
  'firstPersonPlural',
  /** you / your, formal and informal. */
  'secondPerson',
  /** Asks that need a way to act (link, handle, number): buy, order, book, sign up, DM us… */
  'askNeedingWay',
  /** Asks that are done on the platform itself: follow us, like and share, limited offer… */
  'askOnPlatform',
  /** Platform jargon used as an instruction: DM, PM, RT. */
  'jargon',
  /** "link in bio": only a way to act where the network has a bio link. */
  'bioLink',
  /** Concrete steps in an app, on a page or at a counter: tap, click, go to, in the app… Two of them show the way. */
  'steps',
  /** Closing offers: if there's anything else, don't hesitate, any further questions… An ask inside one is an offer. */
  'courtesy',
  /** Something useful for the reader: tip, how to, guide, lesson, did you know… */
  'value',
  /** Invitations to respond: comment, tell us, share your experience, let us know… */
  'invitation',
  /** Self-centred announcement language: proud to announce, excited to share, launch, milestone… */
  'selfPromotion',
  /** Superlative or absolute claims: best, leading, world-class, guaranteed, the only… */
  'claim',
  /** Idioms that contain a claim word but claim nothing: all the best, do our best, best regards… */
  'claimException',
  /** Words that bring evidence to a claim: voted, award, rated, survey, according to… */
  'evidence',
  /** Sending the customer to another channel: DM us, email us, call our hotline, visit our help page… */
  'redirect',
  /** Something already done for the customer: I've sent, we've refunded, I've moved… */
  'actionTaken',
  /** A time frame: today, tomorrow, within 24 hours, by Friday… */
  'timeFrame',
  /** Service words that acknowledge nothing specific: sorry, issue, experience, inconvenience, details… */
  'genericService',
  /** Defensive, blaming or sarcastic phrases: as we already said, calm down, not our fault… */
  'defensive',
  /** Acknowledging a late reply: sorry for the late reply, sorry for the wait… */
  'delayApology',
  /** Personal data a customer could be asked for: order number, phone number, e-mail, address… */
  'personalData',
  /** Asking for something to be written publicly, here: reply with, comment with, tell us… */
  'publicRequest',
  /** Private channels: DM, private message, e-mail. A request through them is not public. */
  'privateChannel',
  /** Words a reference number stands next to: order, booking, ticket, case… */
  'referenceWord',
  /** Street words that make a number an address: street, road, Straße, straat, улица… */
  'streetWord',
  /** Greetings and sign-offs: the capitalised word after one is a name, not the customer's problem. */
  'greeting',
  /** Auto-syndication openers: new blog post, check out our latest post, via @buffer… */
  'syndication',
] as const;

export type Concern = (typeof CONCERNS)[number];

export type Lexicon = { readonly [C in Concern]: readonly string[] };
