import { hitsOf, type AnalysedDraft } from '../analysed-draft';
import { defineRule, type RuleFinding } from '../rule';
import { contactKey } from '../text/personal-data';
import type { Token } from '../text/tokens';

/** How far (in tokens) a reference code may stand from its "order"/"booking" word, or a house number from its street. */
const REFERENCE_REACH = 4;
const STREET_REACH = 3;
const MIN_REFERENCE_LENGTH = 6;
/** How far (in tokens) the requested data may follow the request ("reply here with your … booking code"). */
const REQUEST_REACH = 12;

type DatumKind = 'email' | 'phone' | 'iban' | 'reference' | 'address';
interface Datum { kind: DatumKind; start: number; end: number }

function isReferenceCode(raw: string): boolean {
  const compact = raw.replace(/-/g, '');
  return compact.length >= MIN_REFERENCE_LENGTH && /\d/.test(compact) && /^[\p{L}\p{N}-]+$/u.test(raw);
}

const isCodePart = (token: Token | undefined) => token !== undefined && (token.kind === 'word' || token.kind === 'number');

/** The code starting at token `first`: tokens written together are one code ("48AB9921" is "48" and "AB9921"). */
function codeAt(draft: AnalysedDraft, first: number): Datum | undefined {
  const { tokens } = draft;
  if (!isCodePart(tokens[first]) || (first > 0 && isCodePart(tokens[first - 1]) && tokens[first - 1]!.end === tokens[first]!.start)) return undefined;
  let last = first;
  while (isCodePart(tokens[last + 1]) && tokens[last + 1]!.start === tokens[last]!.end) last++;
  const datum = { kind: 'reference' as const, start: tokens[first]!.start, end: tokens[last]!.end };
  return isReferenceCode(draft.text.slice(datum.start, datum.end)) ? datum : undefined;
}

function references(draft: AnalysedDraft): Datum[] {
  return hitsOf(draft, 'referenceWord').flatMap((hit) => {
    for (let i = hit.endToken; i < hit.endToken + REFERENCE_REACH && i < draft.tokens.length; i++) {
      const code = codeAt(draft, i);
      if (code) return [code];
    }
    return [];
  });
}

/** "Parkplatz 20 €" and "£4 an hour" are prices, not house numbers. */
const AMOUNT_AFTER = /^\s*(?:[€$£₽%]|eur|euro|usd|rub|руб|kg|km|min|h\b)/iu;
const AMOUNT_BEFORE = /[€$£₽]\s?$/u;

function isHouseNumber(text: string, token: Token): boolean {
  return token.kind === 'number' && !AMOUNT_AFTER.test(text.slice(token.end, token.end + 5)) && !AMOUNT_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start));
}

function addresses(draft: AnalysedDraft): Datum[] {
  const { tokens, text } = draft;
  return hitsOf(draft, 'streetWord').flatMap((hit) => {
    const after = tokens.slice(hit.endToken, hit.endToken + STREET_REACH).find((token) => isHouseNumber(text, token));
    const before = tokens.slice(Math.max(0, hit.firstToken - STREET_REACH), hit.firstToken).find((token) => isHouseNumber(text, token));
    const house = after ?? before;
    if (!house) return [];
    return [{ kind: 'address' as const, start: Math.min(house.start, hit.start), end: Math.max(house.end, hit.end) }];
  });
}

function publicDataRequest(draft: AnalysedDraft): RuleFinding | undefined {
  const sentence = (token: number) => draft.sentenceOfToken[token];
  const dataHits = hitsOf(draft, 'personalData');
  const privateHits = hitsOf(draft, 'privateChannel');
  for (const request of hitsOf(draft, 'publicRequest')) {
    const inSentence = sentence(request.firstToken);
    const datum = dataHits.find((hit) => hit.firstToken >= request.firstToken && hit.firstToken - request.endToken <= REQUEST_REACH && sentence(hit.firstToken) === inSentence);
    if (!datum || privateHits.some((hit) => sentence(hit.firstToken) === inSentence)) continue;
    return { severity: 'warn', start: request.start, end: datum.end, message: 'keep-it-private.request.message', tip: 'keep-it-private.request.tip' };
  }
  return undefined;
}

export const keepItPrivate = defineRule({
  id: 'keep-it-private',
  principle: 'Personal data never belongs in a public reply',
  languageIndependent: true,
  appliesTo: () => true,
  check(draft) {
    const ownContacts = new Set((draft.draft.policy?.ownContacts ?? []).map(contactKey).filter((key) => key.length > 0));
    const data: Datum[] = [
      ...draft.personalData().filter((datum) => !ownContacts.has(contactKey(datum.raw))),
      ...references(draft),
      ...addresses(draft),
    ].filter((datum, _, all) => !all.some((other) => other !== datum && other.start <= datum.start && other.end >= datum.end && other.end - other.start > datum.end - datum.start));
    const first = data.sort((a, b) => a.start - b.start)[0];
    if (first) {
      return [{ severity: 'warn', start: first.start, end: first.end, message: `keep-it-private.${first.kind}.message`, tip: 'keep-it-private.datum.tip' }];
    }
    const request = draft.draft.kind === 'reply' ? publicDataRequest(draft) : undefined;
    return request ? [request] : [];
  },
});
