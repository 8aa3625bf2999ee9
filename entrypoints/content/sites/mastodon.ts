/**
 * Mastodon (mastodon.social, and every instance the user adds: forks such as glitch-soc and Hometown
 * keep the same markup). One compose form (`form.compose-form`, a react-textarea-autosize textarea)
 * serves the column, the /publish page and the reply modal (mastodon/mastodon `compose_form.jsx`).
 * In reply mode it holds `.reply-indicator` with the parent's author and text, but no time; the time
 * comes from the same status on the page (`time[datetime]`, exact) or from its id (ids since 2.0 hold
 * their creation time in milliseconds, approximate). The instance's character limit is what the
 * form's counter shows plus what the draft already uses.
 *
 * Test URLs:
 * - https://mastodon.social/home — compose form in the left column (new post)
 * - https://mastodon.social/publish — compose page (new post)
 * - https://mastodon.social/@Mastodon/<id> — Reply on the status opens the form in reply mode
 */
import { SITES } from '../../../utils/sites';
import { createComposerFinder, createReplyContext, createSearchCache, outsideForms } from './editable';
import { exactTime, mastodonIdTime } from './parent-time';
import { comparableText, readContentTextIn, readEditorText } from './read-text';
import type { ParentContext, SiteAdapter } from './types';

const COMPOSERS = [
  // Compose form (column, /publish page, reply modal): the autosuggest textarea.
  'form.compose-form textarea.autosuggest-textarea__textarea',
  // Compose form of forks and older versions whose textarea class differs.
  '.compose-form textarea',
] as const;

/** Direct messages are posts with "mentioned people only" visibility in the same form: coached too. */
const IGNORED: readonly string[] = [];

const COMPOSE_FORM = '.compose-form';
/** Reply mode: 4.3+ `.reply-indicator__main`, 4.2 `.reply-indicator__header`; both inside `.reply-indicator`. */
const REPLY_INDICATOR = '.reply-indicator';
const REPLY_INDICATOR_TEXT = '.reply-indicator__content, .status__content';
/** Submit button: "Post"/"Reply" (4.3+) or "Publish!" (older). */
const SUBMIT = '.compose-form__submit button, .compose-form__publish button, button[type="submit"]';
/** "Reply" in en, de ("Antworten"), nl ("Beantwoorden"), ru ("Ответить"). */
const REPLY_WORDS = /repl|antwort|antwoord|ответ/i;
/** Statuses on the page: timeline entries and the focused status. */
const STATUS = '.status, .detailed-status';
const STATUS_TEXT = '.status__content';
const STATUS_TIME = 'time[datetime]';
/** A status's permalink (`/@user/<id>`, or `/@user@remote/<id>`). */
const STATUS_LINK = 'a[href*="/@"]';
/** Where a status's id is written. */
const STATUS_ID_HOLDER = '[data-id]';
const STATUS_ACTION_BUTTON = '.status__action-bar button, .detailed-status__action-bar button';
const CHARACTER_COUNTER = '.character-counter';
const CONTENT_WARNING = '.spoiler-input input';
/** Mastodon counts every URL as 23 characters and a remote mention by its local part. */
const URL_PATTERN = /https?:\/\/\S+/g;
const REMOTE_MENTION = /(@[\w.]+)@[\w.-]+/g;
const URL_LENGTH = 23;

function indicatorOf(editor: HTMLElement): Element | null {
  return editor.closest(COMPOSE_FORM)?.querySelector(REPLY_INDICATOR) ?? null;
}

function isReply(editor: HTMLElement): boolean {
  if (indicatorOf(editor)) return true;
  const submit = editor.closest(COMPOSE_FORM)?.querySelector(SUBMIT);
  return REPLY_WORDS.test(submit?.textContent ?? '');
}

