// The network side of source resolution: the Helm, OCI and git adapters behind one
// SourceFetcher, with credentials looked up by Secret name in the environment.

import { credentialsFor } from '../sources/credentials.ts';
import type { SourceFetcher } from '../sources/types.ts';
import { listGitRefs } from './git-remote.ts';
import { fetchHelmIndex } from './helm-repository.ts';
import { fetchOciDigest, fetchOciTags } from './oci-registry.ts';

export function networkFetcher(opts: { timeoutMs: number; env: Readonly<Record<string, string | undefined>> }): SourceFetcher {
  const creds = (secret?: string) => credentialsFor(secret, opts.env);
  return {
    helmIndex: (repo) => fetchHelmIndex(repo, creds(repo.secretRef), opts.timeoutMs),
    ociTags: (repo, chart) => fetchOciTags(repo, chart, creds(repo.secretRef), opts.timeoutMs),
    ociDigest: (repo, chart, tag) => fetchOciDigest(repo, chart, tag, creds(repo.secretRef), opts.timeoutMs),
    gitRefs: (url, secret) => listGitRefs(url, creds(secret), opts.timeoutMs),
  };
}
