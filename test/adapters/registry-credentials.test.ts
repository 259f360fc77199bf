// Registry credentials: the environment first, then a Docker config's `auths`; plain HTTP only to
// loopback unless asked.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isLoopbackHost, OciRegistryClient } from '../../src/adapters/oci-registry.ts';
import { dockerConfigCredentials, registryCredentials } from '../../src/adapters/registry-credentials.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dockerConfig(json: unknown): string {
  const d = mkdtempSync(join(tmpdir(), 'hubcast-docker-'));
  dirs.push(d);
  writeFileSync(join(d, 'config.json'), typeof json === 'string' ? json : JSON.stringify(json));
  return d;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('registry credentials', () => {
  it('takes HUBCAST_OCI_TOKEN, then HUBCAST_OCI_USERNAME/PASSWORD, before any Docker config', () => {
    const d = dockerConfig({ auths: { 'ghcr.io': { auth: b64('docker:pw') } } });
    expect(registryCredentials('ghcr.io', { DOCKER_CONFIG: d, HUBCAST_OCI_TOKEN: 't0k' })).toEqual({ token: 't0k' });
    expect(registryCredentials('ghcr.io', { DOCKER_CONFIG: d, HUBCAST_OCI_USERNAME: 'u', HUBCAST_OCI_PASSWORD: 'p' })).toEqual({
      username: 'u',
      password: 'p',
    });
    expect(registryCredentials('ghcr.io', { DOCKER_CONFIG: d })).toEqual({ username: 'docker', password: 'pw' });
  });

  it('finds the auths entry whatever form its key takes, and nothing for another registry', () => {
    const cfg = {
      auths: { 'https://registry.example.com:5000/v1/': { auth: b64('a:b:c') }, 'https://index.docker.io/v1/': { username: 'hub', password: 'x' } },
    };
    expect(dockerConfigCredentials(cfg, 'registry.example.com:5000')).toEqual({ username: 'a', password: 'b:c' });
    expect(dockerConfigCredentials(cfg, 'docker.io')).toEqual({ username: 'hub', password: 'x' });
    expect(dockerConfigCredentials(cfg, 'ghcr.io')).toBeUndefined();
    expect(dockerConfigCredentials({ credsStore: 'desktop' }, 'ghcr.io')).toBeUndefined();
  });

  it('a missing or broken Docker config means anonymous', () => {
    expect(registryCredentials('ghcr.io', { DOCKER_CONFIG: join(tmpdir(), 'hubcast-no-such-dir') })).toBeUndefined();
    expect(registryCredentials('ghcr.io', { DOCKER_CONFIG: dockerConfig('{not json') })).toBeUndefined();
  });
});

describe('plain HTTP', () => {
  it('only to a loopback registry, or when asked', () => {
    expect(['127.0.0.1:5000', 'localhost:5000', '[::1]:5000', '127.1.2.3'].every(isLoopbackHost)).toBe(true);
    expect(['registry.example.com', '10.0.0.1:5000', '127.example.com'].some(isLoopbackHost)).toBe(false);
    expect(new OciRegistryClient('127.0.0.1:5000', { timeoutMs: 1000 }).base).toBe('http://127.0.0.1:5000');
    expect(new OciRegistryClient('registry.example.com', { timeoutMs: 1000 }).base).toBe('https://registry.example.com');
    expect(new OciRegistryClient('registry.example.com', { timeoutMs: 1000, insecure: true }).base).toBe('http://registry.example.com');
  });
});
