import { describe, expect, it } from 'vitest';
import { comparableText, normalizeText, readContentText, readEditorText, readLeafTexts } from '../../../entrypoints/content/sites/read-text';

function editor(html: string, tag = 'div'): HTMLElement {
  const element = document.createElement(tag);
  element.setAttribute('contenteditable', 'true');
  element.innerHTML = html;
  document.body.replaceChildren(element);
  return element;
}

describe('reading the draft from an editor', () => {
  it('joins Draft.js blocks; an empty block is an empty line', () => {
    const draft = editor(
      '<div data-contents="true">' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">One</span></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Two </span></span><span><span data-text="true">@sam</span></span></div></div>' +
        '</div>',
    );
    expect(readEditorText(draft)).toBe('One\n\nTwo @sam');
  });

  it('reads an empty Lexical, Quill or ProseMirror editor as empty, placeholders excluded', () => {
    expect(readEditorText(editor('<p><br></p>'))).toBe('');
    expect(readEditorText(editor('<p class="is-empty is-editor-empty" data-placeholder="Write your reply"><br class="ProseMirror-trailingBreak"></p>'))).toBe('');
    expect(readEditorText(editor('<div class="editor-placeholder">What’s on your mind?</div><p><br></p>'))).toBe('');
    expect(readEditorText(editor('<p><br></p><span aria-hidden="true">Add a comment…</span>'))).toBe('');
  });

  it('keeps hard breaks inside a paragraph and drops the break that only keeps a line open', () => {
    expect(readEditorText(editor('<p>a<br>b</p><p>c<br><br class="ProseMirror-trailingBreak"></p><p>d</p>'))).toBe('a\nb\nc\n\nd');
    expect(readEditorText(editor('<p><span>a</span><br><span>b</span></p><p><span>c</span><br><br></p><p>d</p>'))).toBe('a\nb\nc\n\nd');
    // A new line the user opened at the very end is not yet text anyone sees.
    expect(readEditorText(editor('<p>a</p><p><br></p>'))).toBe('a');
  });

  it('reads a plain contenteditable: text, <br>s and the <div>s the browser inserts', () => {
    expect(readEditorText(editor('First<br>Second<div>Third</div><div><br></div><div>Fifth</div>'))).toBe('First\nSecond\nThird\n\nFifth');
    expect(readEditorText(editor('Just one line<br>'))).toBe('Just one line');
  });

  it('keeps mentions, emoji and custom emoji images', () => {
    const text = readEditorText(
      editor('<p>Hi <span class="mention" data-type="mention" data-id="sam.bsky.social" contenteditable="false">@sam.bsky.social</span> 🎉 <img alt=":party:" src="data:,"></p>'),
    );
    expect(text).toBe('Hi @sam.bsky.social 🎉 :party:');
  });

  it('normalises NBSP and zero-width characters, keeps typed spaces', () => {
    expect(readEditorText(editor('<p>a&nbsp;&nbsp;b\u200B c\uFEFF</p>'))).toBe('a  b c');
    expect(normalizeText('x\r\ny\u00A0z\u200D')).toBe('x\ny z');
  });

  it('reads a textarea’s value, not its markup', () => {
    const textarea = document.createElement('textarea');
    textarea.value = 'Line one\r\nLine two\u00A0😀\n';
    expect(readEditorText(textarea)).toBe('Line one\nLine two 😀\n');
  });

  it('ignores the indentation between blocks in hand-written markup', () => {
    expect(readEditorText(editor('\n  <p>One</p>\n  <p>Two</p>\n'))).toBe('One\nTwo');
  });
});

describe('reading page content', () => {
  it('collapses whitespace as HTML renders it and keeps one line per block', () => {
    const content = document.createElement('div');
    content.innerHTML = '\n  <p>  Our   new\n release </p>\n <p></p><p>is live <img alt="🚀" src="data:,"></p><button>Reply</button>';
    expect(readContentText(content)).toBe('Our new release\nis live 🚀');
  });

  it('reads the innermost text runs, skipping author links and nested items', () => {
    const item = document.createElement('div');
    item.setAttribute('role', 'article');
    item.innerHTML =
      '<a href="/sam"><span dir="auto">Sam</span></a><div dir="auto"><span dir="auto">First</span></div><div dir="auto">Second</div>' +
      '<div role="article"><div dir="auto">A reply</div></div>';
    expect(readLeafTexts(item, '[dir="auto"]', 'a, [role="article"]')).toBe('First\nSecond');
  });

  it('compares texts regardless of case and spacing', () => {
    expect(comparableText('Is anyone\nelse  here?')).toBe(comparableText('is anyone else here?'));
  });
});
