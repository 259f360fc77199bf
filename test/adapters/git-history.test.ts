import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRawLog, readGitHistory } from '../../src/adapters/git-history.ts';
import { git, GitRepo } from '../helpers/git-repo.ts';

const yamlOnly = (p: string) => /\.ya?ml$/.test(p);
let cleanup: string[] = [];
afterEach(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  cleanup = [];
});
function repo(): GitRepo {
  const r = new GitRepo();
  cleanup.push(r.dir);
  return r;
}

describe('git history adapter', () => {
  it('reads first-parent commits oldest first, as file changes with the text of every version', () => {
    const r = repo();
    const ids = r.commit(
      { files: { 'a b/ünï.yaml': 'x: 1\n', 'notes.txt': 'skip\n' } },
      { files: { 'notes.txt': 'only a non-spec file\n' } },
      { branch: 'side', files: { 'side.yaml': 's: 1\n' } },
      { files: { 'a b/ünï.yaml': null, 'c.yml': 'x: 1\n' } },
      { merge: 'side', files: { 'side.yaml': 's: 1\n' } },
    );
    const h = readGitHistory(r.dir, { accept: yamlOnly });
    expect(h.kind).toBe('history');
    if (h.kind !== 'history') return;
    expect(h.history.head).toBe(ids[4]);
    expect(h.history.shallow).toBe(false);
    const blob = (text: string) => git(r.dir, ['hash-object', '--stdin'], text).trim();
    expect(h.history.commits).toEqual([
      { sha: ids[0], time: 1_767_225_600, changes: [{ path: 'a b/ünï.yaml', blob: blob('x: 1\n') }] },
      { sha: ids[3], time: 1_767_225_600 + 3 * 3600, changes: [{ path: 'a b/ünï.yaml' }, { path: 'c.yml', blob: blob('x: 1\n') }] },
      { sha: ids[4], time: 1_767_225_600 + 4 * 3600, changes: [{ path: 'side.yaml', blob: blob('s: 1\n') }] },
    ]);
    expect([...h.history.texts.entries()].sort()).toEqual([
      [blob('s: 1\n'), 's: 1\n'],
      [blob('x: 1\n'), 'x: 1\n'],
    ]);
  });

  it('reads the history up to another revision when asked', () => {
    const r = repo();
    const ids = r.commit({ files: { 'a.yaml': 'a: 1\n' } }, { files: { 'a.yaml': 'a: 2\n' } });
    const h = readGitHistory(r.dir, { accept: yamlOnly, rev: ids[0] });
    expect(h.kind === 'history' && h.history.commits.map((c) => c.sha)).toEqual([ids[0]]);
    expect(readGitHistory(r.dir, { accept: yamlOnly, rev: 'no-such-branch' })).toEqual({ kind: 'failed', message: 'unknown revision no-such-branch' });
  });

  it('says why there is no history: not a repository, or no commits yet', () => {
    const plain = mkdtempSync(join(tmpdir(), 'hubcast-plain-'));
    cleanup.push(plain);
    expect(readGitHistory(plain, { accept: yamlOnly })).toEqual({ kind: 'none', reason: 'not a git repository' });
    // A .git that is no repository: this time git is asked, and says so.
    mkdirSync(join(plain, '.git'));
    expect(readGitHistory(plain, { accept: yamlOnly })).toEqual({ kind: 'none', reason: 'not a git repository' });
    git(plain, ['init', '-q']);
    expect(readGitHistory(plain, { accept: yamlOnly })).toEqual({ kind: 'none', reason: 'the repository has no commits yet' });
  });

  it('fails, rather than reading no history, when the repository is broken', () => {
    const r = repo();
    r.commit({ files: { 'a.yaml': 'a: 1\n' } });
    rmSync(join(r.dir, '.git/objects'), { recursive: true, force: true });
    mkdirSync(join(r.dir, '.git/objects'));
    const h = readGitHistory(r.dir, { accept: yamlOnly });
    expect(h.kind).toBe('failed');
    expect(h.kind === 'failed' && h.message).toMatch(/^fatal: /);
  });

  it('parses raw log records: symlinks and submodules are not files; paths outside the folder are dropped', () => {
    const id = 'a'.repeat(40);
    const zero = '0'.repeat(40);
    const out = [
      `${'1'.repeat(40)} 100`,
      `\n:000000 100644 ${zero} ${id} A`,
      'specs/a.yaml',
      `:000000 120000 ${zero} ${id} A`,
      'specs/link.yaml',
      `:000000 160000 ${zero} ${id} A`,
      'specs/sub.yaml',
      `:000000 100644 ${zero} ${id} A`,
      'elsewhere/b.yaml',
      `${'2'.repeat(40)} 200`,
      `\n:100644 000000 ${id} ${zero} D`,
      'specs/a.yaml',
      '',
    ].join('\0');
    expect(parseRawLog(out, 'specs/', yamlOnly)).toEqual([
      { sha: '1'.repeat(40), time: 100, changes: [{ path: 'a.yaml', blob: id }, { path: 'link.yaml' }, { path: 'sub.yaml' }] },
      { sha: '2'.repeat(40), time: 200, changes: [{ path: 'a.yaml' }] },
    ]);
  });
});
