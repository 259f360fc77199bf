// The valid repository every corpus case starts from: one Environment, WorkloadProfile and
// WorkloadDeployment (the replicaset layout), and an OCM inventory for the per-cluster cases.
// Cases change one thing (`edit`) so the expected position is where that change was made.

export type Files = Record<string, string | Buffer>;

export const env = `apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: primary
  namespace: team-a
spec:
  topology:
    type: topology-ocm
    properties:
      placement:
        numberOfClusters: 1
`;

export const profile = `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: demo
  namespace: team-a
spec:
  workload:
    components:
      - name: ui
        type: webservice
        properties:
          image: nginx:1.27
          port: 8080
`;

export const deployment = `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: demo
  namespace: team-a
spec:
  workload:
    name: demo
    namespace: team-a
  workloadProfileRef:
    name: demo
  environmentRef:
    name: primary
`;

export const variables = `apiVersion: spectrocloud.com/v1beta1
kind: VariableSet
metadata:
  name: mural-variables
  namespace: team-a
spec:
  variables:
    - name: replicas
      variableType: int32
      value: 2
`;

export const base: Files = { 'env.yaml': env, 'profile.yaml': profile, 'deploy.yaml': deployment };

/** Two clusters in the global set, bound in the hub namespace: the per-cluster layout. */
export const inventory = `apiVersion: cluster.open-cluster-management.io/v1
kind: ManagedCluster
metadata:
  name: east-1
  labels:
    region: east
spec:
  hubAcceptsClient: true
status:
  conditions:
    - type: ManagedClusterConditionAvailable
      status: "True"
      lastTransitionTime: "2026-01-01T00:00:00Z"
---
apiVersion: cluster.open-cluster-management.io/v1
kind: ManagedCluster
metadata:
  name: west-1
  labels:
    region: west
spec:
  hubAcceptsClient: true
status:
  conditions:
    - type: ManagedClusterConditionAvailable
      status: "True"
      lastTransitionTime: "2026-01-01T00:00:00Z"
---
apiVersion: cluster.open-cluster-management.io/v1beta2
kind: ManagedClusterSetBinding
metadata:
  name: global
  namespace: managed-cluster-set-global
spec:
  clusterSet: global
`;

export const fleet: Files = { ...base, 'inventory.yaml': inventory };

/** `files` with one replacement in one file; throws when `from` is not there (a case that tests nothing). */
export function edit(files: Files, path: string, from: string | RegExp, to: string): Files {
  const text = String(files[path]);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`corpus: ${String(from)} not found in ${path}`);
  return { ...files, [path]: next };
}

/** `files` with extra lines appended to one file. */
export function append(files: Files, path: string, text: string): Files {
  return { ...files, [path]: `${String(files[path] ?? '')}${text}` };
}
