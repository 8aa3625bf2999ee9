/**
 * The participation policy editor: four lists, one term a line. Saving checks every list first and
 * names the list and line of the first problem; nothing is saved while one remains.
 */
import { useState } from 'preact/hooks';
import type { Status } from '../../components/status-message';
import { parseTermLines, type TermListProblem } from '../../utils/policy-terms';
import { policy, POLICY_LISTS, POLICY_TERM_MAX_LENGTH, POLICY_TERMS_MAX, type PolicyList, type PolicySetting } from '../../utils/settings';
import { useSetting } from '../../utils/use-setting';
import type { UiTextState } from '../../utils/use-ui-text';
import { useSectionStatus } from './section';

type ListTexts = Record<PolicyList, string>;

const asText = (value: PolicySetting): ListTexts =>
  Object.fromEntries(POLICY_LISTS.map((list) => [list, value[list].join('\n')])) as ListTexts;

function problemStatus(listName: string, problem: TermListProblem): Status {
  switch (problem.kind) {
    case 'empty':
      return { kind: 'error', key: 'optionsPolicyEmpty', params: { list: listName, line: problem.line } };
    case 'too-long':
      return { kind: 'error', key: 'optionsPolicyTooLong', params: { list: listName, line: problem.line, max: POLICY_TERM_MAX_LENGTH } };
    case 'duplicate':
      return { kind: 'error', key: 'optionsPolicyDuplicate', params: { list: listName, term: problem.term, first: problem.first, line: problem.line } };
    case 'too-many':
      return { kind: 'error', key: 'optionsPolicyTooMany', params: { list: listName, max: POLICY_TERMS_MAX } };
  }
}

export function PolicyEditor({ ui }: { ui: UiTextState }) {
  const stored = useSetting(policy);
  const showStatus = useSectionStatus();
  // What the user typed and has not saved yet; until then the fields show the stored policy (which
  // an import or reset may change meanwhile).
  const [edits, setEdits] = useState<ListTexts | null>(null);
  const texts = edits ?? asText(stored.value);

  const save = async (event: Event) => {
    event.preventDefault();
    const next: Partial<PolicySetting> = {};
    for (const list of POLICY_LISTS) {
      const parsed = parseTermLines(texts[list]);
      if ('problem' in parsed) return showStatus(problemStatus(ui.texts[`optionsPolicy.${list}`], parsed.problem));
      next[list] = parsed.terms;
    }
    if (await stored.save(next as PolicySetting)) {
      setEdits(null);
      showStatus({ kind: 'info', key: 'optionsSaved' });
    }
  };

  return (
    <form class="options__policy" onSubmit={(event) => void save(event)}>
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
              setEdits((current) => ({ ...(current ?? asText(stored.value)), [list]: value }));
            }}
          />
        </label>
      ))}
      <button type="submit" class="primary" data-policy-save>
        {ui.texts.optionsPolicySave}
      </button>
    </form>
  );
}
