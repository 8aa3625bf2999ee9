/**
 * The content script's core, one per page. Its parts and when each is active:
 * - live settings (live-settings.ts): always; a change applies at once (site switch, language,
 *   policy, reply target: new analysis; mutes: new rendering);
 * - the guidance data (guidance-data.ts): lexicons, finding catalogue and hint texts of the UI
 *   language, asked of the background at start and when the language changes;
 * - the composer watcher (watcher.ts): while the coach is on for this site;
 * - the hint (hint-view.tsx): mounted only while the active draft has findings left to show;
 * - reply clicks (reply-clicks.ts): on sites whose reply box shows no time, the clicked item's;
 * - draft history (utils/draft-history.ts): one salted hash per draft, written at most once a
 *   minute while it is being typed and once when the writer leaves the composer;
 * - messaging: answers `getDraftState` and `toggleHints`; sends `draftStateChanged` when the
 *   active draft's state changes.
 * Per-draft state (report, dismissals, recorded hash) lives in a WeakMap keyed by the editor, so a
 * composer the site throws away takes its state with it.
 */
import type { ContentScriptContext } from '#imports';
import { hintCards } from '../../components/hint-panel';
// Not '../../guidance': that entry carries the lexicons and all four catalogues, which the content script gets at run time.
import { draftHash } from '../../guidance/draft-hash';
import { analyzeWith } from '../../guidance/engine';
import { fillTemplate } from '../../guidance/i18n';
import type { Draft, DraftKind, Lang, RecentDraftHash, Report, RuleId } from '../../guidance/types';
import { getDraftHashSalt, recentDraftHashes, recordDraftHash, withinHistory } from '../../utils/draft-history';
import { onMessage, sendMessage, type TabDraftState } from '../../utils/messaging';
import { isCoachOn, mutedRules, mutedRulesOn, siteSwitchKey, type MutedRules } from '../../utils/settings';
import { SITES, siteForHost } from '../../utils/sites';
import { resolveUiLanguage } from '../../utils/ui-language';
import { createGuidanceLoader, type LoadedGuidance } from './guidance-data';
import { createHintView } from './hint-view';
import { quietly } from './lifecycle';
import { loadLiveSettings, type SettingName } from './live-settings';
import { watchReplyClicks } from './reply-clicks';
import type { SiteAdapter } from './sites/types';
import { createComposerWatcher } from './watcher';

/** Shorter drafts are too generic to count as the "same text" on another site. */
const MIN_WORDS_TO_RECORD = 6;
const RECORD_INTERVAL_MS = 60_000;

interface DraftSession {
  text: string;
  kind: DraftKind;
  report: Report | null;
  /** Card keys dismissed for this draft; cleared when the composer is emptied. */
  dismissed: Set<string>;
  recordedHash?: string;
  recordedAt?: number;
}

export interface CoachOptions {
  adapter: SiteAdapter;
  /** The page's host name (location.hostname). */
  host: string;
}

/** Name of the performance measure each analysis leaves. */
export const ANALYSIS_MEASURE = 'post-coach:analyze';

