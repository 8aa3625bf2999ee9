/**
 * The toolbar popup: the active tab's site with its switch, then the draft's checklist, or (with no
 * draft) where to start and the strategy checklist, or (on a page Post Coach does not coach) the
 * supported sites and an offer to coach on this one. `data-popup-state` names the case.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LanguagePicker } from '../../components/language-picker';
import { MutedRules, mutedEntries } from '../../components/muted-rules';
import { RuleChecklist } from '../../components/rule-checklist';
import { SiteSwitch } from '../../components/site-switch';
import { StatusMessage, useStatus, writeErrorStatus, type Status } from '../../components/status-message';
import { StrategyChecklist } from '../../components/strategy-checklist';
import { RULE_IDS } from '../../guidance/types';
import { inspectActiveTab, type TabSituation } from '../../utils/active-tab';
import { addCustomSite, injectContentScript, requestHostPermission } from '../../utils/custom-sites';
import { onMessage, type TabDraftState } from '../../utils/messaging';
import {
  disabledSites,
  isCoachOn,
  mutedRules,
  mutedRulesOn,
  replyTargetMinutes,
  siteSwitchKey,
  strategyTicks,
  uiLanguage,
  withRuleUnmuted,
  withSiteSwitched,
} from '../../utils/settings';
import { labelForHost, SITES } from '../../utils/sites';
import { useSetting, WriteErrorContext } from '../../utils/use-setting';
import { useUiText, type UiTextState } from '../../utils/use-ui-text';

/** A freshly injected content script needs a moment before it answers. */
const COACH_START_TRIES = 5;
const COACH_START_DELAY_MS = 200;

export function PopupApp() {
  const ui = useUiText();
  const { status, setStatus, reportWriteError } = useStatus();
  const [situation, setSituation] = useState<TabSituation>();

  useEffect(() => {
    void inspectActiveTab().then(setSituation);
  }, []);
  useEffect(() => {
    document.documentElement.lang = ui.lang;
  }, [ui.lang]);

  // The content script pushes every change of the draft; the popup follows while it is open.
  const tabId = situation && 'tabId' in situation ? situation.tabId : undefined;
  useEffect(() => {
    if (tabId === undefined) return;
    return onMessage('draftStateChanged', ({ data, sender }) => {
      if (sender.tab?.id === tabId) setSituation({ kind: 'coached', tabId, state: data });
    });
  }, [tabId]);

  if (!ui.loaded || !situation) return null;
  return (
    <WriteErrorContext.Provider value={reportWriteError}>
      <main class="popup" data-popup-state={situation.kind}>
        {situation.kind === 'coached' && <CoachedTab ui={ui} state={situation.state} />}
        {situation.kind === 'unreachable' && <UnreachableTab ui={ui} host={situation.host} />}
        {(situation.kind === 'unsupported' || situation.kind === 'no-page') && (
          <UncoachedTab ui={ui} situation={situation} onStatus={setStatus} onCoached={setSituation} />
        )}
        <StatusMessage status={status} texts={ui.texts} lang={ui.lang} />
        <Footer ui={ui} />
      </main>
    </WriteErrorContext.Provider>
  );
}

function SiteHeader({ ui, host }: { ui: UiTextState; host: string }) {
  const disabled = useSetting(disabledSites);
  const key = siteSwitchKey(host);
  const label = labelForHost(host);
  return (
    <header class="popup__site">
      <SiteSwitch
        switchKey={key}
        label={ui.t('popupSwitchLabel', { site: label })}
        on={isCoachOn(disabled.value, host)}
        onChange={(on) => void disabled.save(withSiteSwitched(disabled.value, key, on))}
      />
    </header>
  );
}

function CoachedTab({ ui, state }: { ui: UiTextState; state: TabDraftState }) {
  const disabled = useSetting(disabledSites);
  const target = useSetting(replyTargetMinutes);
  const muted = useSetting(mutedRules);
  const on = isCoachOn(disabled.value, state.host);
  const label = labelForHost(state.host);
  const report = on ? state.draft?.report : undefined;
  const attention = report?.checklist.filter((row) => row.state === 'attention').length ?? 0;
  return (
    <>
      <SiteHeader ui={ui} host={state.host} />
      {report ? (
        <section class="popup__draft" aria-labelledby="draft-heading">
          <h2 id="draft-heading">
            {ui.texts.popupChecklistHeading}{' '}
            <span class="hint">{ui.t('popupChecklistSummary', { attention, total: RULE_IDS.length })}</span>
          </h2>
          <RuleChecklist
            report={report}
            texts={ui.texts}
            lang={ui.lang}
            replyTargetMinutes={target.value}
            muted={mutedRulesOn(muted.value, siteSwitchKey(state.host))}
          />
        </section>
      ) : (
        <p class="popup__lead">{on ? ui.t('popupStartWriting', { site: label }) : ui.t('popupCoachOff', { site: label })}</p>
      )}
      <MutedHere ui={ui} host={state.host} />
      {!report && <Strategy ui={ui} />}
    </>
  );
}

