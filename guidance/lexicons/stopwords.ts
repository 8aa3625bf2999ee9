/**
 * Frequent function words of each supported language, for telling which language a draft is in
 * and which of its words carry content. Data only. Small enough to ship in the content script,
 * which receives the phrase lexicons themselves from the background when a composer is first used.
 */
import type { Lang } from '../types';

export const STOPWORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'the', 'and', 'you', 'your', 'to', 'of', 'for', 'with', 'this', 'that', 'it', 'are', 'be', 'have', 'has', 'will', 'can',
    'please', 'thanks', 'not', 'what', 'how', 'just', 'from', 'they', 'there', 'would', 'could', 'if', 'when', 'about', 'my', 'i',
    'me', 'at', 'on', 'or', 'but', 'do', 'get', 'here', 'our', 'us', 'sorry', "we're", "i'm", "it's", "don't", "we'll", "you're",
    'been', 'any', 'which', 'who', 'out', 'new', 'one', 'time', 'a', 'an', 'by', 'these', 'their', 'should', 'did', "i've",
    "we've", "can't", 'hi', 'hey', 'thank', 'look', 'know', 'help', 'up', 'now', 'into', 'is', 'we', 'were', 'all', 'more',
    'after', 'every', 'everyone', 'until', 'today', 'than', 'then', 'also', 'only', 'very', 'some', 'them', 'its', 'he', 'she',
    'his', 'her', 'does', 'because', 'while', 'where', 'why', 'again', 'never', 'always', 'still', 'each', 'other', 'same',
    'many', 'much', 'most', 'without', 'through', 'since', "isn't", "let's", 'too', 'off', 'see', 'come', 'make', 'made',
    "they'll", "they're", "they've", "they'd", "you'll", "you've", "you'd", "he'll", "she'll", "that'll", "there's", "here's",
    "we'd", "i'd", "i'll", "won't", "wouldn't", "couldn't", "shouldn't", "didn't", "doesn't", "hasn't", "haven't", "aren't",
    "wasn't", "weren't", 'back', 'free', 'ever', 'first', 'last', 'next', 'like', 'love', 'good', 'great', 'really', 'well',
    'yet', 'got',
  ],
  de: [
    'der', 'das', 'und', 'ist', 'nicht', 'ich', 'du', 'wir', 'ein', 'eine', 'einen', 'mit', 'für', 'auf', 'den', 'dem', 'des',
    'zu', 'bei', 'uns', 'euch', 'dich', 'dir', 'auch', 'noch', 'schon', 'bitte', 'danke', 'hallo', 'sind', 'hat', 'haben', 'wie',
    'oder', 'aber', 'wenn', 'dass', 'sich', 'es', 'ihr', 'mal', 'nur', 'sehr', 'jetzt', 'hier', 'gerne', 'gern', 'vom', 'zum',
    'zur', 'im', 'ins', 'am', 'leider', 'unser', 'unsere', 'deine', 'dein', 'euer', 'eure', 'kann', 'können', 'wird', 'werden',
    'sie', 'mein', 'man', 'nach', 'über', 'von', 'dann', 'kein', 'keine', 'gibt', 'wurde', 'die', 'heute', 'alles', 'neue',
    'neuer', 'neues', 'neuen', 'unserem', 'unseren', 'unserer', 'bis', 'mehr', 'vor', 'aus', 'um', 'durch', 'ohne', 'diese',
    'dieser', 'dieses', 'diesem', 'weil', 'denn', 'doch', 'immer', 'wieder', 'seit', 'unter', 'wo', 'wer', 'warum', 'jeden',
    'jede', 'jeder', 'viel', 'viele', 'etwas', 'einfach', 'uhr', 'vorbei', 'ab', 'sein', 'seine', 'ihre', 'ihnen', 'ihren',
    'euren', 'eurem', 'deinen', 'deinem', 'bereits', 'selbst', 'damit',
  ],
  nl: [
    'de', 'het', 'een', 'en', 'van', 'is', 'je', 'jij', 'wij', 'ons', 'onze', 'niet', 'op', 'met', 'voor', 'dat', 'zijn', 'naar',
    'bij', 'ook', 'nog', 'maar', 'wat', 'hoe', 'u', 'uw', 'jouw', 'hier', 'kan', 'wordt', 'heb', 'hebben', 'er', 'als', 'dan',
    'om', 'aan', 'te', 'zo', 'al', 'wel', 'geen', 'mee', 'even', 'jullie', 'ik', 'mijn', 'heel', 'meer', 'dit', 'deze', 'moet',
    'kunt', 'kun', 'hoi', 'bedankt', 'graag', 'zou', 'ze', 'hun', 'nu', 'dus', 'vind', 'gaat', 'gaan', 'komt', 'worden', 'uit',
    'door', 'tot', 'nieuwe', 'heeft', 'wil', 'kunnen', 'vanaf', 'waar', 'omdat', 'welke', 'hem', 'haar', 'zich', 'alleen',
    'vandaag', 'nieuw', 'uur', 'jaar', 'altijd', 'nooit', 'weer', 'echt', 'zelf', 'samen', 'elke', 'iedereen', 'tijdens', 'sinds',
    'zonder', 'tegen', 'tussen', 'onder', 'na', 'zodat', 'daarom', 'toch', 'misschien', 'hebt', 'waren', 'werd', 'bent', 'jou',
    'veel', 'iets', 'langs', 'staat', 'staan', 'weet', 'doen', 'doe', 'maken', 'zien', 'kom',
  ],
  ru: [
    'и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'вы', 'мы', 'вас', 'нам', 'нас', 'для', 'к', 'у', 'из', 'за', 'о', 'же',
    'так', 'все', 'всё', 'но', 'да', 'нет', 'уже', 'или', 'если', 'то', 'ваш', 'наш', 'пожалуйста', 'спасибо', 'здравствуйте',
    'есть', 'был', 'быть', 'будет', 'можно', 'очень', 'когда', 'только', 'при', 'вам', 'ещё', 'еще',
  ],
};
