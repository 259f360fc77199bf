// Spec documents as text, for tests that commit them to git histories (a revision is a file version,
// so its exact text matters): an Environment, a one-component WorkloadProfile and a WorkloadDeployment
// in namespace team-a.

export const envText = (clusters: number, opts: { name?: string; version?: string; type?: string } = {}) => `apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: ${opts.name ?? 'primary'}
  namespace: team-a
spec:
${opts.version ? `  version: ${opts.version}\n` : ''}  topology:
    type: ${opts.type ?? 'topology-ocm'}
    properties:
      placement:
        numberOfClusters: ${clusters}
`;

export const profileText = (image: string, version?: string, type = 'webservice') => `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: demo
  namespace: team-a
spec:
${version ? `  version: ${version}\n` : ''}  workload:
    components:
      - name: web
        type: ${type}
        properties:
          image: ${image}
`;

export const deploymentText = (envRef: string, profileRef = 'demo', name = 'demo') => `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: ${name}
  namespace: team-a
spec:
  workload:
    name: ${name}
    namespace: team-a
  workloadProfileRef:
    name: ${profileRef}
  environmentRef:
    name: ${envRef}
`;
