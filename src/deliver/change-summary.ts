// What a render changes in one environment, as Markdown for a pull request body or a job
// summary: workloads with their resolved revisions (from the lock) and files grouped by folder
// (a cluster's folder in the per-cluster layout). Kept on its own so the semantic diff engine
// can replace it without touching publishing.

import { cmp } from '../core/diagnostics.ts';
import { stableJson } from '../core/stable-json.ts';
import type { Lock, LockedDeployment, LockedRef } from '../emit/lock.ts';
import { countChanges, environmentDirOf, waveOf, type FileChange } from './tree-changes.ts';

export interface EnvironmentChange {
  environment: string;
  changes: FileChange[];
  baseLock?: Lock;
  nextLock: Lock;
}

/** Escape text that came from the repository so it cannot open Markdown or HTML constructs. */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

function refText(r: LockedRef | undefined): string {
  if (!r) return '–';
  return `${r.name}@${r.version ?? `v${r.revision}`}`;
}

function revision(before: LockedRef | undefined, after: LockedRef | undefined): string {
  const a = refText(before);
  const b = refText(after);
  return a === b || !before ? code(b) : !after ? `${code(a)} → –` : `${code(a)} → ${code(b)}`;
}

function deploymentsIn(lock: Lock | undefined, environment: string): Map<string, LockedDeployment> {
  const out = new Map<string, LockedDeployment>();
  for (const [k, d] of Object.entries(lock?.deployments ?? {})) {
    if (`${d.environment.namespace}/${d.environment.name}` === environment) out.set(k, d);
  }
  return out;
}

export function workloadTable(c: EnvironmentChange): string {
  const before = deploymentsIn(c.baseLock, c.environment);
  const after = deploymentsIn(c.nextLock, c.environment);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort(cmp);
  if (!keys.length) return '';
  const rows = keys.map((k) => {
    const b = before.get(k);
    const a = after.get(k);
    const status = !b ? 'added' : !a ? 'removed' : stableJson(b) === stableJson(a) ? 'unchanged' : 'changed';
    const defs = (a ?? b)!.definitions.map((d) => code(`${d.name}@${d.version}`)).join(' ');
    return `| ${code(k)} | ${status} | ${revision(b?.environment, a?.environment)} | ${revision(b?.profile, a?.profile)} | ${b?.bundle || a?.bundle ? revision(b?.bundle, a?.bundle) : '–'} | ${defs} |`;
  });
  return ['| Workload | Status | Environment | Profile | Bundle | Definitions |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

const mark: Record<FileChange['kind'], string> = { added: '+', changed: '~', removed: '-' };

/** Files by folder under the environment: the environment itself, or a cluster's subfolder. */
function byFolder(c: EnvironmentChange): Map<string, FileChange[]> {
  const prefix = `${environmentDirOf(c.environment)}/`;
  const out = new Map<string, FileChange[]>();
  for (const f of c.changes) {
    const rest = f.path.startsWith(prefix) ? f.path.slice(prefix.length) : f.path;
    const folder = rest.includes('/') ? rest.slice(0, rest.lastIndexOf('/')) : '(environment)';
    out.set(folder, [...(out.get(folder) ?? []), f]);
  }
  return new Map([...out.entries()].sort((a, b) => cmp(a[0], b[0])));
}

export function countsText(changes: readonly FileChange[]): string {
  const n = countChanges(changes);
  return `+${n.added} ~${n.changed} -${n.removed}`;
}

/** Full detail: every file. `filesLimit` caps the listed files; the rest are counted. */
export function environmentSummary(c: EnvironmentChange, filesLimit = Infinity): string {
  const parts = [`### Environment ${code(c.environment)} (${countsText(c.changes)} files)`];
  const table = workloadTable(c);
  if (table) parts.push(table);
  const waves = rolloutOrder(c.changes);
  if (waves) parts.push(waves);
  let listed = 0;
  for (const [folder, files] of byFolder(c)) {
    const shown = files.slice(0, Math.max(0, filesLimit - listed));
    listed += shown.length;
    const lines = shown.map((f) => `- ${mark[f.kind]} ${code(f.path)}`);
    if (shown.length < files.length) lines.push(`- … ${files.length - shown.length} more files omitted`);
    parts.push(`<details><summary>${md(folder)}: ${countsText(files)}</summary>\n\n${lines.join('\n')}\n\n</details>`);
  }
  return parts.join('\n\n');
}

/** Which wave of each rolled-out deployment Flux applies first, and which follow once it is healthy. */
export function rolloutOrder(changes: readonly FileChange[]): string {
  const byDeployment = new Map<string, Map<number, Set<string>>>();
  for (const f of changes) {
    // A removed work is pruned by the wave that held it, not rolled out: only what is applied has an order.
    const w = f.kind === 'removed' ? undefined : waveOf(f.path);
    if (!w) continue;
    const waves = byDeployment.get(w.deployment) ?? new Map<number, Set<string>>();
    byDeployment.set(w.deployment, waves);
    waves.set(w.wave, (waves.get(w.wave) ?? new Set()).add(w.cluster));
  }
  if (byDeployment.size === 0) return '';
  const lines = [...byDeployment.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([d, waves]) => {
      const order = [...waves.entries()].sort((a, b) => a[0] - b[0]).map(([n, cs]) => `wave ${n} (${[...cs].sort().map(md).join(', ')})`);
      return `- ${code(d)}: ${order[0]} goes first${order.length > 1 ? `, then ${order.slice(1).join(', then ')}, each once the wave before it is healthy` : ''}`;
    });
  return `**Rollout order** (changed clusters):\n\n${lines.join('\n')}`;
}
