// @vitest-environment node
/**
 * The coach's CLI as its users run it: a real child process, text on argv or stdin, JSONL through pipes.
 * Expected findings come from calling `analyze` in-process on the same draft.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { analyze } from '../../guidance/index';
import type { Draft, Lang } from '../../guidance/types';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function startCoach(args: string[], nodeFlags: string[] = []) {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'guidance/cli.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // A test that stops writing after the CLI has failed should report the exit code, not EPIPE.
  child.stdin.on('error', () => {});
  const exited = once(child, 'close').then(([code]) => code as number | null);
  onTestFinished(() => {
    if (child.exitCode === null) child.kill();
  });
  return { child, exited, stderr: () => stderr };
}

async function runCoach(args: string[], input = '') {
  const { child, exited, stderr } = startCoach(args);
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stdin.end(input);
  const code = await exited;
  return { code, stdout, stderr: stderr() };
}

const jsonLines = (stdout: string) => stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);

/** What the CLI must print for a draft: the Report's language and findings, nothing else. */
function expectedJson(id: string, draft: Draft, uiLanguage: Lang) {
  const report = analyze(draft, { uiLanguage });
  return {
    id,
    language: report.language,
    findings: report.findings.map(({ rule, severity, start, end, message, tip }) => ({ rule, severity, start, end, message, tip })),
  };
}

const NOW = '2025-03-04T10:30:00Z';
/** Varied drafts in the four languages; ids are deliberately not in sorted order. */
const DRAFTS: (Draft & { id: string })[] = [
  { id: 'z-post-en', text: 'We are proud to announce our new app, the best in the world. Buy now!!', kind: 'post', site: 'x' },
  { id: 'a-reply-de', text: 'Das tut uns leid! Schreiben Sie uns bitte eine DM.', kind: 'reply', site: 'facebook', parent: { text: 'Mein Paket ist seit zwei Wochen nicht da.', createdAt: '2025-03-01T08:00:00Z' }, now: NOW },
  { id: 'm-post-nl', text: 'Drie tips om je fiets winterklaar te maken. Welke tip mis je nog?', kind: 'post', site: 'instagram' },
  { id: 'b-reply-ru', text: 'Спасибо, что написали! Мы уже заменили ваш заказ, курьер приедет завтра до 12:00.', kind: 'reply', site: 'x', parent: { text: 'Где мой заказ?', createdAt: '2025-03-04T10:00:00Z' }, now: NOW },
  { id: 'k-private', text: 'Hi Sam, please reply here with your order number and email so we can check.', kind: 'reply', site: 'x', parent: { text: 'My order never arrived', createdAt: '2025-03-04T10:20:00Z' }, now: NOW },
  { id: 'c-policy', text: 'Our partner Sunbrand sent us these lovely mugs.', kind: 'post', site: 'instagram', policy: { sponsorWords: ['Sunbrand'], disclosure: ['#ad'] } },
];

// Each test starts Node with tsx (about half a second each, more on a busy machine).
describe('coach "text"', { timeout: 30_000 }, () => {
  it('prints each finding with its rule, the quoted phrase, its position, message and tip', async () => {
    const text = 'Thanks Anna, we have sent the replacement today. Your tracking details went to anna.berg@mail.example.';
    const draft: Draft = { text, kind: 'reply', site: 'x' };
    const { findings } = analyze(draft, { uiLanguage: 'en' });
    expect(findings.map((f) => f.rule), 'a customer e-mail address in a reply').toContain('keep-it-private');

    const { code, stdout, stderr } = await runCoach([text, '--kind', 'reply', '--site', 'x']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const finding of findings) {
      expect(stdout).toContain(finding.rule);
      expect(stdout).toContain(`“${text.slice(finding.start, finding.end)}”`);
      expect(stdout).toContain(`characters ${finding.start}–${finding.end}`);
      expect(stdout).toContain(finding.message);
      expect(stdout).toContain(finding.tip);
    }
  });

  it('reads the draft from stdin and labels the report in the UI language', async () => {
    const { code, stdout } = await runCoach(['--lang', 'de', '--kind', 'post'], 'Wir freuen uns auf euch!\n');
    expect(code).toBe(0);
    expect(stdout).toContain('Sprache des Entwurfs');
    expect(stdout).toContain('Checkliste');
  });

  it('rejects bad flags with a message on stderr and exit code 2', async () => {
    const badCalls = [['hi', '--kind', 'tweet'], ['hi', '--site', 'myspace'], ['hi', '--lang', 'fr'], ['hi', '--now', 'tomorrow'], ['hi', '--reply-target', '-5'], ['hi', '--frobnicate'], ['--json', '--kind', 'post']];
    for (const args of badCalls) {
      const { code, stdout, stderr } = await runCoach(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^coach: /);
    }
  });
});

