/**
 * YouTube (www.youtube.com). Comments and replies are written in `ytd-commentbox`, whose editor is a
 * plain contenteditable `div#contenteditable-root` (Polymer). A reply box mounts in
 * `ytd-comment-reply-dialog-renderer` under the comment it answers (`ytd-comment-view-model`, older
 * `ytd-comment-renderer`); a top-level comment answers the video or the community post. The community
 * post composer (`ytd-backstage-post-dialog-renderer`) writes a new post. Comment times are relative
 * ("2 days ago"), so they are approximate; the video's `datePublished` is exact.
 *
 * Test URLs:
 * - https://www.youtube.com/watch?v=<id> — "Add a comment…" under the video; "Reply" under a comment
 * - https://www.youtube.com/shorts/<id> — comments panel
 * - https://www.youtube.com/@<channel>/posts — "Create post" (new community post); comments on a post
 */
import { SITES } from '../../../utils/sites';
import { closestAcross, createComposerFinder, ownFirst, outsideForms } from './editable';
import { exactTime, firstTimeOf, timeOfElement } from './parent-time';
import { readContentText, readEditorText } from './read-text';
import type { ParentContext, SiteAdapter } from './types';

const COMPOSERS = [
  // Comment and reply boxes (watch page, Shorts, community posts): the Polymer contenteditable.
  'ytd-commentbox #contenteditable-root[contenteditable]',
  // Comment and reply boxes, should the editor's id change.
  'ytd-commentbox [contenteditable="true"]',
  // Community post composer ("Create post").
  'ytd-backstage-post-dialog-renderer [contenteditable="true"]',
] as const;

const IGNORED = [
  // Live chat (its own contenteditable input inside the chat frame).
  'yt-live-chat-app',
] as const;

const POST_COMPOSER = 'ytd-backstage-post-dialog-renderer';
const REPLY_DIALOG = 'ytd-comment-reply-dialog-renderer';
/** A comment: the 2024+ view model, or the older renderer. */
const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer';
const COMMENT_TEXT = '#content-text';
const COMMENT_TIME = '#published-time-text';
/** A community post whose comments are open. */
const COMMUNITY_POST = 'ytd-backstage-post-renderer';
/** The video: title, exact publish date (microdata) and the relative date under the title. */
const VIDEO_TITLE = 'ytd-watch-metadata h1, #above-the-fold #title h1, h1.title';
const VIDEO_DATE = 'meta[itemprop="datePublished"], meta[itemprop="uploadDate"]';
const VIDEO_RELATIVE_DATE = 'ytd-watch-info-text #info span, #info-strings yt-formatted-string, #info span';
const BOX = `ytd-commentbox, ${POST_COMPOSER}`;

function commentParent(comment: Element, now: Date): ParentContext {
  const text = ownFirst(comment, COMMENT_TEXT, COMMENT);
  return { text: text ? readContentText(text) || undefined : undefined, ...timeOfElement(ownFirst(comment, COMMENT_TIME, COMMENT), now) };
}

function videoParent(document: Document, now: Date): ParentContext | undefined {
  const title = document.querySelector(VIDEO_TITLE);
  const published = exactTime(document.querySelector(VIDEO_DATE)?.getAttribute('content')) ??
    firstTimeOf(document.querySelectorAll(VIDEO_RELATIVE_DATE), now);
  if (!title && !published) return undefined;
  return { text: title ? readContentText(title) || undefined : undefined, ...published };
}

export const youtube: SiteAdapter = {
  id: 'youtube',
  hosts: SITES.youtube.hosts,
  composers: COMPOSERS,
  findComposer: createComposerFinder({ composers: COMPOSERS, ignored: IGNORED }),
  readText: readEditorText,
  kind: (editor) => (closestAcross(editor, POST_COMPOSER) ? 'post' : 'reply'),
  parent(editor, now = new Date()) {
    if (closestAcross(editor, POST_COMPOSER)) return undefined;
    const comment = closestAcross(editor, REPLY_DIALOG)?.parentElement?.closest(COMMENT);
    if (comment) return commentParent(comment, now);
    const communityPost = editor.ownerDocument.querySelector(COMMUNITY_POST);
    if (communityPost) return commentParent(communityPost, now);
    return videoParent(editor.ownerDocument, now);
  },
  anchor: (editor) => outsideForms(closestAcross(editor, BOX) ?? editor.parentElement ?? editor),
};
