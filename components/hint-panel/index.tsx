/**
 * The inline hint beside a composer: a compact badge (count and worst severity) that expands to
 * one card per finding. Rendered by the content script inside its shadow root; it never moves
 * focus itself (the content script does, only on the toggle shortcut), and its buttons keep the
 * editor focused when clicked with a mouse.
 */
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { fillTemplate } from '../../guidance/i18n';
import type { Lang, Severity } from '../../guidance/types';
import type { UiTexts } from '../../utils/ui-messages';
import type { HintCard } from './cards';

export { hintCards, type HiddenCards, type HintCard } from './cards';

export interface HintPanelProps {
  cards: readonly HintCard[];
  texts: UiTexts;
  lang: Lang;
  /** The site as the mute buttons name it ("LinkedIn", "fosstodon.org"). */
  siteLabel: string;
  expanded: boolean;
  scheme: 'light' | 'dark';
  /** Announced politely after an action (a mute), empty otherwise. */
  notice: string;
  /** `byKeyboard`: the cards get focus when they open. */
  onToggle(byKeyboard: boolean): void;
  onClose(): void;
  onDismiss(card: HintCard): void;
  onMuteSite(card: HintCard): void;
  onMuteEverywhere(card: HintCard): void;
}

export const HINT_PANEL_ID = 'post-coach-cards';

function worstSeverity(cards: readonly HintCard[]): Severity {
  return cards.some((card) => card.severity === 'warn') ? 'warn' : 'info';
}

/** Alt+Shift+P, the keys of the manifest's toggle-hints command, also when the page gets them. */
export function isToggleShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && event.code === 'KeyP' && !event.ctrlKey && !event.metaKey;
}

/** Keeps the editor focused when a button is clicked with the mouse. */
const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

export function HintPanel(props: HintPanelProps) {
  const { cards, texts, lang, expanded } = props;
  const panel = useRef<HTMLDivElement>(null);
  const severity = worstSeverity(cards);
  const severityName = severity === 'warn' ? texts.hintSeverityWarn : texts.hintSeverityInfo;
  // A handful of cards, written with the same digits in every UI language: a string, so no
  // Intl.NumberFormat is built (its first construction costs ~15 ms, on the typing path).
  const count = String(cards.length);

  /** After a keyboard action removes the focused card, keep focus in the panel, not on the page. */
  const act = (action: (card: HintCard) => void, card: HintCard) => (event: MouseEvent) => {
    action(card);
    if (event.detail === 0) panel.current?.focus();
  };

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      props.onClose();
    } else if (isToggleShortcut(event)) {
      event.preventDefault();
      props.onToggle(true);
    }
  };

  return (
    <div class="pc-hints" data-scheme={props.scheme} data-severity={severity} onKeyDown={onKeyDown}>
      <button
        type="button"
        class="pc-badge"
        aria-expanded={expanded}
        aria-controls={HINT_PANEL_ID}
        aria-label={fillTemplate(texts.hintBadgeLabel, { count, severity: severityName }, lang)}
        title={texts.hintPanelLabel}
        onMouseDown={keepEditorFocus}
        onClick={(event) => props.onToggle(event.detail === 0)}
      >
        <span class="pc-badge-icon" aria-hidden="true">{severity === 'warn' ? '!' : 'i'}</span>
        <span class="pc-badge-count" aria-hidden="true">{count}</span>
      </button>
      <div
        id={HINT_PANEL_ID}
        ref={panel}
        class="pc-panel"
        role="region"
        aria-label={texts.hintPanelLabel}
        tabIndex={-1}
        hidden={!expanded}
      >
        <div class="pc-panel-head">
          <span class="pc-title">{texts.hintPanelLabel}</span>
          <button type="button" class="pc-close" aria-label={texts.hintClose} title={texts.hintClose} onMouseDown={keepEditorFocus} onClick={props.onClose}>
            ×
          </button>
        </div>
        <ul class="pc-cards">
          {cards.map((card) => (
            <li key={card.key} class="pc-card" data-rule={card.rule} data-severity={card.severity}>
              <p class="pc-message">{card.message}</p>
              {card.quote !== undefined && (
                <blockquote class="pc-quote">
                  <span class="visually-hidden">{texts.hintQuoteLabel} </span>
                  {card.quote}
                </blockquote>
              )}
              <p class="pc-tip">{card.tip}</p>
              <div class="pc-actions">
                <button type="button" aria-label={texts.hintDismissLabel} onMouseDown={keepEditorFocus} onClick={act(props.onDismiss, card)}>
                  {texts.hintDismiss}
                </button>
                <button
                  type="button"
                  aria-label={fillTemplate(texts.hintMuteSiteLabel, { site: props.siteLabel }, lang)}
                  onMouseDown={keepEditorFocus}
                  onClick={act(props.onMuteSite, card)}
                >
                  {texts.hintMuteSite}
                </button>
                <button
                  type="button"
                  aria-label={texts.hintMuteEverywhereLabel}
                  onMouseDown={keepEditorFocus}
                  onClick={act(props.onMuteEverywhere, card)}
                >
                  {texts.hintMuteEverywhere}
                </button>
              </div>
            </li>
          ))}
        </ul>
        <p class="pc-shortcut">{texts.hintShortcut}</p>
      </div>
      <p class="visually-hidden" role="status">{props.notice}</p>
    </div>
  );
}
