// Brings a pull request's head and base commits into the clone as plain git objects, for the
// trusted review (diff-post) to render: a fetch into hubcast's own refs, never a checkout, so no
// hook, filter or file of the pull request runs or lands in the working tree.

import { git, runGit, type GitAuth } from './git-process.ts';
import { remoteUrl } from './git-generated.ts';

export interface PullRequestCommits {
  /** Any folder inside the clone. */
  cwd: string;
  /** Remote name (origin) or URL: the repository the pull request is into. */
  remote: string;
  pr: number;
  headSha: string;
  baseSha: string;
  auth?: GitAuth;
  timeoutMs: number;
}

async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  const r = await runGit(['cat-file', '-e', `${sha}^{commit}`], { cwd, okCodes: [1, 128] });
  return r.code === 0;
}

/**
 * Fetches what is missing of the two commits: the head from the pull request's ref on the base
 * repository (`refs/pull/N/head`, where GitHub keeps a fork's commits too), the base by its id.
 * Throws GitError when git fails; returns the commits still missing (none when all is well).
 */
export async function fetchPullRequestCommits(o: PullRequestCommits): Promise<string[]> {
  const { cwd, pr, headSha, baseSha, auth, timeoutMs } = o;
  const missing = async () => {
    const out: string[] = [];
    for (const sha of [headSha, baseSha]) if (!(await hasCommit(cwd, sha))) out.push(sha);
    return out;
  };
  const before = await missing();
  if (!before.length) return [];
  const url = await remoteUrl(cwd, o.remote);
  const specs = [];
  if (before.includes(headSha)) specs.push(`+refs/pull/${pr}/head:refs/hubcast/review/pull/${pr}/head`);
  if (before.includes(baseSha)) specs.push(`+${baseSha}:refs/hubcast/review/pull/${pr}/base`);
  await git(['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', url, ...specs], { cwd, auth, authUrl: url, timeoutMs });
  return missing();
}
