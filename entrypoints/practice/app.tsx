/**
 * The practice page: a composer for trying a draft before it goes anywhere near a network. It runs
 * the same engine with the same settings as the content script and shows the same hint panel
 * (components/hint-panel, in its own shadow root as on a site) and the popup's checklist. Nothing
 * typed here is stored.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { render } from 'preact';
import { HintPanel, hintCards, type HintCard, type HintPanelProps } from '../../components/hint-panel';
import hintCss from '../../components/hint-panel/style.css?inline';
import { LanguagePicker } from '../../components/language-picker';
import { RuleChecklist } from '../../components/rule-checklist';
import { StatusMessage, useStatus } from '../../components/status-message';
import { analyze } from '../../guidance';
import { SITE_IDS, type Draft, type DraftKind, type Report, type SiteId } from '../../guidance/types';
import { BADGE_HEIGHT, BADGE_WIDTH, PANEL_WIDTH } from '../content/placement';
import { mutedRules, mutedRulesOn, policy, replyTargetMinutes, uiLanguage, withRuleMuted } from '../../utils/settings';
import { SITES } from '../../utils/sites';
import { useSetting, WriteErrorContext } from '../../utils/use-setting';
import { useUiText } from '../../utils/use-ui-text';

/** The content script's debounce: the page reacts as a site would. */
const ANALYZE_DELAY_MS = 300;
const AGE_UNITS = { minutes: 1, hours: 60, days: 24 * 60 } as const;
type AgeUnit = keyof typeof AGE_UNITS;

export interface PracticeDraft {
  site: SiteId;
  kind: DraftKind;
  text: string;
  parentText: string;
  /** How long ago the replied-to item was posted, in `ageUnit`s; empty when unknown. */
  age: string;
  ageUnit: AgeUnit;
}

/** The engine's input for a practice draft, at `now`. */
export function toDraft(practice: PracticeDraft, now: Date, settings: Pick<Draft, 'policy' | 'replyTargetMinutes'>): Draft {
  const ageMinutes = Number(practice.age) * AGE_UNITS[practice.ageUnit];
  const createdAt = practice.age.trim() && ageMinutes >= 0 ? new Date(now.getTime() - ageMinutes * 60_000).toISOString() : undefined;
  return {
    text: practice.text,
    kind: practice.kind,
    site: practice.site,
    now: now.toISOString(),
    ...settings,
    ...(practice.kind === 'reply' && { parent: { text: practice.parentText || undefined, createdAt } }),
  };
}

