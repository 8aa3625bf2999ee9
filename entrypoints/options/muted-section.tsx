/** Every muted rule with an unmute button and an undo for the last unmute; muting a rule everywhere. */
import { useState } from 'preact/hooks';
import { MutedRules, mutedEntries, type MutedEntry } from '../../components/muted-rules';
import { RULE_IDS, type RuleId } from '../../guidance/types';
import { mutedRules, withRuleMuted, withRuleUnmuted } from '../../utils/settings';
import { useSetting } from '../../utils/use-setting';
import type { UiTextState } from '../../utils/use-ui-text';

export function MutedRulesEditor({ ui }: { ui: UiTextState }) {
  const muted = useSetting(mutedRules);
  const [undoable, setUndoable] = useState<MutedEntry | null>(null);
  const [choice, setChoice] = useState<RuleId | ''>('');
  const entries = mutedEntries(muted.value, ui.texts, ui.lang);

  const unmute = async (entry: MutedEntry) => {
    if (await muted.save(withRuleUnmuted(muted.value, entry.rule, entry.scope))) setUndoable(entry);
  };
  const undo = async (entry: MutedEntry) => {
    if (await muted.save(withRuleMuted(muted.value, entry.rule, entry.scope))) setUndoable(null);
  };
  const muteEverywhere = async (event: Event) => {
    event.preventDefault();
    if (choice && (await muted.save(withRuleMuted(muted.value, choice, { everywhere: true })))) setChoice('');
  };

  return (
    <>
      {entries.length ? (
        <MutedRules entries={entries} texts={ui.texts} lang={ui.lang} onUnmute={(entry) => void unmute(entry)} />
      ) : (
        <p class="hint">{ui.texts.optionsMutedNone}</p>
      )}
      {undoable && (
        <p role="status" class="options__undo">
          {ui.t('optionsUnmuted', { rule: ui.texts[`ruleTitle.${undoable.rule}`], where: undoable.where })}{' '}
          <button type="button" data-undo onClick={() => void undo(undoable)}>
            {ui.texts.optionsUndo}
          </button>
        </p>
      )}
      <form class="options__mute" onSubmit={(event) => void muteEverywhere(event)}>
        <label>
          {ui.texts.optionsMuteLabel}{' '}
          <select data-setting="muteRule" value={choice} onChange={(event) => setChoice(event.currentTarget.value as RuleId | '')}>
            <option value="">{ui.texts.optionsMuteChoose}</option>
            {RULE_IDS.filter((rule) => !muted.value.everywhere.includes(rule)).map((rule) => (
              <option key={rule} value={rule}>
                {ui.texts[`ruleTitle.${rule}`]}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="submit" disabled={!choice}>
          {ui.texts.optionsMute}
        </button>
      </form>
    </>
  );
}
