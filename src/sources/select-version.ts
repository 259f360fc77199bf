// Picks the one version Flux would pick from what a source offers: a Helm repository index, the
// tags of an OCI repository, or the tags of a git remote. Pure.

import { cmp } from '../core/diagnostics.ts';
import { anchorOf, compareVersions, parseConstraint, parseVersion, satisfies, type Constraint, type Version } from './semver.ts';

export interface IndexEntry {
  version: string;
  /** RFC 3339 creation time from index.yaml; breaks ties between versions equal but for build metadata. */
  created?: string;
  digest?: string;
}

export type Selection<T> =
  | { ok: true; pick: T }
  | { ok: false; reason: 'invalid-range'; message: string }
  | { ok: false; reason: 'no-match'; nearest: string[]; prereleases: string[] };

/** `""` and `*` mean "the latest stable version", as in Flux. */
export function constraintFor(range: string): { constraint?: Constraint; error?: string } {
  return parseConstraint(range === '' ? '*' : range);
}

interface Candidate<T> {
  item: T;
  version: Version;
}

function candidates<T>(items: readonly T[], versionOf: (t: T) => string): Candidate<T>[] {
  const out: Candidate<T>[] = [];
  for (const item of items) {
    const version = parseVersion(versionOf(item));
    if (version) out.push({ item, version });
  }
  return out;
}

/** The versions around the range's first bound (closest below and above it), and the prereleases it excludes. */
function noMatch<T>(all: Candidate<T>[], c: Constraint): Selection<T> {
  const anchor = anchorOf(c);
  const stable = all.filter((x) => x.version.pre === '');
  const below = stable.filter((x) => !anchor || compareVersions(x.version, anchor) < 0).sort((a, b) => compareVersions(b.version, a.version));
  const above = anchor ? stable.filter((x) => compareVersions(x.version, anchor) >= 0).sort((a, b) => compareVersions(a.version, b.version)) : [];
  const take = Math.max(3, 5 - above.length);
  const nearest = [...below.slice(0, take), ...above.slice(0, 5 - Math.min(take, below.length))]
    .sort((a, b) => compareVersions(b.version, a.version))
    .map((x) => x.version.original);
  const prereleases = all
    .filter((x) => x.version.pre !== '' && satisfies(x.version, c, true))
    .sort((a, b) => compareVersions(b.version, a.version))
    .slice(0, 5)
    .map((x) => x.version.original);
  return { ok: false, reason: 'no-match', nearest: [...new Set(nearest)], prereleases: [...new Set(prereleases)] };
}

/**
 * source-controller's chart_repository.go: an exact string match wins; otherwise the highest
 * version satisfying the constraint, and among versions equal but for build metadata the most
 * recently `created`; then index order.
 */
export function selectChartVersion<T extends IndexEntry>(entries: readonly T[], range: string): Selection<T> {
  if (range !== '') {
    const exact = entries.find((e) => e.version === range);
    if (exact) return { ok: true, pick: exact };
  }
  const { constraint, error } = constraintFor(range === '*' ? '' : range);
  if (!constraint) return { ok: false, reason: 'invalid-range', message: error! };
  const all = candidates(entries, (e) => e.version);
  const matched = all.filter((x) => satisfies(x.version, constraint));
  if (matched.length === 0) return noMatch(all, constraint);
  const created = (x: Candidate<T>) => Date.parse(x.item.created ?? '') || 0;
  const best = matched.reduce((a, b) => {
    const d = compareVersions(b.version, a.version) || created(b) - created(a);
    return d > 0 ? b : a;
  });
  return { ok: true, pick: best.item };
}

/** OCI tags cannot hold `+`: Helm pushes `1.2.3+build` as `1.2.3_build`. */
export const tagToVersion = (tag: string): string => tag.replaceAll('_', '+');
export const versionToTag = (version: string): string => version.replaceAll('+', '_');

/**
 * Tags of an OCI repository or a git remote: the highest tag whose version satisfies the
 * constraint. Flux leaves the order of equal versions open (git uses commit time, which
 * `ls-remote` does not show); hubcast takes the greatest tag name, so the answer is stable.
 */
export function selectTag(tags: readonly string[], range: string, toVersion: (tag: string) => string = (t) => t): Selection<string> {
  const { constraint, error } = constraintFor(range === '*' ? '' : range);
  if (!constraint) return { ok: false, reason: 'invalid-range', message: error! };
  const all = candidates(tags, (t) => toVersion(t));
  const matched = all.filter((x) => satisfies(x.version, constraint));
  if (matched.length === 0) return noMatch(all, constraint);
  const best = matched.reduce((a, b) => {
    const d = compareVersions(b.version, a.version) || cmp(b.item, a.item);
    return d > 0 ? b : a;
  });
  return { ok: true, pick: best.item };
}

/** A range that is itself one exact version (OCI: used as the tag directly, no listing). */
export function isExactVersion(range: string): boolean {
  return parseVersion(range) !== undefined;
}

/** The hint for a failed selection: what exists near the range. */
export function nearestHint(s: { nearest: string[]; prereleases: string[] }): string {
  const parts: string[] = [];
  parts.push(s.nearest.length ? `nearest versions: ${s.nearest.join(', ')}` : 'no stable versions exist');
  if (s.prereleases.length) parts.push(`prereleases that would match if the range named a prerelease (e.g. ">=1.0.0-0"): ${s.prereleases.join(', ')}`);
  return parts.join('; ');
}
