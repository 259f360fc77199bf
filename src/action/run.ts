// The Action: plan, publish-preview (a dry-run publish against the generated branch), publish,
// or the review of a pull request (diff, diff-post: ./review.ts), with the result as outputs, a job
// summary, and error annotations on the spec files. Runs from dist/.

import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { relative, sep } from 'node:path';
import * as core from '@actions/core';
import { authHeader } from '../adapters/git-process.ts';
import { type Diagnostic, isError } from '../core/diagnostics.ts';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { readContext, type ActionContext } from './context.ts';
import { InputError, readInputs, type ActionInputs } from './inputs.ts';
import { planMarkdown, publishHeadline, publishMarkdown } from './summary.ts';
import { plural } from '../core/plural.ts';

export interface RunOptions {
  /** false: GitHub writes go out unpaced (the tests' in-process runs; GitHub's runner never sets it). Default true. */
  paced?: boolean;
}

export async function run(env: NodeJS.ProcessEnv = process.env, opts: RunOptions = {}): Promise<void> {
  const ctx = { ...readContext(env), paced: opts.paced ?? true };
  let inputs: ActionInputs;
  try {
    inputs = readInputs(ctx.workspace);
  } catch (e) {
    if (e instanceof InputError) return core.setFailed(e.message);
    throw e;
  }
  if (inputs.token) {
    // Mask the token and the header derived from it, should either ever reach a log line.
    core.setSecret(inputs.token);
    core.setSecret(authHeader({ token: inputs.token }).replace('Authorization: basic ', ''));
  }
  let outputs: Record<string, string | boolean> = { changed: false, 'commit-sha': '', 'pr-numbers': '', 'pr-urls': '', summary: '' };
  let markdown = '';
  let diagnostics: Diagnostic[] = [];
  let failed = false;
  let failure: string | undefined;

  if (inputs.command === 'diff' || inputs.command === 'diff-post') {
    // Each command loads its code when it runs (the review's GitHub client and HTML report, the pipeline, the publisher).
    const { runReviewDiff, runReviewPost } = await import('./review.ts');
    const r = inputs.command === 'diff' ? await runReviewDiff(inputs, ctx) : await runReviewPost(inputs, ctx);
    ({ markdown, diagnostics } = r);
    outputs = { changed: false, summary: '', ...r.outputs };
    failure = r.failure;
    failed = !!failure;
  } else if (inputs.command === 'plan') {
    const { runWorkspace } = await import('../app/workspace.ts');
    const r = await runWorkspace({ repo: inputs.repo });
    diagnostics = r.diagnostics;
    failed = !r.ok;
    if (r.ok) {
      markdown = planMarkdown(r);
      outputs.summary = `${r.rendered?.length ?? 0} deployments (${r.layout} layout)`;
    }
  } else {
    if (inputs.command === 'publish' && !inputs.dryRun && ctx.eventName.startsWith('pull_request')) {
      return core.setFailed('publish runs on push (or workflow_dispatch), not on a pull request; use command: diff to review a pull request');
    }
    const dryRun = inputs.command === 'publish-preview' || inputs.dryRun;
    const { runPublish } = await import('../app/publisher.ts');
    const r = await runPublish({
      repo: inputs.repo,
      remote: inputs.remote,
      branch: inputs.generatedBranch,
      mode: inputs.prMode ? 'pr' : 'direct',
      dryRun,
      labels: inputs.labels,
      reviewers: inputs.reviewers,
      draft: inputs.draft,
      autoMerge: inputs.autoMerge,
      token: inputs.token,
      repoURL: ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined,
      env: { ...env, GITHUB_API_URL: ctx.apiUrl, GITHUB_SERVER_URL: ctx.serverUrl },
      pacingKey: ctx.pacingKey,
      paced: ctx.paced,
      warn: (m) => core.warning(m),
    });
    diagnostics = r.diagnostics;
    failed = r.exitCode !== 0;
    if (r.report) {
      const rep = r.report;
      markdown = publishMarkdown(rep, dryRun);
      if (r.pipeline?.ok) markdown += `\n<details><summary>Plan</summary>\n\n${planMarkdown(r.pipeline)}\n</details>\n`;
      // publish: this run wrote something; publish-preview and dry runs: publishing would.
      outputs.changed = dryRun ? rep.changes.length > 0 && rep.outcome !== 'superseded' : rep.outcome === 'published';
      outputs['commit-sha'] = rep.commit ?? '';
      const prs = rep.environments.filter((e) => e.pullRequest);
      outputs['pr-numbers'] = prs.map((e) => e.pullRequest!.number).join(',');
      outputs['pr-urls'] = prs.map((e) => e.pullRequest!.url).join('\n');
      outputs.summary = publishHeadline(rep, dryRun).replace(/`/g, '');
      core.info(outputs.summary);
    }
  }

  annotate(diagnostics, inputs.repo, ctx);
  for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v);
  if (env.GITHUB_STEP_SUMMARY) {
    const title = `hubcast ${inputs.command}`;
    const problems = diagnostics.filter((d) => d.severity !== 'info');
    const body = problems.length ? `${markdown}\n\n\`\`\`text\n${problems.map(formatDiagnostic).join('\n')}\n\`\`\`\n` : markdown;
    // Appended here rather than through core.summary, which keeps the first run's file path and any
    // unwritten text for the life of the process: a second run in the same process would write there.
    appendFileSync(env.GITHUB_STEP_SUMMARY, `<h2>${title}</h2>${EOL}${body || failure || '_Nothing to report._'}${EOL}`);
  }
  if (failed) {
    const errors = diagnostics.filter(isError).length;
    // Only publish pushes anything; plan, previews and reviews have nothing to hold back.
    const outcome = inputs.command === 'publish' ? '; nothing was published' : '';
    core.setFailed(failure ?? (errors ? `hubcast ${inputs.command}: ${plural(errors, 'error')}${outcome}` : `hubcast ${inputs.command} failed`));
  }
}

/** Errors and warnings as annotations on the spec file and line they are about. */
function annotate(diags: readonly Diagnostic[], repoDir: string, ctx: ActionContext): void {
  const prefix = relative(ctx.workspace, repoDir).split(sep).join('/');
  for (const d of diags) {
    if (d.severity === 'info') continue;
    const props: core.AnnotationProperties = { title: `hubcast: ${d.code}` };
    if (d.file) {
      props.file = prefix && !prefix.startsWith('..') ? `${prefix}/${d.file}` : d.file;
      if (d.line) {
        props.startLine = d.line;
        props.endLine = d.line;
        props.startColumn = d.column;
      }
    }
    const text = d.hint ? `${d.message}\nhint: ${d.hint}` : d.message;
    if (d.severity === 'error') core.error(text, props);
    else core.warning(text, props);
  }
}
