// The `publish` and `pullRequests` sections of hubcast.yaml (checked by the config schema, with
// positions). Command-line flags and Action inputs override them.

import type { JsonObject } from '../core/types.ts';
import type { MergeMethod } from './ports.ts';
import type { PublishMode } from './publish.ts';

export interface PublishSettings {
  mode?: PublishMode;
  remote?: string;
  /** oci://HOST[:PORT]/REPOSITORY: publish Flux OCI artifacts there. */
  to?: string;
  /** Plain HTTP to a registry that is not on loopback. */
  insecure: boolean;
  labels: string[];
  reviewers: string[];
  draft: boolean;
  autoMerge?: MergeMethod;
  /** The longest one GitHub request or remote git command may take, in ms (publish.timeoutSeconds). */
  timeoutMs?: number;
}

export function publishSettings(extra: JsonObject): PublishSettings {
  const pub = (extra.publish ?? {}) as { mode?: PublishMode; remote?: string; timeoutSeconds?: number; to?: string; insecure?: boolean };
  const prs = (extra.pullRequests ?? {}) as { labels?: string[]; reviewers?: string[]; draft?: boolean; autoMerge?: MergeMethod | false };
  return {
    mode: pub.mode,
    remote: pub.remote,
    to: pub.to,
    insecure: pub.insecure === true,
    labels: prs.labels ?? [],
    reviewers: prs.reviewers ?? [],
    draft: prs.draft ?? false,
    autoMerge: prs.autoMerge || undefined,
    timeoutMs: typeof pub.timeoutSeconds === 'number' ? pub.timeoutSeconds * 1000 : undefined,
  };
}
