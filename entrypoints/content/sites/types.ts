/**
 * The contract every site adapter fulfils. One adapter per site, one file per adapter; all of a
 * site's selectors live in its adapter and nowhere else.
 */
import type { DraftKind, SiteId } from '../../../guidance/types';

/** What the page shows about the item a reply answers. */
export interface ParentContext {
  text?: string;
  /** ISO 8601. */
  createdAt?: string;
  /** True when the time was derived from relative text ("2d") or an id, not an absolute timestamp. */
  approximate?: boolean;
}

/**
 * @example
 * export const bluesky: SiteAdapter = { id: 'bluesky', hosts: SITES.bluesky.hosts, composers: [...], ... };
 */
export interface SiteAdapter {
  id: SiteId;
  hosts: readonly string[];
  /**
   * Selectors of the editable elements that are composers (new post, reply, comment). Keyed on roles,
   * editor-framework markers and structure, never on hashed class names. One comment per entry.
   */
  composers: readonly string[];
  /** Finds the composer an event target belongs to (the target may be a descendant of the editable). */
  findComposer(target: Element): HTMLElement | null;
  /** The draft as the user sees it: blocks joined with line breaks, placeholder excluded, NBSP and zero-width normalised. */
  readText(editor: HTMLElement): string;
  /** Whether the composer writes a new post or a reply/comment. */
  kind(editor: HTMLElement): DraftKind;
  /**
   * The replied-to item's text and time, when the page shows them. `now` (default: the current time)
   * is what relative labels such as "2d" count back from. Reads the page, so call it when a composer
   * is found or analysed, not per keystroke.
   */
  parent(editor: HTMLElement, now?: Date): ParentContext | undefined;
  /**
   * The element the hint sits beside: the composer's outer box (an ancestor of the editor, or the
   * editor itself), never inside a `<form>` (or Reddit's `faceplate-form`), so a hint button can't submit it.
   */
  anchor(editor: HTMLElement): HTMLElement;
  /** The character limit the page itself announces, when it does (Mastodon instances). */
  charLimit?(editor: HTMLElement): number | undefined;
  /**
   * For sites whose reply box shows the parent without its time (Bluesky, Mastodon): when the user
   * clicks `target` (e.g. a capture-phase `click` listener's target) and it is an item's Reply button,
   * the item's text and time, to remember until the reply box opens. Undefined for any other click.
   */
  replyContext?(target: Element, now?: Date): ParentContext | undefined;
}