describe('coach --json', { timeout: 30_000 }, () => {
  it('answers every draft in input order with its id, language and findings', async () => {
    const input = DRAFTS.map((d) => JSON.stringify(d)).join('\n');
    const { code, stdout, stderr } = await runCoach(['--json', '--lang', 'nl'], input);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual(DRAFTS.map(({ id, ...draft }) => expectedJson(id, draft, 'nl')));
  });

  it('reports bad lines as error objects, still answers the others, and exits 1', async () => {
    const good = DRAFTS.slice(0, 2);
    const input = [
      JSON.stringify(good[0]),
      '{ this is not json',
      '',
      JSON.stringify({ id: 'no-text', kind: 'post' }),
      JSON.stringify({ id: 'bad-kind', text: 'Hello', kind: 'story' }),
      JSON.stringify(good[1]),
      '   ',
      '["an", "array"]',
    ].join('\r\n');
    const { code, stdout, stderr } = await runCoach(['--json'], input);
    expect(code).toBe(1);
    const results = jsonLines(stdout);
    expect(results).toHaveLength(6);
    const [first, notJson, noText, badKind, second, array] = results;
    expect(first).toEqual(expectedJson(good[0]!.id, good[0]!, 'en'));
    expect(second).toEqual(expectedJson(good[1]!.id, good[1]!, 'en'));
    expect(notJson).toEqual({ error: expect.stringContaining('not valid JSON') });
    expect(noText).toEqual({ id: 'no-text', error: expect.stringContaining('"text"') });
    expect(badKind).toEqual({ id: 'bad-kind', error: expect.stringContaining('"kind"') });
    expect(array).toEqual({ error: expect.any(String) });
    expect(stderr).toContain('line 2:');
    expect(stderr).toContain('line 4 (id "no-text")');
    expect(stderr).toContain('line 5 (id "bad-kind")');
    expect(stderr).toContain('line 8:');
  });

  it('exits 0 with no output on empty or blank input', async () => {
    for (const input of ['', '\n\n  \n']) {
      const { code, stdout, stderr } = await runCoach(['--json'], input);
      expect(code).toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toBe('');
    }
  });

  it('streams 10,000 drafts (~100 MB) through a 48 MB heap, answering before the input ends', async () => {
    const count = 10_000;
    // Padding in a field the coach ignores makes the input far larger than the heap without slowing the engine.
    const padding = 'x'.repeat(10_000);
    const line = (i: number) => `${JSON.stringify({ id: `d${i}`, text: `${DRAFTS[i % DRAFTS.length]!.text} (${i})`, kind: 'post', note: padding })}\n`;
    const { child, exited, stderr } = startCoach(['--json'], ['--max-old-space-size=48']);

    const results: { id: string; error?: string }[] = [];
    let firstAnswer!: () => void;
    const answered = new Promise<void>((resolve) => (firstAnswer = resolve));
    const reading = (async () => {
      for await (const output of createInterface({ input: child.stdout })) {
        results.push(JSON.parse(output) as { id: string; error?: string });
        if (results.length === 1) firstAnswer();
      }
    })();

    child.stdin.write(line(0));
    // Only one draft has been written: a CLI that waits for the end of its input never answers it.
    // The 30 s allowance is a liveness bound for a slow machine, not a speed check.
    let noAnswer: NodeJS.Timeout | undefined;
    await Promise.race([
      answered,
      exited.then(() => Promise.reject(new Error(`coach exited before answering: ${stderr()}`))),
      new Promise((_, reject) => (noAnswer = setTimeout(() => reject(new Error('no answer to the first draft while the input stays open: the CLI does not stream')), 30_000))),
    ]).finally(() => clearTimeout(noAnswer));
    for (let i = 1; i < count && child.exitCode === null; i++) {
      if (!child.stdin.write(line(i))) await Promise.race([once(child.stdin, 'drain'), exited]);
    }
    child.stdin.end();
    await reading;
    expect(await exited, stderr()).toBe(0);
    expect(results.filter((result) => result.error !== undefined)).toEqual([]);
    expect(results.map((result) => result.id)).toEqual(Array.from({ length: count }, (_, i) => `d${i}`));
  }, 120_000);
});