/** Starts coaching on this page; everything stops when `ctx` is invalidated. */
export async function startCoach(ctx: ContentScriptContext, { adapter, host }: CoachOptions): Promise<void> {
  const switchKey = siteSwitchKey(host);
  const siteLabel = siteForHost(host) ? SITES[adapter.id].label : host;
  const sessions = new WeakMap<HTMLElement, DraftSession>();

  const loadGuidance = createGuidanceLoader(ctx);
  const salt = await getDraftHashSalt();
  let recent = withinHistory(await recentDraftHashes.getValue(), new Date());
  // Last await: setting changes arrive as tasks, so none can run before the watcher below exists.
  const settings = await loadLiveSettings(ctx, onSettingChange);
  if (ctx.isInvalid) return;
  const unwatchHistory = recentDraftHashes.watch((entries) => {
    recent = entries;
  });
  ctx.onInvalidated(() => quietly(unwatchHistory));
  /** The language the settings ask for; the texts switch to it once its guidance data is here. */
  let wantedLang: Lang = resolveUiLanguage(settings.uiLanguage);
  let guidance: LoadedGuidance | undefined;
  let lastSentState = '';

  const hint = createHintView(ctx, {
    onDismiss(card) {
      const session = activeSession();
      if (!session) return;
      session.dismissed.add(card.key);
      render();
    },
    onMuteSite: (card) => mute(card.rule, 'site'),
    onMuteEverywhere: (card) => mute(card.rule, 'everywhere'),
  });
  const replyClicks = watchReplyClicks(ctx, adapter);
  const watcher = createComposerWatcher(ctx, {
    adapter,
    isOwnUi: hint.contains,
    onSettled: analyzeDraft,
    onActiveChange: render,
    onLeave(editor) {
      const session = sessions.get(editor);
      if (session?.report) recordHash(session, true);
    },
  });

  const stopAnswering = [
    onMessage('getDraftState', draftState),
    onMessage('toggleHints', () => hint.toggle()),
  ];
  ctx.onInvalidated(() => stopAnswering.forEach(quietly));
  // The background clears a tab's badge when its URL changes: tell it again, even if nothing else changed.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    lastSentState = '';
    notifyState();
  });
  if (isEnabled()) watcher.start();
  else notifyState();
  void useLanguage(wantedLang);

  function isEnabled(): boolean {
    return isCoachOn(settings.disabledSites, host);
  }

  function activeSession(): DraftSession | undefined {
    return watcher.active ? sessions.get(watcher.active) : undefined;
  }

  function onSettingChange(name: SettingName) {
    if (name === 'disabledSites') {
      if (isEnabled()) watcher.start();
      else watcher.stop();
      render();
      return;
    }
    if (name === 'uiLanguage') void useLanguage(resolveUiLanguage(settings.uiLanguage));
    else if (name === 'mutedRules') render();
    else if (watcher.active) analyzeDraft(watcher.active);
  }

  /** Switches to `next` once its guidance data is here, and re-analyses the active draft in it. */
  async function useLanguage(next: Lang) {
    wantedLang = next;
    const loaded = await loadGuidance(next);
    if (!loaded || next !== wantedLang || ctx.isInvalid) return;
    guidance = loaded;
    if (watcher.active) analyzeDraft(watcher.active);
  }

  function analyzeDraft(editor: HTMLElement) {
    if (ctx.isInvalid) return;
    const startedAt = performance.now();
    const text = adapter.readText(editor);
    const kind = adapter.kind(editor);
    let session = sessions.get(editor);
    // An emptied composer starts a new draft: earlier dismissals no longer apply.
    if (!session || !text.trim()) {
      session = { text, kind, report: null, dismissed: new Set() };
      sessions.set(editor, session);
    }
    session.text = text;
    session.kind = kind;
    session.report = text.trim() ? runAnalysis(editor, session) : null;
    if (session.report) recordHash(session, false);
    render();
    // One entry per analysis in the page's performance timeline (no text): DevTools shows what the
    // coach costs, and the end-to-end suite counts analyses on pages where the coach must stay idle.
    performance.measure(ANALYSIS_MEASURE, { start: startedAt });
  }

  function runAnalysis(editor: HTMLElement, { text, kind }: DraftSession): Report | null {
    if (!guidance) {
      // The background did not answer yet (or failed): ask again; the answer re-runs the analysis.
      void useLanguage(wantedLang);
      return null;
    }
    const shownParent = adapter.parent(editor);
    const parent = kind === 'reply' ? replyClicks.parentFor(editor, shownParent) : shownParent;
    const charLimit = adapter.charLimit?.(editor);
    const draft: Draft = {
      text,
      kind,
      site: adapter.id,
      now: new Date().toISOString(),
      policy: settings.policy,
      replyTargetMinutes: settings.replyTargetMinutes,
      recentDraftHashes: recent,
      hashSalt: salt,
      ...(parent && { parent: { text: parent.text, createdAt: parent.createdAt, approximate: parent.approximate } }),
      ...(charLimit !== undefined && { charLimit }),
    };
    try {
      return analyzeWith(draft, guidance.data, { uiLanguage: guidance.lang });
    } catch (error) {
      // Never the draft in the console: only what failed.
      console.warn('[post-coach] analysis failed:', error instanceof Error ? error.name : typeof error);
      return null;
    }
  }

  function recordHash(session: DraftSession, leaving: boolean) {
    if (countWords(session.text) < MIN_WORDS_TO_RECORD || ctx.isInvalid) return;
    const now = Date.now();
    if (!leaving && session.recordedAt !== undefined && now - session.recordedAt < RECORD_INTERVAL_MS) return;
    const hash = draftHash(session.text, salt);
    if (hash === session.recordedHash) return;
    const entry: RecentDraftHash = { hash, site: adapter.id, at: new Date(now).toISOString() };
    const replaces = session.recordedHash;
    session.recordedHash = hash;
    session.recordedAt = now;
    recordDraftHash(entry, replaces).then(
      (entries) => {
        recent = entries;
      },
      () => undefined,
    );
  }

  function mute(rule: RuleId, scope: 'site' | 'everywhere') {
    const current = settings.mutedRules;
    const next: MutedRules =
      scope === 'everywhere'
        ? { ...current, everywhere: addRule(current.everywhere, rule) }
        : { ...current, bySite: { ...current.bySite, [switchKey]: addRule(current.bySite[switchKey] ?? [], rule) } };
    // Shown at once; storage tells the popup, the options page and other tabs.
    settings.mutedRules = next;
    render();
    if (guidance) {
      const { texts, lang } = guidance;
      hint.announce(scope === 'site' ? fillTemplate(texts.hintMutedSite, { site: siteLabel }, lang) : texts.hintMutedEverywhere);
    }
    if (ctx.isValid) mutedRules.setValue(next).catch(() => undefined);
  }

  function render() {
    const editor = watcher.active;
    const session = editor ? sessions.get(editor) : undefined;
    if (editor && session?.report && guidance) {
      const { texts, lang } = guidance;
      const cards = hintCards(session.report, session.text, { muted: mutedRulesOn(settings.mutedRules, switchKey), dismissed: session.dismissed });
      hint.show({ editor, anchor: adapter.anchor(editor), cards, texts, lang, siteLabel });
    } else {
      hint.hide();
    }
    notifyState();
  }

  function draftState(): TabDraftState {
    const session = activeSession();
    const enabled = isEnabled();
    return {
      site: adapter.id,
      host,
      enabled,
      draft: enabled && session?.report ? { kind: session.kind, report: session.report } : null,
    };
  }

  function notifyState() {
    const state = draftState();
    const serialized = JSON.stringify(state);
    if (serialized === lastSentState || ctx.isInvalid) return;
    lastSentState = serialized;
    // Nobody may be listening (no popup open, background asleep or reloaded): that is fine.
    sendMessage('draftStateChanged', state).catch(() => undefined);
  }
}

function addRule(rules: readonly RuleId[], rule: RuleId): RuleId[] {
  return rules.includes(rule) ? [...rules] : [...rules, rule];
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
