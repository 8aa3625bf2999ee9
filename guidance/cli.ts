/**
 * The coach on the command line (`npm run --silent coach -- …`).
 *
 *   coach "draft text" [--kind reply] [--site x] [--lang de] [--parent-created ISO] [--now ISO]
 *   coach --json [--lang de] < drafts.jsonl
 *
 * `--json` reads the JSONL format of shared/corpus/README.md and writes one line per draft,
 * `{ id, language, findings }`, in input order; shared/corpus/score.mjs depends on exactly that.
 * This is the only file in guidance/ that may use node: modules: the engine itself stays portable.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Catalogue } from './i18n';
import { fillTemplate } from './i18n';
import { analyze } from './index';
import type { ChecklistState, Draft, DraftKind, Finding, Lang, Policy, Report, SiteId } from './types';
import { LANGUAGES, SITE_IDS } from './types';

const USAGE = `Usage (from the project root: npm run --silent coach -- <arguments>):
  coach "draft text" [options]     coach one draft and print a readable report
  coach [options] < draft.txt      the same, with the draft on stdin
  coach --json [--lang L] < drafts.jsonl
                                   one JSON line per draft: { "id", "language", "findings" }

Options:
  --kind post|reply         what the draft is (default: post)
  --site <id>               ${SITE_IDS.join(', ')}
  --lang <ui language>      language of messages and tips: ${LANGUAGES.join(', ')} (default: en)
  --parent-text <text>      for a reply: the text being replied to
  --parent-created <ISO>    for a reply: when the replied-to item was posted
  --now <ISO>               the time the draft is written (default: now)
  --reply-target <minutes>  reply-time target (default: 60); also applies with --json
  --json                    read JSONL drafts on stdin (format: shared/corpus/README.md)
  -h, --help                show this help

Exit codes: 0 done, 1 a draft could not be analysed (in --json mode: some line failed), 2 bad usage.`;

/** A mistake in how the CLI was called: reported with a hint and exit code 2. */
class UsageError extends Error {}

/** A JSONL line that cannot be analysed; `id` is echoed when the line had one. */
class LineError extends Error {
  constructor(message: string, readonly id?: unknown) {
    super(message);
  }
}

const ARG_OPTIONS = {
  json: { type: 'boolean' },
  kind: { type: 'string' },
  site: { type: 'string' },
  lang: { type: 'string' },
  'parent-text': { type: 'string' },
  'parent-created': { type: 'string' },
  now: { type: 'string' },
  'reply-target': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Flags that describe one draft; in --json mode every line carries its own. */
const SINGLE_DRAFT_FLAGS = ['kind', 'site', 'parent-text', 'parent-created', 'now'] as const;

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${what} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function isoDate(value: string, what: string): string {
  if (Number.isNaN(Date.parse(value))) {
    throw new UsageError(`${what} must be an ISO 8601 date-time such as 2025-03-01T09:30:00Z (got "${value}")`);
  }
  return value;
}

function minutes(value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed <= 0) {
    throw new UsageError(`--reply-target must be a positive number of minutes (got "${value}")`);
  }
  return parsed;
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: ARG_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains unknown flags and missing values well; only the exit code changes.
    throw new UsageError((error as Error).message);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const uiLanguage = oneOf(values.lang ?? 'en', LANGUAGES, '--lang');
  const replyTargetMinutes = values['reply-target'] === undefined ? undefined : minutes(values['reply-target']);

  if (values.json) {
    const stray = SINGLE_DRAFT_FLAGS.find((flag) => values[flag] !== undefined);
    if (stray) throw new UsageError(`--${stray} describes a single draft; with --json every line carries its own fields`);
    if (positionals.length > 0) throw new UsageError('--json reads drafts from stdin; it takes no text argument');
    return coachJsonLines(uiLanguage, replyTargetMinutes);
  }

  // Every flag is checked before stdin is read, so a mistake is reported without waiting for input.
  const draft: Draft = {
    text: '',
    kind: oneOf(values.kind ?? 'post', ['post', 'reply'] as const, '--kind'),
    site: values.site === undefined ? undefined : oneOf(values.site, SITE_IDS, '--site'),
    now: values.now === undefined ? undefined : isoDate(values.now, '--now'),
    replyTargetMinutes,
  };
  if (values['parent-text'] !== undefined || values['parent-created'] !== undefined) {
    draft.parent = {
      text: values['parent-text'],
      createdAt: values['parent-created'] === undefined ? undefined : isoDate(values['parent-created'], '--parent-created'),
    };
  }
  draft.text = await draftText(positionals);
  process.stdout.write(formatReport(draft, analyze(draft, { uiLanguage }), uiLanguage));
  return 0;
}

