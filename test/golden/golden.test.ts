// Every example renders to its committed tree under test/golden/<example>/. To accept a change
// of output: `npm run golden:update`, then read `git diff test/golden` as the review of it.
// `hubcast render` runs in process (test/helpers/cli-run.ts): what is tested is the files it writes.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { writeTree } from '../../src/adapters/tree-writer.ts';
import { runWorkspace } from '../../src/app/workspace.ts';
import type { OutputTree } from '../../src/emit/tree.ts';
import { hubcast } from '../helpers/cli-run.ts';
import { crdErrors, hasCrd } from '../helpers/crds.ts';
import { buildEveryFolder } from '../helpers/kustomize.ts';

const root = join(import.meta.dirname, '../..');
const examples = readdirSync(join(root, 'examples'))
  .filter((d) => statSync(join(root, 'examples', d)).isDirectory())
  .sort();
const update = process.env.HUBCAST_UPDATE_GOLDEN === '1';

function readDir(dir: string): OutputTree {
  const out: OutputTree = new Map();
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split(sep).join('/'), readFileSync(p, 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

async function render(example: string): Promise<OutputTree> {
  // Offline: examples render from their committed source cache, never from the network. Without history: the
  // examples' revisions would otherwise depend on hubcast's own commits.
  const r = await runWorkspace({ repo: join(root, 'examples', example), offline: true, history: false });
  expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  expect(r.ok).toBe(true);
  return r.tree!;
}

describe.each(examples)('example %s', (example) => {
  const goldenDir = join(root, 'test/golden', example);

  it('renders to the committed golden tree', async () => {
    const tree = await render(example);
    if (update) {
      rmSync(goldenDir, { recursive: true, force: true });
      for (const [p, text] of tree) {
        mkdirSync(dirname(join(goldenDir, p)), { recursive: true });
        writeFileSync(join(goldenDir, p), text);
      }
    }
    const golden = readDir(goldenDir);
    expect([...tree.keys()].sort()).toEqual([...golden.keys()].sort());
    for (const [p, text] of tree) expect(text, p).toBe(golden.get(p));
  });

  it('`hubcast render --out` (which streams each file to disk as it is emitted) writes the golden tree', async () => {
    const out = mkdtempSync(join(tmpdir(), `hubcast-stream-${example}-`));
    try {
      for (const pass of ['into a new folder', 'over the previous render']) {
        const r = await hubcast(['render', '--repo', join(root, 'examples', example), '--out', join(out, 'tree'), '--offline', '--no-history', '-q']);
        expect(r.code, `${pass}: ${r.stderr}`).toBe(0);
        const written = readDir(join(out, 'tree'));
        // The folder also holds the marker that keeps spec readers out of it (not part of the tree).
        expect(written.get('.hubcast-render'), pass).toMatch(/hubcast render/);
        written.delete('.hubcast-render');
        const golden = readDir(goldenDir);
        expect([...written.keys()], pass).toEqual([...golden.keys()]);
        for (const [p, text] of written) expect(text, `${pass}: ${p}`).toBe(golden.get(p));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('renders byte-identically twice', async () => {
    const a = await render(example);
    const b = await render(example);
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it('validates every hub object against the official CRDs', async () => {
    let checked = 0;
    for (const [p, text] of await render(example)) {
      if (!p.endsWith('.yaml') || p.endsWith('kustomization.yaml')) continue;
      for (const doc of parseAllDocuments(text)) {
        const o = doc.toJS() as {
          apiVersion: string;
          kind: string;
          spec?: { manifestWorkTemplate?: { workload?: { manifests?: { apiVersion: string; kind: string }[] } } };
        };
        // The hub objects, and the Flux objects (HelmRelease, GitRepository, ...) they carry to spokes.
        for (const x of [o, ...(o.spec?.manifestWorkTemplate?.workload?.manifests ?? [])]) {
          if (!hasCrd(x.apiVersion, x.kind)) continue;
          expect(crdErrors(x), `${p}: ${x.kind}`).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('builds every folder with kubectl kustomize', async () => {
    const dir = mkdtempSync(join(tmpdir(), `hubcast-${example}-`));
    try {
      const out = join(dir, 'out');
      const tree = await render(example);
      writeTree(out, tree);
      const folders = [...tree.keys()].filter((p) => p.endsWith('kustomization.yaml')).map((p) => dirname(p));
      expect(folders).toContain('.');
      const built = buildEveryFolder(out, folders);
      expect(built.has('.')).toBe(true);
      for (const [f, text] of built) expect(text, f).toMatch(/^apiVersion: /m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
