// Revision hashes are what earlier releases computed for the same history: the lock records them, and
// publish compares them. test/fixtures/revision-hashes/ holds the revisions (key, number, version, hash,
// commit) that the revision index gave for these histories when it still parsed old file versions with
// js-yaml (hubcast at f349d71); the index now reads them with the subset parser and `yaml`.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRepoFiles } from '../../src/adapters/fs-repo.ts';
import { readGitHistory } from '../../src/adapters/git-history.ts';
import { defaultConfig } from '../../src/load/config.ts';
import { fileFilter } from '../../src/load/load-repo.ts';
import { buildRevisionIndex } from '../../src/resolve/revision-index.ts';
import { GitRepo, gitEnv } from '../helpers/git-repo.ts';
import { revisionHistory } from './revision-history-fixture.ts';

const ROOT = join(import.meta.dirname, '../..');
const recorded = (name: string) =>
  readFileSync(join(ROOT, 'test/fixtures/revision-hashes', name), 'utf8')
    .trim()
    .split('\n');

/** One line per revision of every object in the repository's history, as the fixtures have them. */
function revisionLines(dir: string): string[] {
  const h = readGitHistory(dir, { accept: fileFilter(defaultConfig) });
  if (h.kind !== 'history') throw new Error(`no history in ${dir}: ${JSON.stringify(h)}`);
  const index = buildRevisionIndex(h.history.commits, h.history.texts, defaultConfig.systemNamespace, readRepoFiles(dir, defaultConfig));
  const lines: string[] = [];
  for (const o of [...index.objects.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    for (const r of o.revisions) lines.push(`${o.key} v${r.number}${r.version ? ` ${r.version}` : ''} ${r.hash} ${r.commit?.slice(0, 12) ?? 'worktree'}`);
  }
  return lines;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('revision hashes of existing histories', () => {
  it('the fleet example history (examples/fleet/make-history.sh): every revision as before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hubcast-fleet-history-'));
    dirs.push(dir);
    execFileSync('bash', [join(ROOT, 'examples/fleet/make-history.sh'), join(dir, 'repo')], { env: gitEnv, stdio: 'ignore', timeout: 60_000 });
    expect(revisionLines(join(dir, 'repo'))).toEqual(recorded('fleet-example.txt'));
  });

  it('120 commits of specs in every YAML style: every revision as before, plus those js-yaml could not read', () => {
    const repo = new GitRepo();
    dirs.push(repo.dir);
    repo.commit(...revisionHistory());
    const now = revisionLines(repo.dir);
    const before = recorded('styles.txt');
    // Nothing recorded changed or went missing.
    expect(before.filter((l) => !now.includes(l))).toEqual([]);
    // New: only the team-c environments, a flow map over several lines closed at a lower indent, which
    // js-yaml refused ("deficient indentation") while the loader (`yaml`) reads it: their history was lost.
    const added = now.filter((l) => !before.includes(l));
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((l) => !l.startsWith('Environment/team-c/'))).toEqual([]);
  });
});
