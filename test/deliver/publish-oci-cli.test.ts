// `hubcast publish --to oci://` end to end: a real spec clone (the per-cluster fleet example) rendered,
// pushed to a real registry on loopback, pulled back and compared with the render byte for byte.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { OciRegistryClient } from '../../src/adapters/oci-registry.ts';
import { pullRender } from '../../src/deliver/oci-pull.ts';
import { runPublish } from '../../src/app/publisher.ts';
import { ociPublishText } from '../../src/app/publish-report.ts';
import { commit, git, sandbox, type Sandbox } from '../helpers/git.ts';
import { reviewSides } from '../../src/app/review-sources.ts';
import { diffSides } from '../../src/review/change-set.ts';
import { totalChanges } from '../../src/review/model.ts';
import { registryMissing, startRegistry, type Registry } from '../helpers/oci-registry.ts';
import { startRegistryProxy } from '../helpers/registry-proxy.ts';

let registry: Registry;
let sb: Sandbox;
beforeAll(async () => {
  const missing = registryMissing();
  if (missing) throw new Error(missing);
  registry = await startRegistry();
}, 30_000);
afterAll(() => registry?.stop());
beforeEach(() => {
  sb = sandbox('fleet', 'as-is');
});
afterEach(() => sb.cleanup());

/** Point flux.url at the registry, so the rendered Flux objects pull the artifacts. */
function useRegistry(host: string, repository: string): string {
  const config = readFileSync(join(sb.src, 'hubcast.yaml'), 'utf8').replace(
    /url: https:\/\/git\.example\.com\/acme\/fleet\.git.*/,
    `url: oci://${host}/${repository}\n  tag: prod\n  insecure: true`,
  );
  return commit(sb.src, { 'hubcast.yaml': config }, 'Publish to OCI');
}

const noErrors = (r: Awaited<ReturnType<typeof runPublish>>) => expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

