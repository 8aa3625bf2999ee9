import { hitsOf, type AnalysedDraft, type Hit } from '../analysed-draft';
import { PLATFORMS } from '../platforms';
import { defineRule, type RuleFinding } from '../rule';

const TOO_MANY_ASKS = 3;
/** One step word ("tap") is chance; two are directions ("open Orders, tap the parcel"). */
const MIN_STEPS = 2;

/** A link, a handle, an e-mail address, a phone number or concrete steps: something the reader can act on. */
function hasWayToAct(draft: AnalysedDraft): boolean {
  return (
    draft.links.length > 0 ||
    hitsOf(draft, 'steps').length >= MIN_STEPS ||
    draft.mentions.length > 0 ||
    draft.tokens.some((token) => token.kind === 'email') ||
    draft.personalData().some((datum) => datum.kind === 'phone')
  );
}

/** Asks that request something, not the closing offer "give us a shout if there's anything else". */
function requests(draft: AnalysedDraft): Hit[] {
  const courtesy = new Set(hitsOf(draft, 'courtesy').map((hit) => draft.sentenceOfToken[hit.firstToken]));
  return hitsOf(draft, 'askNeedingWay').filter((ask) => !courtesy.has(draft.sentenceOfToken[ask.firstToken]));
}

function finding(draft: AnalysedDraft, hit: Hit, kind: 'no-way' | 'jargon'): RuleFinding {
  return {
    severity: 'warn', start: hit.start, end: hit.end,
    message: `clear-next-step.${kind}.message`, tip: `clear-next-step.${kind}.tip`,
    params: { phrase: draft.text.slice(hit.start, hit.end) },
  };
}

export const clearNextStep = defineRule({
  id: 'clear-next-step',
  principle: 'Say what you want and how',
  languageIndependent: false,
  appliesTo: () => true,
  check(draft) {
    const site = draft.draft.site;
    const bioLinkWorks = site === undefined || PLATFORMS[site].hasBioLink;
    const bioLinks = hitsOf(draft, 'bioLink');
    const way = hasWayToAct(draft) || (bioLinkWorks && bioLinks.length > 0);
    if (!way) {
      const ask = requests(draft)[0];
      const jargon = hitsOf(draft, 'jargon')[0];
      if (ask && (!jargon || ask.start <= jargon.start)) return [finding(draft, ask, 'no-way')];
      if (jargon) return [finding(draft, jargon, 'jargon')];
      if (bioLinks[0]) return [finding(draft, bioLinks[0], 'jargon')];
    }
    if (draft.draft.kind !== 'post') return [];
    const asks = [...hitsOf(draft, 'askNeedingWay'), ...hitsOf(draft, 'askOnPlatform')].sort((a, b) => a.start - b.start);
    const distinct = new Map<string, Hit>();
    for (const ask of asks) {
      const phrase = draft.text.slice(ask.start, ask.end).toLowerCase();
      if (!distinct.has(phrase)) distinct.set(phrase, ask);
    }
    const third = [...distinct.values()][TOO_MANY_ASKS - 1];
    if (!third) return [];
    return [{
      severity: 'info', start: third.start, end: third.end,
      message: 'clear-next-step.too-many-asks.message', tip: 'clear-next-step.too-many-asks.tip',
      params: { count: distinct.size },
    }];
  },
});
