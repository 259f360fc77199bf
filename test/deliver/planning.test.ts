// The pure parts of publishing: provenance, tree changes, staging trees, PR content and decisions.

import { describe, expect, it } from 'vitest';
import { stableJson } from '../../src/core/stable-json.ts';
import type { Lock, LockedDeployment } from '../../src/emit/lock.ts';
import { blobSha } from '../../src/deliver/blob-hash.ts';
import { md } from '../../src/deliver/change-summary.ts';
import { prDecision } from '../../src/deliver/ensure-pull-request.ts';
import { PR_BODY_BUDGET, prContent } from '../../src/deliver/pr-content.ts';
import { commitMessage, sourceOfMessage, type SourceCommit } from '../../src/deliver/provenance.ts';
import { mergeLock, stagingTree } from '../../src/deliver/staging-tree.ts';
import { changesByEnvironment, environmentOf, treeChanges } from '../../src/deliver/tree-changes.ts';
import { git } from '../helpers/git.ts';
import { execFileSync } from 'node:child_process';

const src: SourceCommit = { sha: 'a'.repeat(40), subject: 'Roll | storefront <b>', body: '', author: 'A <a@x>', date: '2026-01-02T03:04:05Z' };

function dep(env: string, profileRev = 1): LockedDeployment {
  const [namespace, name] = env.split('/');
  return {
    environment: { ref: name, kind: 'Environment', namespace, name, revision: 1, hash: 'h' },
    profile: { ref: 'web', kind: 'WorkloadProfile', namespace: 'mural-system', name: 'web', revision: profileRev, hash: `p${profileRev}` },
    definitions: [],
    variables: {},
    workloadType: 'Deployment',
  };
}
const lock = (deployments: Record<string, LockedDeployment>, sourceCommit = 'x'): Lock => ({
  lockVersion: 1,
  hubcastVersion: '0.1.0',
  sourceCommit,
  deployments,
});