/** The draft from the single text argument, or else from piped stdin. */
async function draftText(positionals: string[]): Promise<string> {
  if (positionals.length > 1) {
    throw new UsageError(`expected the draft as one argument, got ${positionals.length}: put the text in quotes`);
  }
  if (positionals[0] !== undefined) return positionals[0];
  if (process.stdin.isTTY) throw new UsageError('no draft: give its text as an argument or pipe it on stdin');
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  if (text === '') throw new UsageError('no draft: stdin was empty');
  // `echo` and editors end files with a newline that is not part of the draft.
  return text.replace(/\r?\n$/, '');
}

// ---------------------------------------------------------------- JSONL mode

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON `null` counts as absent, as it does for most producers of JSONL. */
function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

function optionalString(record: JsonObject, field: string, where: string, id: unknown): string | undefined {
  const value = record[field];
  if (!present(value)) return undefined;
  if (typeof value !== 'string') throw new LineError(`"${where}${field}" must be a string, got ${shown(value)}`, id);
  return value;
}

function optionalStringList(record: JsonObject, field: keyof Policy, id: unknown): string[] | undefined {
  const value = record[field];
  if (!present(value)) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new LineError(`"policy.${field}" must be a list of strings, got ${shown(value)}`, id);
  }
  return value;
}

