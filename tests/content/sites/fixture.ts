/**
 * Loads a site fixture (tests/fixtures/sites/<site>/<case>.html) into happy-dom under the URL it
 * declares (`<link rel="canonical">`), and checks an adapter against it the way the content script
 * uses it. Fixture scripts (which move timestamps relative to page load for the end-to-end suite) are
 * not run: tests read the fixtures' static times against a fixed `NOW`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { DraftKind } from '../../../guidance/types';
import type { ParentContext, SiteAdapter } from '../../../entrypoints/content/sites/types';

/** The fixed "now" of every adapter test: the fixtures' parents are two days older. */
export const NOW = new Date('2026-08-16T09:30:00.000Z');
export const TWO_DAYS_AGO = '2026-08-14T09:30:00.000Z';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/sites');

interface HappyDomWindow {
  happyDOM: { setURL(url: string): void };
}

export function fixtureHtml(site: string, name: string): string {
  return readFileSync(resolve(FIXTURES, site, `${name}.html`), 'utf8');
}

export function loadFixture(site: string, name: string): void {
  const parsed = new DOMParser().parseFromString(fixtureHtml(site, name), 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  const url = parsed.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!url) throw new Error(`${site}/${name}.html declares no canonical URL`);
  (window as unknown as HappyDomWindow).happyDOM.setURL(url);
  document.documentElement.innerHTML = parsed.documentElement.innerHTML;
}

/** Every element the adapter's selectors match and `findComposer` accepts as itself. */
export function composersOnPage(adapter: SiteAdapter): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(adapter.composers.join(', '))].filter(
    (element) => adapter.findComposer(element) === element,
  );
}

/** The deepest last descendant: where a click or caret in the editor usually lands. */
export function innermost(element: Element): Element {
  let node = element;
  while (node.lastElementChild) node = node.lastElementChild;
  return node;
}

export interface ComposerCase {
  fixture: string;
  /** Which composer, when the page has several. */
  pick?: string;
  /** How many composers the page has (default 1). */
  composers?: number;
  text: string;
  kind: DraftKind;
  parent?: ParentContext;
}

/**
 * The checks every fixture gets: the composer is found by the selectors and from a node inside it,
 * its text, kind and parent are what the user sees, and its anchor is a box around it outside any form.
 */
export function checkComposer(adapter: SiteAdapter, site: string, spec: ComposerCase): HTMLElement {
  loadFixture(site, spec.fixture);
  const found = composersOnPage(adapter);
  expect(found).toHaveLength(spec.composers ?? 1);
  const editor = spec.pick ? document.querySelector<HTMLElement>(spec.pick) : found[0];
  if (!editor) throw new Error(`no composer ${spec.pick ?? ''} in ${spec.fixture}`);
  expect(found).toContain(editor);
  expect(adapter.findComposer(innermost(editor))).toBe(editor);
  expect(adapter.readText(editor)).toBe(spec.text);
  expect(adapter.kind(editor)).toBe(spec.kind);
  expect(adapter.parent(editor, NOW)).toEqual(spec.parent);
  const anchor = adapter.anchor(editor);
  expect(anchor.contains(editor)).toBe(true);
  expect(anchor.closest('form, faceplate-form')).toBeNull();
  return editor;
}
