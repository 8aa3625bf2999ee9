#!/usr/bin/env node
// Budget check (issue 2): the guidance engine — rules, all four languages' lexicons and messages —
// may add at most 30 KB gzipped to the content script. Bundles guidance/index.ts the way the
// content script gets it (browser platform, minified, lazy imports inlined, non-ASCII text kept as
// UTF-8 as Vite emits it), gzips it, prints the size and the largest inputs, and exits 1 above the budget.
//
//   npm run size:engine
import { build } from 'esbuild';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 30 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const result = await build({
  entryPoints: [resolve(root, 'guidance/index.ts')],
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
const [output] = result.outputFiles;
const gzipped = gzipSync(output.contents, { level: 9 }).length;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
  .map(([file, { bytesInOutput }]) => ({ file: relative(root, resolve(file)), bytes: bytesInOutput }))
  .sort((a, b) => b.bytes - a.bytes);
console.log('largest inputs (minified, before gzip):');
for (const { file, bytes } of inputs.slice(0, 10)) console.log(`  ${kb(bytes).padStart(9)}  ${file}`);
console.log(`engine bundle: ${kb(output.contents.length)} minified, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_BYTES)} gzipped)`);
if (gzipped > BUDGET_BYTES) {
  console.error(`engine-size: over budget by ${kb(gzipped - BUDGET_BYTES)}`);
  process.exit(1);
}
