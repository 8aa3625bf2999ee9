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
  /** The replied-to item's text and time, when the page shows them. */
  parent(editor: HTMLElement): ParentContext | undefined;
  /** The element the hint sits beside (outside any `<form>`), usually the composer's outer box. */
  anchor(editor: HTMLElement): HTMLElement;
  /** The character limit the page itself announces, when it does (Mastodon instances). */
  charLimit?(editor: HTMLElement): number | undefined;
}
