// What the commands say as a person reads it: counts in the right number ("1 deployment"), "nothing
// was written" only from a command that writes, bootstrap naming what is really missing, and diff
// telling "no specs here" apart from "no changes". In process (test/helpers/cli-run.ts); no real process:
// nothing here is about one.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nounFor, plural } from '../../src/core/plural.ts';
import { binding, cluster } from '../placement/helpers.ts';
import { hubcast as cli } from '../helpers/cli-run.ts';

const root = join(import.meta.dirname, '../..');

const hubcast = (...args: string[]) => cli(args);

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    encoding: 'utf8',
  }).trim();
}

/** Every count line of the front ends: a number followed by a plural noun only when it is not 1. */
const ONE_PLURAL = /(?<![\d.])1 (deployments|files|ManifestWorks|clusters|objects|errors|warnings|waves|predicates|commits|artifacts|environments)\b|\w\(s\)/;

describe('plural', () => {
  it('says 0 and many in the plural, 1 in the singular, with irregular plurals given', () => {
    expect([0, 1, 2].map((n) => plural(n, 'deployment'))).toEqual(['0 deployments', '1 deployment', '2 deployments']);
    expect(plural(1, 'pull request')).toBe('1 pull request');
    expect(plural(3, 'policy', 'policies')).toBe('3 policies');
    expect(nounFor(1, 'set')).toBe('set');
    expect(nounFor(2, 'set')).toBe('sets');
  });
});

