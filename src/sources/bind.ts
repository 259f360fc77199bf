// Hands each component its resolved source (as `context.source` for its template) and produces
// the lock's `sources` section. Components whose source could not be resolved are left out of
// the render: their error is already reported, and rendering them would only add noise. Pure.

import type { Json, JsonObject } from '../core/types.ts';
import type { ResolvedDeployment } from '../resolve/resolve.ts';
import { componentKey, type SourcePlan } from './plan.ts';
import { versionToTag } from './select-version.ts';
import type { LockedSource, SourceRequest, SourceResolution, SourceResolutions } from './types.ts';

/** What a template sees as `context.source` (docs/definitions.md). */
export function sourceContext(req: SourceRequest, res: SourceResolution): JsonObject {
  if (req.type === 'helm' && res.type === 'helm') {
    const repo = req.repository;
    const oci = repo.url.startsWith('oci://');
    const out: JsonObject = {
      type: oci ? 'oci' : 'helm',
      repository: { name: repo.name, namespace: repo.namespace },
      url: oci ? `${repo.url.replace(/\/+$/, '')}/${req.chart}` : repo.url,
      chart: req.chart,
      range: req.range,
      version: res.version,
      tag: versionToTag(res.version),
    };
    if (res.digest) out.digest = res.digest;
    if (repo.secretRef) out.secretRef = repo.secretRef;
    if (repo.insecure) out.insecure = true;
    return out;
  }
  if (req.type === 'git' && res.type === 'git') {
    const out: JsonObject = { type: 'git', url: req.url, ref: req.ref as unknown as Json, commit: res.commit };
    if (req.ref.branch) out.branch = req.ref.branch;
    if (req.secretRef) out.secretRef = req.secretRef;
    return out;
  }
  throw new Error(`source ${req.key}: resolution of type ${res.type} for a ${req.type} request`);
}

export function bindSources(deployments: readonly ResolvedDeployment[], plan: SourcePlan, resolutions: SourceResolutions): ResolvedDeployment[] {
  const byKey = new Map(plan.requests.map((r) => [r.key, r]));
  return deployments.map((d) => {
    if (!d.components.some((c) => c.definition.sourceType)) return d;
    const components = d.components.flatMap((c) => {
      const key = plan.byComponent.get(componentKey(d, c));
      if (key === undefined) return [c]; // invalid properties: the render reports them
      const res = key === null ? undefined : resolutions.get(key);
      if (!res) return [];
      return [{ ...c, source: sourceContext(byKey.get(key!)!, res) }];
    });
    return { ...d, components };
  });
}

export function lockSources(plan: SourcePlan, resolutions: SourceResolutions): Record<string, LockedSource> {
  const out: Record<string, LockedSource> = {};
  for (const r of plan.requests) {
    const res = resolutions.get(r.key);
    if (!res) continue;
    if (r.type === 'helm' && res.type === 'helm') {
      const l: LockedSource = { type: 'helm', url: r.repository.url, chart: r.chart, range: r.range, version: res.version };
      if (res.digest) l.digest = res.digest;
      out[r.key] = l;
    } else if (r.type === 'git' && res.type === 'git') {
      out[r.key] = { type: 'git', url: r.url, ref: r.ref, commit: res.commit };
    }
  }
  return out;
}
