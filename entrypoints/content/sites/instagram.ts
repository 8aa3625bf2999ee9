/**
 * Instagram (www.instagram.com). Comments are written in a textarea inside the post's comment form
 * ("Add a comment…"); clicking Reply under a comment prefills `@handle ` in that same box. A new post's
 * caption is a contenteditable textbox (Lexical) in the "Create new post" dialog. Posts and comments
 * carry `<time datetime>`, so the parent's time is exact.
 *
 * Test URLs:
 * - https://www.instagram.com/ — comment box under a feed post; "Create" → caption
 * - https://www.instagram.com/p/<shortcode>/ — post page: comment box, "Reply" under a comment
 * - https://www.instagram.com/direct/inbox/ — direct messages: no hints
 */
import { SITES } from '../../../utils/sites';
import { boxContaining, createComposerFinder, labelOf, nearestPreceding, outsideForms } from './editable';
import { timeOfElement } from './parent-time';
import { readEditorText, readLeafTexts } from './read-text';
import type { ParentContext, SiteAdapter } from './types';

const COMPOSERS = [
  // Comment box under a post (feed, post page, post dialog): textarea in the comment form.
  'form textarea',
  // Comment box, should it become a contenteditable (Lexical) like the caption.
  'form [contenteditable="true"][role="textbox"]',
  // "Create new post" dialog: the caption textbox.
  '[role="dialog"] [contenteditable="true"][role="textbox"]',
] as const;

/** Direct messages are left alone by their path and their "Message…" label (see `isNotAPost`). */
const IGNORED: readonly string[] = [];

/** The post a comment box belongs to: its article (feed), the post dialog, or the post page. */
const POST_SCOPES = ['article', '[role="dialog"]', 'main'] as const;
const TIME = 'time';
/** The post's own date: the time in its permalink (comment permalinks add `/c/<id>/`). */
const POST_TIME = 'a[href*="/p/"]:not([href*="/c/"]) time, a[href*="/reel/"]:not([href*="/c/"]) time';
/** The caption on a post page. */
const CAPTION = 'h1';
/** A comment (the caption is the first one on a post page). */
const COMMENT = 'li';
const TEXT_BLOCK = '[dir="auto"]';
/** Not the comment's text: the author, the time, the Reply button. */
const NOT_TEXT = 'a, h2, h3, time, button';
/** Labels of comment boxes, en/de/nl/ru ("Add a comment…", "Kommentieren …", "Reageer…", "Комментарий…"). */
const COMMENT_LABEL = /comment|kommentar|reageer|reactie|коммент/i;

function postScope(editor: HTMLElement): Element {
  for (const selector of POST_SCOPES) {
    const scope = editor.closest(selector);
    if (scope) return scope;
  }
  return editor.ownerDocument.body;
}

/** The comment the draft answers, when it starts with the `@handle` Reply prefills. */
function repliedComment(editor: HTMLElement, scope: Element): Element | undefined {
  const handle = /^@([\w.]+)/.exec(readEditorText(editor))?.[1];
  if (!handle) return undefined;
  for (const link of scope.querySelectorAll(`a[href="/${handle}/"]`)) {
    const comment = link.closest(COMMENT) ?? boxContaining(link, TIME, scope);
    if (comment && !comment.contains(editor) && !comment.querySelector(CAPTION) && comment.querySelector(TIME)) {
      return comment;
    }
  }
  return undefined;
}

function postParent(editor: HTMLElement, scope: Element, now: Date): ParentContext | undefined {
  const time = scope.querySelector(POST_TIME) ?? nearestPreceding(editor, TIME, scope);
  if (!time) return undefined;
  const caption = scope.querySelector(CAPTION) ?? time.closest(COMMENT);
  return { text: caption ? readLeafTexts(caption, TEXT_BLOCK, NOT_TEXT) || undefined : undefined, ...timeOfElement(time, now) };
}

function parentOf(editor: HTMLElement, now = new Date()): ParentContext | undefined {
  const scope = postScope(editor);
  const comment = repliedComment(editor, scope);
  if (!comment) return postParent(editor, scope, now);
  return { text: readLeafTexts(comment, TEXT_BLOCK, NOT_TEXT) || undefined, ...timeOfElement(comment.querySelector(TIME), now) };
}

export const instagram: SiteAdapter = {
  id: 'instagram',
  hosts: SITES.instagram.hosts,
  composers: COMPOSERS,
  findComposer: createComposerFinder({ composers: COMPOSERS, ignored: IGNORED, directMessagePaths: /^\/direct(?:\/|$)/ }),
  readText: readEditorText,
  kind: (editor) => (COMMENT_LABEL.test(labelOf(editor)) || parentOf(editor) ? 'reply' : 'post'),
  parent: parentOf,
  anchor: (editor) => outsideForms(editor.closest('form') ?? editor.parentElement ?? editor),
};
