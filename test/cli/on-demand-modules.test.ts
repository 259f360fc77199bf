// A render loads some of its code only when the specs need it (app/workspace.ts): a stock definition's
// precompiled validator, Ajv for a repo's own definitions, CEL for Placements with expressions. Tests load all
// of it up front (test/setup/on-demand-modules.ts), so only a real process of the bundle shows that a render
// loads what it needs by itself: it must print what the in-process CLI prints.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubcast, hubcastProcess } from '../helpers/cli-run.ts';

const root = join(import.meta.dirname, '../..');

describe('modules loaded on demand', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-on-demand-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a render of the bundle loads the validators, Ajv and CEL its specs need, and prints what the in-process CLI prints', async () => {
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
});
