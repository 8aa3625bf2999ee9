/** Muted rules, each with an unmute button: the popup lists those muted where the tab is, the options page all. */
import { fillTemplate } from '../../guidance/i18n';
import type { Lang, RuleId } from '../../guidance/types';
import type { MutedRules as MutedRulesValue, MuteScope } from '../../utils/settings';
import { labelForSiteKey } from '../../utils/sites';
import type { UiTexts } from '../../utils/ui-messages';

export interface MutedEntry {
  rule: RuleId;
  scope: MuteScope;
  /** Where, as the user reads it: "everywhere", "on LinkedIn". */
  where: string;
}

/** The muted rules as rows: everywhere first, then per site (only `siteKey`'s when given). */
export function mutedEntries(muted: MutedRulesValue, texts: UiTexts, lang: Lang, siteKey?: string): MutedEntry[] {
  const sites = Object.entries(muted.bySite).filter(([key]) => siteKey === undefined || key === siteKey);
  return [
    ...muted.everywhere.map((rule) => ({ rule, scope: { everywhere: true } as const, where: texts.mutedEverywhere })),
    ...sites.flatMap(([site, rules]) =>
      rules.map((rule) => ({ rule, scope: { site }, where: fillTemplate(texts.mutedOn, { site: labelForSiteKey(site) }, lang) })),
    ),
  ];
}

export interface MutedRulesProps {
  entries: readonly MutedEntry[];
  texts: UiTexts;
  lang: Lang;
  onUnmute(entry: MutedEntry): void;
}

export function MutedRules({ entries, texts, lang, onUnmute }: MutedRulesProps) {
  return (
    <ul class="muted-rules" data-muted-rules>
      {entries.map((entry) => {
        const title = texts[`ruleTitle.${entry.rule}`];
        return (
          <li key={`${entry.rule} ${entry.where}`} class="muted-rules__row" data-muted-rule={entry.rule}>
            <span>
              {title} <span class="hint">({entry.where})</span>
            </span>
            <button type="button" aria-label={fillTemplate(texts.unmuteLabel, { rule: title }, lang)} onClick={() => onUnmute(entry)}>
              {texts.unmute}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
