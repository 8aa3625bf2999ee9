/**
 * From a report to the hint's cards: one mapping for the content script and the practice page, so
 * both order, quote and remember dismissals alike.
 */
import { RULE_IDS, type Finding, type Report, type RuleId, type Severity } from '../../guidance/types';

const QUOTE_MAX_CHARS = 60;

/** One finding as the hint shows it. */
export interface HintCard {
  /** Stable while the draft changes elsewhere: what dismissing remembers. */
  key: string;
  rule: RuleId;
  severity: Severity;
  message: string;
  tip: string;
  /** The offending phrase, shortened; absent when the finding is about the whole draft. */
  quote?: string;
}

/** What the writer chose not to see: rules muted here, and card keys dismissed for this draft. */
export interface HiddenCards {
  muted: ReadonlySet<RuleId>;
  dismissed: ReadonlySet<string>;
}

/** The cards for `report` on the draft `text`, most important first. */
export function hintCards(report: Report, text: string, hidden: HiddenCards): HintCard[] {
  return report.findings
    .filter((finding) => !hidden.muted.has(finding.rule))
    .map((finding) => toCard(finding, text))
    .filter((card) => !hidden.dismissed.has(card.key))
    .sort(byImportance);
}

function toCard(finding: Finding, text: string): HintCard {
  const wholeDraft = finding.start <= 0 && finding.end >= text.length;
  const phrase = text.slice(finding.start, finding.end);
  return {
    // Position-independent, so editing elsewhere in the draft keeps a dismissal.
    key: wholeDraft ? finding.rule : `${finding.rule}\u0000${phrase}`,
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    tip: finding.tip,
    ...(!wholeDraft && phrase.trim() && { quote: shorten(phrase, QUOTE_MAX_CHARS) }),
  };
}

/** `phrase` on one line, at most `max` characters (whole code points), an ellipsis marking a cut. */
function shorten(phrase: string, max: number): string {
  const characters = Array.from(phrase.replace(/\s+/g, ' ').trim());
  return characters.length <= max ? characters.join('') : `${characters.slice(0, max - 1).join('').trimEnd()}…`;
}

function byImportance(a: HintCard, b: HintCard): number {
  const severity = (card: HintCard) => (card.severity === 'warn' ? 0 : 1);
  return severity(a) - severity(b) || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule);
}
