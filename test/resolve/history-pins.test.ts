// Pins resolved over real git histories (built in temp dirs with fixed dates), through the same
// workspace entry point the CLI uses.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { runWorkspace } from '../../src/app/workspace.ts';
import type { PipelineResult } from '../../src/pipeline/pipeline.ts';
import { GitRepo, gitEnv } from '../helpers/git-repo.ts';
import { deploymentText as deployment, envText as env, profileText as profile } from '../helpers/spec-texts.ts';

const SEMANTIC = 'versioning: semantic\n';

let repos: GitRepo[] = [];
afterEach(() => {
  for (const r of repos) r.remove();
  repos = [];
});
function newRepo(): GitRepo {
  const r = new GitRepo();
  repos.push(r);
  return r;
}

/** Placement numberOfClusters and container image each deployment rendered with. */
function rendered(r: PipelineResult): Record<string, { clusters: unknown; image: unknown }> {
  const out: Record<string, { clusters: unknown; image: unknown }> = {};
  for (const d of r.rendered ?? []) {
    const placement = d.hubObjects.find((o) => o.kind === 'Placement') as { spec: { numberOfClusters?: number } } | undefined;
    const dep = d.manifests.find((o) => o.kind === 'Deployment') as unknown as { spec: { template: { spec: { containers: { image: string }[] } } } };
    out[d.resolved.deployment.id.name] = { clusters: placement?.spec.numberOfClusters, image: dep?.spec.template.spec.containers[0].image };
  }
  return out;
}

const problems = (r: PipelineResult) => r.diagnostics.filter((d) => d.severity !== 'info').map(formatDiagnostic);

