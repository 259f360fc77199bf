// A deterministic synthetic fleet for the benchmark: W workloads x C clusters across E
// environments, with an OCM inventory, variables at every level, overrides and traits.
// Same (sizes, seed) -> same files, byte for byte.

export interface FleetSize {
  workloads: number;
  clusters: number;
  environments: number;
}

export const SIZES: Record<string, FleetSize> = {
  small: { workloads: 10, clusters: 10, environments: 2 },
  medium: { workloads: 100, clusters: 100, environments: 4 },
  large: { workloads: 200, clusters: 500, environments: 4 },
};

const REGIONS = ['us-east', 'us-west', 'eu-central'];

/** mulberry32: a tiny seeded PRNG, so the fleet never depends on Math.random. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 3) => String(n).padStart(w, '0');

export function clusterName(i: number): string {
  return `cluster-${pad(i)}`;
}

function inventory(size: FleetSize): Record<string, string> {
  const docs: string[] = [];
  for (let i = 0; i < size.clusters; i++) {
    docs.push(`apiVersion: cluster.open-cluster-management.io/v1
kind: ManagedCluster
metadata:
  name: ${clusterName(i)}
  labels:
    region: ${REGIONS[i % REGIONS.length]}
    stage: prod
    cluster.open-cluster-management.io/clusterset: fleet
spec:
  hubAcceptsClient: true
status:
  conditions:
    - type: ManagedClusterConditionAvailable
      status: "True"
      reason: ManagedClusterAvailable
      message: ok
      lastTransitionTime: "2026-01-01T00:00:00Z"
  clusterClaims:
    - name: platform.open-cluster-management.io
      value: AWS
`);
  }
  docs.push(`apiVersion: cluster.open-cluster-management.io/v1beta2
kind: ManagedClusterSet
metadata:
  name: global
spec:
  clusterSelector:
    selectorType: LabelSelector
    labelSelector: {}
`);
  docs.push(`apiVersion: cluster.open-cluster-management.io/v1beta2
kind: ManagedClusterSetBinding
metadata:
  name: global
  namespace: managed-cluster-set-global
spec:
  clusterSet: global
`);
  return { 'inventory/clusters.yaml': docs.join('---\n') };
}

/** An Environment's `manifestWorkReplicaSet.rolloutStrategy`, as the rollout benchmarks set it. */
export interface FleetRollout {
  type: 'All' | 'Progressive' | 'ProgressivePerGroup';
  /** Progressive only: a number or a percentage. */
  maxConcurrency?: string;
}

/**
 * The spec repo's files (path -> text). `variant` changes every workload (for diff benchmarks); `rollout`
 * gives every Environment that rolloutStrategy, and hubcast.yaml a Flux URL, so the Flux objects that
 * apply the works (one Kustomization per cluster, or per wave) are rendered too.
 */
export function generateFleet(
  size: FleetSize,
  seed = 42,
  opts: { changeWorkload?: number; variant?: number; rollout?: FleetRollout } = {},
): Record<string, string> {
  const rnd = prng(seed);
  const files: Record<string, string> = { ...inventory(size) };
  files['hubcast.yaml'] = opts.rollout ? 'versioning: semantic\nflux:\n  url: https://git.bench.example/fleet.git\n' : 'versioning: semantic\n';
  const r = opts.rollout;
  const strategy = !r
    ? ''
    : `      manifestWorkReplicaSet:
        rolloutStrategy:
          type: ${r.type}
${r.type === 'Progressive' && r.maxConcurrency ? `          progressive:\n            maxConcurrency: ${JSON.stringify(r.maxConcurrency)}\n            progressDeadline: 30m\n` : ''}`;
  files['system/variables.yaml'] = `apiVersion: spectrocloud.com/v1beta1
kind: VariableSet
metadata:
  name: mural-variables
  namespace: mural-system
spec:
  variables:
    - name: registry
      variableType: string
      value: registry.bench.example
      locked: true
    - name: logLevel
      variableType: string
      value: info
`;
  const envs: string[] = [];
  for (let e = 0; e < size.environments; e++) {
    envs.push(`apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: env-${e}
  namespace: team-${e}
spec:
  version: 1.${e}.0
  topology:
    type: topology-ocm
    properties:
      placement:
        predicates:
          - requiredClusterSelector:
              labelSelector:
                matchLabels:
                  stage: prod
${strategy}  policies:
    - name: overrides
      type: override
      properties:
        components:
          - name: "api-*"
            traits:
              - type: scaler
                properties:
                  replicas: ${2 + e}
`);
  }
  files['environments.yaml'] = envs.join('---\n');
  for (let e = 0; e < size.environments; e++) {
    files[`team-${e}/variables.yaml`] = `apiVersion: spectrocloud.com/v1beta1
kind: VariableSet
metadata:
  name: mural-variables
  namespace: team-${e}
spec:
  variables:
    - name: logLevel
      value: warn
    - name: tag
      variableType: string
      validationMode: required
`;
  }
  for (let w = 0; w < size.workloads; w++) {
    const e = w % size.environments;
    const ns = `team-${e}`;
    const name = `app-${pad(w)}`;
    const changed = opts.variant !== undefined || opts.changeWorkload === w;
    // Draw every random number whatever changes, so a change to one workload leaves the others as they were.
    const minor = Math.floor(rnd() * 20);
    const patch = Math.floor(rnd() * 10);
    const tag = `1.${minor}.${changed ? 100 + (opts.variant ?? 1) : patch}`;
    const port = 8000 + Math.floor(rnd() * 1000);
    files[`${ns}/${name}.yaml`] = `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  version: 1.0.${w % 7}
  workload:
    components:
      - name: api-${name}
        type: webservice@v1
        properties:
          image: "{{ .var.registry }}/${name}:{{ .var.tag }}"
          ports:
            - containerPort: ${port}
              expose: true
          env:
            - name: LOG_LEVEL
              value: "{{ .var.logLevel }}"
            - name: WORKLOAD
              value: ${name}
        traits:
          - type: scaler
            properties:
              replicas: 2
          - type: resources
            properties:
              cpu: 250m
              memory: 256Mi
          - type: labels
            properties:
              tier: backend
---
apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  workload:
    name: ${name}
    namespace: ${name}
    metadata:
      labels:
        team: ${ns}
  workloadProfileRef:
    name: ${name}@v1
  environmentRef:
    name: env-${e}
  variables:
    tag: "${tag}"
`;
  }
  return files;
}
