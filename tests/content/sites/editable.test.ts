import { describe, expect, it } from 'vitest';
import { createComposerFinder, isNotAPost, nearestPreceding, outsideForms } from '../../../entrypoints/content/sites/editable';

function page(html: string): void {
  document.body.innerHTML = html;
}

describe('fields that are not posts', () => {
  it.each([
    ['a password field', '<input id="f" type="password">'],
    ['a search field', '<input id="f" type="search">'],
    ['a combobox', '<div id="f" contenteditable="true" role="combobox"></div>'],
    ['a field that opts out of Grammarly', '<textarea id="f" data-gramm="false"></textarea>'],
    ['a field in a container that opts out', '<div data-enable-grammarly="false"><textarea id="f"></textarea></div>'],
    ['a field inside a search form', '<form role="search"><textarea id="f"></textarea></form>'],
    ['a field inside a <search> element', '<search><textarea id="f"></textarea></search>'],
    ['a field inside an autocomplete box', '<div role="combobox"><div id="f" contenteditable="true"></div></div>'],
    ['an e-mail field', '<input id="f" type="email">'],
    ['a checkbox', '<input id="f" type="checkbox">'],
    ['a read-only field', '<textarea id="f" readonly></textarea>'],
    ['a chat box', '<div id="f" contenteditable="true" role="textbox" aria-label="Write a message…"></div>'],
    ['a German chat box', '<div id="f" contenteditable="true" aria-placeholder="Nachricht schreiben"></div>'],
  ])('leaves alone %s', (_name, html) => {
    page(html);
    expect(isNotAPost(document.getElementById('f')!)).toBe(true);
  });

  it('accepts a plain composer', () => {
    page('<div id="f" contenteditable="true" role="textbox" aria-label="Post text"></div>');
    expect(isNotAPost(document.getElementById('f')!)).toBe(false);
  });
});

describe('finding the composer', () => {
  const find = createComposerFinder({ composers: ['.editor[contenteditable="true"]', 'form textarea'], ignored: ['.chat'] });

  it('walks up from a node inside the editor, and ignores what the site marks as chat', () => {
    page('<div class="editor" contenteditable="true"><p><span id="in">hi</span></p></div><div class="chat"><div class="editor" contenteditable="true"><p id="chat">yo</p></div></div>');
    expect(find(document.getElementById('in')!)).toBe(document.querySelector('.editor'));
    expect(find(document.getElementById('chat')!)).toBeNull();
    expect(find(document.body)).toBeNull();
  });
});

describe('walking the page around a composer', () => {
  it('finds the nearest item before the composer, not one after it', () => {
    page('<main><article id="a1"></article><div><article id="a2"><p>x</p></article></div><div><div><textarea id="t"></textarea></div></div><article id="a3"></article></main>');
    const main = document.querySelector('main')!;
    expect(nearestPreceding(document.getElementById('t')!, 'article', main)?.id).toBe('a2');
    expect(nearestPreceding(document.getElementById('a1')!, 'article', main)).toBeNull();
  });

  it('anchors outside every form', () => {
    page('<div id="box"><form><div id="inner"><textarea></textarea></div></form></div>');
    expect(outsideForms(document.getElementById('inner')!).id).toBe('box');
    expect(outsideForms(document.getElementById('box')!).id).toBe('box');
  });
});