describe('command messages', () => {
  let dir: string;
  let repo: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-msg-'));
    repo = join(dir, 'repo');
    cpSync(join(root, 'examples/hello-universe'), repo, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const breakSpec = () => {
    const f = join(repo, 'hello-universe.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('type: topology-ocm', 'type: topology-ocmm'));
  };

  it('render, validate: one deployment is "1 deployment"', async () => {
    const r = await hubcast('render', '--repo', repo, '--out', join(dir, 'out'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^rendered 1 deployment \(replicaset layout\) into .*out: \d+ files$/m);
    const v = await hubcast('validate', '--repo', repo);
    expect(v.code).toBe(0);
    expect(v.stderr).toMatch(/^ok: 1 file, 1 deployment valid$/m);
    for (const x of [r, v]) expect(x.stderr).not.toMatch(ONE_PLURAL);
  });

  it('per-cluster render and plan on one cluster: "1 ManifestWork on 1 cluster", "1 cluster selected", "1 predicate"', async () => {
    const f = join(repo, 'hello-universe.yaml');
    // One predicate, so plan's placement column counts it.
    writeFileSync(
      f,
      readFileSync(f, 'utf8').replace(
        '        numberOfClusters: 1\n',
        '        numberOfClusters: 1\n        predicates:\n          - requiredClusterSelector:\n              labelSelector:\n                matchLabels: {region: us-east-2}\n',
      ),
    );
    writeFileSync(
      join(repo, 'inventory.yaml'),
      [cluster('spoke-b', { labels: { region: 'us-east-2' } }), binding('managed-cluster-set-global', 'global')].join('\n---\n'),
    );
    const r = await hubcast('render', '--repo', repo, '--out', join(dir, 'out'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^rendered 1 deployment \(per-cluster layout\) into .*: \d+ files, 1 ManifestWork on 1 cluster$/m);
    const p = await hubcast('plan', '--repo', repo);
    expect(p.code).toBe(0);
    expect(p.stdout).toContain('1 cluster; 1 predicate');
    expect(p.stdout).toMatch(/^ {4}1 cluster selected of 1 wanted: AllDecisionsScheduled$/m);
    expect(p.stdout).not.toMatch(ONE_PLURAL);
  });

  it('"nothing was written" only from render; validate, plan, explain and bootstrap just count the errors', async () => {
    breakSpec();
    const render = await hubcast('render', '--repo', repo, '--out', join(dir, 'out'));
    expect(render.code).toBe(1);
    expect(render.stderr).toMatch(/^1 error; nothing was written$/m);
    for (const args of [['validate'], ['plan'], ['explain', 'hello-universe/hello-universe-demo']]) {
      const r = await hubcast(...args, '--repo', repo);
      expect(r.code, args[0]).toBe(1);
      expect(r.stderr, args[0]).toMatch(/^\d+ errors?$/m);
      expect(r.stderr, args[0]).not.toContain('nothing was');
    }
  });

  it('publish with bad specs: "nothing was published", not "written"', async () => {
    breakSpec();
    git(dir, 'init', '-q', '-b', 'main', repo);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'broken');
    const r = await hubcast('publish', '--repo', repo, '--dry-run');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^1 error; nothing was published$/m);
  });

  it('bootstrap without a hubcast.yaml says there is none, and what to create', async () => {
    const r = await hubcast('bootstrap', '--repo', repo);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `error: no hubcast.yaml in ${repo}: bootstrap needs flux.url, the repository Flux on the hub reads the generated branch from, and it has no default [config]`,
    );
    expect(r.stderr).toContain(`hint: create ${join(repo, 'hubcast.yaml')} with \`flux: {url: https://git.example.com/org/repo.git, secretRef: NAME}\``);
    expect(r.stderr).toMatch(/^1 error$/m);
    expect(r.stderr).not.toContain('hubcast.yaml sets');

    writeFileSync(join(repo, 'hubcast.yaml'), 'systemNamespace: mural-system\n');
    const withFile = await hubcast('bootstrap', '--repo', repo);
    expect(withFile.code).toBe(1);
    expect(withFile.stderr).toContain('hubcast.yaml:1:1: error: hubcast.yaml sets no flux.url');

    const missing = await hubcast('bootstrap', '--repo', join(dir, 'nope'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`repository folder ${join(dir, 'nope')} does not exist [repo-not-found]`);
  });
});

describe('diff of sides without specs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-msg-diff-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('two folders without specs: an error naming both, a hint, exit 1 (2 with --exit-code), no report', async () => {
    for (const d of ['old', 'new']) {
      mkdirSync(join(dir, d));
      writeFileSync(join(dir, d, 'notes.yaml'), 'just: some yaml\n');
    }
    const r = await hubcast('diff', '--base-dir', join(dir, 'old'), '--head-dir', join(dir, 'new'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `error: no specs found: neither base ${join(dir, 'old')} nor head ${join(dir, 'new')} holds a spectrocloud.com/v1beta1 object [no-specs]`,
    );
    expect(r.stderr).toContain('hint: --base-dir and --head-dir name folders of spec YAML files');
    expect(r.stderr + r.stdout).not.toContain('No rendered changes');
    const strict = await hubcast('diff', '--base-dir', join(dir, 'old'), '--head-dir', join(dir, 'new'), '--exit-code');
    expect(strict.code).toBe(2);
  });

  it('a --repo that holds no specs at either ref: the error names the folder and hints at --repo', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, 'docs'), { recursive: true });
    cpSync(join(root, 'examples/hello-universe'), join(repo, 'specs'), { recursive: true });
    writeFileSync(join(repo, 'docs/readme.md'), 'docs\n');
    git(dir, 'init', '-q', '-b', 'main', repo);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'one');
    const r = await hubcast('diff', '--repo', join(repo, 'docs'), '--base', 'HEAD');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^error: no specs found: neither base HEAD \\([0-9a-f]{12}\\) of ${join(repo, 'docs')} nor head working tree of ${join(repo, 'docs')} holds a spectrocloud\\.com/v1beta1 object \\[no-specs\\]$`,
        'm',
      ),
    );
    expect(r.stderr).toContain('hint: --repo names the folder of your spec YAML files');
    // The same repository's spec folder compares fine: no changes is then the truth.
    const ok = await hubcast('diff', '--repo', join(repo, 'specs'), '--base', 'HEAD');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('No rendered changes.');
    expect(ok.stderr).toBe('');
  });

  it('render, plan and validate of a folder without specs fail with no-specs and write nothing', async () => {
    const empty = join(dir, 'no-specs');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.yaml'), 'just: some yaml\n');
    const out = join(dir, 'out');
    for (const args of [
      ['render', '--repo', empty, '--out', out],
      ['render', '--repo', empty, '--out', '-'],
      ['plan', '--repo', empty],
      ['validate', '--repo', empty],
    ]) {
      const r = await hubcast(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr, args.join(' ')).toContain(`error: no specs found in ${empty}: no file holds a spectrocloud.com/v1beta1 object [no-specs]`);
      expect(r.stderr, args.join(' ')).toContain('hint: point --repo');
    }
    expect(() => readFileSync(join(out, 'hubcast.lock.json'))).toThrow();
  });

  it('one side without specs: the diff is shown, with a note naming that side', async () => {
    mkdirSync(join(dir, 'empty'));
    const r = await hubcast('diff', '--base-dir', join(dir, 'empty'), '--head-dir', join(root, 'examples/hello-universe'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`note: no specs found in base ${join(dir, 'empty')}: every object of the head shows as added`);
    expect(r.stdout).toMatch(/^\+\d+ ~0 -0 objects across 1 placement \/ 1 workload$/m);
  });
});
