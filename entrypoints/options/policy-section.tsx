/**
 * The participation policy editor: four lists, one term a line. Saving checks every list first and
 * names the list and line of the first problem; nothing is saved while one remains.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Status } from '../../components/status-message';
import { parseTermLines, type TermListProblem } from '../../utils/policy-terms';
import { policy, POLICY_LISTS, POLICY_TERM_MAX_LENGTH, POLICY_TERMS_MAX, type PolicyList, type PolicySetting } from '../../utils/settings';
import { useSetting } from '../../utils/use-setting';
import type { UiTextState } from '../../utils/use-ui-text';
import { Section } from './section';

type ListTexts = Record<PolicyList, string>;

const asText = (value: PolicySetting): ListTexts =>
  Object.fromEntries(POLICY_LISTS.map((list) => [list, value[list].join('\n')])) as ListTexts;

function problemText(ui: UiTextState, list: PolicyList, problem: TermListProblem): string {
  const name = ui.texts[`optionsPolicy.${list}`];
  switch (problem.kind) {
    case 'empty':
      return ui.t('optionsPolicyEmpty', { list: name, line: problem.line });
    case 'too-long':
      return ui.t('optionsPolicyTooLong', { list: name, line: problem.line, max: POLICY_TERM_MAX_LENGTH });
    case 'duplicate':
      return ui.t('optionsPolicyDuplicate', { list: name, term: problem.term, first: problem.first, line: problem.line });
    case 'too-many':
      return ui.t('optionsPolicyTooMany', { list: name, max: POLICY_TERMS_MAX });
  }
}

export function PolicySection({ ui }: { ui: UiTextState }) {
  const stored = useSetting(policy);
  const [texts, setTexts] = useState<ListTexts>(asText(stored.value));
  const [edited, setEdited] = useState(false);

  // The stored policy replaces the fields unless the user is editing them (an import or reset elsewhere).
  useEffect(() => {
    if (!edited) setTexts(asText(stored.value));
  }, [stored.value]);

  const save = async (event: Event, showStatus: (status: Status | null) => void) => {
    event.preventDefault();
    const next: Partial<PolicySetting> = {};
    for (const list of POLICY_LISTS) {
      const parsed = parseTermLines(texts[list]);
      if ('problem' in parsed) return showStatus({ kind: 'error', text: problemText(ui, list, parsed.problem) });
      next[list] = parsed.terms;
    }
    if (await stored.save(next as PolicySetting)) {
      setEdited(false);
      setTexts(asText(next as PolicySetting));
      showStatus({ kind: 'info', text: ui.texts.optionsSaved });
    }
  };

  return (
    <Section name="policy" heading={ui.texts.optionsPolicyHeading} intro={ui.texts.optionsPolicyIntro} texts={ui.texts}>
      {(showStatus) => (
        <form class="options__policy" onSubmit={(event) => void save(event, showStatus)}>
          {POLICY_LISTS.map((list) => (
            <label key={list} class="options__field">
              <span>{ui.texts[`optionsPolicy.${list}`]}</span>
              <span class="hint">{ui.texts[`optionsPolicyHelp.${list}`]}</span>
              <textarea
                rows={4}
                spellcheck={false}
                data-policy={list}
                value={texts[list]}
                onInput={(event) => {
                  const value = event.currentTarget.value;
                  setTexts((current) => ({ ...current, [list]: value }));
                  setEdited(true);
                }}
              />
            </label>
          ))}
          <button type="submit" class="primary" data-policy-save>
            {ui.texts.optionsPolicySave}
          </button>
        </form>
      )}
    </Section>
  );
}
