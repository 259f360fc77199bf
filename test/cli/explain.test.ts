// `hubcast explain`, plan and render on a spec repository with a git history, in process
// (test/helpers/cli-run.ts); no real process: nothing here is about one.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitRepo } from '../helpers/git-repo.ts';
import { hubcast } from '../helpers/cli-run.ts';

const root = join(import.meta.dirname, '../..');

const seed = readFileSync(join(root, 'examples/hello-universe/hello-universe.yaml'), 'utf8');
const [envV1] = seed.split('\n---\n');
const envV2 = envV1.replace('numberOfClusters: 1', 'numberOfClusters: 3');
const rest = seed.slice(envV1.length + 5);

describe('hubcast explain and revisions on the command line', () => {
  let repo: GitRepo;
  let ids: string[];
  beforeEach(() => {
    repo = new GitRepo();
    ids = repo.commit(
      { files: { 'environment.yaml': `${envV1}\n`, 'workload.yaml': rest } },
      { files: { 'environment.yaml': `${envV2}\n` }, message: 'primary: three clusters' },
    );
  });
  afterEach(() => repo.remove());

  it('explains the seed deployment: primary@v1 is the first revision, with its commit; definitions and placement', async () => {
    const r = await hubcast(['explain', 'hello-universe/hello-universe-demo', '--repo', repo.dir]);
    expect(r.code).toBe(0);
    const short = ids[0].slice(0, 7);
    expect(r.stdout).toContain('WorkloadDeployment hello-universe/hello-universe-demo (workload.yaml:');
    expect(r.stdout).toMatch(
      new RegExp(`^environment  primary@v1 -> Environment hello-universe/primary v1 commit ${short} 2026-01-01 sha256:[0-9a-f]{12}$`, 'm'),
    );
    expect(r.stdout).toContain(`content at environment.yaml@${short}`);
    expect(r.stdout).toMatch(
      new RegExp(
        `^profile {6}hello-universe-demo -> WorkloadProfile mural-system/hello-universe-demo v1 commit ${short} 2026-01-01 sha256:[0-9a-f]{12} \\(from the system namespace\\)$`,
        'm',
      ),
    );
    expect(r.stdout).toMatch(
      /^definitions {2}ComponentDefinition mural-system\/webservice 1\.0\.0 sha256:[0-9a-f]{12} \(component ui\) templates\/components\/webservice\.yaml$/m,
    );
    expect(r.stdout).toMatch(/^variables {4}none$/m);
    expect(r.stdout).toMatch(/^placement {4}topology-ocm: managed-cluster-set-global\/hello-universe-hello-universe-demo; sets global; 1 cluster(;|$)/m);
  });

  it('explain --json gives the same chain as data; another kind lists revisions and users', async () => {
    const r = await hubcast(['explain', 'WorkloadDeployment/hello-universe/hello-universe-demo', '--repo', repo.dir, '--json']);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout).explanation;
    expect(e.environment).toMatchObject({
      ref: 'primary@v1',
      kind: 'Environment',
      namespace: 'hello-universe',
      name: 'primary',
      fromSystemNamespace: false,
      resolved: { revision: 1, commit: ids[0], date: '2026-01-01T00:00:00Z', file: `environment.yaml@${ids[0].slice(0, 7)}` },
    });
    expect(e.environment.resolved.current).toBeUndefined();

    const o = await hubcast(['explain', 'environment/hello-universe/primary', '--repo', repo.dir, '--json']);
    expect(o.code).toBe(0);
    const x = JSON.parse(o.stdout).explanation;
    expect(x.revisions.map((v: { revision: number; commit: string; current?: boolean }) => [v.revision, v.commit, !!v.current])).toEqual([
      [1, ids[0], false],
      [2, ids[1], true],
    ]);
    expect(x.usedBy).toEqual([{ deployment: 'hello-universe/hello-universe-demo', ref: 'primary@v1', revision: 1 }]);
  });

  it('marks uncommitted content in plan and in the lock; --no-history ignores history', async () => {
    writeFileSync(join(repo.dir, 'workload.yaml'), rest.replace('name: primary@v1', 'name: primary'));
    writeFileSync(join(repo.dir, 'environment.yaml'), `${envV2.replace('numberOfClusters: 3', 'numberOfClusters: 4')}\n`);
    const p = await hubcast(['plan', '--repo', repo.dir]);
    expect(p.code).toBe(0);
    expect(p.stdout).toContain('hello-universe/primary@v3 (uncommitted)');
    const out = join(repo.dir, 'out');
    expect((await hubcast(['render', '--repo', repo.dir, '--out', out])).code).toBe(0);
    const lock = JSON.parse(readFileSync(join(out, 'hubcast.lock.json'), 'utf8'));
    expect(lock.sourceCommit).toBe(ids[1]);
    expect(lock.deployments['hello-universe/hello-universe-demo'].environment).toMatchObject({ ref: 'primary', revision: 3, uncommitted: true });
    const n = await hubcast(['plan', '--repo', repo.dir, '--no-history', '--json']);
    expect(JSON.parse(n.stdout).deployments[0].environmentRevision).toBe('v1');
  });

  it('says what is wrong with the object named', async () => {
    const bad = await hubcast(['explain', 'Gadget/a/b', '--repo', repo.dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'error: "Gadget" is not a spec kind; one of: Environment, WorkloadProfile, WorkloadDeployment, VariableSet, ProfileBundle, Repository [usage]',
    );
    const missing = await hubcast(['explain', 'hello-universe/nope', '--repo', repo.dir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('error: WorkloadDeployment hello-universe/nope does not exist [explain]');
    expect((await hubcast(['explain', '--help'])).stdout).toContain('KIND/NAMESPACE/NAME');
  });
});
