/**
 * Reads text the way the user sees it, from editors (the draft) and from page content (the replied-to
 * item). Pure DOM helpers: no site's selectors live here, and nothing here writes to the DOM.
 *
 * Editors: Draft.js, Lexical, Quill and ProseMirror/TipTap all render one block element per line
 * (`div[data-block]`, `p`) and keep an empty line open with a lone `<br>`; a plain contenteditable
 * (YouTube) uses text, `<br>` and the `<div>`s the browser inserts. One walker covers them all:
 * block boundaries and inner `<br>`s become line breaks, a `<br>` that ends its block does not,
 * `<img alt>` (emoji) becomes its alt text, placeholders and hidden decorations are skipped.
 * Reading `textContent` per node keeps this free of layout (no `innerText`, no reflow per keystroke).
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** NBSP and narrow NBSP: contenteditable inserts them for runs of spaces; `Intl` puts them in times. */
const NON_BREAKING_SPACE = /[\u00A0\u202F]/g;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tr', 'ul',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'input', 'textarea']);

/** Zero-width characters removed, NBSP as a plain space, CRLF as LF. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '').replace(NON_BREAKING_SPACE, ' ');
}

/**
 * The draft in an editor: a textarea's value, or a contenteditable's blocks joined with line breaks.
 * @example readEditorText(document.querySelector('.ProseMirror')!) // 'Hi @sam.bsky.social\nSee you'
 */
export function readEditorText(editor: HTMLElement): string {
  if (isTextField(editor)) return normalizeText(editor.value);
  // A trailing empty block is the caret's resting place, not a line the user sees.
  return linesOf(editor, 'editor').join('\n').replace(/\n+$/, '');
}

/**
 * Text of page content (a post, a comment): whitespace collapsed as HTML renders it, one line per
 * non-empty block.
 */
export function readContentText(element: Element): string {
  return linesOf(element, 'content')
    .map((line) => line.replace(/[ \t\n\r\f]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Content text of the first `selector` match in `container`; empty when there is none. */
export function readContentTextIn(container: Element, selector: string): string {
  const element = container.querySelector(selector);
  return element ? readContentText(element) : '';
}

/** Content text of several elements (e.g. the text blocks of one comment), one per line. */
export function readContentTexts(elements: Iterable<Element>): string {
  return [...elements].map(readContentText).filter((text) => text !== '').join('\n');
}

/**
 * A form of text for telling whether two renderings (e.g. a reply header and the post on the page)
 * show the same words: white space, including line breaks, left out; case folded. Cheap enough to
 * apply to `textContent` of every post on a long page.
 */
export function comparableText(text: string | null | undefined): string {
  return normalizeText(text ?? '').replace(/\s+/g, '').toLowerCase();
}

function isTextField(element: HTMLElement): element is HTMLTextAreaElement | HTMLInputElement {
  return element.localName === 'textarea' || element.localName === 'input';
}

type Mode = 'editor' | 'content';

interface LineState {
  lines: string[];
  /** The line being built, or null right after a block boundary. */
  current: string | null;
}

function linesOf(root: Element, mode: Mode): string[] {
  const state: LineState = { lines: [], current: null };
  walk(root, root, state, mode);
  endLine(state);
  return state.lines.map(normalizeText);
}

function walk(node: Node, block: Element, state: LineState, mode: Mode): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = (child as Text).data;
      if (mode === 'editor' && isSourceIndentation(text)) continue;
      state.current = (state.current ?? '') + text;
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    if (isSkipped(element)) continue;
    if (element.localName === 'br') {
      if (isTrailingBreak(element, block)) {
        state.current ??= '';
      } else {
        state.lines.push(state.current ?? '');
        state.current = '';
      }
    } else if (element.localName === 'img') {
      state.current = (state.current ?? '') + (element.getAttribute('alt') ?? '');
    } else if (BLOCK_TAGS.has(element.localName)) {
      endLine(state);
      const linesBefore = state.lines.length;
      walk(element, element, state, mode);
      // An empty block is still a line (an empty paragraph the user made).
      if (state.current === null && state.lines.length === linesBefore) state.lines.push('');
      endLine(state);
    } else {
      walk(element, block, state, mode);
    }
  }
}

function endLine(state: LineState): void {
  if (state.current !== null) {
    state.lines.push(state.current);
    state.current = null;
  }
}

/** Whitespace-only text with a newline is markup formatting between blocks; editors never produce it. */
function isSourceIndentation(text: string): boolean {
  return text.includes('\n') && text.trim() === '';
}

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  // Placeholders drawn as elements (not via CSS `::before`) name themselves so.
  return /placeholder/i.test(element.getAttribute('class') ?? '');
}

/** A `<br>` with nothing visible after it in its block only keeps the block open (Lexical, Quill, ProseMirror, Draft.js). */
function isTrailingBreak(br: Element, block: Element): boolean {
  if (br.classList.contains('ProseMirror-trailingBreak')) return true;
  for (let node: Node | null = br; node && node !== block; node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (hasVisibleContent(next)) return false;
    }
  }
  return true;
}

function hasVisibleContent(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node as Text).data;
    return !isSourceIndentation(text) && normalizeText(text) !== '';
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const element = node as Element;
  if (isSkipped(element)) return false;
  if (element.localName === 'br' || element.localName === 'img') return true;
  return normalizeText(element.textContent ?? '').trim() !== '' || element.querySelector('br, img') !== null;
}

/**
 * The text of the innermost `blockSelector` elements in `container` (e.g. the `[dir="auto"]` runs of
 * a comment), leaving out blocks inside `skipSelector` (author links, buttons, nested items), one line
 * per block.
 */
export function readLeafTexts(container: Element, blockSelector: string, skipSelector: string): string {
  const blocks = [...container.querySelectorAll(blockSelector)];
  if (container.matches(blockSelector)) blocks.unshift(container);
  const leaves = blocks.filter((block) => {
    if (block.querySelector(blockSelector)) return false;
    const skipped = block.closest(skipSelector);
    return !skipped || !container.contains(skipped) || skipped === container;
  });
  return readContentTexts(leaves);
}
