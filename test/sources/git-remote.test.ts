// Git sources resolved with the real `git ls-remote`: a bare repository with tags over file://
// and over smart HTTP (git http-backend on loopback), pinned as ref.commit and locked.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkFetcher } from '../../src/adapters/source-fetcher.ts';
import { runWorkspace } from '../../src/app/workspace.ts';
import { effectiveRef } from '../../src/sources/plan.ts';
import { resolveSources } from '../../src/sources/resolve-sources.ts';
import type { CacheEntry, GitRef, GitRequest, SourceCache } from '../../src/sources/types.ts';
import { crdErrors } from '../helpers/crds.ts';
import { errors, spoke } from '../helpers/results.ts';
import { makeRemote, serveGitHttp, type GitHttpServer, type GitRemote } from '../helpers/git-server.ts';
import { writeSpecRepo } from '../helpers/spec-repo.ts';

const NOW = new Date('2026-11-22T12:00:00Z');

function memoryCache(): SourceCache {
  const m = new Map<string, CacheEntry<unknown>>();
  return {
    location: 'memory',
    read: <T>(k: string) => m.get(k) as CacheEntry<T> | undefined,
    write: (k, data, fetchedAt) => void m.set(k, { data, fetchedAt }),
  };
}

describe('git sources', () => {
  let remote: GitRemote;
  let http: GitHttpServer;
  let secured: GitHttpServer;
  const dirs: string[] = [];

  beforeAll(async () => {
    remote = makeRemote();
    http = await serveGitHttp(remote.root);
    secured = await serveGitHttp(remote.root, { auth: { username: 'bot', password: 'g1t-t0ken-value' } });
  });
  afterAll(async () => {
    await http.close();
    await secured.close();
    remote.cleanup();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('over file://: branches, lightweight and annotated (peeled) tags, semver over tags, full ref names', async () => {
    const req = (ref: GitRef): GitRequest => ({
      type: 'git',
      key: JSON.stringify(ref),
      url: remote.fileUrl,
      ref: effectiveRef(ref),
      at: { file: 'x.yaml', line: 1, column: 1 },
    });
    const refs: GitRef[] = [
      { branch: 'main' },
      { tag: 'v1.0.0' },
      { tag: 'v1.1.0' },
      { semver: '>=1.0.0 <2' },
      { semver: '>=1.2.0-0 <2' },
      { semver: '*' },
      { name: 'refs/heads/release/1.x' },
    ];
    const { resolutions, diagnostics } = await resolveSources(refs.map(req), {
      fetcher: networkFetcher({ timeoutMs: 20_000, env: {} }),
      cache: memoryCache(),
      policy: { offline: false, ttlSeconds: 600, now: NOW },
      concurrency: 3,
    });
    expect(diagnostics).toEqual([]);
    const commit = (ref: GitRef) => {
      const r = resolutions.get(JSON.stringify(ref));
      return r?.type === 'git' ? r.commit : undefined;
    };
    expect(commit({ branch: 'main' })).toBe(remote.commitOf('main'));
    expect(commit({ tag: 'v1.0.0' })).toBe(remote.commitOf('v1.0.0^{commit}'));
    expect(commit({ tag: 'v1.1.0' })).toBe(remote.commitOf('v1.1.0^{commit}')); // not the tag object
    expect(commit({ semver: '>=1.0.0 <2' })).toBe(remote.commitOf('v1.1.0^{commit}'));
    expect(commit({ semver: '>=1.2.0-0 <2' })).toBe(remote.commitOf('v1.2.0-rc.1^{commit}'));
    expect(commit({ semver: '*' })).toBe(remote.commitOf('v2.0.0^{commit}'));
    expect(commit({ name: 'refs/heads/release/1.x' })).toBe(remote.commitOf('release/1.x'));
  });

  it('over smart HTTP: the kustomize component pins ref.commit and the lock records it', async () => {
    const url = `${http.url}/deploy.git`;
    const repo = writeSpecRepo({ components: [{ name: 'app', type: 'kustomize', properties: { url, ref: { semver: '~1.0' }, path: './app' } }] });
    dirs.push(repo);
    const r = await runWorkspace({ repo, now: NOW });
    expect(errors(r)).toEqual([]);
    const [gitRepo] = spoke(r, 'GitRepository');
    expect(gitRepo.spec).toEqual({ interval: '10m', url, ref: { commit: remote.commitOf('v1.0.0^{commit}') } });
    const [ks] = spoke(r, 'Kustomization');
    expect(ks.spec).toEqual({ interval: '10m', path: './app', prune: true, sourceRef: { kind: 'GitRepository', name: 'app' } });
    for (const o of [gitRepo, ks]) expect(crdErrors(o)).toEqual([]);
    expect(r.lock?.sources).toEqual({ [`git:${url}#semver=~1.0`]: { type: 'git', url, ref: { semver: '~1.0' }, commit: remote.commitOf('v1.0.0^{commit}') } });
  });

  it('a branch keeps its name beside the pinned commit; pin: false keeps the ref as written', async () => {
    const url = `${http.url}/deploy.git`;
    const repo = writeSpecRepo({
      components: [
        { name: 'pinned', type: 'kustomize', properties: { url, ref: { branch: 'release/1.x' } } },
        { name: 'floating', type: 'kustomize', properties: { url, ref: { branch: 'main' }, pin: false } },
      ],
    });
    dirs.push(repo);
    const r = await runWorkspace({ repo, now: NOW });
    expect(errors(r)).toEqual([]);
    const byName = Object.fromEntries(spoke(r, 'GitRepository').map((g) => [g.metadata.name, g.spec]));
    expect(byName.pinned).toMatchObject({ ref: { branch: 'release/1.x', commit: remote.commitOf('release/1.x') } });
    expect(byName.floating).toMatchObject({ ref: { branch: 'main' } });
    expect(
      Object.values(r.lock!.sources!)
        .map((s) => s.commit)
        .sort(),
    ).toEqual([remote.commitOf('main'), remote.commitOf('release/1.x')].sort());
  });

  it('unknown branch: did-you-mean; bad credentials: an auth error that never shows the token', async () => {
    const repo = writeSpecRepo({
      components: [
        { name: 'typo', type: 'kustomize', properties: { url: `${http.url}/deploy.git`, ref: { branch: 'mian' } } },
        { name: 'private', type: 'kustomize', properties: { url: `${secured.url}/deploy.git`, ref: { tag: 'v2.0.0' }, secretRef: 'git-auth' } },
      ],
    });
    dirs.push(repo);
    const bad = await runWorkspace({ repo, now: NOW, env: { HUBCAST_SECRET_GIT_AUTH_USERNAME: 'bot', HUBCAST_SECRET_GIT_AUTH_PASSWORD: 'not-the-token' } });
    const msgs = errors(bad);
    expect(msgs).toContainEqual(
      expect.stringMatching(
        /git http:\/\/127\.0\.0\.1:\d+\/deploy\.git branch mian: the remote has no refs\/heads\/mian \[git-ref-not-found\]\n {2}hint: did you mean "main"\?/,
      ),
    );
    expect(msgs).toContainEqual(
      expect.stringMatching(
        /authentication failed for http:\/\/127\.0\.0\.1:\d+\/deploy\.git \[source-auth\]\n {2}hint: hubcast reads the credentials of Secret "git-auth" from HUBCAST_SECRET_GIT_AUTH_USERNAME/,
      ),
    );
    expect(msgs.join('\n')).not.toContain('not-the-token');

    const good = await runWorkspace({
      repo,
      now: NOW,
      cacheDir: `${repo}/cache2`,
      env: { HUBCAST_SECRET_GIT_AUTH_USERNAME: 'bot', HUBCAST_SECRET_GIT_AUTH_PASSWORD: 'g1t-t0ken-value' },
    });
    expect(errors(good).filter((m) => m.includes('private'))).toEqual([]);
    expect(spoke(good, 'GitRepository').find((g) => g.metadata.name === 'private')?.spec).toMatchObject({
      ref: { commit: remote.commitOf('v2.0.0^{commit}') },
      secretRef: { name: 'git-auth' },
    });
  });
});
