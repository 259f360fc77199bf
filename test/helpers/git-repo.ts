// Real git repositories for tests, built with `git fast-import` (one process for any number of
// commits) with fixed authors and dates, so commit ids are the same on every run.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CommitSpec {
  /** Files to write (text) or delete (null), relative to the repository root. */
  files?: Record<string, string | null>;
  message?: string;
  /** Branch to commit on (default main); a new branch starts from main's tip. */
  branch?: string;
  /** Merge this branch's tip into `branch` (a merge commit, `branch` as first parent). Its tree is the
   *  first parent's plus `files`: fast-import records parents, it does not merge trees. */
  merge?: string;
  author?: string;
}

/** 2026-01-01T00:00:00Z; commit i is dated one hour after commit i-1. */
export const BASE_TIME = 1_767_225_600;

export const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

export function git(dir: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8', input, maxBuffer: 1 << 30, timeout: 60_000 });
}

let available: boolean | undefined;

/** Whether git runs (asked once per process: every GitRepo asks). */
export function gitAvailable(): boolean {
  if (available === undefined) {
    try {
      execFileSync('git', ['--version'], { stdio: 'ignore' });
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

export class GitRepo {
  readonly dir: string;
  private readonly tips = new Map<string, number>();
  private mark = 0;
  private time = BASE_TIME;
  /** Commit ids in the order the commits were made. */
  readonly commits: string[] = [];

  constructor(dir?: string) {
    if (!gitAvailable()) throw new Error('git is required for these tests; .ci/run installs it');
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'hubcast-git-'));
    git(this.dir, ['init', '-q', '-b', 'main']);
  }

  /** Make the commits (one fast-import run), then check main out into the working tree. */
  commit(...specs: CommitSpec[]): string[] {
    const chunks: string[] = [];
    const marks: number[] = [];
    for (const c of specs) {
      const branch = c.branch ?? 'main';
      const mark = ++this.mark;
      marks.push(mark);
      const who = `${c.author ?? 'Ada Tester'} <${(c.author ?? 'ada').toLowerCase().replace(/\W+/g, '.')}@example.com> ${this.time} +0000`;
      this.time += 3600;
      const msg = c.message ?? `commit ${mark}`;
      chunks.push(`commit refs/heads/${branch}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n${data(msg)}`);
      const parent = this.tips.get(branch) ?? this.tips.get('main');
      if (parent !== undefined) chunks.push(`from :${parent}\n`);
      if (c.merge) chunks.push(`merge :${this.tips.get(c.merge)}\n`);
      for (const [path, text] of Object.entries(c.files ?? {})) {
        chunks.push(text === null ? `D ${path}\n` : `M 100644 inline ${path}\n${data(text)}`);
      }
      chunks.push('\n');
      this.tips.set(branch, mark);
    }
    const marksFile = join(this.dir, '.git', 'test-marks');
    git(this.dir, ['fast-import', '--quiet', `--import-marks-if-exists=${marksFile}`, `--export-marks=${marksFile}`], chunks.join(''));
    const byMark = new Map(
      readFileSync(marksFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(' ') as [string, string]),
    );
    const ids = marks.map((m) => byMark.get(`:${m}`)!);
    this.commits.push(...ids);
    git(this.dir, ['reset', '-q', '--hard', 'main']);
    return ids;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}
