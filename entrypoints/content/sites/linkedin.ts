/**
 * LinkedIn (www.linkedin.com). Two generations live side by side: the classic UI with Quill editors
 * (`.ql-editor`) in the share box and comment boxes, and the new UI rolling out since late 2025 with
 * hashed class names, `data-view-name` markers and TipTap/ProseMirror editors. LinkedIn shows only
 * relative times ("2d"), but activity and comment ids are snowflakes, so the parent's time comes from
 * the id in its URN (approximate, to the second) and falls back to the relative label.
 *
 * Test URLs:
 * - https://www.linkedin.com/feed/ — "Start a post" (share box) and "Comment" under any post
 * - https://www.linkedin.com/feed/update/urn:li:activity:<id>/ — a post page: comment and reply boxes
 * - https://www.linkedin.com/messaging/ — messaging: no hints
 */
import { SITES } from '../../../utils/sites';
import { closestAcross, createComposerFinder, ownFirst, ownMatches, outsideForms } from './editable';
import { firstTimeOf, linkedinIdTime } from './parent-time';
import { readContentText, readEditorText } from './read-text';
import type { ParentContext, SiteAdapter } from './types';

const COMPOSERS = [
  // Classic UI, share box and comment boxes: Quill editor.
  '.ql-editor[contenteditable="true"]',
  // New UI (2025–26), share box and comment boxes: TipTap editor.
  '.tiptap[contenteditable="true"]',
  // New UI, should the TipTap class go: the ProseMirror editor underneath.
  '.ProseMirror[contenteditable="true"]',
  // New UI comment box, whatever editor it holds.
  '[data-view-name="comment-box"] [contenteditable="true"]',
  // Classic UI comment boxes from before Quill (mentions text editor).
  '.comments-comment-box [contenteditable="true"]',
  // Classic UI comment text editor wrapper.
  '.comments-comment-texteditor [contenteditable="true"]',
  // Classic UI share box, should its editor class change.
  '.share-creation-state [contenteditable="true"][role="textbox"]',
] as const;

const IGNORED = [
  // Messaging page and overlay: the message composer form.
  '.msg-form',
  // Messaging overlay: chat bubbles docked at the bottom of the feed.
  '.msg-overlay-conversation-bubble',
  // New UI messaging surfaces.
  '[data-view-name*="messaging"]',
  // Quill's hidden paste helper: contenteditable, but never where the user writes.
  '.ql-clipboard',
] as const;

/** Classic and new share box ("Start a post" dialog). */
const SHARE_BOX =
  '.share-creation-state, .share-box, .share-box-v2, .share-box-modal, [data-view-name*="share-box"], [data-view-name*="sharebox"]';
/** The comment box a comment or reply editor sits in (classic classes; new UI view name and label). */
const COMMENT_BOX =
  '.comments-comment-box, .comments-comment-texteditor, [data-view-name="comment-box"], [aria-label*="comment" i]';
/** A comment (a reply box inside one answers that comment). */
const COMMENT_ITEM =
  '.comments-comment-entity, .comments-comment-item, [data-id*="urn:li:comment"], [data-view-name*="comment-container"]';
/** A feed post or a post page's update. */
const POST_ITEM =
  '.feed-shared-update-v2, [data-urn*="urn:li:activity:"], [data-id*="urn:li:activity:"], [data-view-name="feed-full-update"], .fie-impression-container';
const COMMENT_TEXT =
  '.comments-comment-item__main-content, .comments-comment-entity__content, [data-view-name="comment-commentary"], [data-view-name="comment-reply-commentary"], .update-components-text';
const POST_TEXT =
  '.update-components-text, .feed-shared-update-v2__description, .feed-shared-inline-show-more-text, [data-view-name="feed-commentary"], [data-testid="expandable-text-box"]';
/** Where an URN may be written: item attributes and permalinks. */
const URN_HOLDERS = '[data-urn], [data-id], a[href*="urn:li:"], a[href*="urn%3Ali%3A"]';
/** Relative time labels ("2d •"): classic actor line and comment meta; `time` in both UIs. */
const TIME_LABELS =
  'time, .update-components-actor__sub-description, .comments-comment-meta__data, .comments-comment-item__timestamp, .comments-comment-meta__description-wrapper';
/** New UI: short leaf labels may hold the time when no class marks it. */
const LEAF_LABELS = 'span, p, a';
const MAX_LABEL_LENGTH = 24;
/** The box the hint sits beside: the comment box, or the share box's editor area. */
const BOX = '.comments-comment-box, [data-view-name="comment-box"], .comments-comment-texteditor, .share-creation-state__text-editor';

function parentItem(editor: HTMLElement): { item: Element; isComment: boolean } | undefined {
  if (closestAcross(editor, SHARE_BOX)) return undefined;
  const comment = closestAcross(editor, COMMENT_ITEM);
  if (comment) return { item: comment, isComment: true };
  const post = closestAcross(editor, POST_ITEM);
  return post ? { item: post, isComment: false } : undefined;
}

/** The id in an URN: the comment id of `urn:li:comment:(activity:A,C)` / `fsd_comment:(C,…)`, else the activity id. */
function idInUrn(urn: string, isComment: boolean): string | undefined {
  if (isComment) {
    const inner = /urn:li:(?:fsd_)?comment:\(([^)]*)\)/.exec(urn)?.[1];
    return inner?.split(',').find((part) => /^\d+$/.test(part));
  }
  return /urn:li:(?:activity|ugcPost|share):(\d{15,20})/.exec(urn)?.[1];
}

function urnsOf(item: Element): string[] {
  const holders = [item, ...ownMatches(item, URN_HOLDERS, COMMENT_ITEM)];
  return holders.flatMap((holder) =>
    ['data-id', 'data-urn', 'componentkey', 'href'].map((name) => decodedUrn(holder.getAttribute(name) ?? '')),
  );
}

/** Permalinks escape the URN's colons; a malformed escape leaves the text as it is. */
function decodedUrn(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function itemTime(item: Element, isComment: boolean, now: Date): ParentContext | undefined {
  for (const urn of urnsOf(item)) {
    const time = linkedinIdTime(idInUrn(urn, isComment));
    if (time) return time;
  }
  const shortLeaves = ownMatches(item, LEAF_LABELS, COMMENT_ITEM).filter(
    (leaf) => leaf.childElementCount === 0 && (leaf.textContent ?? '').trim().length <= MAX_LABEL_LENGTH,
  );
  return firstTimeOf(ownMatches(item, TIME_LABELS, COMMENT_ITEM), now) ?? firstTimeOf(shortLeaves, now);
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  hosts: SITES.linkedin.hosts,
  composers: COMPOSERS,
  findComposer: createComposerFinder({ composers: COMPOSERS, ignored: IGNORED, directMessagePaths: /^\/messaging(?:\/|$)/ }),
  readText: readEditorText,
  kind(editor) {
    if (closestAcross(editor, SHARE_BOX)) return 'post';
    return closestAcross(editor, COMMENT_BOX) || parentItem(editor) ? 'reply' : 'post';
  },
  parent(editor, now = new Date()) {
    const found = parentItem(editor);
    if (!found) return undefined;
    const { item, isComment } = found;
    const textElement = ownFirst(item, isComment ? COMMENT_TEXT : POST_TEXT, COMMENT_ITEM);
    return { text: textElement ? readContentText(textElement) : undefined, ...itemTime(item, isComment, now) };
  },
  anchor: (editor) => outsideForms(closestAcross(editor, BOX) ?? editor.parentElement ?? editor),
};
