/**
 * The hint's place in the page: one WXT shadow-root UI (`<post-coach-hints>`, open shadow root)
 * appended to document.body, never inside the site's form or React-owned subtrees, mounted only
 * while the active draft has something to show.
 *
 * Position: `fixed`, from the anchor's getBoundingClientRect(), read at most once per animation
 * frame when the page scrolls or resizes (passive listeners) or the anchor changes size (a
 * ResizeObserver on the anchor alone). placement.ts has the rule that keeps it off the send button.
 *
 * Styles: bundled into the script and put into the shadow root only. Not fetched as a file: that
 * file would have to be web-accessible on every custom (user-added) Mastodon host too.
 *
 * Focus: updates never move focus. Only the toggle shortcut (Alt+Shift+P, the manifest command or
 * the same keys in the page) and keyboard activation of the badge move it into the cards; Escape
 * (in the cards or in the editor) or the shortcut again closes them, returning focus to the editor
 * when it was in the cards.
 */
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { render } from 'preact';
import { HINT_PANEL_ID, HintPanel, isToggleShortcut, type HintCard } from '../../components/hint-panel';
import hintStyles from '../../components/hint-panel/style.css?inline';
import type { Lang } from '../../guidance/types';
import type { UiTexts } from '../../utils/ui-messages';
import { pageScheme, type Scheme } from './page-scheme';
import { BADGE_HEIGHT, BADGE_WIDTH, PANEL_WIDTH, placeHint } from './placement';
import { createFrameTask } from './lifecycle';

export const HINT_HOST_NAME = 'post-coach-hints';

/** The page never sees these events from the hint: no site shortcut fires, no "click outside" closes its dialog. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'focusin', 'focusout'];
/** The manifest command and the page's own keydown may both report one press. */
const TOGGLE_REPEAT_MS = 300;

export interface HintContent {
  editor: HTMLElement;
  anchor: HTMLElement;
  cards: readonly HintCard[];
  texts: UiTexts;
  lang: Lang;
  siteLabel: string;
}

export interface HintActions {
  onDismiss(card: HintCard): void;
  onMuteSite(card: HintCard): void;
  onMuteEverywhere(card: HintCard): void;
}

export interface HintView {
  /** Shows `content` (hides the hint when it has no cards). */
  show(content: HintContent): void;
  hide(): void;
  /** The shortcut: opens the cards and moves focus into them, or closes them. */
  toggle(): void;
  /** Announces `notice` to screen readers (after a mute). */
  announce(notice: string): void;
  /** True for nodes inside the hint. */
  contains(node: Node): boolean;
}

