/**
 * The end-to-end suite serves the fixtures in real browsers at any date; their tiny scripts move each
 * reply fixture's parent to two days before page load. This runs those scripts (in a separate
 * happy-dom window with scripts on) and checks each adapter then sees a parent about two days old.
 */
import { Window } from 'happy-dom';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SITE_ADAPTERS } from '../../../entrypoints/content/sites';
import type { SiteId } from '../../../guidance/types';
import { fixtureHtml } from './fixture';

const TWO_DAYS_MS = 2 * 24 * 60 * 60 * 1000;
/** Relative labels ("2d") and ids are precise to the minute at best. */
const TOLERANCE_MS = 60 * 60 * 1000;

const REPLY_FIXTURES: [SiteId, string, string?][] = [
  ['x', 'status-inline-reply'],
  ['x', 'reply-modal'],
  ['x', 'mobile-reply-textarea'],
  ['linkedin', 'comment-quill'],
  ['linkedin', 'reply-to-comment-quill'],
  ['linkedin', 'comment-tiptap'],
  ['facebook', 'comment-on-post'],
  ['facebook', 'reply-to-comment'],
  ['instagram', 'comment-post-page'],
  ['instagram', 'reply-to-comment'],
  ['threads', 'reply-dialog'],
  ['bluesky', 'reply-dialog'],
  ['mastodon', 'reply'],
  ['reddit', 'new-comment-on-post'],
  ['reddit', 'new-reply-to-comment'],
  ['reddit', 'old-comments', '#form-t3_abc123top textarea'],
  ['reddit', 'old-comments', '#commentreply_t1_def456 textarea'],
  ['youtube', 'reply-to-comment'],
  ['youtube', 'comment-on-video'],
];

/** The fixture in its own window with its inline script run (the only script: our own fixture files). */
function openWithScripts(site: string, name: string): Window {
  const html = fixtureHtml(site, name);
  const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? 'https://example.com/';
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  window.document.write(html);
  return window;
}

describe('fixture pages as the end-to-end suite loads them', () => {
  it.each(REPLY_FIXTURES)('%s/%s %s: the parent is about two days old', (site, name, pick) => {
    const window = openWithScripts(site, name);
    onTestFinished(() => window.happyDOM.close());
    const page = window.document as unknown as Document;
    const adapter = SITE_ADAPTERS[site];
    const editor = pick
      ? page.querySelector<HTMLElement>(pick)
      : [...page.querySelectorAll<HTMLElement>(adapter.composers.join(', '))].find((element) => adapter.findComposer(element) === element);
    expect(editor).toBeTruthy();
    expect(adapter.kind(editor!)).toBe('reply');
    const createdAt = adapter.parent(editor!)?.createdAt;
    expect(createdAt).toBeDefined();
    expect(Math.abs(Date.now() - Date.parse(createdAt!) - TWO_DAYS_MS)).toBeLessThan(TOLERANCE_MS);
  });
});
