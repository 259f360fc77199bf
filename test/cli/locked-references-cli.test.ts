// `plan`, `render` and `validate --locked` as a user runs them (in process: test/helpers/cli-run.ts; no
// real process, nothing here is about one) on a spec repository with a git history: a new Environment
// commit inside `env@v1` moves nothing under --locked and is reported.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitRepo } from '../helpers/git-repo.ts';
import { envText } from '../helpers/spec-texts.ts';
import { hubcast } from '../helpers/cli-run.ts';

const env = (clusters: number, version: string) => envText(clusters, { name: 'env', version });

const SPECS = {
  'hubcast.yaml': 'versioning: semantic\n',
  'profile.yaml': `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: web
  namespace: team-a
spec:
  workload:
    components:
      - name: web
        type: webservice
        properties:
          image: web:1
`,
  'deploy.yaml': `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: web
  namespace: team-a
spec:
  workload:
    name: web
    namespace: team-a
  workloadProfileRef:
    name: web
  environmentRef:
    name: env@v1
`,
};

const files = (dir: string): Map<string, string> =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );

describe('--locked on the command line', () => {
  let repo: GitRepo;
  let dir: string;
  let out: string;
  let lock: string;
  let before: Map<string, string>;
  beforeAll(async () => {
    repo = new GitRepo();
    dir = mkdtempSync(join(tmpdir(), 'hubcast-locked-cli-'));
    out = join(dir, 'out');
    lock = join(out, 'hubcast.lock.json');
    repo.commit({ files: { ...SPECS, 'env.yaml': env(2, '1.3.6') } });
    const first = await hubcast(['render', '--repo', repo.dir, '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    before = files(out);
    repo.commit({ files: { 'env.yaml': env(5, '1.3.9') } });
  }, 60_000);
  afterAll(() => {
    repo.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  const drift = () =>
    `deploy.yaml:13:11: warning: Environment team-a/env@v1 is locked to 1.3.6 (v1, commit ${repo.commits[0].slice(0, 7)}) but would now resolve to 1.3.9 (v2, commit ${repo.commits[1].slice(0, 7)}) [lock-drift]`;

  it('plan --locked shows the locked revision and the drift; plan alone moves', async () => {
    const locked = await hubcast(['plan', '--repo', repo.dir, '--locked', '--lock-file', lock]);
    expect(locked.code, locked.stderr).toBe(0);
    expect(locked.stderr).toContain(`${drift()}\n  hint: render without --locked to take the new revision`);
    expect(locked.stdout).toMatch(/team-a\/web\s+team-a\/env@v1 \(1\.3\.6\)/);

    const json = await hubcast(['plan', '--repo', repo.dir, '--locked', '--lock-file', lock, '--json']);
    const plan = JSON.parse(json.stdout);
    expect(plan.deployments[0]).toMatchObject({ environment: 'team-a/env', environmentRevision: 'v1 (1.3.6)' });
    expect(plan.diagnostics).toContainEqual({
      severity: 'warning',
      code: 'lock-drift',
      message: drift()
        .replace(/^deploy\.yaml:13:11: warning: /, '')
        .replace(/ \[lock-drift\]$/, ''),
      file: 'deploy.yaml',
      line: 13,
      column: 11,
      hint: 'render without --locked to take the new revision',
    });

    const free = JSON.parse((await hubcast(['plan', '--repo', repo.dir, '--json'])).stdout);
    expect(free.deployments[0]).toMatchObject({ environmentRevision: 'v2 (1.3.9)' });
    expect(free.diagnostics.filter((d: { code: string }) => d.code === 'lock-drift')).toEqual([]);
  });

  it('render --locked renders the same objects and lock and warns; validate --locked warns too', async () => {
    const r = await hubcast(['render', '--repo', repo.dir, '--out', out, '--locked']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(drift());
    // Only the commit rendered moved: every object, and every resolution in the lock, is as before.
    const commitOf = (m: Map<string, string>) => new Map([...m].map(([k, v]) => [k, v.replace(/"sourceCommit": "\w+"/, '"sourceCommit": "HEAD"')]));
    expect(commitOf(files(out))).toEqual(commitOf(before));
    const lockText = readFileSync(lock, 'utf8');
    expect(lockText).toContain(`"sourceCommit": "${repo.commits[1]}"`);
    expect(JSON.parse(lockText).references['Environment/team-a/env@v1']).toMatchObject({ version: '1.3.6', commit: repo.commits[0] });

    const v = await hubcast(['validate', '--repo', repo.dir, '--locked', '--lock-file', lock]);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stderr).toContain(drift());
  });
});