describe('pins over git history', () => {
  it('renders primary@v1 as the first revision of primary after later edits, and records it in the lock', async () => {
    const repo = newRepo();
    const [c1, , c3] = repo.commit(
      { files: { 'env.yaml': env(1), 'profile.yaml': profile('web:1'), 'deploy.yaml': deployment('primary@v1') } },
      { files: { 'env.yaml': env(2) } },
      { files: { 'env.yaml': env(3), 'pinned-latest.yaml': deployment('primary', 'demo', 'latest') } },
    );
    const r = await runWorkspace({ repo: repo.dir });
    expect(problems(r)).toEqual([]);
    expect(rendered(r)).toEqual({ demo: { clusters: 1, image: 'web:1' }, latest: { clusters: 3, image: 'web:1' } });
    expect(r.lock!.sourceCommit).toBe(c3);
    expect(r.lock!.deployments['team-a/demo'].environment).toEqual({
      ref: 'primary@v1',
      kind: 'Environment',
      namespace: 'team-a',
      name: 'primary',
      revision: 1,
      hash: r.resolved!.find((d) => d.deployment.id.name === 'demo')!.environment.revision.hash,
      commit: c1,
    });
    expect(r.lock!.deployments['team-a/latest'].environment).toMatchObject({ ref: 'primary', revision: 3, commit: c3 });
    expect(r.lock!.deployments['team-a/demo'].profile).toMatchObject({ ref: 'demo', revision: 1, commit: c1 });
    // The old content is read with positions in the file version that introduced it.
    const pinned = r.resolved!.find((d) => d.deployment.id.name === 'demo')!.environment.revision;
    expect(pinned.object.pos(['spec', 'topology', 'properties', 'placement', 'numberOfClusters'])).toEqual({
      file: `env.yaml@${c1.slice(0, 7)}`,
      line: 11,
      column: 27,
    });
    expect(pinned.date).toBe('2026-01-01T00:00:00Z');
  });

  it('lists what exists when a pin matches nothing, at the reference', async () => {
    const repo = newRepo();
    repo.commit(
      { files: { 'hubcast.yaml': SEMANTIC, 'env.yaml': env(1, { version: '1.0.0' }), 'profile.yaml': profile('web:1') } },
      { files: { 'env.yaml': env(2) } },
      { files: { 'env.yaml': env(3, { version: '1.3.6' }) } },
      { files: { 'env.yaml': env(4, { version: '1.3.6' }), 'deploy.yaml': deployment('primary@v1.4') } },
    );
    const r = await runWorkspace({ repo: repo.dir });
    expect(problems(r)).toEqual([
      'deploy.yaml:13:11: error: Environment team-a/primary has no revision "v1.4" [unknown-revision]\n  hint: primary has v1..v4; semantic versions 1.0.0, 1.3.6',
    ]);
  });

  it('picks what the seed says for semantic ranges, with gaps and prereleases', async () => {
    const repo = newRepo();
    const versions = ['1.0.0', '1.2.0', '1.3.6', '1.3.2', '1.10.0', '2.0.0-rc.1', '3.1.0'];
    repo.commit(
      { files: { 'hubcast.yaml': SEMANTIC, 'profile.yaml': profile('web:1') } },
      ...versions.map((v, i) => ({ files: { 'env.yaml': env(i + 1, { version: v }) } })),
    );
    const pins = {
      major: 'primary@v1',
      minor: 'primary@v1.3',
      exact: 'primary@v1.3.2',
      bare: 'primary@1.2.0',
      pre: 'primary@v2.0.0-rc.1',
      latest: 'primary',
      three: 'primary@v3',
    };
    for (const [name, ref] of Object.entries(pins)) writeFileSync(join(repo.dir, `${name}.yaml`), deployment(ref, 'demo', name));
    const r = await runWorkspace({ repo: repo.dir });
    expect(problems(r)).toEqual([]);
    const clusters = Object.fromEntries(Object.entries(rendered(r)).map(([k, v]) => [k, v.clusters]));
    // 1.x.y -> 1.10.0 (not 1.3.6: semver order); 1.3.y -> 1.3.6 although 1.3.2 came later; the
    // prerelease only when named exactly; no suffix -> the current content (3.1.0).
    expect(clusters).toEqual({ major: 5, minor: 3, exact: 4, bare: 2, pre: 6, latest: 7, three: 7 });
    expect(r.lock!.deployments['team-a/minor'].environment).toMatchObject({ revision: 3, version: '1.3.6' });
    // Uncommitted deployments, committed environment revisions.
    expect(r.lock!.deployments['team-a/minor'].environment.commit).toMatch(/^[0-9a-f]{40}$/);

    for (const [name, ref] of Object.entries({ major: 'primary@v2', minor: 'primary@v1.4', exact: 'primary@v1.3.7' }))
      writeFileSync(join(repo.dir, `${name}.yaml`), deployment(ref, 'demo', name));
    const bad = await runWorkspace({ repo: repo.dir });
    const hint = '  hint: primary has v1..v7; semantic versions 1.0.0, 1.2.0, 1.3.2, 1.3.6, 1.10.0, 2.0.0-rc.1, 3.1.0';
    expect(problems(bad)).toEqual([
      `exact.yaml:13:11: error: Environment team-a/primary has no revision "v1.3.7" [unknown-revision]\n${hint}`,
      `major.yaml:13:11: error: Environment team-a/primary has no revision "v2" [unknown-revision]\n${hint}`,
      `minor.yaml:13:11: error: Environment team-a/primary has no revision "v1.4" [unknown-revision]\n${hint}`,
    ]);
  });

  it('under semantic versioning, objects without spec.version use basic revisions', async () => {
    const repo = newRepo();
    repo.commit(
      { files: { 'hubcast.yaml': SEMANTIC, 'env.yaml': env(1), 'profile.yaml': profile('web:1'), 'deploy.yaml': deployment('primary@v2') } },
      { files: { 'env.yaml': env(2) } },
      { files: { 'env.yaml': env(3) } },
    );
    const r = await runWorkspace({ repo: repo.dir });
    expect(problems(r)).toEqual([]);
    expect(rendered(r).demo.clusters).toBe(2);
  });

  it('warns when one semantic version was committed with two contents, naming both commits; the later wins', async () => {
    const repo = newRepo();
    const [c1, c2] = repo.commit(
      {
        files: {
          'hubcast.yaml': SEMANTIC,
          'env.yaml': env(1, { version: '1.0.0' }),
          'profile.yaml': profile('web:1'),
          'deploy.yaml': deployment('primary@v1.0'),
        },
      },
      { files: { 'env.yaml': env(2, { version: '1.0.0' }) } },
      { files: { 'env.yaml': env(3, { version: '2.0.0' }) } },
    );
    const r = await runWorkspace({ repo: repo.dir });
    expect(problems(r)).toEqual([
      `deploy.yaml:13:11: warning: Environment team-a/primary version 1.0.0 was committed with different contents: v1 (commit ${c1.slice(0, 7)}), v2 (commit ${c2.slice(0, 7)}); using the later, v2 [version-reused]\n  hint: a version should name one content: bump spec.version whenever the object changes`,
    ]);
    expect(rendered(r).demo.clusters).toBe(2);
  });

  it('follows objects across renames and moves between files, and counts only first-parent commits of merges', async () => {
    const repo = newRepo();
    repo.commit(
      { files: { 'envs/all.yaml': `${env(1)}---\n${env(1, { name: 'backup' })}`, 'profile.yaml': profile('web:1'), 'deploy.yaml': deployment('primary@v2') } },
      { files: { 'envs/all.yaml': env(1, { name: 'backup' }), 'envs/primary.yaml': env(1) } }, // moved out: same revision
      { branch: 'feature', files: { 'envs/primary.yaml': env(7) } },
      { branch: 'feature', files: { 'envs/primary.yaml': env(2) } },
      { files: { 'README.md': 'not a spec\n' } },
      { merge: 'feature', files: { 'envs/primary.yaml': env(2) } }, // the merge brings 7 then 2: one revision
      { files: { 'envs/primary.yaml': `# reformatted\n${env(2).replace('namespace: team-a', 'namespace: "team-a"')}` } },
      { files: { 'envs/primary.yaml': null, 'prod/primary.yml': env(3) } },
    );
    const r = await runWorkspace({ repo: repo.dir });
    expect(problems(r)).toEqual([]);
    expect(rendered(r).demo.clusters).toBe(2);
    const revs = r.revisions!.revisions({ kind: 'Environment', namespace: 'team-a', name: 'primary' });
    expect(revs.map((x) => [x.number, x.commit, x.object.file])).toEqual([
      [1, repo.commits[0], `envs/all.yaml@${repo.commits[0].slice(0, 7)}`],
      [2, repo.commits[5], `envs/primary.yaml@${repo.commits[5].slice(0, 7)}`],
      [3, repo.commits[7], 'prod/primary.yml'],
    ]);
    expect(revs.map((x) => !!x.current)).toEqual([false, false, true]);
  });

  it('an unpinned reference to a deleted object is an error; a pin still reads its history', async () => {
    const repo = newRepo();
    repo.commit(
      {
        files: {
          'env.yaml': env(1),
          'profile.yaml': profile('web:1'),
          'deploy.yaml': deployment('primary'),
          'old.yaml': deployment('primary@v2', 'demo', 'old'),
        },
      },
      { files: { 'env.yaml': env(2) } },
      { files: { 'env.yaml': null } },
    );
    const r = await runWorkspace({ repo: repo.dir });
    expect(problems(r)).toEqual([
      'deploy.yaml:13:11: error: Environment team-a/primary no longer exists [deleted-reference]\n  hint: restore it, or pin one of its revisions from history: primary has v1..v2',
    ]);
    unlinkSync(join(repo.dir, 'deploy.yaml'));
    const pinned = await runWorkspace({ repo: repo.dir });
    expect(problems(pinned)).toEqual([]);
    expect(rendered(pinned).old.clusters).toBe(2);
  });

  it('checks an old revision only when a deployment pins it, with positions in that version of the file', async () => {
    const repo = newRepo();
    const [c1] = repo.commit(
      { files: { 'env.yaml': env(1, { type: 'topology-ocmm' }), 'profile.yaml': profile('web:1'), 'deploy.yaml': deployment('primary') } },
      { files: { 'env.yaml': env(2) } },
    );
    expect(problems(await runWorkspace({ repo: repo.dir }))).toEqual([]);
    writeFileSync(join(repo.dir, 'deploy.yaml'), deployment('primary@v1'));
    const r = await runWorkspace({ repo: repo.dir });
    const short = c1.slice(0, 7);
    expect(problems(r)).toEqual([
      `deploy.yaml:13:11: error: Environment team-a/primary@v1 is revision v1 of commit ${short}, which is not valid today [invalid-revision]\n  hint: see the errors at env.yaml@${short}; pin another revision (primary has v1..v2)`,
      `env.yaml@${short}:8:11: error: Environment: spec.topology.type must be one of: "topology-ocm", "topology-ocm-byop" [schema]`,
    ]);
    expect(r.ok).toBe(false);
  });

  it('counts uncommitted changes as the next revision, marked uncommitted', async () => {
    const repo = newRepo();
    repo.commit({ files: { 'env.yaml': env(1), 'profile.yaml': profile('web:1'), 'deploy.yaml': deployment('primary') } }, { files: { 'env.yaml': env(2) } });
    writeFileSync(join(repo.dir, 'env.yaml'), env(5));
    writeFileSync(join(repo.dir, 'profile.yaml'), `# only a comment changed\n${profile('web:1')}`);
    const r = await runWorkspace({ repo: repo.dir });
    expect(problems(r)).toEqual([]);
    expect(rendered(r).demo.clusters).toBe(5);
    const lock = r.lock!.deployments['team-a/demo'];
    expect(lock.environment).toMatchObject({ revision: 3, uncommitted: true });
    expect(lock.environment.commit).toBeUndefined();
    expect(lock.profile).toMatchObject({ revision: 1, commit: repo.commits[0] });
    expect(lock.profile.uncommitted).toBeUndefined();
    expect(r.lock!.sourceCommit).toBe(repo.commits[1]);
  });

  it('resolves the seventy-third of 200 revisions', async () => {
    const repo = newRepo();
    repo.commit(
      { files: { 'profile.yaml': profile('web:1'), 'deploy.yaml': deployment('primary@v73') } },
      ...Array.from({ length: 200 }, (_, i) => ({ files: { 'env.yaml': env(i + 1) } })),
    );
    const r = await runWorkspace({ repo: repo.dir });
    expect(problems(r)).toEqual([]);
    expect(rendered(r).demo.clusters).toBe(73);
    expect(r.lock!.deployments['team-a/demo'].environment).toMatchObject({ revision: 73, commit: repo.commits[73] });
    expect(r.revisions!.revisions({ kind: 'Environment', namespace: 'team-a', name: 'primary' })).toHaveLength(200);
  });

  it('reads the history of a spec folder inside a larger repository', async () => {
    const repo = newRepo();
    repo.commit(
      {
        files: {
          'deploy/specs/env.yaml': env(1),
          'deploy/specs/profile.yaml': profile('web:1'),
          'deploy/specs/d.yaml': deployment('primary@v1'),
          'other/env.yaml': env(9, { name: 'x' }),
        },
      },
      { files: { 'deploy/specs/env.yaml': env(2), 'src/main.go': 'package main\n' } },
    );
    const r = await runWorkspace({ repo: join(repo.dir, 'deploy/specs') });
    expect(problems(r)).toEqual([]);
    expect(rendered(r).demo.clusters).toBe(1);
    expect(r.revisions!.revisions({ kind: 'Environment', namespace: 'team-a', name: 'x' })).toEqual([]);
  });

  it('refuses basic pins in a shallow clone, and says why', async () => {
    const origin = newRepo();
    origin.commit(
      { files: { 'env.yaml': env(1), 'profile.yaml': profile('web:1'), 'deploy.yaml': deployment('primary@v1') } },
      { files: { 'env.yaml': env(2) } },
    );
    const dir = mkdtempSync(join(tmpdir(), 'hubcast-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, join(dir, 'c')], { env: gitEnv });
      const r = await runWorkspace({ repo: join(dir, 'c') });
      expect(problems(r)).toEqual([
        'warning: this is a shallow clone: revisions are read from 1 commit only, so basic revision numbers cannot be counted and old versions may be missing [shallow-history]\n  hint: fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)',
        'deploy.yaml:13:11: error: Environment team-a/primary@v1 names a basic revision, but this clone has only part of the history, so revisions cannot be counted [shallow-history]\n  hint: fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to render when the history cannot be read, rather than resolve pins against the current content', async () => {
    const repo = newRepo();
    repo.commit(
      { files: { 'env.yaml': env(1), 'profile.yaml': profile('web:1'), 'deploy.yaml': deployment('primary@v1') } },
      { files: { 'env.yaml': env(2) } },
    );
    rmSync(join(repo.dir, '.git/objects'), { recursive: true, force: true });
    mkdirSync(join(repo.dir, '.git/objects'));
    const r = await runWorkspace({ repo: repo.dir });
    expect(r.ok).toBe(false);
    expect(problems(r)).toEqual([
      expect.stringMatching(
        /^error: could not read the git history: fatal: .* \[no-history\]\n {2}hint: fix the repository, or pass --no-history to use each object's current content as its only revision$/,
      ),
    ]);
    expect((await runWorkspace({ repo: repo.dir, history: false })).ok).toBe(true);
  });

  it('without git history (not a repository, or --no-history) the current content is v1', async () => {
    const repo = newRepo();
    repo.commit(
      { files: { 'env.yaml': env(1), 'profile.yaml': profile('web:1'), 'deploy.yaml': deployment('primary@v1') } },
      { files: { 'env.yaml': env(2) } },
    );
    const r = await runWorkspace({ repo: repo.dir, history: false });
    expect(problems(r)).toEqual([]);
    expect(rendered(r).demo.clusters).toBe(2);
    expect(r.lock!.deployments['team-a/demo'].environment.commit).toBeUndefined();

    rmSync(join(repo.dir, '.git'), { recursive: true, force: true });
    const plain = await runWorkspace({ repo: repo.dir });
    expect(plain.diagnostics.map(formatDiagnostic)).toContain(
      "info: not a git repository: each object's current content is its only revision (v1) [no-history]",
    );
    expect(rendered(plain).demo.clusters).toBe(2);
  });

  describe('definitions', () => {
    const def = (version: string, data: string) => `apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: note
spec:
  version: ${version}
  description: A ConfigMap with one note.
  template: |
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
    data:
      note: ${data}
`;
    const noteProfile = (type: string) => `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: demo
  namespace: team-a
spec:
  workload:
    components:
      - name: n
        type: ${type}
`;
    const note = (r: PipelineResult) => (r.rendered![0].manifests.find((m) => m.kind === 'ConfigMap') as unknown as { data: { note: string } }).data.note;

    it('reads an exact version that was bumped in place from the commit that last had it', async () => {
      const repo = newRepo();
      const [, c2] = repo.commit(
        { files: { 'env.yaml': env(1), 'def.yaml': def('1.0.0', 'first'), 'profile.yaml': noteProfile('note@v1.0.0'), 'deploy.yaml': deployment('primary') } },
        { files: { 'def.yaml': def('1.0.0', 'second') } },
        { files: { 'def.yaml': def('1.1.0', 'third') } },
      );
      const r = await runWorkspace({ repo: repo.dir });
      expect(r.diagnostics.map(formatDiagnostic)).toContain(
        `profile.yaml:10:15: info: ComponentDefinition note 1.0.0 is no longer in the tree; using it as of commit ${c2.slice(0, 7)} [definition-from-history]`,
      );
      expect(problems(r)).toEqual([]);
      expect(note(r)).toBe('second');
      expect(r.lock!.deployments['team-a/demo'].definitions).toContainEqual(expect.objectContaining({ name: 'note', version: '1.0.0' }));
      // Ranges are over the versions in the tree.
      writeFileSync(join(repo.dir, 'profile.yaml'), noteProfile('note@v1.0'));
      expect(problems(await runWorkspace({ repo: repo.dir }))).toEqual([
        'profile.yaml:10:15: error: ComponentDefinition "note" has no version matching "v1.0" [unknown-definition-version]\n  hint: available versions: 1.1.0',
      ]);
    });

    it('warns when the definition version used was committed with other contents', async () => {
      const repo = newRepo();
      const [c1, c2] = repo.commit(
        { files: { 'env.yaml': env(1), 'def.yaml': def('1.0.0', 'first'), 'profile.yaml': noteProfile('note'), 'deploy.yaml': deployment('primary') } },
        { files: { 'def.yaml': def('1.0.0', 'second') } },
      );
      const r = await runWorkspace({ repo: repo.dir });
      expect(problems(r)).toEqual([
        `profile.yaml:10:15: warning: ComponentDefinition mural-system/note version 1.0.0 was committed with different contents: v1 (commit ${c1.slice(0, 7)}), v2 (commit ${c2.slice(0, 7)}); using the later, v2 [version-reused]\n  hint: a version should name one content: bump spec.version whenever the object changes`,
      ]);
      expect(note(r)).toBe('second');
    });
  });
});
