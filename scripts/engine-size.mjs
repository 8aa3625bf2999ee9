#!/usr/bin/env node
// Budget check (issue 2): the guidance engine may add at most 30 KB gzipped to the content script.
// The content script bundles guidance/engine.ts (every rule, the tokenizer, the function words of all
// four languages) and receives the phrase lexicons and catalogues from the background when a composer
// is first used; that bundle is measured against the budget (browser platform, minified, non-ASCII
// kept as UTF-8 as Vite emits it). The full engine with all four lexicons and catalogues
// (guidance/index.ts: popup, background, practice page, CLI) is printed beside it.
// Exits 1 above the budget.
//
//   npm run size:engine
import { build } from 'esbuild';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 30 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const bundle = (entry) => build({
  entryPoints: [resolve(root, entry)],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  charset: 'utf8',
  write: false,
  metafile: true,
  logLevel: 'error',
});
const result = await bundle('guidance/engine.ts');
const [output] = result.outputFiles;
const [full] = (await bundle('guidance/index.ts')).outputFiles;
const gzipped = gzipSync(output.contents, { level: 9 }).length;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
  .map(([file, { bytesInOutput }]) => ({ file: relative(root, resolve(file)), bytes: bytesInOutput }))
  .sort((a, b) => b.bytes - a.bytes);
console.log('largest inputs (minified, before gzip):');
for (const { file, bytes } of inputs.slice(0, 10)) console.log(`  ${kb(bytes).padStart(9)}  ${file}`);
console.log(`full engine with all lexicons and catalogues (guidance/index.ts, not in the content script): ${kb(gzipSync(full.contents, { level: 9 }).length)} gzipped`);
console.log(`engine in the content script (guidance/engine.ts): ${kb(output.contents.length)} minified, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_BYTES)} gzipped)`);
if (gzipped > BUDGET_BYTES) {
  console.error(`engine-size: over budget by ${kb(gzipped - BUDGET_BYTES)}`);
  process.exit(1);
}
