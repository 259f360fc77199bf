import { afterEach, describe, expect, it } from 'vitest';
import { readGitHistory } from '../../src/adapters/git-history.ts';
import { GitRepo } from '../helpers/git-repo.ts';

let repos: GitRepo[] = [];
afterEach(() => {
  for (const r of repos) r.remove();
  repos = [];
});

describe('git history texts shared between reads', () => {
  it('asks git only for the file versions an earlier read did not, and gives every version its text', () => {
    const a = new GitRepo();
    const b = new GitRepo();
    repos.push(a, b);
    a.commit({ files: { 'x.yaml': 'x: 1\n' } }, { files: { 'x.yaml': 'x: 2\n' } });
    b.commit({ files: { 'y.yaml': 'x: 2\n' } }, { files: { 'y.yaml': 'x: 3\n', 'z.yaml': 'x: 1\n' } });
    const knownTexts = new Map<string, string>();
    const first = readGitHistory(a.dir, { accept: () => true, knownTexts });
    expect(first.kind === 'history' && [...first.history.texts.values()].sort()).toEqual(['x: 1\n', 'x: 2\n']);
    expect([...knownTexts.values()].sort()).toEqual(['x: 1\n', 'x: 2\n']);
    // Marked, to tell a text taken from the earlier read from one git gave again.
    for (const [id, text] of knownTexts) knownTexts.set(id, `${text}# known\n`);
    const second = readGitHistory(b.dir, { accept: () => true, knownTexts });
    expect(second.kind === 'history' && [...second.history.texts.values()].sort()).toEqual(['x: 1\n# known\n', 'x: 2\n# known\n', 'x: 3\n']);
    expect(knownTexts.size).toBe(3);
  });
});
