// Which sources the resolved deployments need: every component whose definition declares
// `source: helm` (chart, version, repository) or `source: git` (url, ref) becomes a request,
// deduplicated across deployments. Repositories are looked up in the deployment's namespace (the
// project), then the profile's, then the system namespace. Pure.

import { cmp, didYouMean, error, type Diagnostic } from '../core/diagnostics.ts';
import { checkSchema } from '../load/schema-check.ts';
import { ModuleNotLoaded } from '../core/on-demand.ts';
import type { JsonObject, SourceObject } from '../core/types.ts';
import { propertiesCompiler } from '../definitions/definition.ts';
import type { ResolvedComponent, ResolvedDeployment } from '../resolve/resolve.ts';
import type { GitRef, RepositoryRef, SourceRequest } from './types.ts';

export interface SourcePlan {
  /** Distinct requests, sorted by key. */
  requests: SourceRequest[];
  /**
   * `<deployment ns>/<deployment name>/<component>` -> request key, or null when the component
   * cannot be rendered because its source is unusable (already reported).
   */
  byComponent: Map<string, string | null>;
  repositories: Map<string, RepositoryRef>;
  diagnostics: Diagnostic[];
}

export const componentKey = (d: ResolvedDeployment, c: { name: string }): string => `${d.deployment.id.namespace}/${d.deployment.id.name}/${c.name}`;

/** Git ref fields in Flux's order of precedence, highest first. */
export const GIT_REF_FIELDS = ['commit', 'name', 'semver', 'tag', 'branch'] as const;

export function repositoryOf(o: SourceObject): RepositoryRef {
  const spec = o.body.spec as JsonObject;
  const r: RepositoryRef = { namespace: o.id.namespace, name: o.id.name, url: String(spec.url) };
  const secret = (spec.secretRef as JsonObject | undefined)?.name;
  if (typeof secret === 'string') r.secretRef = secret;
  if (spec.insecure === true) r.insecure = true;
  return r;
}

/** The highest-precedence ref field: what Flux (and hubcast) resolve. */
export function effectiveRef(ref: GitRef): GitRef {
  for (const f of GIT_REF_FIELDS) if (ref[f] !== undefined) return { [f]: ref[f] };
  return { branch: 'master' };
}

export function planSources(repositories: readonly SourceObject[], deployments: readonly ResolvedDeployment[], systemNamespace: string): SourcePlan {
  const diagnostics: Diagnostic[] = [];
  const requests = new Map<string, SourceRequest>();
  const byComponent = new Map<string, string | null>();
  const repos = new Map<string, SourceObject>(repositories.map((o) => [`${o.id.namespace}/${o.id.name}`, o]));
  const used = new Map<string, RepositoryRef>();

  for (const d of deployments) {
    for (const c of d.components) {
      const kind = c.definition.sourceType;
      if (!kind) continue;
      const props = validProperties(c);
      if (!props) continue; // the render reports the properties' errors
      const key = componentKey(d, c);
      const macro = ['chart', 'version', 'repository', 'url', 'ref'].find((f) => JSON.stringify(props[f] ?? '').includes('{{'));
      if (macro) {
        diagnostics.push(
          error(
            'source-cluster-macro',
            `component "${c.name}": ${macro} cannot use per-cluster values: one version is resolved for every cluster`,
            c.pos([macro]),
          ),
        );
        byComponent.set(key, null);
        continue;
      }
      let request: SourceRequest | undefined;
      if (kind === 'helm') {
        const repo = findRepository(repos, String(props.repository), d, systemNamespace, c, diagnostics);
        if (repo) {
          used.set(`${repo.namespace}/${repo.name}`, repo);
          const chart = String(props.chart);
          const range = String(props.version ?? '*');
          request = { type: 'helm', key: `helm:${repo.url}#${chart}@${range}`, repository: repo, chart, range, at: c.pos(['version']) };
        }
      } else {
        const ref = effectiveRef((props.ref ?? {}) as GitRef);
        const [field, value] = Object.entries(ref)[0];
        const url = String(props.url);
        request = { type: 'git', key: `git:${url}#${field}=${value}`, url, ref, at: c.pos(['ref']) };
        if (typeof props.secretRef === 'string') request.secretRef = props.secretRef;
      }
      byComponent.set(key, request ? request.key : null);
      if (request && !requests.has(request.key)) requests.set(request.key, request);
    }
  }
  return {
    requests: [...requests.values()].sort((a, b) => cmp(a.key, b.key)),
    byComponent,
    repositories: used,
    diagnostics,
  };
}

/** The component's properties with schema defaults, or undefined when they are invalid. */
function validProperties(c: ResolvedComponent): JsonObject | undefined {
  const props = JSON.parse(JSON.stringify(c.properties ?? {})) as JsonObject;
  try {
    return checkSchema(propertiesCompiler.compile(c.definition.schema), props, c.pos).length ? undefined : props;
  } catch (e) {
    if (e instanceof ModuleNotLoaded) throw e;
    return undefined;
  }
}

function findRepository(
  repos: Map<string, SourceObject>,
  name: string,
  d: ResolvedDeployment,
  systemNamespace: string,
  c: ResolvedComponent,
  diagnostics: Diagnostic[],
): RepositoryRef | undefined {
  const namespaces = [...new Set([d.deployment.id.namespace, d.profile.id.namespace, systemNamespace])];
  for (const ns of namespaces) {
    const hit = repos.get(`${ns}/${name}`);
    if (hit) return repositoryOf(hit);
  }
  const known = [...repos.values()].filter((o) => namespaces.includes(o.id.namespace)).map((o) => o.id.name);
  const guess = didYouMean(name, known);
  diagnostics.push(
    error(
      'unknown-repository',
      `component "${c.name}": Repository "${name}" not found in namespace ${namespaces.join(', ')}`,
      c.pos(['repository']),
      guess
        ? `did you mean "${guess}"?`
        : known.length
          ? `available: ${[...new Set(known)].sort(cmp).join(', ')}`
          : 'add a Repository (spectrocloud.com/v1beta1) with spec.url, see docs/sources.md',
    ),
  );
  return undefined;
}
