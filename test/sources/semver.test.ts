// Constraint matching must give Flux's answer (Masterminds/semver v3.4+). Where npm `semver`
// answers differently the test says so, so a future "simplification" to npm semver fails here.

import npmSemver from 'semver';
import { describe, expect, it } from 'vitest';
import { compareVersions, parseConstraint, parseVersion, satisfies } from '../../src/sources/semver.ts';

function ours(range: string, version: string): boolean {
  const { constraint, error } = parseConstraint(range);
  if (!constraint) throw new Error(error);
  const v = parseVersion(version);
  if (!v) throw new Error(`not a version: ${version}`);
  return satisfies(v, constraint);
}

const npm = (range: string, version: string): boolean => npmSemver.satisfies(version, range);

describe('Masterminds constraints (as Flux reads them)', () => {
  it.each([
    ['>=6.5 <7', '6.9.3', true],
    ['>=6.5 <7', '7.0.0', false],
    ['>=6.5 <7', '6.4.9', false],
    ['>=6.5 <7', '7.0.0-rc.1', false],
    ['*', '3.0.0', true],
    ['*', '3.0.0-rc2', false],
    ['1.2.x', '1.2.9', true],
    ['1.2.x', '1.3.0', false],
    ['1.x', '1.9.0', true],
    ['~1.2.3', '1.2.9', true],
    ['~1.2.3', '1.3.0', false],
    ['~1', '1.9.0', true],
    ['^1.2.3', '1.9.9', true],
    ['^1.2.3', '2.0.0', false],
    ['^0.2.3', '0.2.9', true],
    ['^0.2.3', '0.3.0', false],
    ['^0.0.3', '0.0.3', true],
    ['^0.0.3', '0.0.4', false],
    ['1.2 - 1.4', '1.4.7', true],
    ['1.2 - 1.4', '1.5.0', false],
    ['>11', '11.5.0', false],
    ['>11', '12.0.0', true],
    ['>1.1', '1.1.5', false],
    ['>1.1', '1.2.0', true],
    ['<=1.2', '1.2.9', true],
    ['<=1.2', '1.3.0', false],
    ['1.2.3', '1.2.3+build.5', true],
    ['=1.2.3', '1.2.4', false],
    ['v1.2.3', 'v1.2.3', true],
    ['>=1.0.0 <2.0.0 || >=3.0.0', '3.1.0', true],
    ['>=1.0.0 <2.0.0 || >=3.0.0', '2.5.0', false],
  ])('%s matches %s: %s', (range, version, expected) => {
    expect(ours(range, version)).toBe(expected);
  });

  it('rejects what Masterminds rejects', () => {
    for (const bad of ['', 'latest', '>=', '1.2.3.4', '>>1', 'x.y', '1.2 <', '>=1.0.0 ||| <2']) expect(parseConstraint(bad).error, bad).toBeDefined();
  });

  it('parses candidate versions strictly, with an optional leading v (fluxcd/pkg ParseVersion)', () => {
    expect(parseVersion('v1.2.3')?.major).toBe(1);
    expect(parseVersion('1.2.3-rc.1+build.7')?.pre).toBe('rc.1');
    for (const bad of ['1.2', 'v1', '01.2.3', '1.2.3-01', 'latest', '1.2.3 ']) expect(parseVersion(bad), bad).toBeUndefined();
  });

  it('orders prereleases by the semver spec and ignores build metadata', () => {
    const order = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    for (let i = 1; i < order.length; i++) expect(compareVersions(parseVersion(order[i])!, parseVersion(order[i - 1])!), order[i]).toBe(1);
    expect(compareVersions(parseVersion('1.0.0+a')!, parseVersion('1.0.0+b')!)).toBe(0);
  });
});

describe('where npm semver answers differently, hubcast follows Flux', () => {
  it('a prerelease in an AND group admits prereleases of any version (npm: only the same MAJOR.MINOR.PATCH)', () => {
    expect(ours('>=1.0.0-0 <2.0.0', '1.5.0-beta.1')).toBe(true);
    expect(npm('>=1.0.0-0 <2.0.0', '1.5.0-beta.1')).toBe(false);
    expect(ours('~1.2.3-beta', '1.2.4-alpha')).toBe(true);
    expect(npm('~1.2.3-beta', '1.2.4-alpha')).toBe(false);
  });

  it('but not across || groups (Masterminds v3.4)', () => {
    expect(ours('>1.0.0-beta.1 <2 || >3', '1.2.0-rc.1')).toBe(true);
    expect(ours('>1.0.0-beta.1 <2 || >3', '3.1.0-rc.1')).toBe(false);
  });

  it('"," is AND (npm: not a valid range)', () => {
    expect(ours('>=1.2, <2', '1.5.0')).toBe(true);
    expect(ours('>=1.2, <2', '2.0.0')).toBe(false);
    expect(npmSemver.validRange('>=1.2, <2')).toBeNull();
  });

  it('!= and x wildcards in it exist (npm: not a valid range)', () => {
    expect(ours('!=1.2.3', '1.2.4')).toBe(true);
    expect(ours('!=1.2.3', '1.2.3')).toBe(false);
    expect(ours('!=1.x', '1.5.0')).toBe(false);
    expect(ours('!=1.x', '2.0.0')).toBe(true);
    expect(npmSemver.validRange('!=1.2.3')).toBeNull();
  });
});