function UnreachableTab({ ui, host }: { ui: UiTextState; host: string }) {
  return (
    <>
      <SiteHeader ui={ui} host={host} />
      <p class="popup__lead">{ui.texts.popupNotRunning}</p>
      <MutedHere ui={ui} host={host} />
      <Strategy ui={ui} />
    </>
  );
}

/** The rules muted where the tab is (everywhere, or on its site), each with an unmute button. */
function MutedHere({ ui, host }: { ui: UiTextState; host: string }) {
  const muted = useSetting(mutedRules);
  const key = siteSwitchKey(host);
  const entries = mutedEntries(muted.value, ui.texts, ui.lang, key);
  if (!entries.length) return null;
  return (
    <section class="popup__muted" aria-labelledby="muted-heading">
      <h2 id="muted-heading">{ui.texts.mutedLabel}</h2>
      <MutedRules
        entries={entries}
        texts={ui.texts}
        lang={ui.lang}
        onUnmute={(entry) => void muted.save(withRuleUnmuted(muted.value, entry.rule, entry.scope))}
      />
    </section>
  );
}

function Strategy({ ui }: { ui: UiTextState }) {
  const ticks = useSetting(strategyTicks);
  return <StrategyChecklist ticked={ticks.value} texts={ui.texts} onChange={(next) => void ticks.save(next)} />;
}

interface UncoachedTabProps {
  ui: UiTextState;
  situation: Extract<TabSituation, { kind: 'unsupported' | 'no-page' }>;
  onStatus(status: Status): void;
  onCoached(situation: TabSituation): void;
}

function UncoachedTab({ ui, situation, onStatus, onCoached }: UncoachedTabProps) {
  const coachHere = async (tabId: number, host: string) => {
    // Asked first, while the click still counts as a user gesture.
    if (!(await requestHostPermission(host))) {
      onStatus({ kind: 'error', key: 'popupCoachHereDenied' });
      return;
    }
    await addCustomSite(host);
    await injectContentScript(tabId).catch(() => undefined);
    onStatus({ kind: 'info', key: 'popupCoachHereDone', params: { host } });
    for (let attempt = 0; attempt < COACH_START_TRIES; attempt++) {
      const next = await inspectActiveTab();
      if (next.kind === 'coached' || attempt === COACH_START_TRIES - 1) return onCoached(next);
      await new Promise((resolve) => setTimeout(resolve, COACH_START_DELAY_MS));
    }
  };
  return (
    <>
      <p class="popup__lead">{ui.texts.popupUnsupported}</p>
      <ul class="popup__sites">
        {Object.values(SITES).map((site) => (
          <li key={site.id}>{site.label}</li>
        ))}
      </ul>
      {situation.kind === 'unsupported' && (
        <section class="popup__coach-here">
          {situation.mastodonLike && <p>{ui.texts.popupMastodonLikely}</p>}
          <button
            type="button"
            class={situation.mastodonLike ? 'primary' : undefined}
            data-coach-here={situation.host}
            onClick={() =>
              void coachHere(situation.tabId, situation.host).catch((error: unknown) =>
                onStatus(writeErrorStatus(error)),
              )
            }
          >
            {situation.mastodonLike ? ui.texts.popupCoachHere : ui.t('popupCoachHereAnyway', { host: situation.host })}
          </button>
          <p class="hint">{ui.t('popupCoachHereNote', { host: situation.host })}</p>
        </section>
      )}
    </>
  );
}

function Footer({ ui }: { ui: UiTextState }) {
  const language = useSetting(uiLanguage);
  const open = (event: Event, page: 'options' | 'practice') => {
    event.preventDefault();
    void (page === 'options'
      ? browser.runtime.openOptionsPage()
      : browser.tabs.create({ url: browser.runtime.getURL('/practice.html') })
    ).then(() => window.close());
  };
  return (
    <footer class="popup__footer">
      <LanguagePicker value={language.value} texts={ui.texts} onChange={(next) => void language.save(next)} />
      <nav class="popup__links">
        <a href="/options.html" data-link="options" onClick={(event) => open(event, 'options')}>
          {ui.texts.linkOptions}
        </a>
        <a href="/practice.html" data-link="practice" onClick={(event) => open(event, 'practice')}>
          {ui.texts.linkPractice}
        </a>
      </nav>
    </footer>
  );
}
