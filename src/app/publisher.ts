// Glue for `hubcast publish` and the Action: check the source is committed, render HEAD, wire the
// git and GitHub adapters to the publishing stage, and turn every failure into diagnostics.

import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Diagnostic, error, hasErrors } from '../core/diagnostics.ts';
import { readConfigFile } from '../adapters/fs-repo.ts';
import { gitGeneratedRepo, remoteUrl } from '../adapters/git-generated.ts';
import { GitError, redact } from '../adapters/git-process.ts';
import { gitNetworkFailure, networkFailure } from '../adapters/network-error.ts';
import { headCommit, isGitRepo, uncommittedFiles } from '../adapters/git-source.ts';
import { createGitHubClient, githubPullRequests, parseRepository } from '../adapters/github.ts';
import { CONFIG_FILE, parseConfig, type Layout } from '../load/config.ts';
import { fileFilter } from '../load/load-repo.ts';
import { publishSettings } from '../deliver/publish-config.ts';
import type { GeneratedRepo, MergeMethod, PullRequests, RefUpdate } from '../deliver/ports.ts';
import { publish, PublishError, type PublishMode, type PublishReport } from '../deliver/publish.ts';
import type { PipelineResult } from '../pipeline/pipeline.ts';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK } from './exit-codes.ts';
import { parseOciTarget, TAG_PATTERN, type OciPublishReport, type OciTarget } from '../deliver/oci-publish.ts';
import { PullError } from '../deliver/oci-pull.ts';
import { RegistryError } from '../adapters/oci-registry.ts';
import { isOciUrl } from '../flux/hub.ts';
import { deliveryConfig } from '../load/delivery-config.ts';
import { publishToOci } from './oci-publisher.ts';
import { runWorkspace } from './workspace.ts';

export interface PublishRequest {
  repo: string;
  remote?: string;
  branch?: string;
  mode?: PublishMode;
  dryRun?: boolean;
  labels?: string[];
  reviewers?: string[];
  draft?: boolean;
  autoMerge?: MergeMethod;
  layout?: Layout;
  inventory?: string;
  /** oci://HOST[:PORT]/REPOSITORY[:TAG]: push Flux OCI artifacts instead of writing the generated branch. */
  to?: string;
  /** The moving tag (default: the tag in `to`, flux.tag, latest). */
  tag?: string;
  /** Plain HTTP to a registry that is not on loopback. */
  insecure?: boolean;
  /** Defaults: GITHUB_TOKEN / GH_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL. */
  env?: NodeJS.ProcessEnv;
  token?: string;
  /** Public URL of the source repository for hydrator.metadata. */
  repoURL?: string;
  warn?: (message: string) => void;
  /** Base of the retry back-off of GitHub's and an OCI registry's requests (tests shorten it). */
  retryBaseMs?: number;
  /** Retries of a failed GitHub request (default 3; tests lower it). */
  githubRetries?: number;
  /** Pace of the GitHub writes (createGitHubClient's pacingKey). */
  pacingKey?: string;
  /** Whether the GitHub writes keep GitHub's pace (createGitHubClient's paced; default true). */
  paced?: boolean;
}

export interface PublishRun {
  exitCode: number;
  diagnostics: Diagnostic[];
  pipeline?: PipelineResult;
  report?: PublishReport;
  ociReport?: OciPublishReport;
}

const fail = (code: number, diagnostics: Diagnostic[], pipeline?: PipelineResult): PublishRun => ({ exitCode: code, diagnostics, pipeline });

