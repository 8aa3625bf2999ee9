/**
 * What the built packages ask for and contain, checked on the files the stores would get: the
 * permissions, no remote code, Mozilla's linter on the Firefox build, and the store zips.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from '../lib/suite.mjs';

/**
 * storage and scripting; activeTab lets the popup look at the tab it was opened on ("Coach on this
 * site" for a Mastodon-like page) and shows no install warning.
 */
const API_PERMISSIONS = ['storage', 'scripting', 'activeTab'];
/** Where Post Coach's own code lives (what the README's lint-warning notes vouch for). */
const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'guidance'];
const OPTIONAL_HOSTS = ['https://*/*'];

function readManifest(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}

function filesUnder(dir, extension) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

export async function checkPackages(env, builds) {
  const { suite, supportedHostPatterns } = env;
  const outside = (values, allowed) => (values ?? []).filter((value) => !allowed.includes(value));

  await suite.check({ browser: 'chrome build' }, 'the manifest asks for storage, scripting, activeTab, the supported hosts and optional https hosts only', async () => {
    const manifest = readManifest(builds.chrome);
    const extra = [
      ...outside(manifest.permissions, API_PERMISSIONS),
      ...outside(manifest.host_permissions, supportedHostPatterns),
      ...outside(manifest.optional_host_permissions, OPTIONAL_HOSTS),
      ...outside(manifest.optional_permissions, []),
      ...outside(manifest.content_scripts?.flatMap((script) => script.matches), supportedHostPatterns),
    ];
    expect(extra.length === 0, 'no permission or match pattern beyond those', `also: ${extra.join(', ')}`);
  });

  await suite.check({ browser: 'firefox build' }, 'the manifest asks for storage, scripting, activeTab, the supported hosts and optional https hosts only', async () => {
    const manifest = readManifest(builds.firefox);
    const extra = [
      ...outside(manifest.permissions, [...API_PERMISSIONS, ...supportedHostPatterns]),
      ...outside(manifest.host_permissions, supportedHostPatterns),
      ...outside(manifest.optional_permissions, OPTIONAL_HOSTS),
      ...outside(manifest.optional_host_permissions, OPTIONAL_HOSTS),
      ...outside(manifest.content_scripts?.flatMap((script) => script.matches), supportedHostPatterns),
    ];
    expect(extra.length === 0, 'no permission or match pattern beyond those', `also: ${extra.join(', ')}`);
  });

  for (const [name, dir] of [['chrome build', builds.chrome], ['firefox build', builds.firefox]]) {
    await suite.check({ browser: name }, 'no remote code: no remote script or CSP source, no eval', async () => {
      const problems = [];
      const csp = JSON.stringify(readManifest(dir).content_security_policy ?? '');
      if (/https?:|unsafe-eval|wasm-unsafe-eval/.test(csp)) problems.push(`content_security_policy ${csp}`);
      for (const file of filesUnder(dir, '.html')) {
        const html = fs.readFileSync(file, 'utf8');
        for (const [tag] of html.matchAll(/<(script|link)\b[^>]*\b(src|href)=["']?(https?:)?\/\/[^>]*>/gi)) problems.push(`${path.relative(dir, file)}: ${tag}`);
      }
      for (const file of filesUnder(dir, '.js')) {
        const js = fs.readFileSync(file, 'utf8');
        const patterns = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /\bimportScripts\s*\(/, /\bimport\s*\(\s*["'`]https?:/, /\.src\s*=\s*["'`]https?:/];
        for (const pattern of patterns) {
          const match = pattern.exec(js);
          if (match) problems.push(`${path.relative(dir, file)}: ${js.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' ')}`);
        }
      }
      expect(problems.length === 0, 'only packaged scripts, loaded from the package, and no string evaluation', problems.slice(0, 5).join(' | '));
    });
  }

  await suite.check({ browser: 'sources' }, 'no innerHTML, outerHTML, insertAdjacentHTML or dangerouslySetInnerHTML in the code', async () => {
    const uses = SOURCE_DIRS.flatMap((dir) => [...filesUnder(path.join(env.repoRoot, dir), '.ts'), ...filesUnder(path.join(env.repoRoot, dir), '.tsx')])
      .flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').map((line, index) => ({ file, line, index })))
      .filter(({ line }) => /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b/.test(line))
      .map(({ file, index }) => `${path.relative(env.repoRoot, file)}:${index + 1}`);
    expect(uses.length === 0, 'page and user text reach the DOM only as text', uses.join(', '));
  });

  await suite.check({ browser: 'firefox build' }, 'web-ext lint: 0 errors, every warning explained in README "Firefox lint warnings"', async () => {
    const webExt = path.join(env.repoRoot, 'node_modules', '.bin', 'web-ext');
    const { stdout } = await promisify(execFile)(webExt, ['lint', '--source-dir', builds.firefox, '--output', 'json', '--no-input'], { cwd: env.repoRoot, maxBuffer: 16 * 1024 * 1024 })
      .catch((error) => ({ stdout: error.stdout }));
    const report = JSON.parse(stdout);
    const describe = (messages) => messages.map((message) => `${message.code} (${message.file ?? 'manifest'}): ${message.message}`).join('; ');
    expect(report.errors.length === 0, '0 errors', describe(report.errors));
    const section = readmeSection(path.join(env.repoRoot, 'README.md'), /firefox lint warnings/i);
    const unexplained = report.warnings.filter((warning) => !section.includes(warning.code));
    expect(unexplained.length === 0, 'every warning code named in README.md\'s "Firefox lint warnings" section', describe(unexplained));
  });
}

/** `npm run zip` makes the Chrome and Firefox packages and the sources zip Mozilla's review asks for. */
export async function checkStoreZips(env, outDir) {
  const { suite, repoRoot } = env;
  await suite.check({ browser: 'store zips' }, 'npm run zip makes the Chrome, Firefox and sources zips; the Chrome one carries no dev key', async () => {
    await promisify(execFile)('npm', ['run', 'zip'], {
      cwd: repoRoot, env: { ...process.env, POST_COACH_OUT_DIR: outDir }, maxBuffer: 64 * 1024 * 1024,
    });
    const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const zips = ['chrome', 'firefox', 'sources'].map((kind) => path.join(outDir, `post-coach-${version}-${kind}.zip`));
    const missing = zips.filter((zip) => !fs.existsSync(zip));
    expect(missing.length === 0, 'all three zips', `missing: ${missing.join(', ')}`);
    const { default: JSZip } = await import('jszip');
    const chrome = await JSZip.loadAsync(fs.readFileSync(zips[0]));
    const manifest = JSON.parse(await chrome.file('manifest.json').async('string'));
    expect(manifest.key === undefined, 'no "key" in the Chrome store manifest (the store assigns the id)', 'the manifest has a key');
  });
}

/** The text under the first Markdown heading matching `title`, up to the next heading of its level or higher. */
function readmeSection(file, title) {
  if (!fs.existsSync(file)) return '';
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((line) => /^#+\s/.test(line) && title.test(line));
  if (start < 0) return '';
  const level = /^#+/.exec(lines[start])[0].length;
  const end = lines.findIndex((line, index) => index > start && /^#+\s/.test(line) && /^#+/.exec(line)[0].length <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}
