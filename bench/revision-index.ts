// Benchmark: index a long history. Builds a synthetic repository of 5,000 commits that each touch
// spec files (edits, moves between files, reformats, in multi-document files), then times reading
// the history (git log + cat-file), building the revision index, and a full `validate` run.
//
//   node --import tsx bench/revision-index.ts [commits] [--keep DIR]
//
// --keep DIR builds the repository into DIR once and reuses it on later runs (for iterating on
// the indexer without rebuilding 5,000 commits each time); without it a temporary repo is removed.
//
// Target (issue #8): at most 2 s for 5,000 commits to read and index. Prints JSON on the last line.

import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readGitHistory } from '../src/adapters/git-history.ts';
import { readRepoFiles } from '../src/adapters/fs-repo.ts';
import { runWorkspace } from '../src/app/workspace.ts';
import { defaultConfig } from '../src/load/config.ts';
import { fileFilter } from '../src/load/load-repo.ts';
import { buildRevisionIndex } from '../src/resolve/revision-index.ts';
import { GitRepo, type CommitSpec } from '../test/helpers/git-repo.ts';

const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
const keepDir = keepAt >= 0 ? args.splice(keepAt, 2)[1] : undefined;
const COMMITS = Number(args[0] ?? 5000);
const ENVS = 24;
const FILES = 6;

const envDoc = (i: number, rev: number, style: number) => {
  const header = style % 2 ? `# environment ${i}, edited ${rev} times\n` : '';
  return `${header}apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: env-${i}
  namespace: team-${i % 3}
  labels:
    tier: "${i % 2 ? 'prod' : 'dev'}"
spec:
  version: 1.${Math.floor(rev / 10)}.${rev % 10}
  topology:
    type: topology-ocm
    properties:
      hubNamespace: managed-cluster-set-global
      placement:
        clusterSets: [global]
        numberOfClusters: ${1 + (rev % 7)}
        predicates:
          - requiredClusterSelector:
              labelSelector:
                matchLabels:
                  stage: ${i % 2 ? 'prod' : 'dev'}
                matchExpressions:
                  - key: region
                    operator: In
                    values: [us-east, us-west, eu-central]
      manifestWorkReplicaSet:
        manifestWorkTemplate:
          lifecycle:
            spokeNamespace: { create: true, orphan: false }
            workload: { orphan: false }
        rolloutStrategy:
          type: Progressive
          progressive:
            maxConcurrency: ${1 + (rev % 3)}
  policies:
    - name: overrides
      type: override
      properties:
        components:
          - name: web
            traits:
              - type: scaler
                properties:
                  replicas: ${2 + (rev % 5)}
`;
};

const profile = `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: web
  namespace: mural-system
spec:
  workload:
    components:
      - name: web
        type: webservice
        properties:
          image: registry.example/web:1
        traits:
          - type: scaler
            properties:
              replicas: 1
`;

const deployments = Array.from(
  { length: ENVS },
  (_, i) => `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: web-${i}
  namespace: team-${i % 3}
spec:
  workload:
    name: web-${i}
    namespace: web-${i}
  workloadProfileRef:
    name: web
  environmentRef:
    name: env-${i}@v${1 + (i % 5)}
`,
).join('---\n');

/** Deterministic history: each commit edits one environment; some move it to another file or reformat it. */
function history(): CommitSpec[] {
  const revs = new Array(ENVS).fill(0);
  const style = new Array(ENVS).fill(0);
  const fileOf = Array.from({ length: ENVS }, (_, i) => i % FILES);
  const fileText = (f: number) => {
    const docs = revs.map((r, i) => (fileOf[i] === f ? envDoc(i, r, style[i]) : '')).filter(Boolean);
    return docs.length ? docs.join('---\n') : null;
  };
  const all = () => Object.fromEntries(Array.from({ length: FILES }, (_, f) => [`envs/file-${f}.yaml`, fileText(f)]));
  const commits: CommitSpec[] = [{ files: { ...all(), 'profile.yaml': profile, 'deployments.yaml': deployments } }];
  let seed = 42;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), (seed >>> 16) % n);
  for (let c = 1; c < COMMITS; c++) {
    const i = rand(ENVS);
    const kind = rand(20);
    const before = fileOf[i];
    if (kind === 0)
      fileOf[i] = (fileOf[i] + 1) % FILES; // move to another file
    else if (kind === 1)
      style[i]++; // reformat only
    else revs[i]++;
    const files: Record<string, string | null> = { [`envs/file-${before}.yaml`]: fileText(before) };
    files[`envs/file-${fileOf[i]}.yaml`] = fileText(fileOf[i]);
    commits.push({ files, message: `edit env-${i}` });
  }
  return commits;
}

/** Wall time, and this process's CPU time (less sensitive to other load; git's own time is not in it). */
const cpu = { read: 0, index: 0 };
const time = <T>(f: () => T, cpuKey?: keyof typeof cpu): [T, number] => {
  const t = performance.now();
  const c = process.cpuUsage();
  const out = f();
  const used = process.cpuUsage(c);
  if (cpuKey) cpu[cpuKey] = (used.user + used.system) / 1000;
  return [out, performance.now() - t];
};

const reuse = keepDir !== undefined && existsSync(join(keepDir, '.git'));
if (keepDir !== undefined && !reuse) mkdirSync(keepDir, { recursive: true });
const repo = reuse ? { dir: keepDir! } : new GitRepo(keepDir);
try {
  const [, buildMs] = reuse ? [undefined, 0] : time(() => (repo as GitRepo).commit(...history()));
  const accept = fileFilter(defaultConfig);
  const [h, readMs] = time(() => readGitHistory(repo.dir, { accept }), 'read');
  if (h.kind !== 'history') throw new Error(`no history: ${JSON.stringify(h)}`);
  const worktree = readRepoFiles(repo.dir, defaultConfig);
  const [index, indexMs] = time(() => buildRevisionIndex(h.history.commits, h.history.texts, defaultConfig.systemNamespace, worktree), 'index');
  const t0 = performance.now();
  const r = await runWorkspace({ repo: repo.dir, emit: false });
  const validateMs = performance.now() - t0;
  if (!r.ok) throw new Error(`validate failed: ${JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error').slice(0, 3))}`);
  const revisions = [...index.objects.values()].reduce((n, o) => n + o.revisions.length, 0);
  const result = {
    commits: h.history.commits.length,
    fileVersions: h.history.texts.size,
    objects: index.objects.size,
    revisions,
    readHistoryMs: Math.round(readMs),
    buildIndexMs: Math.round(indexMs),
    historyTotalMs: Math.round(readMs + indexMs),
    readHistoryCpuMs: Math.round(cpu.read),
    buildIndexCpuMs: Math.round(cpu.index),
    validateWithHistoryMs: Math.round(validateMs),
    buildRepoMs: Math.round(buildMs),
  };
  console.error(
    `read ${result.commits} commits (${result.fileVersions} file versions) in ${result.readHistoryMs} ms; indexed ${result.revisions} revisions of ${result.objects} objects in ${result.buildIndexMs} ms; validate with history ${result.validateWithHistoryMs} ms`,
  );
  console.log(JSON.stringify(result));
} finally {
  if (keepDir === undefined) rmSync(repo.dir, { recursive: true, force: true });
}
