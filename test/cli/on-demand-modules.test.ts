// A render loads some of its code only when the specs need it (app/workspace.ts): a stock definition's
// precompiled validator and templates, Ajv and Handlebars' compiler for a repo's own definitions, CEL for
// Placements with expressions. Tests load all of it up front (test/setup/on-demand-modules.ts), so only a real
// process of the bundle shows that a render loads what it needs by itself: it must print what the in-process CLI prints.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, hubcast, hubcastProcess } from '../helpers/cli-run.ts';
import { git } from '../helpers/git-repo.ts';

const root = join(import.meta.dirname, '../..');

describe('modules loaded on demand', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-on-demand-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("a render of the bundle loads the validators, Ajv, Handlebars' compiler and CEL its specs need, and prints what the in-process CLI prints", async () => {
    // The fleet example has a repo trait (pdb: Ajv compiles its schema); its dev Environment gets a CEL expression.
    const repo = join(dir, 'repo');
    cpSync(join(root, 'examples/fleet'), repo, { recursive: true });
    const envs = join(repo, 'shop/environments.yaml');
    const cel = '              celSelector:\n                celExpressions:\n                  - managedCluster.metadata.name != "dev-euw-1"\n';
    writeFileSync(envs, readFileSync(envs, 'utf8').replace('                  stage: dev\n', `                  stage: dev\n${cel}`));
    const args = ['render', '--no-history', '--repo', repo, '--out', '-', '-q'];
    const [spawned, inProcess] = [await hubcastProcess(args), await hubcast(args)];
    expect(spawned.stderr).not.toContain('internal error');
    expect(spawned.code).toBe(0);
    expect(spawned.stdout).toBe(inProcess.stdout);
    // The expression ran: the dev deployment left out the cluster it names, and kept the others.
    expect(spawned.stdout).toContain('name: shop-storefront-dev\n  namespace: dev-use-1\n');
    expect(spawned.stdout).not.toContain('namespace: dev-euw-1\n');
    expect(spawned.stdout).toContain('kind: PodDisruptionBudget');
  }, 120_000);

  it("a render of the bundle loads Handlebars' compiler for a definition that only the history holds", async () => {
    // The repo trait is deleted from the tree; the profile pins its exact version, which resolve reads from history.
    const repo = join(dir, 'repo');
    cpSync(join(root, 'examples/fleet'), repo, { recursive: true });
    const commit = (message: string) => git(repo, ['-c', 'user.name=Ada', '-c', 'user.email=ada@example.com', 'commit', '-qam', message]);
    git(repo, ['init', '-q', '-b', 'main']);
    git(repo, ['add', '-A']);
    commit('fleet');
    git(repo, ['rm', '-q', 'definitions/pdb.yaml']);
    const profiles = join(repo, 'system/profiles.yaml');
    writeFileSync(profiles, readFileSync(profiles, 'utf8').replace('type: pdb@v1.0\n', 'type: pdb@1.0.0\n'));
    commit('pdb from history');
    const args = ['render', '--repo', repo, '--out', '-', '-q'];
    const [spawned, inProcess] = [await hubcastProcess(args), await hubcast(args)];
    expect(spawned.stderr).not.toContain('internal error');
    expect(spawned.code).toBe(0);
    expect(spawned.stdout).toBe(inProcess.stdout);
    expect(spawned.stdout).toContain('kind: PodDisruptionBudget');
  }, 120_000);

  it('a render of the bundle reads only the chunks its specs need', () => {
    // A module hook (in Node's hooks thread) writes down every file the render imports.
    const log = join(dir, 'loaded.txt');
    const hook = `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`;
    const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        `data:text/javascript,${encodeURIComponent(register)}`,
        BIN,
        'render',
        '--no-history',
        '--repo',
        join(root, 'examples/hello-universe'),
        '--out',
        '-',
      ],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.stderr).toContain('rendered 1 deployment');
    const chunks = readFileSync(log, 'utf8')
      .split('\n')
      .filter((u) => u.includes('/dist/cli-chunks/'))
      .map((u) => u.replace(/.*\/dist\/cli-chunks\//, ''));
    const named = (prefix: string) => chunks.filter((c) => c.startsWith(prefix)).map((c) => c.replace(/-[A-Z0-9]{8}\.mjs$/, ''));
    // The validators and templates of its component (webservice) and trait (resources), nothing of another definition.
    expect([...named('component-'), ...named('trait-')].sort()).toEqual(['component-webservice', 'component-webservice', 'trait-resources', 'trait-resources']);
    // No Ajv (every schema has a precompiled validator), no Handlebars compiler (every template has a precompiled
    // spec), no CEL, no source fetching.
    for (const unused of ['ajv-', 'template-compiler-', 'cel-library-', 'source-fetcher-', 'source-cache-']) expect(named(unused)).toEqual([]);
    // Of the 2.6 MB bundle, a render once read 2.3 MB.
    const bytes = chunks.reduce((n, c) => n + statSync(join(root, 'dist/cli-chunks', c)).size, 0);
    expect(bytes).toBeGreaterThan(500_000);
    expect(bytes).toBeLessThan(1_300_000);
  });
});