export async function runPublish(req: PublishRequest): Promise<PublishRun> {
  const env = req.env ?? process.env;
  const repoDir = resolve(req.repo);
  if (!existsSync(repoDir) || !statSync(repoDir).isDirectory()) {
    return fail(EXIT_INVALID, [
      error('repo-not-found', `repository folder ${req.repo} does not exist`, undefined, 'pass --repo DIR pointing at your spec repository'),
    ]);
  }
  if (!(await isGitRepo(repoDir))) {
    return fail(EXIT_INVALID, [
      error('not-a-git-repo', `${req.repo} is not inside a git repository`, undefined, 'publish renders a commit: run it in a clone of your spec repository'),
    ]);
  }
  const { config, diagnostics: configDiags } = parseConfig(readConfigFile(repoDir));
  if (hasErrors(configDiags)) return fail(EXIT_INVALID, configDiags);
  const settings = publishSettings(config.extra);
  const flux = deliveryConfig(config).flux;
  const to = req.to ?? settings.to ?? (isOciUrl(flux.url) ? flux.url : undefined);
  let oci: { target: OciTarget; tag: string } | undefined;
  if (to) {
    const target = parseOciTarget(to);
    const where = req.to ? undefined : { file: CONFIG_FILE, line: 1, column: 1 };
    if (typeof target === 'string')
      return fail(EXIT_INVALID, [error('publish-target', target, where, 'publish to oci://HOST[:PORT]/REPOSITORY; a git remote is chosen with --remote')]);
    const tag = req.tag ?? target.tag ?? flux.tag;
    if (!TAG_PATTERN.test(tag))
      return fail(EXIT_INVALID, [
        error('publish-target', `"${tag}" is not an OCI tag`, undefined, 'use letters, digits, ".", "_" and "-" (at most 128; not starting with "." or "-")'),
      ]);
    if ((req.mode ?? settings.mode) === 'pr')
      return fail(EXIT_INVALID, [
        error(
          'publish-target',
          'pull request mode writes to git; OCI artifacts are pushed directly',
          undefined,
          'drop --mode pr (or publish.mode: pr), or publish to a git remote',
        ),
      ]);
    oci = { target, tag };
    if (!isOciUrl(flux.url))
      req.warn?.(
        `flux.url is ${flux.url ? 'a git URL' : 'not set'}: the Flux objects in the artifacts ${flux.url ? 'read the generated branch' : 'are missing'}; set flux.url: oci://... in hubcast.yaml so the hub pulls the artifacts`,
      );
  }

  const head = await headCommit(repoDir);
  if (!head) return fail(EXIT_INVALID, [error('no-commit', 'the repository has no commit yet', undefined, 'commit your specs, then publish')]);
  const accept = fileFilter(config);
  const dirty = await uncommittedFiles(repoDir, (p) => p === CONFIG_FILE || accept(p));
  if (dirty.length) {
    return fail(
      EXIT_INVALID,
      dirty.map((f) =>
        error(
          'uncommitted',
          'has changes that are not committed; publish renders the committed source (HEAD)',
          { file: f, line: 1, column: 1 },
          'commit or stash the change, then publish again',
        ),
      ),
    );
  }

  const rendered = await runWorkspace({ repo: req.repo, layout: req.layout, inventory: req.inventory, sourceCommit: head.sha });
  if (!rendered.ok || !rendered.tree || !rendered.lock) return fail(EXIT_INVALID, rendered.diagnostics, rendered);

  if (oci) {
    try {
      const ociReport = await publishToOci({
        repoDir,
        head,
        tree: rendered.tree,
        target: oci.target,
        tag: oci.tag,
        insecure: req.insecure ?? settings.insecure,
        dryRun: !!req.dryRun,
        env,
        repoURL: req.repoURL,
        remote: req.remote ?? settings.remote ?? 'origin',
        retryBaseMs: req.retryBaseMs,
      });
      return { exitCode: EXIT_OK, diagnostics: rendered.diagnostics, pipeline: rendered, ociReport };
    } catch (e) {
      return fail(EXIT_FAILURE, [...rendered.diagnostics, failureDiagnostic(e, undefined, req.remote ?? settings.remote ?? 'origin', [])], rendered);
    }
  }

  const mode = req.mode ?? settings.mode ?? 'direct';
  const remote = req.remote ?? settings.remote ?? 'origin';
  const branch = req.branch ?? config.generatedBranch;
  const token = req.token || env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
  const pushed: RefUpdate[] = [];
  try {
    const url = await remoteUrl(repoDir, remote);
    // The token goes only to the GitHub server hubcast works with, never to another remote.
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const sendToken = token && sameHost(url, server);
    const repo = recordingPushes(
      await gitGeneratedRepo({ cwd: repoDir, remote, branch, auth: sendToken ? { token } : undefined, timeoutMs: settings.timeoutMs }),
      pushed,
    );
    let prs: PullRequests | undefined;
    if (mode === 'pr' && !req.dryRun) {
      const where = parseRepository(env.GITHUB_REPOSITORY) ?? repositoryFromUrl(url, server);
      if (!token || !where) {
        return fail(
          EXIT_INVALID,
          [
            error(
              'github-unset',
              'pull request mode needs a GitHub token and the repository name',
              undefined,
              'set GITHUB_TOKEN (or GH_TOKEN) and GITHUB_REPOSITORY=owner/name, or publish with --mode direct',
            ),
          ],
          rendered,
        );
      }
      prs = githubPullRequests(
        createGitHubClient({
          token,
          baseUrl: env.GITHUB_API_URL,
          warn: req.warn,
          timeoutMs: settings.timeoutMs,
          retryBaseMs: req.retryBaseMs,
          retries: req.githubRetries,
          pacingKey: req.pacingKey,
          paced: req.paced,
        }),
        where,
      );
    }
    const report = await publish({ source: { ...head, repoURL: req.repoURL }, render: rendered.tree, lock: rendered.lock }, repo, prs, {
      mode,
      branch,
      dryRun: !!req.dryRun,
      pr: {
        labels: req.labels ?? settings.labels,
        reviewers: req.reviewers ?? settings.reviewers,
        draft: req.draft ?? settings.draft,
        autoMerge: req.autoMerge ?? settings.autoMerge,
      },
    });
    return { exitCode: EXIT_OK, diagnostics: rendered.diagnostics, pipeline: rendered, report };
  } catch (e) {
    return fail(EXIT_FAILURE, [...rendered.diagnostics, failureDiagnostic(e, token, remote, pushed)], rendered);
  }
}

