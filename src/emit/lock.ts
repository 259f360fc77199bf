// The lock file records what every reference resolved to, so a re-render is reproducible and a
// reviewer can read "what got re-resolved" from its diff.

import { cmp } from '../core/diagnostics.ts';
import type { ResolvedRef } from '../resolve/catalog.ts';
import type { ResolvedDeployment } from '../resolve/resolve.ts';
import type { Definition } from '../definitions/definition-types.ts';
import type { LockedSource } from '../sources/types.ts';
import type { LockedReference } from '../resolve/reference-lock.ts';
import { HUBCAST_VERSION } from '../core/version.ts';
import { isObject } from '../core/types.ts';

export const LOCK_FILE = 'hubcast.lock.json';

export interface LockedRef {
  ref: string;
  kind: string;
  namespace: string;
  name: string;
  revision: number;
  version?: string;
  hash: string;
  commit?: string;
  uncommitted?: boolean;
}

export interface LockedDefinition {
  kind: string;
  name: string;
  namespace: string;
  version: string;
  hash: string;
}

export interface LockedDeployment {
  environment: LockedRef;
  profile: LockedRef;
  bundle?: LockedRef;
  definitions: LockedDefinition[];
  variables: Record<string, { source: string }>;
  workloadType: string;
}

export interface Lock {
  lockVersion: 1;
  hubcastVersion: string;
  sourceCommit?: string;
  deployments: Record<string, LockedDeployment>;
  /** Helm chart versions and git commits, by request key (docs/sources.md). */
  sources?: Record<string, LockedSource>;
  /**
   * What each spec reference resolved to, by `Kind/namespace/reference` (docs/revisions.md); what
   * --locked holds. Locks written before it existed lack it.
   */
  references?: Record<string, LockedReference>;
}

function lockRef(r: ResolvedRef): LockedRef {
  const rev = r.revision;
  const out: LockedRef = { ref: r.ref, kind: r.id.kind, namespace: r.id.namespace, name: r.id.name, revision: rev.number, hash: rev.hash };
  if (rev.version) out.version = rev.version;
  if (rev.commit) out.commit = rev.commit;
  if (rev.uncommitted) out.uncommitted = true;
  return out;
}

function lockDefinition(d: Definition): LockedDefinition {
  return { kind: d.kind, name: d.name, namespace: d.namespace, version: d.version, hash: d.hash };
}

export function buildLock(deployments: readonly ResolvedDeployment[], sourceCommit?: string): Lock {
  const out: Record<string, LockedDeployment> = {};
  for (const r of deployments) {
    const defs = new Map<string, Definition>();
    for (const c of r.components) {
      defs.set(`${c.definition.kind}/${c.definition.name}@${c.definition.version}`, c.definition);
      for (const t of c.traits) defs.set(`${t.definition.kind}/${t.definition.name}@${t.definition.version}`, t.definition);
    }
    for (const p of r.policies) defs.set(`${p.definition.kind}/${p.definition.name}@${p.definition.version}`, p.definition);
    const entry: LockedDeployment = {
      environment: lockRef(r.environment),
      profile: lockRef(r.profile),
      definitions: [...defs.keys()].sort(cmp).map((k) => lockDefinition(defs.get(k)!)),
      variables: Object.fromEntries(r.variables.map((v) => [v.name, { source: v.source }])),
      workloadType: r.workloadType,
    };
    if (r.bundle) entry.bundle = lockRef(r.bundle);
    out[`${r.deployment.id.namespace}/${r.deployment.id.name}`] = entry;
  }
  const lock: Lock = { lockVersion: 1, hubcastVersion: HUBCAST_VERSION, deployments: out };
  if (sourceCommit) lock.sourceCommit = sourceCommit;
  return lock;
}

/**
 * Reads a lock file's text: the lock, or what is wrong with it (not JSON, not a lock, another lock
 * version). A damaged lock is never taken as "no lock": the caller says how to recover.
 */
export function readLockText(text: string): { lock: Lock } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problem: `it is not valid JSON (${(e as Error).message})` };
  }
  if (!isObject(data)) return { problem: 'it is not a JSON object' };
  if (data.lockVersion !== 1) return { problem: `its lockVersion is ${JSON.stringify(data.lockVersion) ?? 'missing'}; this hubcast reads lockVersion 1` };
  if (!isObject(data.deployments)) return { problem: '"deployments" is missing or not an object' };
  if (data.sources !== undefined) {
    if (!isObject(data.sources)) return { problem: '"sources" is not an object' };
    for (const [key, s] of Object.entries(data.sources)) {
      if (!isObject(s) || (s.type !== 'helm' && s.type !== 'git') || typeof s.url !== 'string')
        return { problem: `sources["${key}"] is not a locked source (type helm or git, and a url)` };
    }
  }
  if (data.references !== undefined) {
    if (!isObject(data.references)) return { problem: '"references" is not an object' };
    for (const [key, r] of Object.entries(data.references)) {
      if (!isObject(r) || !['kind', 'namespace', 'name', 'ref', 'hash'].every((k) => typeof r[k] === 'string')) {
        return { problem: `references["${key}"] is not a locked reference (kind, namespace, name, ref and hash)` };
      }
    }
  }
  return { lock: data as unknown as Lock };
}