export function PracticeApp() {
  const ui = useUiText();
  const { status, reportWriteError } = useStatus();
  const policyValue = useSetting(policy).value;
  const target = useSetting(replyTargetMinutes).value;
  const muted = useSetting(mutedRules);
  const language = useSetting(uiLanguage);
  const [practice, setPractice] = useState<PracticeDraft>({ site: 'linkedin', kind: 'post', text: '', parentText: '', age: '', ageUnit: 'hours' });
  const [report, setReport] = useState<Report | null>(null);
  const [expanded, setExpanded] = useState(false);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    document.documentElement.lang = ui.lang;
    document.title = ui.texts.practiceTitle;
  }, [ui.lang]);

  useEffect(() => {
    const timer = setTimeout(() => {
      const draft = toDraft(practice, new Date(), { policy: policyValue, replyTargetMinutes: target });
      setReport(practice.text.trim() ? analyze(draft, { uiLanguage: ui.lang }) : null);
    }, ANALYZE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [practice, policyValue, target, ui.lang]);

  const mutedHere = mutedRulesOn(muted.value, practice.site);
  const cards = report ? hintCards(report, practice.text, { muted: mutedHere, dismissed }) : [];
  const update = (change: Partial<PracticeDraft>) => {
    setPractice((current) => ({ ...current, ...change }));
    if (change.text !== undefined && !change.text.trim()) setDismissed(new Set());
  };
  const mute = (card: HintCard, scope: 'site' | 'everywhere') =>
    void muted.save(withRuleMuted(muted.value, card.rule, scope === 'site' ? { site: practice.site } : { everywhere: true }));

  if (!ui.loaded) return null;
  const { texts } = ui;
  return (
    <WriteErrorContext.Provider value={reportWriteError}>
      <main class="practice">
        <header class="practice__header">
          <h1>{texts.practiceTitle}</h1>
          <LanguagePicker value={language.value} texts={texts} onChange={(next) => void language.save(next)} />
        </header>
        <p class="hint">{texts.practiceIntro}</p>
        <div class="practice__context">
          <label>
            {texts.practiceNetwork}{' '}
            <select data-practice="site" value={practice.site} onChange={(event) => update({ site: event.currentTarget.value as SiteId })}>
              {SITE_IDS.map((site) => (
                <option key={site} value={site}>
                  {SITES[site].label}
                </option>
              ))}
            </select>
          </label>
          <fieldset class="practice__kind">
            <legend>{texts.practiceKind}</legend>
            {(['post', 'reply'] as const).map((kind) => (
              <label key={kind}>
                <input type="radio" name="kind" data-practice={`kind-${kind}`} checked={practice.kind === kind} onChange={() => update({ kind })} />{' '}
                {kind === 'post' ? texts.practicePost : texts.practiceReply}
              </label>
            ))}
          </fieldset>
        </div>
        {practice.kind === 'reply' && (
          <div class="practice__parent">
            <label class="practice__field">
              {texts.practiceParentText}
              <textarea rows={3} data-practice="parent-text" value={practice.parentText} onInput={(event) => update({ parentText: event.currentTarget.value })} />
            </label>
            <label>
              {texts.practiceParentAge}{' '}
              <input
                type="number"
                min={0}
                data-practice="age"
                class="practice__age"
                value={practice.age}
                onInput={(event) => update({ age: event.currentTarget.value })}
              />
            </label>{' '}
            <select aria-label={texts.practiceParentAge} data-practice="age-unit" value={practice.ageUnit} onChange={(event) => update({ ageUnit: event.currentTarget.value as AgeUnit })}>
              <option value="minutes">{texts.practiceMinutes}</option>
              <option value="hours">{texts.practiceHours}</option>
              <option value="days">{texts.practiceDays}</option>
            </select>
          </div>
        )}
        <div class="practice__composer">
          <label class="practice__field">
            {texts.practiceDraft}
            <textarea rows={8} data-practice="text" value={practice.text} onInput={(event) => update({ text: event.currentTarget.value })} />
          </label>
          {cards.length > 0 && (
            <ShadowHint
              cards={cards}
              texts={texts}
              lang={ui.lang}
              siteLabel={SITES[practice.site].label}
              expanded={expanded}
              scheme={matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'}
              notice=""
              onToggle={() => setExpanded(!expanded)}
              onClose={() => setExpanded(false)}
              onDismiss={(card) => setDismissed(new Set([...dismissed, card.key]))}
              onMuteSite={(card) => mute(card, 'site')}
              onMuteEverywhere={(card) => mute(card, 'everywhere')}
            />
          )}
        </div>
        {report && cards.length === 0 && <p class="hint">{texts.practiceNoFindings}</p>}
        <StatusMessage status={status} texts={texts} lang={ui.lang} />
        {report && (
          <section aria-labelledby="practice-checklist">
            <h2 id="practice-checklist">{texts.popupChecklistHeading}</h2>
            <RuleChecklist report={report} texts={texts} lang={ui.lang} replyTargetMinutes={target} muted={mutedHere} />
          </section>
        )}
      </main>
    </WriteErrorContext.Provider>
  );
}

/**
 * The hint panel in its own shadow root with its own styles, exactly as the content script shows
 * it on a site; here it sits at the composer's top-right corner instead of following a site's box.
 */
function ShadowHint(props: HintPanelProps) {
  const host = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<HTMLElement>();
  useLayoutEffect(() => {
    const shadow = host.current!.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = hintCss;
    // The styles position the shadow <body> for the page; here it flows with the composer.
    const body = document.createElement('body');
    Object.assign(body.style, { position: 'relative', width: `${BADGE_WIDTH}px`, height: `${BADGE_HEIGHT}px` });
    body.style.setProperty('--pc-panel-width', `${PANEL_WIDTH}px`);
    Object.assign(body.dataset, { panelAlign: 'end', panelOpens: 'below' });
    shadow.append(style, body);
    setBox(body);
    return () => render(null, body);
  }, []);
  useEffect(() => {
    if (box) render(<HintPanel {...props} />, box);
  });
  return <div class="practice__hint" ref={host} data-practice="hint" />;
}
