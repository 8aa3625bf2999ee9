/**
 * Which box to type into, decided the way the extension decides: the site adapters
 * (entrypoints/content/sites) are bundled into a small script that runs in the fixture page's own
 * world, next to (not inside) the content script, and names the composer the adapter accepts, of
 * the fixture's kind, in its dialog when the fixture is about one. Fixtures hold decoys (Quill's
 * clipboard, a notes box, a title field): a generic "first editable" would type into those.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/** Bundles the probe once per run; returns its source, to evaluate in pages. */
export async function bundleComposerProbe(repoRoot, workDir) {
  const entry = path.join(workDir, 'composer-probe-entry.ts');
  const registry = path.join(repoRoot, 'entrypoints/content/sites/index.ts');
  fs.writeFileSync(
    entry,
    `import { SITE_ADAPTERS } from ${JSON.stringify(registry)};
const DIALOG = '[role="dialog"], [aria-modal="true"], dialog';
(window as any).__postCoachE2ePickComposer = (site: keyof typeof SITE_ADAPTERS, kind: 'post' | 'reply', inDialog: boolean) => {
  const adapter = SITE_ADAPTERS[site];
  const accepted = [...document.querySelectorAll<HTMLElement>(adapter.composers.join(', '))].filter(
    (element) => adapter.findComposer(element) === element && element.getClientRects().length > 0 && adapter.kind(element) === kind,
  );
  const dialogOnes = accepted.filter((element) => element.closest(DIALOG));
  const pool = inDialog && dialogOnes.length ? dialogOnes : accepted;
  return (kind === 'reply' ? pool.at(-1) : pool[0]) ?? null;
};
`,
  );
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: 'postCoachE2eComposerProbe' },
    },
  });
  const [bundle] = Array.isArray(output) ? output : [output];
  return bundle.output[0].code;
}