describe('planning', () => {
  it('blob ids match git hash-object', () => {
    const text = 'kind: Placement\nname: "ünïcode"\n';
    expect(blobSha(text)).toBe(execFileSync('git', ['hash-object', '--stdin'], { input: text, encoding: 'utf8' }).trim());
    expect(git('.', 'hash-object', '/dev/null')).toBe(blobSha(''));
  });

  it('commit messages carry the source as a trailer that reads back', () => {
    const m = commitMessage(src, 'shop/prod');
    expect(m.split('\n')[0]).toBe('hubcast: render shop/prod aaaaaaa Roll | storefront <b>');
    expect(m).toMatch(/\n\nHubcast-Source-Commit: a{40}\nHubcast-Environment: shop\/prod\nHubcast-Version: .+\n$/);
    expect(sourceOfMessage(m)).toBe(src.sha);
    expect(sourceOfMessage('Merge pull request #3 from x')).toBeUndefined();
  });

  it('changes are grouped by environment folder; shared files belong to none', () => {
    const old = new Map([
      ['environments/a/x/one.yaml', blobSha('1')],
      ['environments/a/y/gone.yaml', blobSha('g')],
      ['kustomization.yaml', blobSha('k')],
    ]);
    const next = new Map([
      ['environments/a/x/one.yaml', '2'],
      ['environments/b/z/new.yaml', 'n'],
      ['kustomization.yaml', 'k'],
    ]);
    const changes = treeChanges(old, next);
    expect(changes).toEqual([
      { path: 'environments/a/x/one.yaml', kind: 'changed' },
      { path: 'environments/a/y/gone.yaml', kind: 'removed' },
      { path: 'environments/b/z/new.yaml', kind: 'added' },
    ]);
    expect([...changesByEnvironment(changes).keys()]).toEqual(['a/x', 'a/y', 'b/z']);
    expect(environmentOf('environments/a/kustomization.yaml')).toBeUndefined();
  });

  it('a staging tree replaces one environment, keeps the others, and recomputes parents and lock', () => {
    const base = new Map([
      ['environments/shop/dev/mw.yaml', 'b1'],
      ['environments/shop/dev/kustomization.yaml', 'b2'],
      ['environments/shop/kustomization.yaml', 'b3'],
      ['environments/kustomization.yaml', 'b4'],
      ['kustomization.yaml', 'b5'],
      ['hubcast.lock.json', 'b6'],
    ]);
    const next = new Map([
      ['environments/shop/dev/mw.yaml', 'dev-new'],
      ['environments/shop/prod/mw.yaml', 'prod-new'],
      ['environments/shop/prod/kustomization.yaml', 'kp'],
      ['environments/shop/kustomization.yaml', 'ks'],
      ['environments/kustomization.yaml', 'ke'],
      ['kustomization.yaml', 'kr'],
      ['hydrator.metadata', 'meta'],
    ]);
    const baseLock = lock({ 'shop/a': dep('shop/dev') }, 'old');
    const nextLock = lock({ 'shop/a': dep('shop/dev', 2), 'shop/b': dep('shop/prod') }, 'new');
    const t = stagingTree(base, baseLock, next, nextLock, 'shop/prod');
    expect(t.get('environments/shop/dev/mw.yaml')).toEqual({ blob: 'b1' }); // another environment: as it was
    expect(t.get('environments/shop/prod/mw.yaml')).toEqual({ content: 'prod-new' });
    expect(t.get('hydrator.metadata')).toEqual({ content: 'meta' });
    expect((t.get('environments/shop/kustomization.yaml') as { content: string }).content).toContain('  - dev\n  - prod\n');
    const merged = JSON.parse((t.get('hubcast.lock.json') as { content: string }).content) as Lock;
    expect(merged.sourceCommit).toBe('new');
    expect(merged.deployments['shop/a'].profile.revision).toBe(1); // dev's entry is not this PR's business
    expect(Object.keys(merged.deployments)).toEqual(['shop/a', 'shop/b']);
    expect([...t.keys()]).toEqual([...t.keys()].sort());
  });

  it('per-cluster layout: clusters/ and flux/ form one fleet group whose staging tree is the whole render', () => {
    expect(environmentOf('clusters/prod-use-1/manifestwork-shop-web.yaml')).toBe('fleet');
    expect(environmentOf('flux/kustomization-hubcast-prod-use-1.yaml')).toBeUndefined(); // shared; the fleet PR carries it
    expect(environmentOf('environments/shop/prod/mw.yaml')).toBe('shop/prod');
    expect(environmentOf('kustomization.yaml')).toBeUndefined();
    const base = new Map([
      ['clusters/a/mw.yaml', 'b1'],
      ['clusters/gone/mw.yaml', 'b2'],
      ['environments/shop/byop/mwrs.yaml', 'b3'],
      ['kustomization.yaml', 'b4'],
    ]);
    const next = new Map([
      ['clusters/a/mw.yaml', 'a-new'],
      ['clusters/b/mw.yaml', 'b-new'],
      ['flux/kustomization-hubcast-b.yaml', 'kf'],
      ['environments/shop/byop/mwrs.yaml', 'byop-new'],
      ['kustomization.yaml', 'kr'],
      ['hubcast.lock.json', 'lock'],
    ]);
    const t = stagingTree(base, undefined, next, lock({}), 'fleet');
    expect(t.get('clusters/a/mw.yaml')).toEqual({ content: 'a-new' });
    expect(t.get('clusters/b/mw.yaml')).toEqual({ content: 'b-new' });
    expect(t.has('clusters/gone/mw.yaml')).toBe(false); // a cluster that left is removed
    expect(t.get('environments/shop/byop/mwrs.yaml')).toEqual({ blob: 'b3' }); // hub-scheduled environments get their own PR
    expect(t.get('kustomization.yaml')).toEqual({ content: 'kr' });
    expect(t.get('flux/kustomization-hubcast-b.yaml')).toEqual({ content: 'kf' });
    expect(changesByEnvironment(treeChanges(new Map(), next)).has('fleet')).toBe(true);
  });

  it('removing an environment drops its folder and its parents when they empty', () => {
    const base = new Map([
      ['environments/x/only/mw.yaml', 'b'],
      ['environments/x/only/kustomization.yaml', 'k'],
      ['environments/x/kustomization.yaml', 'k2'],
      ['environments/kustomization.yaml', 'k3'],
      ['kustomization.yaml', 'k4'],
    ]);
    const t = stagingTree(base, lock({ 'x/d': dep('x/only') }), new Map(), lock({}), 'x/only');
    expect([...t.keys()]).toEqual(['hubcast.lock.json']);
    expect(mergeLock(lock({ 'x/d': dep('x/only') }), lock({}), 'x/only').deployments).toEqual({});
  });

  it("PR content stays under GitHub's limit by listing fewer files, and escapes repository text", () => {
    const many = Array.from({ length: 4000 }, (_, i) => ({
      path: `environments/shop/prod/manifestwork-shop-${'w'.repeat(20)}-${i}.yaml`,
      kind: 'added' as const,
    }));
    const c = prContent({ environment: 'shop/prod', changes: many, nextLock: lock({ 'shop/b': dep('shop/prod') }) }, src, 'hubcast/rendered');
    expect(c.body.length).toBeLessThanOrEqual(PR_BODY_BUDGET);
    expect(c.body).toMatch(/… \d+ more files omitted/);
    expect(c.body).toContain('Roll \\| storefront \\<b\\>');
    expect(c.title).toBe('hubcast: render shop/prod from aaaaaaa');
    expect(md('a_b*c')).toBe('a\\_b\\*c');
  });

  it('PR decisions: create, update, unchanged (whitespace and CRLF do not count)', () => {
    const desired = { title: 't', body: 'body\n' };
    const pr = { number: 1, url: 'u', nodeId: 'n', title: 't', body: 'body\r\n', labels: [], autoMerge: false };
    expect(prDecision(undefined, desired)).toBe('create');
    expect(prDecision(pr, desired)).toBe('unchanged');
    expect(prDecision({ ...pr, title: 'old' }, desired)).toBe('update');
    expect(stableJson({ b: 1, a: 2 })).toBe('{\n  "a": 2,\n  "b": 1\n}\n');
  });
});
