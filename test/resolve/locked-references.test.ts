// --locked holds spec references (Environment, WorkloadProfile, definition types) to the lock, over
// real git histories: a newer matching revision is reported as lock-drift and not rendered, the
// locked one is read from history; what the lock lacks, or history no longer has, is an error.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { stableJson } from '../../src/core/stable-json.ts';
import { runWorkspace } from '../../src/app/workspace.ts';
import { readLockText, type Lock } from '../../src/emit/lock.ts';
import type { PipelineResult } from '../../src/pipeline/pipeline.ts';
import { GitRepo, git } from '../helpers/git-repo.ts';
import { deploymentText as deployment, envText, profileText as profile } from '../helpers/spec-texts.ts';

const env = (clusters: number, version: string) => envText(clusters, { version });

// A component type whose rendering shows which version was used.
const note = (version: string) => `apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: note
spec:
  version: ${version}
  description: A ConfigMap saying which version rendered it.
  schema:
    type: object
    additionalProperties: false
    properties:
      image: { type: string }
  template: |
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
    data:
      version: "${version}"
`;

const SEMANTIC = 'versioning: semantic\n';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});
function newRepo(): GitRepo {
  const r = new GitRepo();
  cleanup.push(() => r.remove());
  return r;
}
function lockFile(lock: Lock): string {
  const dir = mkdtempSync(join(tmpdir(), 'hubcast-lock-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'hubcast.lock.json');
  writeFileSync(path, stableJson(lock));
  return path;
}

const problems = (r: PipelineResult) => r.diagnostics.filter((d) => d.severity !== 'info').map(formatDiagnostic);
const clusters = (r: PipelineResult) =>
  (r.rendered![0].hubObjects.find((o) => o.kind === 'Placement') as unknown as { spec: { numberOfClusters: number } }).spec.numberOfClusters;
const image = (r: PipelineResult) =>
  (r.rendered![0].manifests.find((o) => o.kind === 'Deployment') as unknown as { spec: { template: { spec: { containers: { image: string }[] } } } }).spec
    .template.spec.containers[0].image;
const noteVersion = (r: PipelineResult) =>
  (r.rendered![0].manifests.find((m) => m.kind === 'ConfigMap') as unknown as { data: { version: string } }).data.version;
const short = (c: string) => c.slice(0, 7);

describe('--locked holds spec references', () => {
  it('records every reference in the lock, sorted, with revision, version, hash and commit', async () => {
    const repo = newRepo();
    const [c1] = repo.commit({
      files: {
        'hubcast.yaml': SEMANTIC,
        'env.yaml': env(1, '1.3.6'),
        'profile.yaml': profile('web:1', '1.2.0'),
        'deploy.yaml': deployment('primary@v1', 'demo@v1.2'),
      },
    });
    const r = await runWorkspace({ repo: repo.dir });
    expect(problems(r)).toEqual([]);
    const refs = r.lock!.references!;
    expect(Object.keys(refs)).toEqual(['ComponentDefinition/team-a/webservice', 'Environment/team-a/primary@v1', 'WorkloadProfile/team-a/demo@v1.2']);
    expect(refs['Environment/team-a/primary@v1']).toEqual({
      kind: 'Environment',
      namespace: 'team-a',
      name: 'primary',
      ref: 'primary@v1',
      revision: 1,
      version: '1.3.6',
      hash: r.resolved![0].environment.revision.hash,
      commit: c1,
    });
    // A stock definition has no commit: its hash is its identity.
    expect(refs['ComponentDefinition/team-a/webservice']).toEqual({
      kind: 'ComponentDefinition',
      namespace: 'mural-system',
      name: 'webservice',
      ref: 'webservice',
      version: r.resolved![0].components[0].definition.version,
      hash: r.resolved![0].components[0].definition.hash,
    });
    // Written with sorted keys, and read back.
    const text = stableJson(r.lock);
    const back = readLockText(text);
    expect('lock' in back && back.lock.references).toEqual(refs);
  });

  it('holds an Environment range and a WorkloadProfile range after newer matching commits, and reports each as lock-drift', async () => {
    const repo = newRepo();
    const [c1] = repo.commit({
      files: {
        'hubcast.yaml': SEMANTIC,
        'env.yaml': env(1, '1.3.6'),
        'profile.yaml': profile('web:1', '1.2.0'),
        'deploy.yaml': deployment('primary@v1', 'demo@v1.2'),
      },
    });
    const first = await runWorkspace({ repo: repo.dir });
    const path = lockFile(first.lock!);
    const [, c3] = repo.commit({ files: { 'env.yaml': env(9, '1.3.9') } }, { files: { 'profile.yaml': profile('web:2', '1.2.3') } });

    const free = await runWorkspace({ repo: repo.dir });
    expect([clusters(free), image(free)]).toEqual([9, 'web:2']);

    const locked = await runWorkspace({ repo: repo.dir, locked: true, lockFile: path });
    expect(locked.ok).toBe(true);
    expect([clusters(locked), image(locked)]).toEqual([1, 'web:1']);
    expect(problems(locked)).toEqual([
      `deploy.yaml:11:11: warning: WorkloadProfile team-a/demo@v1.2 is locked to 1.2.0 (v1, commit ${short(c1)}) but would now resolve to 1.2.3 (v2, commit ${short(c3)}) [lock-drift]\n  hint: render without --locked to take the new revision`,
      `deploy.yaml:13:11: warning: Environment team-a/primary@v1 is locked to 1.3.6 (v1, commit ${short(c1)}) but would now resolve to 1.3.9 (v2, commit ${repo.commits[1].slice(0, 7)}) [lock-drift]\n  hint: render without --locked to take the new revision`,
    ]);
    // The locked content is read from history, with positions in that version of the file.
    expect(locked.resolved![0].environment.revision.object.file).toBe(`env.yaml@${short(c1)}`);
    // The lock written by the locked render still says what it rendered.
    expect(locked.lock!.references).toEqual(first.lock!.references);
    expect(locked.lock!.deployments).toEqual(first.lock!.deployments);
  });

  it('holds a definition range whose locked version was bumped out of the tree, reading it from history', async () => {
    const repo = newRepo();
    const [c1] = repo.commit({
      files: {
        'hubcast.yaml': SEMANTIC,
        'env.yaml': env(1, '1.0.0'),
        'note.yaml': note('1.0.0'),
        'profile.yaml': profile('web:1', '1.0.0', 'note@v1'),
        'deploy.yaml': deployment('primary', 'demo'),
      },
    });
    const first = await runWorkspace({ repo: repo.dir });
    expect(problems(first)).toEqual([]);
    expect(first.lock!.references!['ComponentDefinition/team-a/note@v1']).toMatchObject({ namespace: 'mural-system', version: '1.0.0', commit: c1 });
    const path = lockFile(first.lock!);
    const [c2] = repo.commit({ files: { 'note.yaml': note('1.1.0') } });

    expect(noteVersion(await runWorkspace({ repo: repo.dir }))).toBe('1.1.0');
    const locked = await runWorkspace({ repo: repo.dir, locked: true, lockFile: path });
    expect(noteVersion(locked)).toBe('1.0.0');
    expect(problems(locked)).toEqual([
      `profile.yaml:11:15: warning: ComponentDefinition team-a/note@v1 is locked to 1.0.0 (commit ${short(c1)}) but would now resolve to 1.1.0 (commit ${short(c2)}) [lock-drift]\n  hint: render without --locked to take the new revision`,
    ]);
    expect(locked.lock!.deployments['team-a/demo'].definitions).toContainEqual(expect.objectContaining({ name: 'note', version: '1.0.0' }));
    expect(locked.lock!.references).toEqual(first.lock!.references);
  });

  it('holds a definition range when both versions are in the tree', async () => {
    const repo = newRepo();
    repo.commit({
      files: {
        'env.yaml': env(1, '1.0.0'),
        'note-1.0.yaml': note('1.0.0'),
        'profile.yaml': profile('web:1', '1.0.0', 'note@v1'),
        'deploy.yaml': deployment('primary', 'demo'),
      },
    });
    const path = lockFile((await runWorkspace({ repo: repo.dir })).lock!);
    writeFileSync(join(repo.dir, 'note-1.4.yaml'), note('1.4.0')); // uncommitted: the working tree counts
    const locked = await runWorkspace({ repo: repo.dir, locked: true, lockFile: path });
    expect(noteVersion(locked)).toBe('1.0.0');
    expect(problems(locked)).toEqual([
      `profile.yaml:11:15: warning: ComponentDefinition team-a/note@v1 is locked to 1.0.0 (commit ${short(repo.commits[0])}) but would now resolve to 1.4.0 (uncommitted) [lock-drift]\n  hint: render without --locked to take the new revision`,
    ]);
  });

  it('renders without a word when nothing moved, and holds an unpinned reference to the revision it had', async () => {
    const repo = newRepo();
    repo.commit({ files: { 'env.yaml': env(1, '1.0.0'), 'profile.yaml': profile('web:1', '1.0.0'), 'deploy.yaml': deployment('primary', 'demo') } });
    const first = await runWorkspace({ repo: repo.dir });
    const path = lockFile(first.lock!);
    const same = await runWorkspace({ repo: repo.dir, locked: true, lockFile: path });
    expect(problems(same)).toEqual([]);
    expect(same.lock).toEqual(first.lock);

    writeFileSync(join(repo.dir, 'env.yaml'), env(4, '1.0.1'));
    const locked = await runWorkspace({ repo: repo.dir, locked: true, lockFile: path });
    expect(clusters(locked)).toBe(1);
    expect(problems(locked)).toEqual([
      `deploy.yaml:13:11: warning: Environment team-a/primary is locked to 1.0.0 (v1, commit ${short(repo.commits[0])}) but would now resolve to 1.0.1 (v2, uncommitted) [lock-drift]\n  hint: render without --locked to take the new revision`,
    ]);
  });

  it('holds a reference that would now fail to resolve, and says why it would', async () => {
    const repo = newRepo();
    repo.commit({ files: { 'env.yaml': env(3, '1.0.0'), 'profile.yaml': profile('web:1', '1.0.0'), 'deploy.yaml': deployment('primary', 'demo') } });
    const path = lockFile((await runWorkspace({ repo: repo.dir })).lock!);
    repo.commit({ files: { 'env.yaml': null } });
    expect(problems(await runWorkspace({ repo: repo.dir }))[0]).toMatch(/Environment team-a\/primary no longer exists \[deleted-reference\]/);
    const locked = await runWorkspace({ repo: repo.dir, locked: true, lockFile: path });
    expect(clusters(locked)).toBe(3);
    expect(problems(locked)).toEqual([
      `deploy.yaml:13:11: warning: Environment team-a/primary is locked to 1.0.0 (v1, commit ${short(repo.commits[0])}) but would now fail to resolve: Environment team-a/primary no longer exists [lock-drift]\n  hint: fix the reference, then render without --locked to record it`,
    ]);
  });

  it('is an error, at the reference, when the lock lacks a reference or history no longer has the locked revision', async () => {
    const repo = newRepo();
    repo.commit({
      files: {
        'hubcast.yaml': SEMANTIC,
        'env.yaml': env(1, '1.3.6'),
        'profile.yaml': profile('web:1', '1.2.0'),
        'deploy.yaml': deployment('primary@v1', 'demo@v1.2'),
      },
    });
    // The lock of an uncommitted edit: the revision it names is gone once the edit is discarded.
    writeFileSync(join(repo.dir, 'env.yaml'), env(2, '1.3.7'));
    const dirty = await runWorkspace({ repo: repo.dir });
    expect(dirty.lock!.references!['Environment/team-a/primary@v1']).toMatchObject({ version: '1.3.7', uncommitted: true });
    const path = lockFile(dirty.lock!);
    git(repo.dir, ['checkout', '--', 'env.yaml']);
    writeFileSync(join(repo.dir, 'deploy.yaml'), deployment('primary@v1', 'demo@v1'));

    const r = await runWorkspace({ repo: repo.dir, locked: true, lockFile: path });
    expect(r.ok).toBe(false);
    expect(r.lock).toBeUndefined();
    expect(problems(r)).toEqual([
      'deploy.yaml:11:11: error: WorkloadProfile team-a/demo@v1 is not in the lock file [reference-not-locked]\n  hint: render without --locked to resolve it and record it in the lock',
      'deploy.yaml:13:11: error: Environment team-a/primary@v1 is locked to team-a/primary 1.3.7 (v2, uncommitted), which is no longer in the history [locked-revision-missing]\n  hint: render without --locked to re-resolve it and record the new revision in the lock (the history must reach it: fetch the full history of a shallow clone, and leave out --no-history)',
    ]);
  });

  it('reads a lock written before references were recorded, and says under --locked that it must be renewed', async () => {
    const repo = newRepo();
    repo.commit({ files: { 'env.yaml': env(1, '1.0.0'), 'profile.yaml': profile('web:1', '1.0.0'), 'deploy.yaml': deployment('primary', 'demo') } });
    const { references: _dropped, ...old } = (await runWorkspace({ repo: repo.dir })).lock!;
    void _dropped;
    const path = lockFile({ ...old, hubcastVersion: '0.0.9' });
    const read = readLockText(stableJson(old));
    expect('lock' in read && read.lock.deployments['team-a/demo'].environment.ref).toBe('primary');

    const r = await runWorkspace({ repo: repo.dir, locked: true, lockFile: path });
    expect(r.ok).toBe(false);
    expect(problems(r)).toEqual([
      `${path}:1:1: error: --locked: ${path} records no spec references (the Environment, WorkloadProfile, ProfileBundle and definition revisions each reference resolved to): it was written by an older hubcast (0.0.9) [lock-outdated]\n  hint: render once without --locked to record them in the lock, then commit the new lock`,
    ]);
    // Without --locked the old lock is not read at all.
    expect((await runWorkspace({ repo: repo.dir })).ok).toBe(true);
  });
});
