// Provenance of a generated commit: which source commit it renders. Recorded three ways so each
// consumer finds it where it looks: commit trailers (git log, hubcast's own ancestry check),
// `hydrator.metadata` (GitOps Promoter and Argo CD's hydrator contract) and the lock file.

import { stableJson } from '../core/stable-json.ts';
import { HUBCAST_VERSION } from '../core/version.ts';

export const HYDRATOR_METADATA = 'hydrator.metadata';
export const SOURCE_TRAILER = 'Hubcast-Source-Commit';
export const ENVIRONMENT_TRAILER = 'Hubcast-Environment';

export interface SourceCommit {
  sha: string;
  subject: string;
  body: string;
  /** `Name <email>` of the source commit's author. */
  author: string;
  /** Committer date, ISO 8601; also the generated commit's date so identical renders give identical commits. */
  date: string;
  /** Public URL of the source repository, when known (never a URL with credentials). */
  repoURL?: string;
}

export function hydratorMetadata(src: SourceCommit): string {
  return stableJson({ drySha: src.sha, author: src.author, date: src.date, subject: src.subject, body: src.body || undefined, repoURL: src.repoURL });
}

/** One line, so a trailer or a title can carry it. */
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

export function commitMessage(src: SourceCommit, environment?: string): string {
  const what = environment ? `render ${environment}` : 'render';
  const trailers = [`${SOURCE_TRAILER}: ${src.sha}`, ...(environment ? [`${ENVIRONMENT_TRAILER}: ${environment}`] : []), `Hubcast-Version: ${HUBCAST_VERSION}`];
  return `hubcast: ${what} ${shortSha(src.sha)} ${oneLine(src.subject)}\n\nRendered by hubcast ${HUBCAST_VERSION} from source commit ${src.sha}:\n  ${oneLine(src.subject)}\n\n${trailers.join('\n')}\n`;
}

/** The source commit a generated commit renders, from its trailer; undefined for commits hubcast did not write. */
export function sourceOfMessage(message: string): string | undefined {
  const m = new RegExp(`^${SOURCE_TRAILER}: ([0-9a-f]{40,64})$`, 'm').exec(message);
  return m?.[1];
}