/** One corpus-format line → a Draft; fields the engine does not use (`lang`, `expect`) are ignored. */
function draftFromLine(line: string, replyTargetMinutes: number | undefined): { id: unknown; draft: Draft } {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    throw new LineError(`not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(record)) throw new LineError(`expected a JSON object with a "text" field, got ${shown(record)}`);
  const id = record.id;
  if (typeof record.text !== 'string') {
    throw new LineError(present(record.text) ? `"text" must be a string, got ${shown(record.text)}` : 'missing "text"', id);
  }
  const kind = present(record.kind) ? record.kind : 'post';
  if (kind !== 'post' && kind !== 'reply') throw new LineError(`"kind" must be "post" or "reply", got ${shown(kind)}`, id);
  const draft: Draft = { text: record.text, kind: kind satisfies DraftKind, replyTargetMinutes };

  if (present(record.site)) {
    if (!(SITE_IDS as readonly unknown[]).includes(record.site)) {
      throw new LineError(`"site" must be one of ${SITE_IDS.join(', ')}, got ${shown(record.site)}`, id);
    }
    draft.site = record.site as SiteId;
  }
  draft.now = optionalString(record, 'now', '', id);
  if (present(record.parent)) {
    if (!isObject(record.parent)) throw new LineError(`"parent" must be an object, got ${shown(record.parent)}`, id);
    draft.parent = {
      text: optionalString(record.parent, 'text', 'parent.', id),
      createdAt: optionalString(record.parent, 'createdAt', 'parent.', id),
    };
  }
  if (present(record.policy)) {
    if (!isObject(record.policy)) throw new LineError(`"policy" must be an object, got ${shown(record.policy)}`, id);
    draft.policy = {
      forbidden: optionalStringList(record.policy, 'forbidden', id),
      sponsorWords: optionalStringList(record.policy, 'sponsorWords', id),
      disclosure: optionalStringList(record.policy, 'disclosure', id),
      ownContacts: optionalStringList(record.policy, 'ownContacts', id),
    };
  }
  return { id, draft };
}

/** Exactly the finding fields of the CLI's JSON contract, whatever else a Finding may carry. */
function findingJson({ rule, severity, start, end, message, tip }: Finding) {
  return { rule, severity, start, end, message, tip };
}

async function writeOut(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Streams JSONL in → JSONL out, one line at a time, so input size does not bound memory. */
async function coachJsonLines(uiLanguage: Lang, replyTargetMinutes: number | undefined): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let drafts = 0;
  let failed = 0;
  for await (const rawLine of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') continue;
    drafts++;
    let result: object;
    try {
      const { id, draft } = draftFromLine(line, replyTargetMinutes);
      let report: Report;
      try {
        report = analyze(draft, { uiLanguage });
      } catch (error) {
        throw new LineError(`analysis failed: ${(error as Error).stack ?? String(error)}`, id);
      }
      result = { id, language: report.language, findings: report.findings.map(findingJson) };
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      failed++;
      const label = present(error.id) ? ` (id ${shown(error.id)})` : '';
      process.stderr.write(`coach: line ${lineNumber}${label}: ${error.message}\n`);
      result = { id: error.id, error: error.message.split('\n')[0] };
    }
    await writeOut(`${JSON.stringify(result)}\n`);
  }
  if (failed > 0) process.stderr.write(`coach: ${failed} of ${drafts} drafts failed\n`);
  return failed > 0 ? 1 : 0;
}

// ---------------------------------------------------------------- readable report

const cliTextsEn = {
  draftLanguage: 'Draft language: {language}',
  mixed: 'also {languages}',
  unknownLanguage: 'not recognised',
  unsupported: 'only the language-independent rules ran',
  findings: 'Findings: {count}',
  position: 'characters {start}–{end}, line {line}, column {column}',
  tip: 'Tip:',
  checklist: 'Checklist',
  pass: 'passed',
  attention: 'needs attention',
  na: 'not applicable',
};

const cliTexts: Record<Lang, Catalogue<typeof cliTextsEn>> = {
  en: cliTextsEn,
  de: {
    draftLanguage: 'Sprache des Entwurfs: {language}',
    mixed: 'außerdem {languages}',
    unknownLanguage: 'nicht erkannt',
    unsupported: 'nur die sprachunabhängigen Regeln wurden geprüft',
    findings: 'Hinweise: {count}',
    position: 'Zeichen {start}–{end}, Zeile {line}, Spalte {column}',
    tip: 'Tipp:',
    checklist: 'Checkliste',
    pass: 'erfüllt',
    attention: 'braucht Aufmerksamkeit',
    na: 'nicht zutreffend',
  },
  nl: {
    draftLanguage: 'Taal van het concept: {language}',
    mixed: 'ook {languages}',
    unknownLanguage: 'niet herkend',
    unsupported: 'alleen de taalonafhankelijke regels zijn gecontroleerd',
    findings: 'Bevindingen: {count}',
    position: 'tekens {start}–{end}, regel {line}, kolom {column}',
    tip: 'Tip:',
    checklist: 'Checklist',
    pass: 'in orde',
    attention: 'vraagt aandacht',
    na: 'niet van toepassing',
  },
  ru: {
    draftLanguage: 'Язык черновика: {language}',
    mixed: 'также {languages}',
    unknownLanguage: 'не определён',
    unsupported: 'проверены только правила, не зависящие от языка',
    findings: 'Замечания: {count}',
    position: 'символы {start}–{end}, строка {line}, столбец {column}',
    tip: 'Совет:',
    checklist: 'Чек-лист',
    pass: 'выполнено',
    attention: 'требует внимания',
    na: 'не применимо',
  },
};

// NO_COLOR: https://no-color.org (set and not empty disables colour).
const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
const ansi = (code: string) => (text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
const paint = { bold: ansi('1'), dim: ansi('2'), red: ansi('31'), green: ansi('32'), yellow: ansi('33'), cyan: ansi('36') };

/** Wraps to the terminal's width on a TTY; piped output keeps each text on one line for grep. */
function wrap(text: string, indent: string): string {
  const width = process.stdout.isTTY ? Math.max(40, (process.stdout.columns ?? 80) - 1) : Infinity;
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(/[ \t]+/)) {
    if (line.trim() !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = indent;
    }
    line += line.trim() === '' ? word : ` ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/** The triggering phrase on one line, shortened by code points so no surrogate pair is cut. */
function quotePhrase(phrase: string): string {
  const points = Array.from(phrase.replace(/\s+/g, ' ').trim());
  return `“${points.length > 60 ? `${points.slice(0, 59).join('')}…` : points.join('')}”`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

const STATE_MARK: Record<ChecklistState, (label: string) => string> = {
  pass: (label) => paint.green(`✓ ${label}`),
  attention: (label) => paint.yellow(`! ${label}`),
  na: (label) => paint.dim(`· ${label}`),
};

function formatReport(draft: Draft, report: Report, uiLanguage: Lang): string {
  const texts = cliTexts[uiLanguage];
  const say = (template: string, params: Record<string, string | number> = {}) => fillTemplate(template, params, uiLanguage);
  const languageNames = new Intl.DisplayNames(uiLanguage, { type: 'language' });
  const languageName = (lang: Lang) => `${languageNames.of(lang) ?? lang} (${lang})`;

  const main = report.language === 'unknown' ? texts.unknownLanguage : languageName(report.language);
  const others = report.languages.filter((lang) => lang !== report.language).map(languageName);
  const notes = [
    ...(others.length > 0 ? [say(texts.mixed, { languages: others.join(', ') })] : []),
    ...(report.languageSupported ? [] : [texts.unsupported]),
  ];
  const out = [[say(texts.draftLanguage, { language: paint.bold(main) }), ...notes].join('; ')];

  out.push('', paint.bold(say(texts.findings, { count: report.findings.length })));
  for (const finding of report.findings) {
    const severity = finding.severity === 'warn' ? paint.red('WARN') : paint.cyan('INFO');
    const { line, column } = lineAndColumn(draft.text, finding.start);
    const position = say(texts.position, { start: finding.start, end: finding.end, line, column });
    out.push(
      '',
      `${severity}  ${paint.bold(finding.rule)}  ${quotePhrase(draft.text.slice(finding.start, finding.end))}  ${paint.dim(position)}`,
      wrap(finding.message, '      '),
      wrap(`${texts.tip} ${finding.tip}`, '      '),
    );
  }

  out.push('', paint.bold(texts.checklist));
  const ruleWidth = Math.max(...report.checklist.map(({ rule }) => rule.length));
  for (const { rule, state } of report.checklist) out.push(`  ${rule.padEnd(ruleWidth)}  ${STATE_MARK[state](texts[state])}`);
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------- entry

// A closed pipe (`coach --json < big.jsonl | head`) is a normal way to stop reading.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`coach: ${error.message}\nRun "coach --help" for usage.\n`);
    process.exitCode = 2;
  },
);