/** The first status id in `container`'s permalinks (account links have none). */
function linkedStatusId(container: Element): string | undefined {
  for (const link of container.querySelectorAll(STATUS_LINK)) {
    const id = /\/(\d{6,})(?:[/?#]|$)/.exec(link.getAttribute('href') ?? '')?.[1];
    if (id) return id;
  }
  return undefined;
}

function statusId(status: Element): string | undefined {
  return status.closest(STATUS_ID_HOLDER)?.getAttribute('data-id') ?? linkedStatusId(status);
}

function statusTime(status: Element): ParentContext | undefined {
  return exactTime(status.querySelector(STATUS_TIME)?.getAttribute('datetime')) ?? mastodonIdTime(statusId(status));
}

function statusParent(status: Element): ParentContext {
  return { text: readContentTextIn(status, STATUS_TEXT) || undefined, ...statusTime(status) };
}

/** The action bar's buttons share one class; Reply is the one labelled so. */
function isReplyButton(button: Element): boolean {
  return REPLY_WORDS.test(`${button.getAttribute('aria-label') ?? ''} ${button.getAttribute('title') ?? ''}`);
}

const cachedSearch = createSearchCache();

/**
 * The replied-to status on the page: by the id the indicator links to, else by its text, else the
 * first status whose permalink is under the indicator's account (`/@sam/<id>`).
 */
function searchStatus(editor: HTMLElement, indicator: Element, id: string | undefined): Element | undefined {
  const statuses = [...editor.ownerDocument.querySelectorAll(STATUS)].filter((status) => !indicator.contains(status));
  const wanted = comparableText(indicator.querySelector(REPLY_INDICATOR_TEXT)?.textContent);
  // "/@sam" from "https://mastodon.social/@sam": a status of that account links "…/@sam/<id>".
  const account = /\/@[^/?#]+/.exec(indicator.querySelector(STATUS_LINK)?.getAttribute('href') ?? '')?.[0];
  const byAccount = (status: Element) =>
    account !== undefined && [...status.querySelectorAll(STATUS_LINK)].some((link) => link.getAttribute('href')?.includes(`${account}/`));
  return (
    statuses.find((status) => id !== undefined && statusId(status) === id) ??
    statuses.find((status) => wanted !== '' && comparableText(status.querySelector(STATUS_TEXT)?.textContent) === wanted) ??
    statuses.find(byAccount)
  );
}

function countableLength(text: string): number {
  return [...text.replace(URL_PATTERN, 'x'.repeat(URL_LENGTH)).replace(REMOTE_MENTION, '$1')].length;
}

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  hosts: SITES.mastodon.hosts,
  composers: COMPOSERS,
  findComposer: createComposerFinder({ composers: COMPOSERS, ignored: IGNORED }),
  readText: readEditorText,
  kind: (editor) => (isReply(editor) ? 'reply' : 'post'),
  parent(editor) {
    const indicator = indicatorOf(editor);
    if (!indicator) return undefined;
    const text = readContentTextIn(indicator, REPLY_INDICATOR_TEXT);
    const id = linkedStatusId(indicator);
    const shownTime = exactTime(indicator.querySelector(STATUS_TIME)?.getAttribute('datetime'));
    const status = shownTime ? undefined : cachedSearch(indicator, `${id ?? ''} ${text}`, () => searchStatus(editor, indicator, id));
    return { text: text || undefined, ...(shownTime ?? (status ? statusTime(status) : mastodonIdTime(id))) };
  },
  anchor: (editor) => outsideForms(editor),
  charLimit(editor) {
    const form = editor.closest(COMPOSE_FORM);
    const remaining = Number.parseInt(form?.querySelector(CHARACTER_COUNTER)?.textContent ?? '', 10);
    if (!form || !Number.isFinite(remaining)) return undefined;
    const warning = (form.querySelector(CONTENT_WARNING) as HTMLInputElement | null)?.value ?? '';
    return remaining + countableLength(readEditorText(editor)) + countableLength(warning);
  },
  replyContext: createReplyContext({ button: STATUS_ACTION_BUTTON, isReply: isReplyButton, item: STATUS, read: statusParent }),
};
