// Flux artifacts built by hubcast: the same files give the same bytes in any order, on any machine
// (another umask, time zone or working directory), in the format `flux push artifact` writes, and
// every manifest validates against the OCI image-spec schema.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extract } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { buildLayer, checkArtifactPath, readLayer } from '../../src/deliver/oci-artifact.ts';
import { buildFluxArtifact, configDiffId, fluxRevision, parseFluxManifest, rfc3339 } from '../../src/deliver/oci-manifest.ts';
import { validOciManifest } from '../helpers/oci-manifest-schema.ts';

const files: Array<[string, string]> = [
  ['clusters/a/kustomization.yaml', 'resources:\n- manifestwork-x.yaml\n'],
  ['clusters/a/manifestwork-x.yaml', 'kind: ManifestWork\n'],
  ['hubcast.lock.json', '{}\n'],
  [`clusters/a/spoke/${'long-name-'.repeat(12)}/deployment-web.yaml`, 'kind: Deployment\n'],
];
const meta = { source: 'https://git.example.com/org/specs.git', revision: fluxRevision('a'.repeat(40), 'main'), created: rfc3339('2026-11-20T13:14:15+01:00') };

async function headers(tar: Buffer) {
  const out: Array<{ name: string; mode?: number; uid?: number; gid?: number; uname?: string; gname?: string; mtime?: Date; type?: string | null }> = [];
  const ex = extract();
  const done = (async () => {
    for await (const e of ex) {
      out.push(e.header);
      e.resume();
    }
  })();
  ex.end(tar);
  await done;
  return out;
}

