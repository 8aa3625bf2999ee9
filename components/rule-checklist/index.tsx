/**
 * One row per rule for a draft's report, in the order of importance (RULE_IDS). A row expands to
 * the finding's message and tip when the rule needs attention, otherwise to what the rule checks.
 * Rows carry `data-rule` and `data-state` so tests can compare them with the page's hints.
 */
import { fillTemplate } from '../../guidance/i18n';
import { RULE_IDS, type ChecklistState, type Lang, type Report, type RuleId } from '../../guidance/types';
import type { UiTexts } from '../../utils/ui-messages';
import './style.css';

export interface RuleChecklistProps {
  report: Report;
  texts: UiTexts;
  lang: Lang;
  /** For the reply-fast description. */
  replyTargetMinutes: number;
  /** Rules the user muted where this draft is; their rows say so. */
  muted: ReadonlySet<RuleId>;
}

const STATE_ICONS: Record<ChecklistState, string> = { attention: '!', pass: '✓', na: '–' };

function stateLabel(state: ChecklistState, texts: UiTexts): string {
  return { attention: texts.stateAttention, pass: texts.statePass, na: texts.stateNa }[state];
}

export function RuleChecklist({ report, texts, lang, replyTargetMinutes, muted }: RuleChecklistProps) {
  const states = new Map(report.checklist.map((row) => [row.rule, row.state]));
  return (
    <ol class="rule-checklist" data-rule-checklist>
      {RULE_IDS.map((rule) => {
        const state = states.get(rule) ?? 'na';
        const findings = report.findings.filter((finding) => finding.rule === rule);
        const isMuted = muted.has(rule);
        return (
          <li key={rule} class={`rule-row rule-row--${state}`} data-rule={rule} data-state={state} data-muted={isMuted ? 'true' : undefined}>
            <details>
              <summary>
                <span class="rule-row__icon" aria-hidden="true">{STATE_ICONS[state]}</span>
                <span class="rule-row__title">{texts[`ruleTitle.${rule}`]}</span>
                <span class="visually-hidden">: {stateLabel(state, texts)}</span>
                {isMuted && <span class="rule-row__tag">{texts.mutedLabel}</span>}
              </summary>
              <div class="rule-row__body">
                {state === 'attention' && findings.length > 0 ? (
                  findings.map((finding, index) => (
                    <p key={index}>
                      <strong>{finding.message}</strong> {finding.tip}
                    </p>
                  ))
                ) : (
                  <p>{fillTemplate(texts[`ruleAbout.${rule}`], { minutes: replyTargetMinutes }, lang)}</p>
                )}
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