/** Records the branches a publish has pushed, so a later failure can say what already reached the remote. */
function recordingPushes(repo: GeneratedRepo, pushed: RefUpdate[]): GeneratedRepo {
  return {
    ...repo,
    async push(updates) {
      const r = await repo.push(updates);
      if (r === 'pushed') pushed.push(...updates);
      return r;
    },
  };
}

function failureDiagnostic(e: unknown, token: string | undefined, remote: string, pushed: readonly RefUpdate[]): Diagnostic {
  const clean = (s: string) => redact(s, token ? { token } : undefined);
  const already = pushed.length
    ? `already pushed to ${remote}: ${pushed.map((u) => `${u.branch} (${u.commit.slice(0, 7)})`).join(', ')}; publish again once it is reachable: it finds them current and only does what is left`
    : `nothing was pushed to ${remote}`;
  if (e instanceof PublishError) return error('publish', clean(e.message), undefined, e.hint);
  if (e instanceof RegistryError)
    return error('registry', e.message, undefined, e.hint ?? 'check the registry address, your network, and --insecure for a registry without TLS');
  if (e instanceof PullError) return error('registry', e.message);
  if (e instanceof GitError) {
    const net = e.timedOutAfterMs ? gitNetworkFailure('', remoteUrlOf(e), true, e.timedOutAfterMs) : gitNetworkFailure(e.stderr, remoteUrlOf(e));
    if (net) return error('network', clean(`git ${e.args[0]} to ${remote}: ${net.message}`), undefined, clean(already));
    return error('git', clean(e.message), undefined, 'check the remote name or URL, your network and the token (GITHUB_TOKEN) permissions');
  }
  const net = networkFailure(e, (e as { request?: { url?: string } }).request?.url ?? '');
  if (net) return error('network', clean(`GitHub API: ${net.message}`), undefined, clean(already));
  const status = (e as { status?: number }).status;
  if (typeof status === 'number') {
    return error(
      'github',
      clean(`GitHub API answered ${status}: ${(e as Error).message}`),
      undefined,
      status === 401 || status === 403 ? 'the token needs contents: write and pull-requests: write on this repository' : undefined,
    );
  }
  throw e;
}

/** The URL in a git command's arguments (publish passes the remote's URL), for naming its host. */
function remoteUrlOf(e: GitError): string {
  return e.args.find((a) => /^[a-z][a-z0-9+.-]*:\/\//i.test(a)) ?? '';
}

function sameHost(a: string, b: string): boolean {
  try {
    return /^https?:$/.test(new URL(a).protocol) && new URL(a).host === new URL(b).host;
  } catch {
    return false;
  }
}

/** owner/name from an https remote URL on the GitHub server. */
function repositoryFromUrl(url: string, server: string): ReturnType<typeof parseRepository> {
  if (!sameHost(url, server)) return undefined;
  return parseRepository(new URL(url).pathname.replace(/^\//, '').replace(/\.git$/, ''));
}
