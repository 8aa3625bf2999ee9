/**
 * Structure helpers the site adapters share: finding the composer an event target belongs to, leaving
 * alone the fields that are not posts, walking from a composer to the item it answers, and reading the
 * item whose Reply button is clicked. Pure DOM reads; every site-specific selector is passed in by the
 * adapter that owns it.
 */
import type { ParentContext, SiteAdapter } from './types';

/**
 * Containers (or the field itself) whose fields are not posts: writing-assistant opt-outs (Grammarly's,
 * which harper and LanguageTool honour too), search forms, and search or autocomplete boxes (harper PR #2063).
 */
const NOT_POST_CONTAINERS = [
  '[data-gramm="false"]',
  '[data-gramm_editor="false"]',
  '[data-enable-grammarly="false"]',
  '[role="search"]',
  'search',
  '[role="combobox"]',
  '[role="searchbox"]',
].join(', ');
/** Labels of direct-message and chat boxes ("Message", "Write a message…", "Nachricht", "Сообщение"). */
const MESSAGE_LABEL = /\b(?:messages?|chat)\b|nachricht|сообщени/i;

/** What an adapter tells `createComposerFinder` about its site. */
export interface ComposerRules {
  /** Selectors of the editable elements that are composers. */
  composers: readonly string[];
  /** Containers or fields that look like composers but are not posts (direct messages, chat). */
  ignored: readonly string[];
  /** Paths of pages that are all direct messages (e.g. `/messages`). */
  directMessagePaths?: RegExp;
}

/**
 * `findComposer` for an adapter: the composer `target` is in (or is), unless it is one of the fields
 * that are not posts.
 */
export function createComposerFinder(rules: ComposerRules): (target: Element) => HTMLElement | null {
  const composerSelector = rules.composers.join(', ');
  const ignoredSelector = rules.ignored.join(', ');
  return (target) => {
    const editor = target.closest(composerSelector);
    if (!isHtmlElement(editor) || isNotAPost(editor)) return null;
    if (ignoredSelector && closestAcross(editor, ignoredSelector)) return null;
    if (rules.directMessagePaths?.test(editor.ownerDocument.location?.pathname ?? '')) return null;
    return editor;
  };
}

function isHtmlElement(element: Element | null): element is HTMLElement {
  return element !== null && 'isContentEditable' in element;
}

/**
 * Passwords, search boxes, comboboxes, chat boxes, read-only fields and writing-assistant opt-outs,
 * also when the opt-out or search box is an ancestor (across open shadow roots). The one place that
 * says so: adapters' `findComposer` and the watcher both ask it.
 */
export function isNotAPost(field: Element): boolean {
  // Composers are textareas and contenteditables; any other input (password, search, e-mail) is not a post.
  if (field.localName === 'input' && (field as HTMLInputElement).type !== 'text') return true;
  if (field.hasAttribute('disabled') || field.hasAttribute('readonly')) return true;
  if (field.getAttribute('aria-readonly') === 'true' || field.getAttribute('contenteditable') === 'false') return true;
  if (MESSAGE_LABEL.test(labelOf(field))) return true;
  return closestAcross(field, NOT_POST_CONTAINERS) !== null;
}

/** The element's accessible label words, for adapters that read intent from them ("Reply to Sam…"). */
export function labelOf(field: Element): string {
  return ['aria-label', 'aria-placeholder', 'placeholder', 'data-placeholder']
    .map((name) => field.getAttribute(name) ?? '')
    .join(' ')
    .trim();
}

/** The parent element, stepping out of a shadow root to its host. */
export function parentAcross(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode() as Partial<ShadowRoot>;
  return root.host ?? null;
}

/** `closest` that continues past shadow-root boundaries (Reddit's web components). */
export function closestAcross(element: Element, selector: string): Element | null {
  for (let node: Element | null = element; node; ) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode() as Partial<ShadowRoot>;
    node = root.host ?? null;
  }
  return null;
}

/**
 * The nearest element matching `selector` that comes before `from` in document order, inside
 * `scope`, and does not contain `from`: the post shown above a reply box.
 */
export function nearestPreceding(from: Element, selector: string, scope: Element): Element | null {
  for (let node: Element | null = from; node && node !== scope; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const inside = sibling.querySelectorAll(selector);
      const last = inside[inside.length - 1];
      if (last) return last;
      if (sibling.matches(selector)) return sibling;
    }
  }
  return null;
}

/**
 * The largest box around `marker` that does not contain `editor`: from a post's text or time shown
 * beside a composer, the whole post.
 */
export function itemAround(marker: Element, editor: Element): Element {
  let item = marker;
  for (let parent = item.parentElement; parent && !parent.contains(editor); parent = parent.parentElement) {
    item = parent;
  }
  return item;
}

/**
 * Descendants of `item` matching `selector` that belong to it rather than to an item nested in it
 * (a post's own time, not the time of a comment under it).
 */
export function ownMatches(item: Element, selector: string, itemSelector: string): Element[] {
  return [...item.querySelectorAll(selector)].filter((element) => {
    const owner = element.parentElement?.closest(itemSelector);
    return !owner || owner === item || owner.contains(item);
  });
}

/** The first of `ownMatches`. */
export function ownFirst(item: Element, selector: string, itemSelector: string): Element | undefined {
  return ownMatches(item, selector, itemSelector)[0];
}

/**
 * The nearest ancestor of `element` that also holds a `selector` match (the box around an editor and
 * its toolbar), stopping at `limit`.
 */
export function boxContaining(element: Element, selector: string, limit: Element | null): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.querySelector(selector)) return node;
    if (node === limit) return null;
  }
  return null;
}

/**
 * The element a hint may sit beside: `box` itself, or, when it lies inside a form, the form's parent, so
 * the hint never ends up inside a form it could submit.
 */
export function outsideForms(box: Element, formSelector = 'form'): HTMLElement {
  let anchor = box;
  for (let form = closestAcross(anchor, formSelector); form; form = closestAcross(anchor, formSelector)) {
    const parent = parentAcross(form);
    if (!parent) break;
    anchor = parent;
  }
  return anchor as HTMLElement;
}

/** What an adapter tells `createReplyContext` about the Reply buttons of its items. */
export interface ReplyButtonRules {
  /** Selector of the Reply button, or of all action buttons when `isReply` tells Reply among them. */
  button: string;
  isReply?(button: Element): boolean;
  /** Selector of the item (post, status) a button belongs to. */
  item: string;
  /** The item's text and time. */
  read(item: Element, now: Date): ParentContext | undefined;
}

/** An adapter's `replyContext`: the clicked item's text and time when `target` is in its Reply button. */
export function createReplyContext(rules: ReplyButtonRules): NonNullable<SiteAdapter['replyContext']> {
  return (target, now = new Date()) => {
    const button = target.closest(rules.button);
    if (!button || (rules.isReply && !rules.isReply(button))) return undefined;
    const item = button.closest(rules.item);
    return item ? rules.read(item, now) : undefined;
  };
}

/**
 * Remembers what a page-wide search found for an element (the reply header of a composer), so the
 * search runs once per header and text, not on every analysis while the user types.
 */
export function createSearchCache(): (owner: Element, key: string, search: () => Element | undefined) => Element | undefined {
  const found = new WeakMap<Element, { key: string; result: Element | undefined }>();
  return (owner, key, search) => {
    const known = found.get(owner);
    if (known && known.key === key && (!known.result || known.result.isConnected)) return known.result;
    const result = search();
    found.set(owner, { key, result });
    return result;
  };
}
