/** The strategy checklist of shared/principles.md, ticked by hand; ticks are a setting. */
import { STRATEGY_ITEM_IDS, type StrategyItemId } from '../../utils/settings';
import type { UiTexts } from '../../utils/ui-messages';

export interface StrategyChecklistProps {
  ticked: readonly StrategyItemId[];
  texts: UiTexts;
  onChange(ticked: StrategyItemId[]): void;
}

export function StrategyChecklist({ ticked, texts, onChange }: StrategyChecklistProps) {
  const toggle = (item: StrategyItemId, on: boolean) =>
    onChange(STRATEGY_ITEM_IDS.filter((known) => (known === item ? on : ticked.includes(known))));
  return (
    <fieldset class="strategy-checklist" data-strategy-checklist>
      <legend>{texts.strategyHeading}</legend>
      <p class="hint">{texts.strategyIntro}</p>
      {STRATEGY_ITEM_IDS.map((item) => (
        <label key={item} class="check-row">
          <input
            type="checkbox"
            data-strategy-item={item}
            checked={ticked.includes(item)}
            onChange={(event) => toggle(item, event.currentTarget.checked)}
          />
          <span>{texts[`strategy.${item}`]}</span>
        </label>
      ))}
    </fieldset>
  );
}
