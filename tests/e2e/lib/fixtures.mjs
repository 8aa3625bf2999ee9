/**
 * The site fixtures the suite drives: tests/fixtures/sites/<site>/<case>.html. A case whose name
 * says reply or comment holds a reply composer under a parent item (two days old: the fixture's
 * script moves its time relative to page load); any other case is a new-post composer. A case with
 * a dialog (role="dialog", aria-modal or <dialog>) also serves the closed-and-reopened-dialog check.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * @typedef {{ file: string, name: string, kind: 'post' | 'reply', dialog: boolean }} Fixture
 * @returns {Map<string, Fixture[]>} every site id → its fixtures, by name
 */
export function discoverFixtures(root, siteIds) {
  const bySite = new Map();
  for (const site of siteIds) {
    const dir = path.join(root, site);
    const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.html')).sort() : [];
    bySite.set(
      site,
      names.map((name) => {
        const file = path.join(dir, name);
        return {
          file,
          name: name.replace(/\.html$/, ''),
          kind: /reply|comment/i.test(name) ? 'reply' : 'post',
          dialog: /role=["']?dialog|aria-modal=["']?true|<dialog[\s>]/i.test(fs.readFileSync(file, 'utf8')),
        };
      }),
    );
  }
  return bySite;
}

/** The site's everyday new-post fixture: an inline composer when there is one, else the first. */
export function primaryPostFixture(fixtures) {
  const posts = fixtures.filter((fixture) => fixture.kind === 'post');
  return posts.find((fixture) => !fixture.dialog) ?? posts[0];
}
