// The Action with the environment a push event sets, against a real git remote over smart HTTP and a
// contract-checked loopback GitHub API. Real processes: only the publish test spawns the bundle
// (`node dist/action.mjs`, what action.yml runs), the end-to-end run of publish from dist/; the other
// runs call the Action's main() in this process (test/helpers/action-run.ts), which tests the same code
// without a Node start and a bundle load per run.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commit, files, git, sandbox, show, tip, type Sandbox } from '../helpers/git.ts';
import { startGitHttpServer, type GitHttpServer } from '../helpers/git-http.ts';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.ts';
import { OWNER, pullRequest, recordedLabels, REPO } from '../helpers/github-api.ts';
import { runActionInProcess, runDistAction } from '../helpers/action-run.ts';

const TOKEN = 'ghs_actiontoken0123456789';
const STAGING = 'hubcast/rendered-next/hello-universe/primary';

let sb: Sandbox;
let gitHttp: GitHttpServer;
let api: GitHubServer;
beforeEach(async () => {
  sb = sandbox('hello-universe');
  git(sb.remote, 'config', 'http.receivepack', 'true');
  gitHttp = await startGitHttpServer(sb.dir, TOKEN);
  git(sb.src, 'remote', 'set-url', 'origin', gitHttp.url('remote.git'));
  api = await startGitHubServer();
});
afterEach(async () => {
  await gitHttp.close();
  await api.close();
  sb.cleanup();
});

function runAction(inputs: Record<string, string>, eventName = 'push', how: 'in-process' | 'dist' = 'in-process') {
  const head = git(sb.src, 'rev-parse', 'HEAD');
  const payload = { ref: 'refs/heads/main', before: '0'.repeat(40), after: head, repository: { full_name: `${OWNER}/${REPO}` }, commits: [] };
  const run = { workspace: sb.src, scratch: sb.dir, apiUrl: api.url, serverUrl: gitHttp.origin, eventName, payload, sha: head, token: TOKEN, inputs };
  return how === 'dist' ? runDistAction(run) : runActionInProcess(run);
}

describe('the Action', () => {
  it('publish on push, from dist/: one PR per environment, outputs and job summary written, token never printed', async () => {
    const pulls = `/repos/${OWNER}/${REPO}/pulls`;
    api.expect({ method: 'GET', path: pulls, query: { head: `${OWNER}:${STAGING}`, base: 'hubcast/rendered', state: 'open' }, reply: () => [200, []] });
    api.expect({
      method: 'POST',
      path: pulls,
      reply: (b: { title: string; body: string; head: string; base: string }) => [201, pullRequest({ number: 21, ...b })],
    });
    api.expect({ method: 'POST', path: `/repos/${OWNER}/${REPO}/issues/21/labels`, reply: () => [200, recordedLabels(['gitops'])] });

    const r = await runAction({ labels: 'gitops' }, 'push', 'dist');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(api.unmatched).toEqual([]);
    expect(api.pending()).toEqual([]);
    expect(api.violations).toEqual([]);
    expect(api.authorizations.every((a) => a === `token ${TOKEN}`)).toBe(true);
    expect(gitHttp.authorizations.length).toBeGreaterThan(0);

    expect(r.outputs).toEqual({
      changed: 'true',
      'commit-sha': tip(sb.remote, 'hubcast/rendered'),
      'pr-numbers': '21',
      'pr-urls': `https://github.com/${OWNER}/${REPO}/pull/21`,
      summary: expect.stringMatching(/^Proposed \d+ files .* to hubcast\/rendered in 1 pull request\.$/),
    });
    expect(files(sb.remote, STAGING)).toContain('environments/hello-universe/primary/manifestworkreplicaset-hello-universe-hello-universe-demo.yaml');
    expect(JSON.parse(show(sb.remote, STAGING, 'hydrator.metadata'))).toMatchObject({
      drySha: git(sb.src, 'rev-parse', 'HEAD'),
      repoURL: `${gitHttp.origin}/${OWNER}/${REPO}`,
    });
    expect(r.summary).toContain('<h2>hubcast publish</h2>');
    expect(r.summary).toContain(`| \`hello-universe/primary\` | [#21](https://github.com/${OWNER}/${REPO}/pull/21) | created |`);
    expect(r.summary).toContain('### Environment `hello-universe/primary`');
    expect(r.summary).toMatch(/<details><summary>Plan<\/summary>[\s\S]*hello-universe\/hello-universe-demo/);
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(r.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  });

  it('bad specs: error annotations on the spec file and line, exit 1, nothing pushed', async () => {
    const text = readFileSync(join(sb.src, 'hello-universe.yaml'), 'utf8');
    commit(sb.src, { 'hello-universe.yaml': text.replace('type: topology-ocm', 'type: topology-ocmm') }, 'Typo');
    const r = await runAction({});
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error title=hubcast%3A schema,file=hello-universe\.yaml,line=9,endLine=9,col=11::Environment: spec\.topology\.type must be one of/m,
    );
    expect(r.stdout).toContain('::error::hubcast publish: 1 error; nothing was published');
    expect(r.summary).toContain('hello-universe.yaml:9:11: error:');
    expect(tip(sb.remote, 'hubcast/rendered')).toBeUndefined();
    expect(api.unmatched).toEqual([]);
  });

  it('publish-preview: what publish would change, written nowhere but the summary and outputs', async () => {
    const r = await runAction({ command: 'publish-preview' }, 'pull_request');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.changed).toBe('true');
    expect(r.outputs.summary).toMatch(/would change \d+ files/);
    expect(r.summary).toContain('+ `environments/hello-universe/primary/placement-hello-universe-hello-universe-demo.yaml`');
    expect(tip(sb.remote, 'hubcast/rendered')).toBeUndefined();
    expect(api.unmatched).toEqual([]);
  });

  it('runs again in the same process with nothing carried over: exit code, job summary file, outputs, environment, directory', async () => {
    const before = { cwd: process.cwd(), exitCode: process.exitCode, env: { ...process.env } };
    const text = readFileSync(join(sb.src, 'hello-universe.yaml'), 'utf8');
    commit(sb.src, { 'hello-universe.yaml': text.replace('type: topology-ocm', 'type: topology-ocmm') }, 'Typo');
    const bad = await runAction({ command: 'publish-preview' }, 'pull_request');
    expect(bad.code).toBe(1);
    expect(bad.summary).toContain('hello-universe.yaml:9:11: error:');
    commit(sb.src, { 'hello-universe.yaml': text }, 'Fixed');
    const good = await runAction({ command: 'plan' }, 'pull_request');
    expect(good.code, good.stdout + good.stderr).toBe(0);
    // The second run's summary in its own file (@actions/core's summary would keep writing the first one's).
    expect(good.summary).toMatch(/^<h2>hubcast plan<\/h2>\n```text\n/);
    expect(good.summary).not.toContain('error');
    expect(good.outputs).toEqual({ changed: 'false', 'commit-sha': '', 'pr-numbers': '', 'pr-urls': '', summary: '1 deployments (replicaset layout)' });
    expect(good.stdout).not.toContain('::error');
    expect({ cwd: process.cwd(), exitCode: process.exitCode, env: { ...process.env } }).toEqual(before);
  });

  it('refuses to publish from a pull_request event', async () => {
    const r = await runAction({}, 'pull_request');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::publish runs on push');
  });
});
