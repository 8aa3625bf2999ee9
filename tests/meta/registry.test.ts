// @vitest-environment node
/**
 * Structural guarantees of the guidance engine that no single behaviour test would notice: every
 * rule is registered under its file name, every message a rule names exists, the lexicons are
 * well-formed data, and the engine stays free of extension and browser code so it runs in Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CONCERNS, type Concern } from '../../guidance/lexicons/types';
import { LEXICONS } from '../../guidance/lexicons';
import { STOPWORDS } from '../../guidance/lexicons/stopwords';
import { FINDING_MESSAGES } from '../../guidance/messages';
import type { Rule } from '../../guidance/rule';
import { RULES } from '../../guidance/rules';
import { tokenize } from '../../guidance/text/tokens';
import { LANGUAGES, RULE_IDS } from '../../guidance/types';

const guidanceDir = fileURLToPath(new URL('../../guidance/', import.meta.url));
const rulesDir = path.join(guidanceDir, 'rules');
const ruleFiles = readdirSync(rulesDir).filter((file) => file.endsWith('.ts') && file !== 'index.ts');
const ruleIdOf = (file: string) => file.replace(/\.ts$/, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('rule registry', () => {
  it('registers every rule file and nothing else', () => {
    expect(RULES.map((rule) => rule?.id).sort()).toEqual(ruleFiles.map(ruleIdOf).sort());
  });

  it('lists the rules in the order of RULE_IDS, each once', () => {
    expect(RULES.map((rule) => rule?.id)).toEqual([...RULE_IDS]);
  });

  it.each(ruleFiles)('%s exports the rule whose id is its file name', async (file) => {
    const module = (await import(path.join(rulesDir, file))) as Record<string, unknown>;
    const rules = Object.values(module).filter((value): value is Rule => typeof value === 'object' && value !== null && 'check' in value);
    expect(rules.map((rule) => rule.id)).toEqual([ruleIdOf(file)]);
    expect(RULE_IDS).toContain(rules[0]!.id);
  });

  it('imports every rule file in rules/index.ts', () => {
    const index = readFileSync(path.join(rulesDir, 'index.ts'), 'utf8');
    for (const file of ruleFiles) expect(index, file).toContain(`from './${ruleIdOf(file)}'`);
  });
});

describe('finding messages', () => {
  const keys = new Set(Object.keys(FINDING_MESSAGES.en));

  it('every catalogue key belongs to a rule', () => {
    for (const key of keys) expect(RULE_IDS, key).toContain(key.slice(0, key.indexOf('.')));
  });

  it.each(ruleFiles)('every message key %s names exists', (file) => {
    const source = readFileSync(path.join(rulesDir, file), 'utf8');
    const id = ruleIdOf(file);
    const literal = [...source.matchAll(/['`](([a-z-]+)\.[a-z.-]*(?:\$\{[^}]+\}[a-z.-]*)*)['`]/g)].filter((match) => match[2] === id);
    expect(literal.length, 'the rule names its messages').toBeGreaterThan(0);
    for (const [, key] of literal) {
      const pattern = new RegExp(`^${key!.replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '[\\w-]+')}$`);
      expect([...keys].some((known) => pattern.test(known)), key).toBe(true);
    }
  });

  it.each(LANGUAGES)('the %s catalogue has every key, each with text', (lang) => {
    expect(Object.keys(FINDING_MESSAGES[lang]).sort()).toEqual([...keys].sort());
    for (const [key, text] of Object.entries(FINDING_MESSAGES[lang])) expect(text.trim(), key).not.toBe('');
  });
});

/** A phrase part: one word, `word*`, `*word`, `=Word`, `<n>`, or `(a|b*)`, optionally followed by `?`. */
const WORD = String.raw`=?(?:\*?[^\s()|*?=<>]+|[^\s()|*?=<>]+\*|<n>)`;
const PART = new RegExp(String.raw`^(?:${WORD}|\(${WORD}(?:\|${WORD})+\))\??$`, 'u');

