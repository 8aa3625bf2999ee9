/**
 * For sites whose reply box shows the replied-to item without its time (Bluesky, Mastodon): the
 * adapter reads the item whose Reply button the user clicks (`replyContext`), and the reply
 * composer that opens next gets that item's time. One capture-phase click listener, nothing else.
 */
import type { ContentScriptContext } from '#imports';
import type { ParentContext, SiteAdapter } from './sites/types';

/** A reply box opens well within this after its Reply button is clicked; later, the click was about something else. */
const CLAIM_WITHIN_MS = 10_000;

export interface ReplyClicks {
  /** The parent for a reply composer: what the page shows, completed by the remembered click. */
  parentFor(editor: HTMLElement, shown: ParentContext | undefined): ParentContext | undefined;
}

export function watchReplyClicks(ctx: ContentScriptContext, adapter: SiteAdapter): ReplyClicks {
  const claimed = new WeakMap<HTMLElement, ParentContext>();
  let pending: { context: ParentContext; at: number } | undefined;

  if (adapter.replyContext) {
    ctx.addEventListener(document, 'click', (event) => {
      const target = event.composedPath()[0];
      const context = target instanceof Element ? adapter.replyContext?.(target) : undefined;
      if (context) pending = { context, at: Date.now() };
    }, { capture: true });
  }

  function claim(editor: HTMLElement): ParentContext | undefined {
    const known = claimed.get(editor);
    if (known || !pending || Date.now() - pending.at > CLAIM_WITHIN_MS) return known;
    claimed.set(editor, pending.context);
    pending = undefined;
    return claimed.get(editor);
  }

  return {
    parentFor(editor, shown) {
      if (shown?.createdAt) return shown;
      const clicked = claim(editor);
      if (!clicked) return shown;
      return { ...clicked, ...(shown?.text && { text: shown.text }) };
    },
  };
}