describe('hubcast publish --to oci://', () => {
  it('pushes one artifact per cluster plus the hub, which pull back to the render byte for byte', async () => {
    const head = useRegistry(registry.host, 'acme/fleet');
    const r = await runPublish({ repo: sb.src });
    noErrors(r);
    expect(r.exitCode).toBe(0);
    const report = r.ociReport!;
    const tree = r.pipeline!.tree!;
    const clusters = new Set([...tree.keys()].map((p) => /^clusters\/([^/]+)\//.exec(p)?.[1]).filter(Boolean));
    expect(clusters.size).toBeGreaterThan(1);
    expect(report.artifacts.length).toBe(clusters.size + 1);
    expect(report).toMatchObject({ outcome: 'published', commitTag: head, tag: 'prod', revision: `main@sha1:${head}` });

    const back = await pullRender(new OciRegistryClient(registry.host, { timeoutMs: 10_000 }), 'acme/fleet', 'prod');
    const lock = JSON.parse(back.get('hubcast.lock.json')!);
    expect(Object.keys(lock.artifacts).sort()).toEqual([...clusters].map((c) => `acme/fleet/clusters/${c}`).sort());
    expect(lock.sourceCommit).toBe(head);
    const { artifacts: _, ...rest } = lock;
    expect(rest).toEqual(JSON.parse(tree.get('hubcast.lock.json')!));
    back.delete('hubcast.lock.json');
    const rendered = new Map(tree);
    rendered.delete('hubcast.lock.json');
    expect([...back.keys()].sort()).toEqual([...rendered.keys()].sort());
    for (const [path, text] of rendered) expect(back.get(path), path).toBe(text);
    // The Flux objects in the hub artifact pull from this registry.
    expect(back.get('flux/ocirepository-hubcast.yaml')).toContain(`url: oci://${registry.host}/acme/fleet`);
    expect(ociPublishText(report)).toMatch(
      new RegExp(`^oci://${registry.host}/acme/fleet: published ${report.artifacts.length} artifacts from source ${head.slice(0, 7)}`),
    );
  });

  it('publishing the same commit again pushes nothing and says so', async () => {
    useRegistry(registry.host, 'again/fleet');
    expect((await runPublish({ repo: sb.src })).exitCode).toBe(0);
    const proxy = await startRegistryProxy({ upstream: registry.host });
    try {
      const r = await runPublish({ repo: sb.src, to: `oci://${proxy.host}/again/fleet` });
      noErrors(r);
      expect(r.ociReport?.outcome).toBe('unchanged');
      expect(proxy.writes()).toEqual([]);
      expect(ociPublishText(r.ociReport!)).toContain('nothing changed');
    } finally {
      await proxy.stop();
    }
  });

  it('--dry-run lists what would be pushed and pushes nothing', async () => {
    useRegistry(registry.host, 'dry/fleet');
    const r = await runPublish({ repo: sb.src, dryRun: true });
    noErrors(r);
    expect(r.ociReport?.outcome).toBe('dry-run');
    expect(r.ociReport?.artifacts.every((a) => a.status === 'would-push' && a.moved)).toBe(true);
    expect(await new OciRegistryClient(registry.host, { timeoutMs: 10_000 }).resolve('dry/fleet', 'prod')).toBeUndefined();
    expect(ociPublishText(r.ociReport!)).toMatch(/would push \d+ of \d+ artifacts .* \(dry run: nothing pushed\)/);
  });

  it('a bad target is a usage error before anything is rendered or pushed', async () => {
    const r = await runPublish({ repo: sb.src, to: 'oci://localhost:5000/Fleet' });
    expect(r.exitCode).toBe(1);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      '"Fleet" in oci://localhost:5000/Fleet is not a repository name (lowercase letters, digits, and . _ - / between them)',
    ]);
    expect((await runPublish({ repo: sb.src, to: 'oci://localhost:5000/fleet', mode: 'pr' })).exitCode).toBe(1);
  });

  it('an unreachable registry or a refused login is exit 2 naming the registry and repository, secrets never printed', async () => {
    useRegistry(registry.host, 'auth/fleet');
    const proxy = await startRegistryProxy({ upstream: registry.host, auth: { scheme: 'basic', username: 'ci', password: 'right' } });
    try {
      const r = await runPublish({
        repo: sb.src,
        to: `oci://${proxy.host}/auth/fleet`,
        env: { ...process.env, HUBCAST_OCI_USERNAME: 'ci', HUBCAST_OCI_PASSWORD: 'hunter2-wrong' },
      });
      expect(r.exitCode).toBe(2);
      const [d] = r.diagnostics.filter((x) => x.severity === 'error');
      expect(d.message).toMatch(new RegExp(`^registry ${proxy.host}, repository auth/fleet/clusters/[a-z0-9-]+: .* failed: HTTP 401 \\(not authenticated\\)$`));
      expect(d.hint).toContain('HUBCAST_OCI_USERNAME');
      expect(JSON.stringify(r.diagnostics)).not.toContain('hunter2');
      expect(proxy.writes()).toEqual([]);
    } finally {
      await proxy.stop();
    }
    // Refused connections are retried (three times, backing off): 1 ms apart here, not 0.5-2 s.
    const down = await runPublish({ repo: sb.src, to: 'oci://127.0.0.1:9/down/fleet', retryBaseMs: 1 });
    expect(down.exitCode).toBe(2);
    expect(down.diagnostics.find((x) => x.severity === 'error')?.message).toMatch(
      /^registry 127\.0\.0\.1:9, repository down\/fleet\/clusters\/.*: reading manifest .* failed: cannot reach/,
    );
    expect(git(sb.src, 'status', '--porcelain')).toBe('');
  }, 60_000);

  it('diff --base oci:// compares the working tree with what the fleet pulls', async () => {
    useRegistry(registry.host, 'diff/fleet');
    expect((await runPublish({ repo: sb.src })).exitCode).toBe(0);
    const url = `oci://${registry.host}/diff/fleet:prod`;
    const same = await reviewSides({ repo: sb.src, base: url });
    expect(same.base.label).toBe(url);
    expect(totalChanges(diffSides(same.base, same.head, { context: 3, ignore: [] }).totals)).toBe(0);
    const profile = git(sb.src, 'ls-files')
      .split('\n')
      .find((f) => f.endsWith('.yaml') && /replicas: \d+/.test(readFileSync(join(sb.src, f), 'utf8')))!;
    const text = readFileSync(join(sb.src, profile), 'utf8');
    const changed = text.replace(/replicas: (\d+)/, (_m, n) => `replicas: ${Number(n) + 1}`);
    expect(changed).not.toBe(text);
    commit(sb.src, { [profile]: changed }, 'More replicas');
    const next = await reviewSides({ repo: sb.src, base: url });
    expect(totalChanges(diffSides(next.base, next.head, { context: 3, ignore: [] }).totals)).toBeGreaterThan(0);
    await expect(reviewSides({ repo: sb.src, base: `oci://${registry.host}/diff/fleet:nope` })).rejects.toThrow(/diff\/fleet:nope does not exist/);
  });
});