describe.each(LANGUAGES)('the %s lexicon', (lang) => {
  const lexicon = LEXICONS[lang];

  it('has every concern and nothing else', () => {
    expect(Object.keys(lexicon).sort()).toEqual([...CONCERNS].sort());
  });

  it.each(CONCERNS.map((concern) => [concern]))('%s: entries are trimmed, lower-case, unique and well-formed', (concern: Concern) => {
    const entries = lexicon[concern];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((entry, i) => entries.indexOf(entry) !== i), 'duplicates').toEqual([]);
    for (const entry of entries) {
      expect(entry, 'trimmed, single spaces').toBe(entry.trim().replace(/\s+/g, ' '));
      for (const part of entry.split(' ')) {
        expect(part, `${entry}: a part is a word or (a|b), parentheses balanced and without spaces`).toMatch(PART);
        for (const word of part.replace(/^\(|\)?\??$/g, '').split('|')) {
          if (!word.startsWith('=')) expect(word, `${entry}: lower case`).toBe(word.toLowerCase());
        }
      }
    }
  });

  it.each(CONCERNS.map((concern) => [concern]))('%s: every word can match a token of a draft', (concern: Concern) => {
    for (const entry of lexicon[concern]) {
      for (const part of entry.split(' ')) {
        for (const option of part.replace(/^\(|\)?\??$/g, '').replace(/\)$/, '').split('|')) {
          const text = option.replace(/^=/, '').replace(/^\*|\*$/g, '');
          if (text === '<n>') continue;
          const tokens = tokenize(text);
          expect(tokens.map((token) => (option.startsWith('=') ? token.raw : token.lower)), `${entry}: "${option}" is one token`).toEqual([text]);
        }
      }
    }
  });

  it('its source has no trailing white space', () => {
    const source = readFileSync(path.join(guidanceDir, 'lexicons', `${lang}.ts`), 'utf8');
    expect(source.split('\n').filter((line) => /\s$/.test(line))).toEqual([]);
  });

  it('stop words are single lower-case words', () => {
    for (const word of STOPWORDS[lang]) expect(tokenize(word).map((token) => token.lower)).toEqual([word]);
  });
});

describe('the engine is plain TypeScript that runs in Node', () => {
  const BROWSER_GLOBALS = new Set([
    'window', 'document', 'navigator', 'chrome', 'browser', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch',
    'XMLHttpRequest', 'location', 'history', 'alert', 'MutationObserver', 'HTMLElement', 'Element', 'Node', 'customElements',
  ]);
  const files = sourceFiles(guidanceDir);

  function moduleSpecifiers(file: ts.SourceFile): string[] {
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        found.push(node.moduleSpecifier.text);
      } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
        const [argument] = node.arguments;
        found.push(argument && ts.isStringLiteral(argument) ? argument.text : '<dynamic>');
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    return found;
  }

  /** Identifiers that read a global: not property names, not declarations, not object keys. */
  function globalReads(file: ts.SourceFile): string[] {
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text)) {
        const parent = node.parent;
        const isName =
          (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
          (ts.isPropertyAssignment(parent) && parent.name === node) ||
          ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isPropertySignature(parent) || ts.isBindingElement(parent)) && parent.name === node) ||
          ts.isQualifiedName(parent) ||
          ts.isTypeReferenceNode(parent);
        if (!isName) found.push(node.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    return found;
  }

  it.each(files.map((file) => [path.relative(guidanceDir, file), file]))('%s imports only engine modules', (name, file) => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const specifier of moduleSpecifiers(source)) {
      if (name === 'cli.ts' && specifier.startsWith('node:')) continue;
      expect(specifier, `${name} imports ${specifier}`).toMatch(/^\.\.?\//);
      const target = path.resolve(path.dirname(file), specifier);
      expect(target.startsWith(guidanceDir), `${name} imports ${specifier} from outside guidance/`).toBe(true);
    }
  });

  it.each(files.map((file) => [path.relative(guidanceDir, file), file]))('%s uses no browser globals', (name, file) => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    expect(globalReads(source), name).toEqual([]);
  });

  it('the scan would notice a browser import or global', () => {
    const sample = ts.createSourceFile('sample.ts', "import { storage } from '#imports';\nconst el = document.body;", ts.ScriptTarget.Latest, true);
    expect(moduleSpecifiers(sample)).toEqual(['#imports']);
    expect(globalReads(sample)).toEqual(['document']);
  });
});
