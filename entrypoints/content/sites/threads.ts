/**
 * Threads (threads.com, threads.net). New threads and replies are written in a dialog whose editor is
 * a Lexical contenteditable textbox; a post page also has an inline reply box under the post. A reply
 * shows the replied-to post (`[data-pressable-container]`, with `<time datetime>`) above the editor; a
 * quoted post sits below it, so only a post *before* the editor makes it a reply.
 *
 * Test URLs:
 * - https://www.threads.com/ — "What's new?" opens the new-thread dialog
 * - https://www.threads.com/@<user>/post/<code> — inline reply box; Reply opens the reply dialog
 * - https://www.threads.net/ — the old domain, same markup
 */
import { SITES } from '../../../utils/sites';
import { closestAcross, createComposerFinder, itemAround, nearestPreceding, outsideForms } from './editable';
import { timeOfElement } from './parent-time';
import { readEditorText, readLeafTexts } from './read-text';
import type { SiteAdapter } from './types';

const COMPOSERS = [
  // New-thread and reply dialogs, inline reply box: Lexical textbox.
  '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  // New-thread and reply dialogs, should the Lexical marker go.
  '[role="dialog"] [contenteditable="true"][role="textbox"]',
  // Post page: the inline reply box under the post.
  'main [contenteditable="true"][role="textbox"]',
] as const;

/** Direct messages are left alone by their path and their "Message…" label (see `isNotAPost`). */
const IGNORED: readonly string[] = [];

const DIALOG = '[role="dialog"], [aria-modal="true"]';
/** A post in a feed, thread or reply dialog. */
const POST = '[data-pressable-container]';
/** A post's time: finds the post where the pressable marker is missing. */
const POST_MARKER = `${POST}, time`;
const TIME = 'time';
const TEXT_BLOCK = '[dir="auto"]';
/** Not the post's text: the author link, the time link, buttons (like, reply, repost), a quoted post. */
const NOT_TEXT = `a, time, [role="button"], button, ${POST}`;

function parentPost(editor: HTMLElement): Element | undefined {
  const scope = closestAcross(editor, DIALOG) ?? editor.closest('main') ?? editor.ownerDocument.body;
  const marker = nearestPreceding(editor, POST_MARKER, scope);
  if (!marker) return undefined;
  // The outermost post around the marker: a quoted post is nested in the post it belongs to.
  let post = marker.closest(POST);
  for (let outer = post?.parentElement?.closest(POST); outer && !outer.contains(editor); outer = outer.parentElement?.closest(POST)) {
    post = outer;
  }
  return post ?? itemAround(marker, editor);
}

export const threads: SiteAdapter = {
  id: 'threads',
  hosts: SITES.threads.hosts,
  composers: COMPOSERS,
  findComposer: createComposerFinder({ composers: COMPOSERS, ignored: IGNORED, directMessagePaths: /^\/(?:direct|messages)(?:\/|$)/ }),
  readText: readEditorText,
  kind: (editor) => (parentPost(editor) ? 'reply' : 'post'),
  parent(editor, now = new Date()) {
    const post = parentPost(editor);
    if (!post) return undefined;
    return { text: readLeafTexts(post, TEXT_BLOCK, NOT_TEXT) || undefined, ...timeOfElement(post.querySelector(TIME), now) };
  },
  anchor: (editor) => outsideForms(editor.parentElement ?? editor),
};
