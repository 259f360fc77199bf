// `hubcast diff` against real git repositories in temp folders: refs read without a checkout,
// the working tree, the default base, spec folders, report formats and the exit-code contract. In
// process (test/helpers/cli-run.ts), but for one real process: the exit code and colour as a process
// through a pipe has them.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTarget, listTreeAt, readEntries } from '../../src/adapters/git-tree.ts';
import { diffText } from '../../src/app/diff-text.ts';
import { parseArtifact } from '../../src/review/review-artifact.ts';
import { review, edit, exampleFiles } from '../helpers/review.ts';
import { hubcast as cli, hubcastProcess } from '../helpers/cli-run.ts';

const root = join(import.meta.dirname, '../..');

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    encoding: 'utf8',
  }).trim();
}

const hubcast = (...args: string[]) => cli(args);

describe('hubcast diff', () => {
  let dir: string;
  let repo: string;
  let specs: string;
  let mainSha: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-diff-'));
    repo = join(dir, 'repo');
    specs = join(repo, 'deploy', 'fleet');
    cpSync(join(root, 'examples/fleet'), specs, { recursive: true });
    writeFileSync(join(repo, 'README.md'), 'not a spec\n');
    git(dir, 'init', '-q', '-b', 'main', repo);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'fleet');
    mainSha = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-qb', 'feature');
    const f = join(specs, 'shop/deployments.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('imageTag: 2.1.0\n', 'imageTag: 2.2.0\n'));
    git(repo, 'commit', '-qam', 'bump storefront');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compares two refs of a spec folder inside a repository, without a checkout', async () => {
    const r = await hubcast('diff', '--repo', specs, '--base', 'main', '--head', 'feature', '--format', 'json');
    expect(r.code).toBe(0);
    const cs = JSON.parse(r.stdout);
    expect(cs.base).toEqual({ side: 'base', label: 'main', commit: mainSha, ok: true, errors: [] });
    expect(cs.head.commit).toBe(git(repo, 'rev-parse', 'feature'));
    // web and cart-sync on each of the four prod clusters (the fleet renders one ManifestWork per cluster)
    expect(cs.totals).toMatchObject({ added: 0, changed: 8, removed: 0 });
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('compares the working tree with the merge-base of the target branch by default', async () => {
    const f = join(specs, 'shop/variables.yaml');
    const before = readFileSync(f, 'utf8');
    writeFileSync(f, before.replace('value: warn', 'value: error'));
    try {
      const r = await hubcast('diff', '--repo', specs, '--target', 'main');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`hubcast diff: base merge-base with main (${mainSha.slice(0, 12)}) -> head working tree`);
      expect(r.stdout).toContain('-              value: warn\n');
      expect(r.stdout).toContain('+          image: registry.acme.example/storefront:2.2.0\n');
      expect(r.stdout).toMatch(/\+0 ~10 -0 objects across 6 clusters \/ 2 workloads\n$/);
    } finally {
      writeFileSync(f, before);
    }
  });

  it('follows the flux diff convention with --exit-code: 0 no changes, 1 changes, 2 error', async () => {
    expect((await hubcast('diff', '--repo', specs, '--base', 'feature', '--head', 'feature', '--exit-code')).code).toBe(0);
    expect((await hubcast('diff', '--repo', specs, '--base', 'main', '--head', 'feature', '--exit-code')).code).toBe(1);
    git(repo, 'checkout', '-qb', 'broken');
    const f = join(specs, 'shop/deployments.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('    name: dev\n', '    name: dve\n'));
    git(repo, 'commit', '-qam', 'typo');
    const broken = await hubcast('diff', '--repo', specs, '--base', 'main', '--head', 'broken', '--exit-code', '--format', 'markdown');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('head: shop/deployments.yaml:16:11: error: Environment "dve" not found');
    expect(broken.stdout).toContain('**head failed to render** (1 error): the diff of 1 deployment is withheld (shop/storefront-dev)');
    // Without --exit-code a render error is invalid input, as for every other command.
    expect((await hubcast('diff', '--repo', specs, '--base', 'main', '--head', 'broken')).code).toBe(1);
    git(repo, 'checkout', '-q', 'feature');
  });

  it('writes the HTML report to a file', async () => {
    const out = join(dir, 'reports/diff.html');
    const r = await hubcast('diff', '--repo', specs, '--base', 'main', '--head', 'feature', '--format', 'html', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>\n[\s\S]*Deployment shop\/web/);
  });

  it('takes ignore rules from the base side only, so a change cannot hide itself', async () => {
    git(repo, 'checkout', '-qb', 'sneaky', 'feature');
    writeFileSync(join(specs, 'hubcast.yaml'), `${readFileSync(join(specs, 'hubcast.yaml'), 'utf8')}diff:\n  ignore: ["Deployment"]\n`);
    git(repo, 'commit', '-qam', 'hide deployments');
    const sneaky = JSON.parse((await hubcast('diff', '--repo', specs, '--base', 'main', '--head', 'sneaky', '--format', 'json')).stdout);
    expect(sneaky.totals).toMatchObject({ changed: 8, hidden: 0 });
    // The same rule on the base side applies, and is disclosed.
    const reverse = JSON.parse((await hubcast('diff', '--repo', specs, '--base', 'sneaky', '--head', 'main', '--format', 'json')).stdout);
    expect(reverse.totals).toMatchObject({ changed: 0, hidden: 8 });
    expect(reverse.hidden).toEqual([{ rule: 'Deployment', count: 8 }]);
    git(repo, 'checkout', '-q', 'feature');
  });

  it('compares two spec folders outside git', async () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    cpSync(join(root, 'examples/fleet'), a, { recursive: true });
    cpSync(join(root, 'examples/fleet'), b, { recursive: true });
    rmSync(join(b, 'shop/bundle.yaml'));
    const f = join(b, 'shop/deployments.yaml');
    writeFileSync(
      f,
      readFileSync(f, 'utf8')
        .split('---\n')
        .filter((d) => !d.includes('name: storefront-eu\n'))
        .join('---\n'),
    );
    const r = await hubcast('diff', '--base-dir', a, '--head-dir', b, '--format', 'json', '--ignore', 'Namespace');
    expect(r.code).toBe(0);
    const cs = JSON.parse(r.stdout);
    expect(cs.base.label).toBe(a);
    // the storefront-eu ManifestWork and its four objects on each of its two clusters, and the hub Kustomizations
    // of those two clusters, which run nothing else
    expect(cs.totals).toMatchObject({ removed: 12, changed: 0 });
    expect(cs.notes.map((n: { code: string }) => n.code)).toEqual(['work-deletes', 'work-deletes']); // one work per cluster
  });

  it('reports a bad ref, a folder outside git and a bad rule as errors, exit 2, no stack trace', async () => {
    const bad = await hubcast('diff', '--repo', specs, '--base', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: "nope" does not name a commit in .* \[git\]\n {2}hint: /);
    const nogit = await hubcast('diff', '--repo', join(dir, 'a'));
    expect(nogit.code).toBe(2);
    expect(nogit.stderr).toContain('[git]');
    const rule = await hubcast('diff', '--base-dir', join(dir, 'a'), '--head-dir', join(dir, 'a'), '--ignore', 'A/b/c/d');
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('error: ignore rule "A/b/c/d": the selector must be Kind, Kind/name or Kind/namespace/name');
    for (const r of [bad, nogit, rule]) expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('writes the job summary and the review artifact phase 2 of the fork-safe workflow accepts', async () => {
    const summary = join(dir, 'ci/summary.md');
    const artifactFile = join(dir, 'ci/hubcast-review.json');
    const headSha = git(repo, 'rev-parse', 'feature');
    const args = ['diff', '--repo', specs, '--base', 'main', '--head', 'feature', '--format', 'json', '--summary', summary, '--review-artifact', artifactFile];
    const usage = await hubcast(...args, '--pr', '7');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--review-artifact needs --pr-head-sha with the pull request's 40-hex head commit");
    const r = await hubcast(...args, '--pr', '7', '--pr-head-sha', headSha);
    expect(r.code).toBe(0);
    expect(readFileSync(summary, 'utf8')).toMatch(/^### hubcast diff\n\n\*\*\+0 ~8 -0 objects\*\*/);
    // Which pull request and commit, nothing more: phase 2 renders the review itself.
    expect(parseArtifact(readFileSync(artifactFile, 'utf8'))).toEqual({ ok: true, value: { kind: 'hubcast-review', version: 2, pr: 7, headSha } });
  });

  it('explains itself with --help', async () => {
    const r = await hubcast('diff', '--help');
    expect(r.code).toBe(0);
    for (const flag of [
      '--base <ref>',
      '--head <ref>',
      '--format <format>',
      '--exit-code',
      '--ignore <rule>',
      '--no-default-ignores',
      '--review-artifact <file>',
    ])
      expect(r.stdout).toContain(flag);
  });

  it('runs as a process: exit code, and no colour through a pipe or with NO_COLOR', async () => {
    const r = await hubcastProcess(['diff', '--repo', specs, '--base', 'main', '--head', 'feature', '--exit-code'], { env: { NO_COLOR: '1' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('~ Deployment shop/web (+1 -1)');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours the terminal diff when the output is a terminal', () => {
    const fleet = exampleFiles('fleet');
    const cs = review(fleet, edit(fleet, 'shop/deployments.yaml', 'imageTag: 2.1.0\n', 'imageTag: 2.2.0\n'));
    const text = diffText(cs, { out: () => {}, err: () => {}, color: true });
    expect(text).toContain('\u001b[32m+          image: registry.acme.example/storefront:2.2.0\u001b[0m');
    expect(text).toContain('\u001b[31m-          image: registry.acme.example/storefront:2.1.0\u001b[0m');
    expect(text).toContain('\u001b[36m@@ ');
  });
});

describe('git tree adapter', () => {
  it('reads files at a commit, paths relative to the spec folder, symlinks and other folders left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hubcast-gittree-'));
    try {
      git(dir, 'init', '-q', '-b', 'trunk');
      execFileSync('mkdir', ['-p', join(dir, 'specs/sub'), join(dir, 'other')]);
      writeFileSync(join(dir, 'specs/a.yaml'), 'a: 1\n');
      writeFileSync(join(dir, 'specs/sub/b c.yaml'), 'b: "ü"\n');
      writeFileSync(join(dir, 'other/x.yaml'), 'x: 1\n');
      execFileSync('ln', ['-s', 'a.yaml', join(dir, 'specs/link.yaml')]);
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'one');
      writeFileSync(join(dir, 'specs/a.yaml'), 'a: 2\n');
      const entries = listTreeAt(join(dir, 'specs'), 'HEAD');
      expect(entries.map((e) => e.path)).toEqual(['a.yaml', 'sub/b c.yaml']);
      expect(readEntries(join(dir, 'specs'), entries)).toEqual([
        { path: 'a.yaml', text: 'a: 1\n' },
        { path: 'sub/b c.yaml', text: 'b: "ü"\n' },
      ]);
      // Only a `trunk` branch: nothing to compare against by default.
      expect(() => defaultTarget(dir, {})).toThrow('cannot tell which branch to compare against');
      git(dir, 'branch', 'main');
      expect(defaultTarget(dir, {})).toBe('main');
      // In a pull_request job the PR's base branch wins, once fetched as origin/<base>.
      git(dir, 'update-ref', 'refs/remotes/origin/release', 'HEAD');
      expect(defaultTarget(dir, { GITHUB_BASE_REF: 'release' })).toBe('origin/release');
      expect(existsSync(join(dir, 'specs/a.yaml'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
