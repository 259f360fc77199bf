import { describe, expect, it } from 'vitest';
import { cacheKeys, reusable, urlSlug } from '../../src/sources/cache-policy.ts';
import { credentialsFor, redactUrl, secretEnvPrefix } from '../../src/sources/credentials.ts';

const now = new Date('2026-11-22T12:00:00Z');
const entry = (ageSeconds: number) => ({ fetchedAt: new Date(now.getTime() - ageSeconds * 1000).toISOString(), data: {} });

describe('source cache policy', () => {
  it('reuses listings within the TTL, anything offline, and exact-version answers forever', () => {
    const online = { offline: false, ttlSeconds: 600, now };
    expect(reusable(entry(10), online)).toBe(true);
    expect(reusable(entry(601), online)).toBe(false);
    expect(reusable(entry(86400 * 365), online, true)).toBe(true);
    expect(reusable(entry(86400 * 365), { ...online, offline: true })).toBe(true);
    expect(reusable(undefined, { ...online, offline: true })).toBe(false);
    expect(reusable(entry(-5), online)).toBe(false); // a clock that went backwards: refetch
  });

  it('names cache files readably, per repository (and per revision for immutable answers), without credentials', () => {
    expect(cacheKeys.helmIndex('https://charts.example.com/stable')).toMatch(/^helm-index\/charts\.example\.com_stable-[0-9a-f]{12}$/);
    expect(cacheKeys.ociDigest('oci://r.example/charts/podinfo', '1.2.3_b')).toMatch(/^oci-digest\/r\.example_charts_podinfo-[0-9a-f]{12}\/1\.2\.3_b$/);
    expect(urlSlug('https://user:hunter2@git.example/x.git')).not.toContain('hunter2');
    expect(urlSlug('https://a.example/x')).not.toBe(urlSlug('https://a.example/x/'));
  });
});

describe('credentials', () => {
  it('come from HUBCAST_SECRET_<SECRET NAME> variables, and URLs in messages lose their user:password', () => {
    expect(secretEnvPrefix('charts-auth.v2')).toBe('HUBCAST_SECRET_CHARTS_AUTH_V2');
    expect(credentialsFor('charts-auth', { HUBCAST_SECRET_CHARTS_AUTH_TOKEN: 't' })).toEqual({ token: 't', username: undefined, password: undefined });
    expect(credentialsFor('charts-auth', {})).toBeUndefined();
    expect(credentialsFor(undefined, { HUBCAST_SECRET__TOKEN: 't' })).toBeUndefined();
    expect(redactUrl('https://bot:s3cret@git.example/x.git')).toBe('https://***@git.example/x.git');
  });
});
