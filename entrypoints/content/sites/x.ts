/**
 * X (x.com, twitter.com). Desktop composers are Draft.js: the `.public-DraftEditor-content` element
 * carries `data-testid="tweetTextarea_N"` (N counts up in a thread). The mobile web compose page uses
 * a plain textarea in the same wrapper. A reply shows its parent post above the box: the focused
 * post on a status page, or the post inside the reply modal; a quoted post sits below the box, so only
 * a post *before* the composer makes it a reply.
 *
 * Test URLs:
 * - https://x.com/home — inline "What is happening?!" box (new post)
 * - https://x.com/compose/post — compose modal (new post; quote: the quoted post follows the box)
 * - https://x.com/<user>/status/<id> (any post) — inline reply box under the focused post
 * - Reply button under any timeline post — reply modal with the parent above the box
 * - https://x.com/compose/post in a narrow (mobile) window — textarea composer
 * - https://x.com/messages — direct messages: no hints
 */
import { SITES } from '../../../utils/sites';
import {
  boxContaining,
  closestAcross,
  createComposerFinder,
  itemAround,
  nearestPreceding,
  outsideForms,
} from './editable';
import { exactTime, xSnowflakeTime } from './parent-time';
import { readContentText, readEditorText } from './read-text';
import type { ParentContext, SiteAdapter } from './types';

const COMPOSERS = [
  // Desktop, every composer (home box, compose and reply modals, inline reply): Draft.js content with X's test id.
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  // Desktop, should the test id move: the Draft.js content element itself.
  '.public-DraftEditor-content[contenteditable="true"]',
  // Mobile web compose page: a textarea inside the tweetTextarea wrapper.
  '[data-testid^="tweetTextarea_"] textarea',
  // Mobile web compose page, should the test id move onto the textarea.
  'textarea[data-testid^="tweetTextarea_"]',
  // Compose and reply modals, should X leave Draft.js: any textbox in the dialog.
  '[role="dialog"] [contenteditable="true"][role="textbox"]',
  // Home box and inline reply, should X leave Draft.js: any textbox in the primary column.
  '[data-testid="primaryColumn"] [contenteditable="true"][role="textbox"]',
] as const;

const IGNORED = [
  // Direct messages: the conversation composer (dmComposerTextInput) and the messages drawer (DMDrawer).
  '[data-testid^="dm"]',
  '[data-testid^="DM"]',
  // Direct messages: conversation panels (DmActivityContainer, DmScrollerContainer).
  '[data-testid^="Dm"]',
] as const;

/** Compose and reply modals open as a dialog inside `#layers`. */
const DIALOG = '[role="dialog"], [aria-modal="true"]';
/** Status pages: the inline reply box shares the primary column with the focused post. */
const COLUMN = '[data-testid="primaryColumn"], main';
/** A post: the timeline/status article, or its text where the reply modal shows it without an article. */
const POST_MARKER = 'article[data-testid="tweet"], article[role="article"], [data-testid="tweetText"]';
const POST_ARTICLE = 'article';
const POST_TEXT = '[data-testid="tweetText"]';
/** The post's own permalink time; a quoted post's time is not inside a link. */
const PERMALINK_TIME = 'a[href*="/status/"] time[datetime]';
const ANY_TIME = 'time[datetime]';
const PERMALINK = 'a[href*="/status/"]';
/** The composer's toolbar (media, GIF, emoji…): the composer box is the block that holds editor and toolbar. */
const TOOLBAR = '[data-testid="toolBar"]';
/** Draft.js root around the content element. */
const DRAFT_ROOT = '.DraftEditor-root';

function scopeOf(editor: HTMLElement): Element {
  return closestAcross(editor, DIALOG) ?? editor.closest(COLUMN) ?? editor.ownerDocument.body;
}

/** The post shown before the composer, if any: the replied-to post. */
function parentPost(editor: HTMLElement): Element | undefined {
  const marker = nearestPreceding(editor, POST_MARKER, scopeOf(editor));
  if (!marker) return undefined;
  return marker.closest(POST_ARTICLE) ?? itemAround(marker, editor);
}

function postTime(post: Element): ParentContext | undefined {
  const time = post.querySelector(PERMALINK_TIME) ?? post.querySelector(ANY_TIME);
  const exact = exactTime(time?.getAttribute('datetime'));
  if (exact) return exact;
  const id = /\/status\/(\d+)/.exec(post.querySelector(PERMALINK)?.getAttribute('href') ?? '')?.[1];
  return xSnowflakeTime(id);
}

export const x: SiteAdapter = {
  id: 'x',
  hosts: SITES.x.hosts,
  composers: COMPOSERS,
  findComposer: createComposerFinder({ composers: COMPOSERS, ignored: IGNORED, directMessagePaths: /^\/(?:messages|i\/chat)(?:\/|$)/ }),
  readText: readEditorText,
  kind: (editor) => (parentPost(editor) ? 'reply' : 'post'),
  parent(editor) {
    const post = parentPost(editor);
    if (!post) return undefined;
    const textElement = post.querySelector(POST_TEXT);
    return { text: textElement ? readContentText(textElement) : undefined, ...postTime(post) };
  },
  anchor(editor) {
    const box = boxContaining(editor, TOOLBAR, scopeOf(editor)) ?? editor.closest(DRAFT_ROOT)?.parentElement ?? editor;
    return outsideForms(box);
  },
};
