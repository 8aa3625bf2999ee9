/**
 * Facebook (www.facebook.com, web.facebook.com, m.facebook.com). The "Comet" UI writes with Lexical
 * editors (`[data-lexical-editor]`, `role="textbox"`): in the "Create post" dialog, in the comment box
 * at the end of a post and in a comment's reply box. Posts and comments are `[role="article"]`; a
 * reply box lives in the comment's list item. Facebook shows only relative times ("2d", "1 day ago"),
 * so the parent's time is approximate; legacy markup's `abbr[data-utime]` is exact.
 *
 * Test URLs:
 * - https://www.facebook.com/ — "What's on your mind?" (Create post dialog) and "Comment" on a feed post
 * - https://www.facebook.com/<page>/posts/<id> — a post: comment box, and "Reply" under a comment
 * - https://m.facebook.com/ — mobile site: textarea composers
 * - https://www.facebook.com/messages/ — Messenger: no hints
 */
import { SITES } from '../../../utils/sites';
import { closestAcross, createComposerFinder, itemAround, labelOf, ownMatches, outsideForms } from './editable';
import { firstTimeOf, relativeTime, unixSecondsTime } from './parent-time';
import { readContentTexts, readLeafTexts, readEditorText } from './read-text';
import type { ParentContext, SiteAdapter } from './types';

const COMPOSERS = [
  // Comet UI, every composer (Create post dialog, comment box, reply box): Lexical textbox.
  '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  // Comment and reply boxes, should the Lexical marker go: the textbox in the comment form.
  'form [contenteditable="true"][role="textbox"]',
  // Create post dialog, should the Lexical marker go.
  '[role="dialog"] [contenteditable="true"][role="textbox"]',
  // m.facebook.com and mbasic: the status textarea.
  'textarea[name="xc_message"]',
  // m.facebook.com and mbasic: the comment textarea.
  'textarea[name="comment_text"]',
] as const;

const IGNORED = [
  // Messenger conversations (facebook.com/messages and docked chat tabs): "Conversation with <name>".
  '[aria-label^="Conversation"]',
] as const;

/** Posts and comments. */
const ARTICLE = '[role="article"]';
/** A feed post, also when Facebook drops `role="article"` from it. */
const POST = '[role="article"], [aria-posinset], [data-pagelet^="FeedUnit"]';
/** A post's message ("story message"): marks the post inside a post dialog. */
const POST_MESSAGE = '[data-ad-preview="message"], [data-ad-comet-preview="message"], [data-ad-rendering-role="story_message"]';
const DIALOG = '[role="dialog"]';
/** A comment and its replies and reply box share a list item. */
const COMMENT_LIST_ITEM = 'li';
/** Text runs of posts and comments. */
const TEXT_BLOCK = '[dir="auto"]';
/** Not the item's text: author names, the time link, buttons, the composer, nested comments. */
const NOT_TEXT = 'a, h2, h3, h4, strong, form, [role="button"], [role="textbox"], [role="article"]';
/** Legacy markup's machine timestamp (seconds). */
const UTIME = 'abbr[data-utime]';
/** Permalinks of posts and comments, whose text or label is the relative time. */
const PERMALINKS =
  'a[href*="comment_id="], a[href*="/posts/"], a[href*="/permalink"], a[href*="story_fbid="], a[href*="/videos/"], a[href*="/photo"], a[href*="/reel/"]';
/** Labels of comment and reply boxes, en/de/nl/ru ("Write a comment…", "Reply to Sam…", "Antworten…"). */
const COMMENT_LABEL = /comment|reply|kommentar|antwort|reactie|reageer|opmerking|коммент|ответ/i;

interface ParentItem {
  item: Element;
  isComment: boolean;
}

function parentItem(editor: HTMLElement): ParentItem | undefined {
  const listItem = closestAcross(editor, COMMENT_LIST_ITEM);
  const commentArea = listItem?.parentElement ? closestAcross(listItem.parentElement, `${POST}, ${DIALOG}`) : null;
  const comment = commentArea ? listItem?.querySelector(ARTICLE) : null;
  if (comment) return { item: comment, isComment: true };
  const post = closestAcross(editor, POST);
  if (post) return { item: post, isComment: false };
  // A post opened in a dialog: the comment box follows the post's message.
  const message = closestAcross(editor, DIALOG)?.querySelector(POST_MESSAGE);
  if (message && message.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING) {
    return { item: message.closest(ARTICLE) ?? itemAround(message, editor), isComment: false };
  }
  return undefined;
}

function itemText(item: Element, isComment: boolean): string {
  const message = isComment ? [] : ownMatches(item, POST_MESSAGE, ARTICLE);
  return message.length > 0 ? readContentTexts(message) : readLeafTexts(item, TEXT_BLOCK, NOT_TEXT);
}

function itemTime(item: Element, now: Date): ParentContext | undefined {
  return (
    unixSecondsTime(ownMatches(item, UTIME, ARTICLE)[0]?.getAttribute('data-utime')) ??
    firstTimeOf(ownMatches(item, PERMALINKS, ARTICLE), now) ??
    relativeTime(item.getAttribute('aria-label'), now)
  );
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  hosts: SITES.facebook.hosts,
  composers: COMPOSERS,
  findComposer: createComposerFinder({ composers: COMPOSERS, ignored: IGNORED, directMessagePaths: /^\/(?:messages|t)(?:\/|$)/ }),
  readText: readEditorText,
  kind: (editor) => (parentItem(editor) || COMMENT_LABEL.test(labelOf(editor)) ? 'reply' : 'post'),
  parent(editor, now = new Date()) {
    const found = parentItem(editor);
    if (!found) return undefined;
    return { text: itemText(found.item, found.isComment) || undefined, ...itemTime(found.item, now) };
  },
  anchor: (editor) => outsideForms(editor.parentElement ?? editor),
};
