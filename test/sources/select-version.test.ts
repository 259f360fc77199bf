import { describe, expect, it } from 'vitest';
import { isExactVersion, nearestHint, selectChartVersion, selectTag, tagToVersion, versionToTag } from '../../src/sources/select-version.ts';

const index = [
  { version: '7.0.0-rc.1', created: '2026-03-01T00:00:00Z' },
  { version: '6.9.3', created: '2026-02-01T00:00:00Z' },
  { version: '6.10.0', created: '2026-02-15T00:00:00Z' },
  { version: '6.5.4', created: '2026-01-01T00:00:00Z' },
  { version: '6.5.4+build.2', created: '2026-01-03T00:00:00Z' },
  { version: '6.5.4+build.1', created: '2026-01-02T00:00:00Z' },
  { version: '6.4.0', created: '2025-12-01T00:00:00Z' },
  { version: 'v5.0.0', created: '2025-01-01T00:00:00Z' },
  { version: '1.2', created: '2025-01-01T00:00:00Z' },
];

const pick = (range: string) => {
  const s = selectChartVersion(index, range);
  return s.ok ? s.pick.version : s;
};

describe('Helm index selection (source-controller chart_repository.go)', () => {
  it('takes the highest version satisfying the range, numerically (6.10 > 6.9)', () => {
    expect(pick('>=6.5 <7')).toBe('6.10.0');
    expect(pick('~6.9')).toBe('6.9.3');
  });

  it('"" and "*" mean the latest stable version', () => {
    expect(pick('*')).toBe('6.10.0');
    expect(pick('')).toBe('6.10.0');
  });

  it('prereleases only when the range names one', () => {
    expect(pick('>=6.5.0-0 <8')).toBe('7.0.0-rc.1');
    expect(pick('>=6.5 <8')).toBe('6.10.0');
  });

  it('an exact string match wins before any semver logic', () => {
    expect(pick('6.5.4+build.1')).toBe('6.5.4+build.1');
    expect(pick('1.2')).toBe('1.2'); // not semver, but present verbatim: Flux takes it
    expect(pick('v5.0.0')).toBe('v5.0.0');
  });

  it('versions equal but for build metadata: the most recently created wins', () => {
    expect(pick('6.5.4 - 6.5.4')).toBe('6.5.4+build.2');
    expect(pick('~6.5.0')).toBe('6.5.4+build.2');
  });

  it('reports the nearest versions and the prereleases a range excludes', () => {
    const s = selectChartVersion(index, '>=7');
    expect(s.ok).toBe(false);
    if (s.ok || s.reason !== 'no-match') throw new Error('expected no-match');
    expect(s.nearest[0]).toBe('6.10.0');
    expect(s.prereleases).toEqual([]);
    const t = selectChartVersion(index, '>6.10.0 <8');
    if (t.ok || t.reason !== 'no-match') throw new Error('expected no-match');
    expect(t.prereleases).toEqual(['7.0.0-rc.1']);
    expect(nearestHint(t)).toMatch(/nearest versions: 6\.10\.0.*prereleases that would match .*7\.0\.0-rc\.1/);
  });

  it('an invalid range is an error, not "no match"', () => {
    const s = selectChartVersion(index, '>=six');
    expect(s.ok ? 'ok' : s.reason).toBe('invalid-range');
  });
});

describe('tags (OCI, git)', () => {
  it('maps OCI tags with _ to + and back', () => {
    expect(tagToVersion('1.2.3_build.4')).toBe('1.2.3+build.4');
    expect(versionToTag('1.2.3+build.4')).toBe('1.2.3_build.4');
    const s = selectTag(['1.2.3', '1.2.4_build.1', '1.2.4_build.2', 'latest', '2.0.0-beta.1'], '~1.2', tagToVersion);
    expect(s.ok && s.pick).toBe('1.2.4_build.2');
  });

  it('git tags with a leading v, ignoring tags that are not full versions', () => {
    const s = selectTag(['v1.0.0', 'v1.1.0', 'v1.2', 'release-2', 'v2.0.0'], '<2.0.0');
    expect(s.ok && s.pick).toBe('v1.1.0');
  });

  it('knows an exact version (used directly as the OCI tag)', () => {
    expect(isExactVersion('6.5.4')).toBe(true);
    expect(isExactVersion('>=6.5')).toBe(false);
    expect(isExactVersion('6.5')).toBe(false);
  });
});
