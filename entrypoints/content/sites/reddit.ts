/**
 * Reddit. New Reddit ("shreddit") is built from web components: a comment or reply box is a
 * `shreddit-composer` holding a Lexical contenteditable (slotted in light DOM, or in an open shadow root),
 * inside `comment-composer-host` > `faceplate-form`; a reply box sits inside the `shreddit-comment` it
 * answers, a top-level comment box under the `shreddit-post`. Times are `faceplate-timeago[ts]`,
 * `time[datetime]` and `shreddit-post[created-timestamp]`. Old Reddit (old.reddit.com) uses textareas
 * in `form.usertext`; a reply form is inserted inside the `.thing` it answers, whose tagline has
 * `<time datetime>` (honestbleeps/Reddit-Enhancement-Suite `Thing.js`).
 *
 * Test URLs:
 * - https://www.reddit.com/r/<sub>/comments/<id>/<slug>/ — comment box under the post; Reply under a comment
 * - https://www.reddit.com/r/<sub>/submit — new post (title and body editor)
 * - https://old.reddit.com/r/<sub>/comments/<id>/<slug>/ — top-level form and "reply" under a comment
 * - https://old.reddit.com/r/<sub>/submit?selftext=true — new text post (title and text)
 * - https://old.reddit.com/message/compose — private message: no hints
 */
import { SITES } from '../../../utils/sites';
import { closestAcross, createComposerFinder, ownFirst, outsideForms } from './editable';
import { exactTime, timeOfElement } from './parent-time';
import { readContentTexts, readEditorText } from './read-text';
import type { ParentContext, SiteAdapter } from './types';

const COMPOSERS = [
  // New Reddit comment, reply and post-body boxes: the Lexical editor (light DOM or open shadow root).
  '[contenteditable="true"][data-lexical-editor="true"]',
  // New Reddit rich-text composer, should the Lexical marker go.
  'shreddit-composer [contenteditable="true"]',
  // New Reddit markdown mode: a textarea in the composer.
  'shreddit-composer textarea',
  // New Reddit markdown comment box.
  'comment-composer-host textarea',
  // Old Reddit: comment, reply and self-post text.
  '.usertext-edit textarea[name="text"]',
  // Submit pages, old and new: the post's title, which is what a feed shows of it (link posts have only a title).
  'textarea[name="title"]',
] as const;

const IGNORED = [
  // Old Reddit private messages: replying from the inbox.
  '.thing.message',
] as const;

/** Submitting a new post: new Reddit's post composer, old Reddit's submit form. */
const SUBMIT_FORM = '[data-testid="post-composer"], form#newlink';
const SUBMIT_PATH = /\/submit\/?$/;
/** New Reddit items. */
const NEW_COMMENT = 'shreddit-comment';
const NEW_POST = 'shreddit-post';
const NEW_ITEM = `${NEW_COMMENT}, ${NEW_POST}`;
const NEW_COMMENT_TEXT = '[slot="comment"]';
const NEW_POST_TITLE = '[slot="title"]';
const NEW_POST_BODY = '[slot="text-body"]';
/** New Reddit item times: the timeago element's `ts`, the `time` inside it, or their relative label. */
const NEW_TIMEAGO = 'faceplate-timeago[ts]';
const NEW_TIME = 'time[datetime]';
const NEW_TIME_LABEL = 'faceplate-timeago, time';
/** Comment boxes whose post may not be on the page: old Reddit's comment area, new Reddit's composer host. */
const COMMENT_AREA = '.commentarea, comment-composer-host, shreddit-comment-tree';
const NEW_COMPOSER = 'shreddit-composer, comment-composer-host';
/** New Reddit wraps forms in `faceplate-form`. */
const FORMS = 'form, faceplate-form';
/** Old Reddit: comments and posts are `.thing`s; the post on a comments page is `.thing.link`. */
const OLD_ITEM = '.thing';
const OLD_POST = '.thing.link';
const OLD_TEXT = '.entry .usertext-body .md';
const OLD_POST_TITLE = 'a.title';
const OLD_TIME = '.tagline time';

function isSubmit(editor: HTMLElement): boolean {
  return closestAcross(editor, SUBMIT_FORM) !== null || SUBMIT_PATH.test(editor.ownerDocument.location?.pathname ?? '');
}

function parentItem(editor: HTMLElement): Element | undefined {
  if (isSubmit(editor)) return undefined;
  const document = editor.ownerDocument;
  return (
    closestAcross(editor, NEW_COMMENT) ??
    closestAcross(editor, NEW_POST) ??
    closestAcross(editor, OLD_ITEM) ??
    document.querySelector(NEW_POST) ??
    document.querySelector(OLD_POST) ??
    undefined
  );
}

function textOf(elements: (Element | undefined)[]): string | undefined {
  return readContentTexts(elements.filter((element): element is Element => element !== undefined)) || undefined;
}

function newItemParent(item: Element, now: Date): ParentContext {
  const isPost = item.matches(NEW_POST);
  const text = isPost
    ? textOf([ownFirst(item, NEW_POST_TITLE, NEW_ITEM), ownFirst(item, NEW_POST_BODY, NEW_ITEM)]) ?? item.getAttribute('post-title') ?? undefined
    : textOf([ownFirst(item, NEW_COMMENT_TEXT, NEW_ITEM)]);
  return {
    text,
    ...(exactTime(ownFirst(item, NEW_TIMEAGO, NEW_ITEM)?.getAttribute('ts')) ??
      exactTime(ownFirst(item, NEW_TIME, NEW_ITEM)?.getAttribute('datetime')) ??
      exactTime(item.getAttribute('created-timestamp')) ??
      timeOfElement(ownFirst(item, NEW_TIME_LABEL, NEW_ITEM), now)),
  };
}

function oldItemParent(item: Element, now: Date): ParentContext {
  const text = item.matches(OLD_POST)
    ? textOf([ownFirst(item, OLD_POST_TITLE, OLD_ITEM), ownFirst(item, OLD_TEXT, OLD_ITEM)])
    : textOf([ownFirst(item, OLD_TEXT, OLD_ITEM)]);
  return { text, ...timeOfElement(ownFirst(item, OLD_TIME, OLD_ITEM), now) };
}

export const reddit: SiteAdapter = {
  id: 'reddit',
  hosts: SITES.reddit.hosts,
  composers: COMPOSERS,
  findComposer: createComposerFinder({ composers: COMPOSERS, ignored: IGNORED, directMessagePaths: /^\/(?:message|chat)(?:\/|$)/ }),
  readText: readEditorText,
  kind: (editor) => (parentItem(editor) || (!isSubmit(editor) && closestAcross(editor, COMMENT_AREA)) ? 'reply' : 'post'),
  parent(editor, now = new Date()) {
    const item = parentItem(editor);
    if (!item) return undefined;
    return item.matches(NEW_ITEM) ? newItemParent(item, now) : oldItemParent(item, now);
  },
  anchor: (editor) => outsideForms(closestAcross(editor, NEW_COMPOSER) ?? editor, FORMS),
};
