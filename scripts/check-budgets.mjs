#!/usr/bin/env node
// Size budgets (issue 6), checked on a built extension: what the browser loads, gzipped.
// - content script: the manifest's content-script files (content-scripts/content.js) and their CSS, 45 KB;
// - popup: popup.html's scripts, every chunk they import statically (shared chunks included) and its
//   stylesheets, 40 KB (chunks it imports lazily are listed, not counted);
// - the engine inside the content script: scripts/engine-size.mjs, 30 KB.
// Each file is gzipped on its own (level 9, as engine-size.mjs does) and the sizes added up.
// Ends with "N passed, N failed" (one per budget); exits 1 when a budget is exceeded or the build is missing.
//
//   npm run budgets [-- <build dir>]
//   <build dir>: a WXT output folder (holding chrome-mv3/) or the chrome-mv3 folder itself;
//   default $POST_COACH_OUT_DIR, else .output. Build first: npm run build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = { contentScript: 45 * KB, popup: 40 * KB };
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const outDir = path.resolve(root, process.argv[2] ?? process.env.POST_COACH_OUT_DIR ?? '.output');
const extensionDir = fs.existsSync(path.join(outDir, 'manifest.json')) ? outDir : path.join(outDir, 'chrome-mv3');
if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
  console.error(`budgets: no built extension in ${extensionDir} (run npm run build, or pass the build folder)`);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const gzipped = (file) => gzipSync(fs.readFileSync(path.join(extensionDir, file)), { level: 9 }).length;

/** Content-script files from the manifest, plus the CSS WXT emits beside a script (content.css) when the script injects it itself. */
function contentScriptFiles() {
  const files = new Set();
  for (const entry of manifest.content_scripts ?? []) {
    for (const file of [...(entry.js ?? []), ...(entry.css ?? [])]) files.add(file);
    for (const script of entry.js ?? []) {
      const css = script.replace(/\.js$/, '.css');
      if (fs.existsSync(path.join(extensionDir, css))) files.add(css);
    }
  }
  return [...files];
}

/** popup.html's scripts, module preloads and stylesheets, and every chunk those scripts import statically. */
function popupFiles() {
  const page = manifest.action?.default_popup ?? 'popup.html';
  const html = fs.readFileSync(path.join(extensionDir, page), 'utf8');
  const attribute = (tag, name) => new RegExp(`\\b${name}=["']([^"']+)["']`).exec(tag)?.[1];
  const local = (url) => url.replace(/^\//, '');
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => attribute(tag, 'src')).filter(Boolean);
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => ({ rel: attribute(tag, 'rel'), href: attribute(tag, 'href') }));
  const styles = links.filter((link) => link.rel === 'stylesheet').map((link) => local(link.href));
  const preloads = links.filter((link) => link.rel === 'modulepreload').map((link) => local(link.href));

  const loaded = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    const code = fs.readFileSync(path.join(extensionDir, file), 'utf8');
    const resolve = (specifier) => path.posix.join(path.posix.dirname(file), specifier);
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)) visit(resolve(specifier));
    for (const [, specifier] of code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) lazy.add(resolve(specifier));
  };
  [...scripts.map(local), ...preloads].forEach(visit);
  return { files: [page, ...loaded, ...styles], lazy: [...lazy].filter((file) => !loaded.has(file)) };
}

function check(name, files, budget) {
  const sizes = files.map((file) => ({ file, raw: fs.statSync(path.join(extensionDir, file)).size, gzip: gzipped(file) }));
  const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
  const over = total > budget;
  console.log(`${name}: ${kb(total)} gzipped (budget ${kb(budget)})${over ? ` OVER by ${kb(total - budget)}` : ''}`);
  for (const { file, raw, gzip } of sizes.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(gzip).padStart(9)}  ${file} (${kb(raw)})`);
  return !over;
}

console.log(`Built extension: ${path.relative(process.cwd(), extensionDir) || '.'}`);
const popup = popupFiles();
const results = [
  check('content script', contentScriptFiles(), BUDGETS.contentScript),
  check('popup', popup.files, BUDGETS.popup),
];
if (popup.lazy.length) console.log(`  not counted, loaded lazily: ${popup.lazy.join(', ')}`);

console.log('engine (scripts/engine-size.mjs):');
const engine = spawnSync(process.execPath, [path.join(root, 'scripts/engine-size.mjs')], { stdio: 'inherit' });
results.push(engine.status === 0);

const failed = results.filter((ok) => !ok).length;
// The line .ci/run counts: one test per budget.
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
