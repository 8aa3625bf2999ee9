/**
 * The site fixtures the suite drives: tests/fixtures/sites/<site>/<case>.html. A case whose name
 * says reply or comment holds a reply composer under a parent item; any other case is a new-post
 * composer. A case with a dialog (role="dialog", aria-modal or <dialog>) also serves the
 * closed-and-reopened-dialog check.
 */
import fs from 'node:fs';
import path from 'node:path';

/** @returns {Map<string, { post: string[], reply: string[], dialog: string[] }>} every site id → its fixture files */
export function discoverFixtures(root, siteIds) {
  const bySite = new Map();
  for (const site of siteIds) {
    const dir = path.join(root, site);
    const files = fs.existsSync(dir)
      ? fs.readdirSync(dir).filter((name) => name.endsWith('.html')).sort().map((name) => path.join(dir, name))
      : [];
    const isReply = (file) => /reply|comment/i.test(path.basename(file));
    bySite.set(site, {
      post: files.filter((file) => !isReply(file)),
      reply: files.filter(isReply),
      dialog: files.filter((file) => /role=["']?dialog|aria-modal=["']?true|<dialog[\s>]/i.test(fs.readFileSync(file, 'utf8'))),
    });
  }
  return bySite;
}
