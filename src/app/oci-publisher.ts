// `hubcast publish --to oci://...`: wire the registry adapter (with credentials from the environment
// or a Docker config) to the OCI publishing stage, with the source commit as provenance.

import { remoteUrl } from '../adapters/git-generated.ts';
import { currentBranch } from '../adapters/git-source.ts';
import { OciRegistryClient } from '../adapters/oci-registry.ts';
import { registryCredentials } from '../adapters/registry-credentials.ts';
import type { OutputTree } from '../emit/tree.ts';
import { fluxRevision, rfc3339 } from '../deliver/oci-manifest.ts';
import { publishOci, type OciPublishReport, type OciTarget } from '../deliver/oci-publish.ts';
import type { SourceCommit } from '../deliver/provenance.ts';

export interface OciPublishRequest {
  repoDir: string;
  head: SourceCommit;
  tree: OutputTree;
  target: OciTarget;
  /** The moving tag. */
  tag: string;
  insecure: boolean;
  dryRun: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** The source repository's URL for the source annotation (default: the remote's URL). */
  repoURL?: string;
  remote: string;
  timeoutMs?: number;
  /** First back-off of the registry's retries (default 500 ms; tests shorten it). */
  retryBaseMs?: number;
}

/** A URL fit for an annotation anyone can read: no user or password. */
const withoutUserinfo = (url: string) => url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');

export async function publishToOci(req: OciPublishRequest): Promise<OciPublishReport> {
  const source = req.repoURL ?? (await remoteUrl(req.repoDir, req.remote).catch(() => ''));
  // A CI checkout is a detached HEAD: GitHub names the branch in GITHUB_REF_NAME.
  const branch = (await currentBranch(req.repoDir)) ?? req.env.GITHUB_REF_NAME ?? undefined;
  const client = new OciRegistryClient(req.target.registry, {
    creds: registryCredentials(req.target.registry, req.env),
    insecure: req.insecure,
    timeoutMs: req.timeoutMs ?? 60_000,
    backoffMs: req.retryBaseMs,
  });
  return publishOci(req.tree, client, {
    registry: req.target.registry,
    repository: req.target.repository,
    tag: req.tag,
    commit: req.head.sha,
    dryRun: req.dryRun,
    meta: { source: withoutUserinfo(source), revision: fluxRevision(req.head.sha, branch), created: rfc3339(req.head.date) },
  });
}
