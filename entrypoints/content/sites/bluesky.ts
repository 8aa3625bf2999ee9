/**
 * Bluesky (bsky.app). Posts, replies and quotes are written in one composer dialog whose editor is
 * TipTap/ProseMirror (bluesky-social/social-app `TextInput.web.tsx`); mentions are spans holding
 * `@handle`. In reply mode the publish button (`composerPublishBtn`) says "Publish reply" and
 * `ComposerReplyTo` shows the parent's author and text above the editor, without its time. The time
 * comes from the same post on the page behind the dialog: its permalink's record key is a TID, which
 * encodes the creation time. `replyContext` reads the same from the post whose Reply button was clicked.
 *
 * Test URLs:
 * - https://bsky.app/ — "New Post" opens the composer (new post)
 * - https://bsky.app/profile/<handle>/post/<rkey> — Reply opens the composer in reply mode
 * - https://bsky.app/messages — chat: no hints
 */
import { SITES } from '../../../utils/sites';
import { closestAcross, createComposerFinder, createReplyContext, createSearchCache, itemAround, nearestPreceding, outsideForms } from './editable';
import { blueskyTidTime, timeOfElement } from './parent-time';
import { comparableText, readContentTextIn, readEditorText, readLeafTexts } from './read-text';
import type { ParentContext, SiteAdapter } from './types';

const COMPOSERS = [
  // Composer dialog (new post, reply, quote): the TipTap editor.
  '.ProseMirror[contenteditable="true"]',
  // Composer dialog, should the ProseMirror class go: TipTap's own class.
  '.tiptap[contenteditable="true"]',
  // Older web composer (until 2023): a textarea under a rich-text overlay.
  'textarea.rt-input',
] as const;

/** Chat is left alone by its path and its "Write a message" label (see `isNotAPost`). */
const IGNORED: readonly string[] = [];

const DIALOG = '[role="dialog"], [aria-modal="true"]';
const PUBLISH_BUTTON = '[data-testid="composerPublishBtn"]';
/** "Publish reply(ies)" / "Reply" in en, de ("Antworten"), nl ("Beantwoorden"), ru ("Ответить"). */
const REPLY_WORDS = /repl|antwort|antwoord|ответ/i;
/** `ComposerReplyTo`'s label: "Expand or collapse the full post you are replying to". */
const REPLY_HEADER = '[aria-label*="replying to" i]';
/** React Native Web renders every `Text` with `dir="auto"`. */
const TEXT_BLOCK = '[dir="auto"]';
const NOT_TEXT = 'a, button, [role="button"]';
/** Feed and thread posts on the page. */
const POST_ITEM = '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]';
const POST_TEXT = '[data-testid="postText"]';
/** The post's permalink (its time label links there); its last path segment is the record key. */
const PERMALINK = 'a[href*="/post/"]';
const REPLY_BUTTON = '[data-testid="replyBtn"]';
const TIME = 'time';

function dialogOf(editor: HTMLElement): Element {
  return closestAcross(editor, DIALOG) ?? editor.ownerDocument.body;
}

function isReply(editor: HTMLElement): boolean {
  const dialog = dialogOf(editor);
  const publish = dialog.querySelector(PUBLISH_BUTTON);
  const publishLabel = `${publish?.getAttribute('aria-label') ?? ''} ${publish?.textContent ?? ''}`;
  return REPLY_WORDS.test(publishLabel) || dialog.querySelector(REPLY_HEADER) !== null;
}

/** `ComposerReplyTo` above the editor: by its label, else the block of text just before the editor. */
function replyHeader(editor: HTMLElement): Element | undefined {
  const dialog = dialogOf(editor);
  const lastText = nearestPreceding(editor, TEXT_BLOCK, dialog);
  return dialog.querySelector(REPLY_HEADER) ?? (lastText ? itemAround(lastText, editor) : undefined);
}

/** The reply header's post text: its text runs after the author's name. */
function replyHeaderText(header: Element): string | undefined {
  const runs = readLeafTexts(header, TEXT_BLOCK, NOT_TEXT).split('\n');
  return (runs.length > 1 ? runs.slice(1) : runs).join('\n') || undefined;
}

function rkeyTime(href: string | null | undefined): ParentContext | undefined {
  return blueskyTidTime(/\/post\/([^/?#]+)/.exec(href ?? '')?.[1]);
}

function postTime(post: Element, now: Date): ParentContext | undefined {
  const permalink = post.querySelector(PERMALINK);
  return (
    rkeyTime(post.getAttribute('href')) ??
    rkeyTime(permalink?.getAttribute('href')) ??
    timeOfElement(permalink, now) ??
    timeOfElement(post.querySelector(TIME), now)
  );
}

function postParent(post: Element, now: Date): ParentContext {
  return { text: readContentTextIn(post, POST_TEXT) || undefined, ...postTime(post, now) };
}

const cachedSearch = createSearchCache();

/** The post on the page (behind the dialog) whose text is the reply header's. */
function postOnPage(editor: HTMLElement, header: Element, text: string): Element | undefined {
  const wanted = comparableText(text);
  const dialog = closestAcross(editor, DIALOG);
  return cachedSearch(header, wanted, () =>
    [...editor.ownerDocument.querySelectorAll(POST_ITEM)].find(
      (post) => !dialog?.contains(post) && comparableText(post.querySelector(POST_TEXT)?.textContent) === wanted,
    ),
  );
}

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  hosts: SITES.bluesky.hosts,
  composers: COMPOSERS,
  findComposer: createComposerFinder({ composers: COMPOSERS, ignored: IGNORED, directMessagePaths: /^\/messages(?:\/|$)/ }),
  readText: readEditorText,
  kind: (editor) => (isReply(editor) ? 'reply' : 'post'),
  parent(editor, now = new Date()) {
    if (!isReply(editor)) return undefined;
    const header = replyHeader(editor);
    const text = header ? replyHeaderText(header) : undefined;
    // Should the header ever link the post or show its time, that is the parent's time.
    const shown = header ? postTime(header, now) : undefined;
    const post = shown || !header || !text ? undefined : postOnPage(editor, header, text);
    return { text, ...(shown ?? (post ? postTime(post, now) : undefined)) };
  },
  anchor: (editor) => outsideForms(editor.parentElement ?? editor),
  replyContext: createReplyContext({ button: REPLY_BUTTON, item: POST_ITEM, read: postParent }),
};