export function createHintView(ctx: ContentScriptContext, actions: HintActions): HintView {
  // Firefox re-injects after an update without giving the old copy its invalidation: its hint stays behind.
  for (const stale of document.querySelectorAll(HINT_HOST_NAME)) stale.remove();
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let creating: Promise<void> | undefined;
  let content: HintContent | null = null;
  let mounted = false;
  let expanded = false;
  let notice = '';
  let scheme: Scheme = 'light';
  let lastToggleAt = -Infinity;
  let observedAnchor: Element | null = null;

  const requestPlacement = createFrameTask(ctx, place);
  // The first mount renders the whole panel: in its own frame, not in the task that just analysed.
  const mountSoon = createFrameTask(ctx, mountWhenReady);
  const anchorObserver = new ResizeObserver(() => requestPlacement());
  ctx.onInvalidated(() => anchorObserver.disconnect());
  const onViewportChange = () => mounted && requestPlacement();
  // Capture: scrolling inside a dialog or feed container moves the composer too, and scroll does not bubble.
  ctx.addEventListener(window, 'scroll', onViewportChange, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', onViewportChange, { passive: true });
  // Registered from the start, not when a hint first shows: a capture listener the site adds later
  // (a dialog's Escape) would otherwise run before ours.
  ctx.addEventListener(document, 'keydown', onPageKeydown, { capture: true });

  /** Escape with the cards open, and the shortcut typed in the page. */
  function onPageKeydown(event: KeyboardEvent) {
    // Every key the page gets passes here: with no hint shown, it ends at once.
    if (!mounted) return;
    if (event.key === 'Escape') {
      if (!expanded) return;
      // Open cards are the top layer: Escape closes them before it reaches the site (which may close its dialog).
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (isToggleShortcut(event) && !isInHint(event.composedPath()[0])) {
      // In the cards, the panel toggles them itself; toggling here too would undo it.
      event.preventDefault();
      toggleFromShortcut();
    }
  }

  function place() {
    if (!ui || !mounted || !content) return;
    const box = ui.uiContainer;
    const rect = content.anchor.getBoundingClientRect();
    const placement = placeHint(rect, { width: document.documentElement.clientWidth, height: window.innerHeight });
    box.style.transform = `translate(${Math.round(placement.x)}px, ${Math.round(placement.y)}px)`;
    box.style.visibility = placement.visible && content.anchor.isConnected ? 'visible' : 'hidden';
    box.style.setProperty('--pc-panel-max-height', `${placement.panelMaxHeight}px`);
    box.dataset.panelAlign = placement.panelAlign;
    box.dataset.panelOpens = placement.panelOpens;
  }

  function renderPanel() {
    if (!ui || !mounted || !content) return;
    render(
      <HintPanel
        cards={content.cards}
        texts={content.texts}
        lang={content.lang}
        siteLabel={content.siteLabel}
        expanded={expanded}
        scheme={scheme}
        notice={notice}
        onToggle={(byKeyboard) => toggle(byKeyboard)}
        onClose={close}
        onDismiss={actions.onDismiss}
        onMuteSite={actions.onMuteSite}
        onMuteEverywhere={actions.onMuteEverywhere}
      />,
      ui.uiContainer,
    );
  }

  function observeAnchor(anchor: Element | null) {
    if (anchor === observedAnchor) return;
    anchorObserver.disconnect();
    observedAnchor = anchor;
    if (anchor) anchorObserver.observe(anchor);
  }

  function mountWhenReady() {
    if (!content) return;
    if (ui) {
      if (!mounted) ui.mount();
      return;
    }
    creating ??= createShadowRootUi(ctx, {
      name: HINT_HOST_NAME,
      position: 'inline',
      append: 'last',
      mode: 'open',
      isolateEvents: ISOLATED_EVENTS,
      css: hintStyles,
      onMount(box) {
        mounted = true;
        scheme = pageScheme();
        // Hidden until the first placement, so it never flashes at the viewport's corner.
        box.style.visibility = 'hidden';
        box.style.width = `${BADGE_WIDTH}px`;
        box.style.height = `${BADGE_HEIGHT}px`;
        box.style.setProperty('--pc-panel-width', `${PANEL_WIDTH}px`);
        renderPanel();
        requestPlacement();
      },
      onRemove() {
        mounted = false;
        if (ui) render(null, ui.uiContainer);
      },
    }).then((created) => {
      ui = created;
      if (content && ctx.isValid) created.mount();
    });
  }

  function show(next: HintContent) {
    if (next.cards.length === 0) {
      hide();
      return;
    }
    if (content?.editor !== next.editor) {
      expanded = false;
      notice = '';
    }
    content = next;
    observeAnchor(next.anchor);
    if (mounted) {
      renderPanel();
      requestPlacement();
    } else {
      mountSoon();
    }
  }

  function hide() {
    content = null;
    expanded = false;
    notice = '';
    observeAnchor(null);
    if (mounted) ui?.remove();
  }

  function focusIsInside(): boolean {
    return ui?.shadow.activeElement != null;
  }

  function close() {
    if (!expanded) return;
    const returnFocus = focusIsInside();
    expanded = false;
    notice = '';
    renderPanel();
    if (returnFocus) content?.editor.focus();
  }

  function toggle(moveFocus: boolean) {
    if (!mounted || !content) return;
    if (expanded) {
      close();
      return;
    }
    expanded = true;
    renderPanel();
    if (moveFocus) ui?.shadow.getElementById(HINT_PANEL_ID)?.focus();
  }

  function toggleFromShortcut() {
    const now = performance.now();
    if (now - lastToggleAt < TOGGLE_REPEAT_MS) return;
    lastToggleAt = now;
    toggle(true);
  }

  function isInHint(node: EventTarget | undefined): boolean {
    return ui !== undefined && node instanceof Node && (node === ui.shadowHost || ui.shadowHost.contains(node) || node.getRootNode() === ui.shadow);
  }

  return {
    show,
    hide,
    toggle: toggleFromShortcut,
    announce(text) {
      notice = text;
      renderPanel();
    },
    contains: isInHint,
  };
}
