// examples/fleet/make-history.sh builds the fleet into a git repository with five commits; the
// canary it adds is pinned to revisions that only exist in that history.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainDeployment, explanationText } from '../../src/app/explain.ts';
import { runWorkspace } from '../../src/app/workspace.ts';
import type { PipelineResult } from '../../src/pipeline/pipeline.ts';
import { git, gitAvailable } from '../helpers/git-repo.ts';

const root = join(import.meta.dirname, '../..');
let dir: string;
let repo: string;
let commits: string[];
let r: PipelineResult;

beforeAll(async () => {
  if (!gitAvailable()) throw new Error('git is required for these tests; .ci/run installs it');
  dir = mkdtempSync(join(tmpdir(), 'hubcast-fleet-history-'));
  repo = join(dir, 'fleet');
  execFileSync('bash', [join(root, 'examples/fleet/make-history.sh'), repo], { encoding: 'utf8', timeout: 60_000 });
  commits = git(repo, ['rev-list', '--reverse', 'HEAD']).trim().split('\n');
  r = await runWorkspace({ repo });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the fleet with its history', () => {
  it('has five commits, and renders without problems', async () => {
    expect(commits).toHaveLength(5);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(git(repo, ['status', '--porcelain'])).toBe('');
  });

  it('renders the canary with the first dev and storefront 1.3.0, and locks them to the first commit', async () => {
    const lock = r.lock!.deployments['shop/storefront-canary'];
    expect(lock.environment).toEqual({
      ref: 'dev@v1',
      kind: 'Environment',
      namespace: 'shop',
      name: 'dev',
      revision: 1,
      hash: expect.any(String),
      commit: commits[0],
    });
    expect(lock.profile).toEqual({
      ref: 'storefront@v1.3',
      kind: 'WorkloadProfile',
      namespace: 'mural-system',
      name: 'storefront',
      revision: 1,
      version: '1.3.0',
      hash: expect.any(String),
      commit: commits[0],
    });
    const canary = r.rendered!.find((d) => d.resolved.deployment.id.name === 'storefront-canary')!;
    expect(canary.manifests.map((m) => m.kind).sort()).toEqual(['Deployment', 'Deployment', 'Namespace', 'Service']); // 1.3.0 had no PDB
  });

  it('resolves the other pins to the revisions that introduced them', async () => {
    const d = r.lock!.deployments;
    expect(d['shop/storefront-prod'].environment).toMatchObject({ ref: 'prod@v1', revision: 2, version: '1.3.0', commit: commits[1] });
    expect(d['shop/storefront-prod'].profile).toMatchObject({ ref: 'storefront@v1.4', revision: 2, version: '1.4.0', commit: commits[3] });
    expect(d['shop/storefront-dev'].environment).toMatchObject({ ref: 'dev', revision: 2, commit: commits[2] });
    expect(d['shop/nightly-report'].environment).toMatchObject({ ref: 'prod@v1.3.0', revision: 2, commit: commits[1] });
    expect(r.lock!.sourceCommit).toBe(commits[4]);
  });

  it("explains where each of the canary's variables came from", async () => {
    const canary = r.rendered!.find((d) => d.resolved.deployment.id.name === 'storefront-canary')!;
    const e = explainDeployment(canary.resolved, canary);
    expect(e.variables.map((v) => [v.name, v.value, v.source, v.at, v.locked])).toEqual([
      ['apiUrl', 'https://api.shop.example', 'project', 'shop/variables.yaml:17:14', false],
      ['imageTag', '2.2.0-rc.2', 'deployment', 'shop/canary.yaml:16:15', false],
      ['logLevel', 'warn', 'project', 'shop/variables.yaml:11:14', false],
      ['registry', 'registry.acme.example', 'system', 'system/variables.yaml:12:14', true],
      ['replicas', 2, 'system', 'system/variables.yaml:20:14', false],
    ]);
    expect(e.profile.resolved.file).toBe(`system/profiles.yaml@${commits[0].slice(0, 7)}`);
    expect(explanationText(e)).toContain('             registry  "registry.acme.example"     system (locked)  system/variables.yaml:12:14');
  });

  it('renders the four original deployments exactly like the example without history', async () => {
    const golden = join(root, 'test/golden/fleet');
    const same = [...r.tree!.keys()].filter((p) => p.endsWith('.yaml') && !p.includes('canary') && !p.endsWith('kustomization.yaml'));
    expect(same.length).toBeGreaterThan(6);
    for (const p of same) expect(r.tree!.get(p), p).toBe(readFileSync(join(golden, p), 'utf8'));
  });
});