describe('reproducible artifact layer', () => {
  it('gives the same digest whatever order the files come in', async () => {
    const a = await buildLayer(files);
    const b = await buildLayer([...files].reverse());
    expect(b.digest).toBe(a.digest);
    expect(b.blob.equals(a.blob)).toBe(true);
  });

  it('writes sorted regular files with fixed owner, mode and time, long paths intact', async () => {
    const layer = await buildLayer(files);
    const tar = gunzipSync(layer.blob);
    expect(`sha256:${createHash('sha256').update(tar).digest('hex')}`).toBe(layer.diffId);
    const hs = await headers(tar);
    expect(hs.map((h) => h.name)).toEqual([...files.map((f) => f[0])].sort());
    for (const h of hs) {
      expect(h).toMatchObject({ mode: 0o644, uid: 0, gid: 0, uname: '', gname: '', type: 'file' });
      expect(h.mtime?.getTime()).toBe(0);
    }
    // gzip header: no timestamp, fixed OS byte (RFC 1952: bytes 4-7 MTIME, byte 9 OS).
    expect([...layer.blob.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
  });

  it('is read by GNU tar as written: owner 0/0, mode 0644, the epoch, PAX for paths ustar cannot hold', () => {
    const odd: Array<[string, string]> = [...files, [`clusters/${'x'.repeat(120)}.yaml`, 'a\n'], ['clusters/ünïcode/ß.yaml', 'b\n']];
    const dir = mkdtempSync(join(tmpdir(), 'hubcast-tar-'));
    try {
      writeFileSync(join(dir, 'layer.tgz'), buildLayer(odd).blob);
      const r = spawnSync('tar', ['--numeric-owner', '--utc', '-tvzf', join(dir, 'layer.tgz')], {
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C.UTF-8' },
        timeout: 10_000,
      });
      expect(r.status, r.stderr).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines.map((l) => l.replace(/^.* 1970-01-01 00:00 /, ''))).toEqual(odd.map((f) => f[0]).sort());
      for (const l of lines) expect(l).toMatch(/^-rw-r--r-- 0\/0 +\d+ 1970-01-01 00:00 /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('unpacks to the same files, long and non-ASCII paths included', async () => {
    const odd: Array<[string, string]> = [...files, [`clusters/${'x'.repeat(120)}.yaml`, 'a\n'], ['clusters/ünïcode/ß.yaml', 'b\n']];
    const back = await readLayer(buildLayer(odd).blob);
    expect([...back].map(([p, b]) => [p, b.toString()]).sort()).toEqual([...odd].sort());
  });

  it('has the same digest in another process with another umask, time zone and working directory', async () => {
    const local = (await buildLayer(files)).digest;
    const script = `import { buildLayer } from ${JSON.stringify(join(process.cwd(), 'src/deliver/oci-artifact.ts'))}; const f = JSON.parse(process.env.FILES); console.log((await buildLayer(f)).digest);`;
    for (const [umask, tz] of [
      ['077', 'Pacific/Kiritimati'],
      ['002', 'America/St_Johns'],
    ]) {
      const r = spawnSync('sh', ['-c', `umask ${umask} && exec node --import "$TSX" --input-type=module -e "$SCRIPT"`], {
        cwd: tmpdir(),
        env: {
          ...process.env,
          TZ: tz,
          FILES: JSON.stringify(files),
          SCRIPT: script,
          TSX: pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href,
        },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe(local);
    }
  }, 60_000);

  it('rejects paths that would leave the unpack folder', () => {
    for (const bad of ['../x', '/etc/passwd', 'a/../../b', 'a//b', './a']) expect(() => checkArtifactPath(bad)).toThrow(/not a plain relative path/);
  });

  it('refuses a layer that unpacks past the limit', async () => {
    const big = await buildLayer([['big.yaml', 'x'.repeat(4096)]]);
    await expect(readLayer(big.blob, 1024)).rejects.toThrow(/more than 1024 bytes/);
  });
});

describe('Flux artifact manifest', () => {
  it('has the media types and annotations flux push artifact writes', async () => {
    const art = await buildFluxArtifact(files, meta);
    const m = JSON.parse(art.manifest.toString());
    expect(m).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.cncf.flux.config.v1+json',
        size: art.config.length,
        digest: `sha256:${createHash('sha256').update(art.config).digest('hex')}`,
      },
      layers: [{ mediaType: 'application/vnd.cncf.flux.content.v1.tar+gzip', size: art.layer.blob.length, digest: art.layer.digest }],
      annotations: {
        'org.opencontainers.image.created': '2026-11-20T12:14:15Z',
        'org.opencontainers.image.revision': `main@sha1:${'a'.repeat(40)}`,
        'org.opencontainers.image.source': 'https://git.example.com/org/specs.git',
      },
    });
    expect(validOciManifest(m)).toEqual([]);
    expect(art.digest).toBe(`sha256:${createHash('sha256').update(art.manifest).digest('hex')}`);
    expect(parseFluxManifest(art.manifest)?.layer.digest).toBe(art.layer.digest);
  });

  it('writes the config go-containerregistry marshals: created and the layer diff_id', async () => {
    const art = await buildFluxArtifact(files, meta);
    expect(art.config.toString()).toBe(
      `{"architecture":"","created":"2026-11-20T12:14:15Z","history":[{"created":"0001-01-01T00:00:00Z"}],"os":"","rootfs":{"type":"layers","diff_ids":["${art.layer.diffId}"]},"config":{}}`,
    );
    expect(configDiffId(art.config)).toBe(art.layer.diffId);
  });

  it('is the same to the byte for the same files and commit (a pinned digest catches any drift)', async () => {
    const a = await buildFluxArtifact(files, meta);
    const b = await buildFluxArtifact([...files].reverse(), meta);
    expect(b.digest).toBe(a.digest);
    expect(a.layer.digest).toBe(PINNED_LAYER);
  });

  it('the schema fixture rejects what the spec rejects', () => {
    expect(validOciManifest({ schemaVersion: 2, config: { mediaType: 'a/b', size: 1, digest: 'sha256:00' }, layers: [] })).not.toEqual([]);
    expect(
      validOciManifest({
        schemaVersion: 1,
        config: { mediaType: 'a/b', size: 1, digest: 'sha256:00' },
        layers: [{ mediaType: 'a/b', size: 1, digest: 'sha256:00' }],
      }),
    ).not.toEqual([]);
    expect(
      validOciManifest({
        schemaVersion: 2,
        config: { mediaType: 'not a media type', size: 1, digest: 'sha256:00' },
        layers: [{ mediaType: 'a/b', size: 1, digest: 'x' }],
      }),
    ).not.toEqual([]);
  });
});

const PINNED_LAYER = 'sha256:7e190097117be928d8c283e7f69463f8d5a4cc6d5551768b54d4d83efc808c3e';
