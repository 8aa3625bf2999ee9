import { firstHit, hitsOf, type AnalysedDraft } from '../analysed-draft';
import type { Concern } from '../lexicons';
import { defineRule } from '../rule';
import { tokenize } from '../text/tokens';

/** Words this short are mostly function words; content words are longer. */
const MIN_SHARED_WORD = 4;
const MIN_OWN_NOUN = 5;
/** Comparing word stems this long lets "parcels" match "parcel" and "чемодана" match "чемодан". */
const STEM = 5;
/** English adverbs, adjectives and verb forms: not the specific noun that names a problem. */
const NOT_A_NOUN_EN = /(?:ly|ed|ing|ful|ous|able|ible|ive)$/;
/** Russian infinitives, imperatives and adverbs ("помочь", "пришлите", "обязательно"): not the noun that names a problem. */
const NOT_A_NOUN_RU = /(?:[аяеиоу]ть|ться|тся|чь|ите|йте|ьте|льно|чно|енно|анно)$/;
/** Dutch adverbs and adjectives ("natuurlijk", "vervelend"): not the noun that names a problem. */
const NOT_A_NOUN_NL = /(?:lijk|ig|isch|baar|loos|zaam)$/;
/** A capitalised word inside an English sentence is a name (the customer's, the agent's sign-off), not the problem. */
const NAME_EN = /^\p{Lu}\p{Ll}*\p{Lu}?\p{Ll}*$/u;

/** Concerns whose words say nothing about the customer's specific problem. */
const NON_SPECIFIC: readonly Concern[] = [
  'genericService', 'redirect', 'personalData', 'firstPersonPlural', 'secondPerson', 'delayApology', 'privateChannel', 'jargon',
];

function stem(word: string): string {
  return word.length > STEM ? word.slice(0, STEM) : word;
}

/** Content words of the reply: not stop words, not service boilerplate, not the data asked for. */
function contentWords(draft: AnalysedDraft): { lower: string; raw: string; sentenceStart: boolean }[] {
  const covered = new Set<number>();
  for (const concern of NON_SPECIFIC) {
    for (const hit of hitsOf(draft, concern)) for (let i = hit.firstToken; i < hit.endToken; i++) covered.add(i);
  }
  // The word after a greeting or sign-off is a name ("Hallo Jonas", "Viele Grüße, Anna").
  const afterGreeting = new Set(hitsOf(draft, 'greeting').map((hit) => hit.endToken));
  return draft.tokens.flatMap((token, i) =>
    token.kind === 'word' && !covered.has(i) && !afterGreeting.has(i) && !draft.isStopword(token.lower)
      ? [{ lower: token.lower, raw: token.raw, sentenceStart: i === 0 || draft.sentenceOfToken[i - 1] !== draft.sentenceOfToken[i] }]
      : [],
  );
}

function sharesWordWithParent(draft: AnalysedDraft, words: ReturnType<typeof contentWords>): boolean {
  const parentText = draft.draft.parent?.text;
  if (!parentText) return false;
  const parentStems = new Set(
    tokenize(parentText).filter((token) => token.kind === 'word' && token.lower.length >= MIN_SHARED_WORD && !draft.isStopword(token.lower)).map((token) => stem(token.lower)),
  );
  return words.some((word) => word.lower.length >= MIN_SHARED_WORD && parentStems.has(stem(word.lower)));
}

/** A noun naming something specific: in German nouns are capitalised, in English, Dutch and Russian they lack adjective, adverb and verb endings. */
function hasSpecificNoun(draft: AnalysedDraft, words: ReturnType<typeof contentWords>): boolean {
  return words.some((word) => {
    if (word.lower.length < MIN_OWN_NOUN) return false;
    if (draft.main === 'de') return !word.sentenceStart && /^\p{Lu}/u.test(word.raw);
    if (draft.main === 'en') return !NOT_A_NOUN_EN.test(word.lower) && !NAME_EN.test(word.raw);
    if (draft.main === 'ru') return !NOT_A_NOUN_RU.test(word.lower);
    if (draft.main === 'nl') return !NOT_A_NOUN_NL.test(word.lower);
    return true;
  });
}

/** Numbers that answer something (sizes, times, prices), not the phone number the customer is sent to. */
function hasAnswerNumber(draft: AnalysedDraft): boolean {
  const data = draft.personalData();
  return draft.tokens.some((token) => token.kind === 'number' && !data.some((datum) => token.start >= datum.start && token.end <= datum.end));
}

/** "Yes!" / "Ja," / "Нет," opening a reply to a question answers it, whatever channel the reply then names. */
const YES_NO_ANSWER = /^(?:@\S+\s+)*(?:yes|yep|yeah|ja|jawohl|jazeker|nein|nee|да|нет)(?=[\s,.!:;–—-]|$)/iu;

function answersYesNoQuestion(draft: AnalysedDraft): boolean {
  return (draft.draft.parent?.text ?? '').includes('?') && YES_NO_ANSWER.test(draft.text.trim());
}

export const solveDontDeflect = defineRule({
  id: 'solve-dont-deflect',
  principle: "Solve the problem, don't just move it",
  languageIndependent: false,
  appliesTo: (draft) => draft.draft.kind === 'reply',
  check(draft) {
    const redirect = firstHit(draft, 'redirect');
    if (!redirect) return [];
    if (firstHit(draft, 'actionTaken', 'timeFrame') || hasAnswerNumber(draft) || answersYesNoQuestion(draft)) return [];
    const words = contentWords(draft);
    if (sharesWordWithParent(draft, words) || hasSpecificNoun(draft, words)) return [];
    return [{
      severity: 'warn', start: redirect.start, end: redirect.end,
      message: 'solve-dont-deflect.message', tip: 'solve-dont-deflect.tip',
      params: { phrase: draft.text.slice(redirect.start, redirect.end) },
    }];
  },
});
