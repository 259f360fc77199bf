// Resolves every source request to one exact version: chart ranges against a Helm index or OCI
// tags, git refs to a commit. Listings come from the cache when the cache policy allows, else
// from the fetcher (the network adapters), at most `concurrency` at a time and each listing once.
// With a lock (--locked) the lock's answer is used and every request that would now resolve
// differently is reported. Never throws for a source problem: it returns diagnostics.

import { didYouMean, error, info, warning, type Diagnostic } from '../core/diagnostics.ts';
import { mapLimit, memoize } from '../core/concurrency.ts';
import { cacheKeys, reusable, type CachePolicy } from './cache-policy.ts';
import { credentialsHint, redactUrl } from './credentials.ts';
import { isExactVersion, nearestHint, selectChartVersion, selectTag, tagToVersion, versionToTag, type IndexEntry, type Selection } from './select-version.ts';
import {
  SourceError,
  type GitRemoteRef,
  type GitRequest,
  type HelmRequest,
  type LockedSource,
  type SourceCache,
  type SourceFetcher,
  type SourceRequest,
  type SourceResolution,
} from './types.ts';

export interface ResolveSourcesOptions {
  /** Absent with --offline: everything must come from the cache. */
  fetcher?: SourceFetcher;
  cache: SourceCache;
  policy: CachePolicy;
  concurrency: number;
  /** --locked: the previous lock's sources. */
  locked?: Readonly<Record<string, LockedSource>>;
}

export interface ResolveSourcesResult {
  resolutions: Map<string, SourceResolution>;
  diagnostics: Diagnostic[];
}

/** A failure with the diagnostic code and hint it becomes. */
class Unresolved extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export function describeRequest(r: SourceRequest): string {
  if (r.type === 'helm') return `chart "${r.chart}" from Repository ${r.repository.namespace}/${r.repository.name} (${redactUrl(r.repository.url)})`;
  const [kind, value] = Object.entries(r.ref)[0] ?? ['branch', 'master'];
  return `git ${redactUrl(r.url)} ${kind} ${value}`;
}

export async function resolveSources(requests: readonly SourceRequest[], opts: ResolveSourcesOptions): Promise<ResolveSourcesResult> {
  const once = memoize<unknown>();
  const diagnostics: Diagnostic[] = [];
  const resolutions = new Map<string, SourceResolution>();

  /** A listing or answer: from the cache when allowed, else fetched (and cached). */
  const cached = <T>(key: string, what: string, fetch: (f: SourceFetcher) => Promise<T>, immutable = false): Promise<T> =>
    once(key, async () => {
      const entry = opts.cache.read<T>(key);
      if (reusable(entry, opts.policy, immutable)) return entry!.data;
      if (!opts.fetcher) {
        throw new Unresolved(
          'source-not-cached',
          `${what} is not in the source cache (${opts.cache.location}), and --offline forbids fetching it`,
          'render once without --offline to fill the cache',
        );
      }
      const data = await fetch(opts.fetcher);
      opts.cache.write(key, data, opts.policy.now.toISOString());
      return data;
    }) as Promise<T>;

  const resolveHelm = async (r: HelmRequest): Promise<SourceResolution> => {
    const repo = r.repository;
    if (repo.url.startsWith('oci://')) {
      const repoPath = `${repo.url.replace(/\/+$/, '')}/${r.chart}`;
      const listTags = () => cached(cacheKeys.ociTags(repoPath), `the tag list of ${redactUrl(repoPath)}`, (f) => f.ociTags(repo, r.chart));
      let tag: string;
      if (isExactVersion(r.range)) tag = versionToTag(r.range);
      else tag = picked(selectTag(await listTags(), r.range, tagToVersion), r);
      try {
        const digest = await cached(
          cacheKeys.ociDigest(repoPath, tag),
          `the manifest of ${redactUrl(repoPath)}:${tag}`,
          (f) => f.ociDigest(repo, r.chart, tag),
          true,
        );
        return { type: 'helm', key: r.key, version: tagToVersion(tag), digest };
      } catch (e) {
        if (!(e instanceof SourceError && e.kind === 'not-found')) throw e;
        picked(
          selectTag(
            (await listTags()).filter((t) => t !== tag),
            r.range,
            tagToVersion,
          ),
          r,
        );
        throw e;
      }
    }
    const key = cacheKeys.helmIndex(repo.url);
    // An exact version is immutable: a cached index that lists it answers at any age.
    const stale = opts.cache.read<Record<string, IndexEntry[]>>(key);
    const known = stale?.data[r.chart]?.find((e) => e.version === r.range);
    const index = known ? stale!.data : await cached(key, `the index of ${redactUrl(repo.url)}`, (f) => f.helmIndex(repo));
    const entries = index[r.chart];
    if (!entries) {
      const guess = didYouMean(r.chart, Object.keys(index));
      throw new Unresolved(
        'chart-not-found',
        `${describeRequest(r)}: the repository has no chart "${r.chart}"`,
        guess ? `did you mean "${guess}"?` : `charts there: ${Object.keys(index).sort().slice(0, 20).join(', ') || 'none'}`,
      );
    }
    const pick = picked(selectChartVersion(entries, r.range), r);
    const out: SourceResolution = { type: 'helm', key: r.key, version: pick.version };
    if (pick.digest) out.digest = pick.digest.startsWith('sha256:') ? pick.digest : `sha256:${pick.digest}`;
    return out;
  };

  const resolveGit = async (r: GitRequest): Promise<SourceResolution> => {
    // Flux's precedence: commit > name > semver > tag > branch.
    if (r.ref.commit) return { type: 'git', key: r.key, commit: r.ref.commit };
    const refs = await cached<GitRemoteRef[]>(cacheKeys.gitRefs(r.url), `the refs of ${redactUrl(r.url)}`, (f) => f.gitRefs(r.url, r.secretRef));
    const find = (name: string) => refs.find((x) => x.ref === name);
    let want: string;
    if (r.ref.name) want = r.ref.name;
    else if (r.ref.semver !== undefined) {
      const tags = refs.filter((x) => x.ref.startsWith('refs/tags/')).map((x) => x.ref.slice('refs/tags/'.length));
      want = `refs/tags/${picked(selectTag(tags, r.ref.semver), r)}`;
    } else if (r.ref.tag) want = `refs/tags/${r.ref.tag}`;
    else want = `refs/heads/${r.ref.branch ?? 'master'}`;
    const hit = find(want);
    if (!hit) {
      const prefix = want.startsWith('refs/tags/') ? 'refs/tags/' : 'refs/heads/';
      const names = refs.filter((x) => x.ref.startsWith(prefix)).map((x) => x.ref.slice(prefix.length));
      const guess = didYouMean(want.slice(prefix.length), names);
      throw new Unresolved(
        'git-ref-not-found',
        `${describeRequest(r)}: the remote has no ${want}`,
        guess ? `did you mean "${guess}"?` : `${prefix === 'refs/tags/' ? 'tags' : 'branches'} there: ${names.sort().slice(0, 10).join(', ') || 'none'}`,
      );
    }
    return { type: 'git', key: r.key, commit: hit.commit, resolvedRef: hit.ref };
  };

  const resolveOne = (r: SourceRequest) => (r.type === 'helm' ? resolveHelm(r) : resolveGit(r));

  const results = await mapLimit(requests, opts.concurrency, async (r) => {
    try {
      return { r, res: await resolveOne(r) };
    } catch (e) {
      return { r, err: toUnresolved(e, r) };
    }
  });

  for (const { r, res, err } of results) {
    if (opts.locked) {
      const locked = opts.locked[r.key];
      if (!locked) {
        diagnostics.push(
          error(
            'source-not-locked',
            `${describeRequest(r)} (${rangeOf(r)}) is not in the lock file`,
            r.at,
            'render without --locked to resolve it and record it in the lock',
          ),
        );
        continue;
      }
      const fromLock = fromLocked(r, locked);
      resolutions.set(r.key, fromLock);
      if (err) diagnostics.push(info('lock-unchecked', `${describeRequest(r)}: could not check the lock against the source: ${err.message}`, r.at));
      else if (res && pinOf(res) !== pinOf(fromLock)) {
        diagnostics.push(
          warning(
            'lock-drift',
            `${describeRequest(r)} (${rangeOf(r)}) is locked to ${pinOf(fromLock)} but would now resolve to ${pinOf(res)}`,
            r.at,
            'render without --locked to take the new version',
          ),
        );
      }
      continue;
    }
    if (res) resolutions.set(r.key, res);
    else if (err) diagnostics.push(error(err.code, err.message, r.at, err.hint));
  }
  return { resolutions, diagnostics };
}

