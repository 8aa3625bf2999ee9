/** Muted rules, each with an unmute button: the popup lists those muted where the tab is, the options page all. */
import { fillTemplate } from '../../guidance/i18n';
import type { Lang, RuleId } from '../../guidance/types';
import type { MuteScope } from '../../utils/settings';
import type { UiTexts } from '../../utils/ui-messages';

export interface MutedEntry {
  rule: RuleId;
  scope: MuteScope;
  /** Where, as the user reads it: "everywhere", "on LinkedIn". */
  where: string;
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
