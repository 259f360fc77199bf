// Every shell example of README.md and docs/*.md marked `<!-- runnable -->` runs as written, in a
// fresh copy of the repository (its files, committed in a new git repository, with this checkout's
// node_modules as `npm ci` would leave them; made once, and put back to that commit with nothing else
// in it before each page), and prints what the page says it prints: the plain
// fenced block right after the example, where a line `...` stands for any lines and a line ending in
// ` ...` for any line starting with what comes before. The examples of one page run in one shell, in
// order, as a reader types them. `npm ci` and `npm test` lines are not run: this suite is their run.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const PAGES = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
].sort();
const NOT_RUN = /^npm (ci|test)$/;

interface Example {
  line: number;
  script: string;
  expected?: string[];
}

/** The runnable examples of a page, each with the output block that follows it, if any. */
function runnableExamples(text: string, page: string): Example[] {
  const lines = text.split('\n');
  const out: Example[] = [];
  const block = (from: number): { body: string[]; end: number } => {
    const body: string[] = [];
    let i = from + 1;
    for (; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    if (i === lines.length) throw new Error(`${page}:${from + 1}: the code block is not closed`);
    return { body, end: i };
  };
  for (let i = 0; i < lines.length; i++) {
    if (!/^<!-- runnable\b.*-->$/.test(lines[i])) continue;
    if (!/^```(sh|bash)\s*$/.test(lines[i + 1] ?? '')) throw new Error(`${page}:${i + 2}: a runnable marker must stand right above a \`\`\`sh block`);
    const code = block(i + 1);
    let j = code.end + 1;
    while (j < lines.length && lines[j].trim() === '') j++;
    const expected = /^```(text)?\s*$/.test(lines[j] ?? '') ? block(j).body : undefined;
    out.push({ line: i + 3, script: code.body.map((l) => (NOT_RUN.test(l.trim()) ? `: ${l}` : l)).join('\n'), expected });
    i = code.end;
  }
  return out;
}

/** Whether actual lines match the expected ones, with `...` lines and ` ...` line ends as wildcards. */
function matchesOutput(expected: readonly string[], actual: readonly string[]): boolean {
  const memo = new Map<string, boolean>();
  const go = (e: number, a: number): boolean => {
    const key = `${e},${a}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let r: boolean;
    if (e === expected.length) r = a === actual.length;
    else if (expected[e].trim() === '...') r = go(e + 1, a) || (a < actual.length && go(e, a + 1));
    else if (a === actual.length) r = false;
    else {
      const want = expected[e].trimEnd();
      const got = actual[a].trimEnd();
      r = (want.endsWith(' ...') ? got.startsWith(want.slice(0, -3)) : got === want) && go(e + 1, a + 1);
    }
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

/** The repository as a fresh clone has it: its files (tracked or new, not ignored), one commit, node_modules. */
function freshCopy(into: string): { reset(): void } {
  const listed = execFileSync('git', ['-C', root, 'ls-files', '-co', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0');
  const files = listed.filter((f) => f && existsSync(join(root, f)));
  const list = join(into, '..', 'files.txt');
  writeFileSync(list, files.join('\0'));
  mkdirSync(into);
  execFileSync('sh', ['-c', 'tar -C "$1" --null -T "$2" -cf - | tar -C "$3" -xf -', 'sh', root, list, into]);
  symlinkSync(join(root, 'node_modules'), join(into, 'node_modules'));
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_DATE: '1772355600 +0000',
    GIT_COMMITTER_DATE: '1772355600 +0000',
  };
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', into, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { env, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'fresh clone');
  const sha = execFileSync('git', ['-C', into, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  return {
    // Copying and committing the repository costs about a second; putting it back, a tenth: whatever a
    // page changed, committed or wrote goes, node_modules (the one untracked file of the copy) stays.
    reset() {
      git('checkout', '-qf', '-B', 'main', sha);
      git('clean', '-qffdx', '-e', '/node_modules');
    },
  };
}

describe('matchesOutput', () => {
  it('matches exact lines, "..." for any lines and "prefix ..." for one line', () => {
    expect(matchesOutput(['a', '...', 'd'], ['a', 'b', 'c', 'd'])).toBe(true);
    expect(matchesOutput(['a', '...', 'd'], ['a', 'd'])).toBe(true);
    expect(matchesOutput(['built 5 commits in ...'], ['built 5 commits in /tmp/x'])).toBe(true);
    expect(matchesOutput(['a', 'd'], ['a', 'b', 'd'])).toBe(false);
    expect(matchesOutput(['a', '...'], ['b'])).toBe(false);
    expect(matchesOutput(['No rendered changes.'], ['+0 ~8 -0 objects'])).toBe(false);
  });
});

describe('runnable examples of README.md and docs/', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'hubcast-doc-examples-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const clone = join(tmp, 'hubcast');
  let copy: { reset(): void } | undefined;
  const pages = PAGES.map((page) => ({ page, examples: runnableExamples(readFileSync(join(root, page), 'utf8'), page) })).filter((p) => p.examples.length);

  it('covers the quick start and the diff example of the README', () => {
    const readme = pages.find((p) => p.page === 'README.md')?.examples ?? [];
    expect(readme.some((e) => e.script.includes('npx hubcast render --repo examples/hello-universe'))).toBe(true);
    expect(readme.some((e) => /npx hubcast diff --repo .* --base HEAD/.test(e.script) && e.expected?.length)).toBe(true);
  });

  it.each(pages.map((p) => [p.page, p.examples] as const))(
    '%s: each example runs and prints what the page shows',
    (page, examples) => {
      const dir = join(tmp, page.replace(/\W/g, '-'));
      mkdirSync(dir);
      if (copy) copy.reset();
      else copy = freshCopy(clone);
      mkdirSync(join(dir, 'tmp'));
      const mark = (i: number) => `@@ example ${i} @@`;
      // One stream, as a terminal shows it: stderr lines where they were written.
      const script = ['exec 2>&1', 'set -eo pipefail', ...examples.flatMap((e, i) => [`printf '%s\\n' '${mark(i)}'`, e.script])].join('\n');
      const r = spawnSync('bash', ['-c', script], {
        cwd: clone,
        encoding: 'utf8',
        timeout: 150_000,
        env: { ...process.env, NO_COLOR: '1', TMPDIR: join(dir, 'tmp'), npm_config_offline: 'true', npm_config_update_notifier: 'false' },
      });
      const parts = r.stdout.split('\n');
      examples.forEach((e, i) => {
        const start = parts.indexOf(mark(i));
        const next = parts.indexOf(mark(i + 1));
        const end = next >= 0 ? next : parts[parts.length - 1] === '' ? parts.length - 1 : parts.length;
        const where = `${page}:${e.line}`;
        expect(start, `${where} did not run:\n${r.stdout}`).toBeGreaterThanOrEqual(0);
        const got = parts.slice(start + 1, end);
        expect(got.join('\n'), `${where} says there is nothing to show`).not.toMatch(/No rendered changes|no specs found/);
        if (e.expected && !matchesOutput(e.expected, got)) {
          expect.fail(`${where}: the output is not what the page shows.\n--- the page:\n${e.expected.join('\n')}\n--- the run:\n${got.join('\n')}`);
        }
      });
      expect(r.status, `${page}: exit ${r.status}\n${r.stdout}`).toBe(0);
    },
    180_000,
  );
});