function rangeOf(r: SourceRequest): string {
  if (r.type === 'helm') return `version "${r.range}"`;
  const [kind, value] = Object.entries(r.ref)[0] ?? ['branch', 'master'];
  return `${kind} "${value}"`;
}

function pinOf(r: SourceResolution): string {
  return r.type === 'helm' ? r.version : r.commit;
}

function fromLocked(r: SourceRequest, l: LockedSource): SourceResolution {
  if (r.type === 'helm') {
    const out: SourceResolution = { type: 'helm', key: r.key, version: String(l.version) };
    if (l.digest) out.digest = l.digest;
    return out;
  }
  return { type: 'git', key: r.key, commit: String(l.commit) };
}

function picked<T>(s: Selection<T>, r: SourceRequest): T {
  if (s.ok) return s.pick;
  if (s.reason === 'invalid-range')
    throw new Unresolved(
      'invalid-version-range',
      `${describeRequest(r)}: ${rangeOf(r)} is not a valid version range: ${s.message}`,
      'write a version like 6.5.4 or a range like ">=6.5 <7" (Masterminds/semver, as Flux reads it)',
    );
  throw new Unresolved('no-matching-version', `${describeRequest(r)}: no version matches ${rangeOf(r)}`, nearestHint(s));
}

function toUnresolved(e: unknown, r: SourceRequest): Unresolved {
  const what = describeRequest(r);
  // Listings are shared between requests, so their errors name the request only here.
  if (e instanceof Unresolved) return e.message.startsWith(what) ? e : new Unresolved(e.code, `${what}: ${e.message}`, e.hint);
  if (e instanceof SourceError) {
    const secret = r.type === 'helm' ? r.repository.secretRef : r.secretRef;
    const hints: Record<string, string> = {
      unreachable: 'check the URL and the network; render with --offline to use the source cache',
      timeout: 'the source did not answer in time; retry, raise sources.timeoutSeconds in hubcast.yaml, or render with --offline',
      auth: credentialsHint(secret),
      'not-found': r.type === 'helm' ? 'check the Repository url and the chart name and version' : 'check the url and the ref',
      protocol: 'the server did not answer like a Helm repository, OCI registry or git remote: check the url',
    };
    const code = e.kind === 'auth' ? 'source-auth' : `source-${e.kind}`;
    return new Unresolved(code, `${describeRequest(r)}: ${e.message}`, hints[e.kind]);
  }
  throw e; // a bug, not a user mistake: let the CLI report it as one
}
