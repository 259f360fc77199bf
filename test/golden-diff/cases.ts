// Fleet histories for the golden diffs: each case is a base and a head built from examples/fleet
// by small edits, the way a pull request would change it. Edits are exact-match replacements, so a
// change of the example fails here loudly instead of silently testing nothing.

import { edit, exampleFiles, type Files } from '../helpers/review.ts';

export interface DiffCase {
  name: string;
  base: Files;
  head: Files;
}

const fleet = () => exampleFiles('fleet', { perCluster: true });

const configProfile = (suffix: string, data: string) => `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: storefront-config
  namespace: shop
spec:
  workload:
    components:
      - name: config
        type: k8s-objects
        properties:
          objects:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: storefront-config-${suffix}
              data:
${data}
---
apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: storefront-config
  namespace: shop
spec:
  workload:
    name: storefront-config
    namespace: shop-dev
  workloadProfileRef:
    name: storefront-config
  environmentRef:
    name: dev
  variables:
    imageTag: unused
`;

const secretProfile = (data: string) => `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: db-credentials
  namespace: shop
spec:
  workload:
    components:
      - name: db
        type: k8s-objects
        properties:
          objects:
            - apiVersion: v1
              kind: Secret
              metadata:
                name: db-credentials
              type: Opaque
${data}
---
apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: db-credentials
  namespace: shop
spec:
  workload:
    name: db-credentials
    namespace: shop
  workloadProfileRef:
    name: db-credentials
  environmentRef:
    name: prod-eu
  variables:
    imageTag: unused
`;

/** Base64 of the secret values, so tests can check none of them is ever printed. */
export const SECRET_VALUES = ['hunter2', 'correct-horse-battery', 'db.internal:5432', 'shop-admin'];
const b64 = (s: string) => Buffer.from(s).toString('base64');

function imageBump(): DiffCase {
  const base = fleet();
  return { name: 'image-bump', base, head: edit(base, 'shop/deployments.yaml', 'imageTag: 2.1.0\n', 'imageTag: 2.2.0\n') };
}

function variableChange(): DiffCase {
  const base = fleet();
  let head = edit(base, 'shop/variables.yaml', 'value: warn', 'value: error');
  head = edit(head, 'shop/variables.yaml', 'value: https://api.shop.example', 'value: https://api.v2.shop.example');
  return { name: 'variable-change', base, head };
}

function environmentBump(): DiffCase {
  const base = fleet();
  let head = edit(base, 'shop/environments.yaml', 'version: 1.3.0', 'version: 1.4.0');
  head = edit(head, 'shop/environments.yaml', 'numberOfClusters: 4', 'numberOfClusters: 6');
  head = edit(head, 'shop/environments.yaml', 'replicas: 4', 'replicas: 6');
  head = edit(head, 'shop/deployments.yaml', 'name: prod@v1.3.0', 'name: prod@v1.4.0');
  // A new patch release of the repo's pdb trait: `pdb@v1.0` re-resolves to it.
  head = edit(head, 'definitions/pdb.yaml', 'version: 1.0.1', 'version: 1.0.2');
  return { name: 'environment-bump', base, head };
}

function placementChange(): DiffCase {
  const base = fleet();
  let head = edit(base, 'shop/environments.yaml', '                  stage: dev\n', '                  stage: dev\n                  region: us-east\n');
  head = edit(head, 'shop/environments.yaml', '        - name: eu-prod\n', '        - name: eu-central\n');
  return { name: 'placement-change', base, head };
}

function rename(): DiffCase {
  const base = {
    ...fleet(),
    'shop/config.yaml': configProfile(
      '5f8d9c7b2k',
      '                feature-flags: "checkout-v2"\n                log-format: json\n                region: us\n                timeout: 30s',
    ),
  };
  let head: Files = {
    ...base,
    'shop/config.yaml': configProfile(
      '9c2kd7f4hm',
      '                feature-flags: "checkout-v3"\n                log-format: json\n                region: us\n                timeout: 30s',
    ),
  };
  // The deployment's hub objects get a new name: OCM deletes the old work and creates the new one.
  head = edit(
    head,
    'shop/deployments.yaml',
    '  name: storefront-dev\n  namespace: shop\n',
    '  name: storefront-dev\n  namespace: shop\n  annotations:\n    hubcast.io/name: shop-storefront-development\n',
  );
  return { name: 'rename', base, head };
}

function secretChange(): DiffCase {
  const [password, newPassword, host, user] = SECRET_VALUES;
  const base = {
    ...fleet(),
    'shop/secret.yaml': secretProfile(`              data:\n                password: ${b64(password)}\n                user: ${b64(user)}`),
  };
  const head = {
    ...fleet(),
    'shop/secret.yaml': secretProfile(
      `              data:\n                password: ${b64(newPassword)}\n                user: ${b64(user)}\n              stringData:\n                host: ${host}`,
    ),
  };
  return { name: 'secret-change', base, head };
}

function renderFailure(): DiffCase {
  const base = fleet();
  let head = edit(base, 'shop/deployments.yaml', 'imageTag: 2.1.0\n', 'imageTag: 2.2.0\n');
  head = edit(head, 'shop/deployments.yaml', '    name: dev\n', '    name: dve\n');
  return { name: 'render-failure', base, head };
}

export const BULK_DEPLOYMENTS = 1000;
export const BULK_CONFIGMAPS = 4;

/** 1,000 new deployments, each a ManifestWorkReplicaSet with 4 ConfigMaps: 5,000 objects added. */
function bulk(): DiffCase {
  // The replica-set fleet: one ManifestWorkReplicaSet per deployment keeps the count at exactly 5,000 objects.
  const base = exampleFiles('fleet');
  const maps = Array.from(
    { length: BULK_CONFIGMAPS },
    (_, i) =>
      `            - apiVersion: v1\n              kind: ConfigMap\n              metadata:\n                name: settings-${i}\n              data:\n                index: "${i}"`,
  ).join('\n');
  const profile = `apiVersion: spectrocloud.com/v1beta1\nkind: WorkloadProfile\nmetadata:\n  name: bulk\n  namespace: shop\nspec:\n  workload:\n    components:\n      - name: settings\n        type: k8s-objects\n        properties:\n          objects:\n${maps}\n`;
  const deployments = Array.from(
    { length: BULK_DEPLOYMENTS },
    (_, i) =>
      `apiVersion: spectrocloud.com/v1beta1\nkind: WorkloadDeployment\nmetadata:\n  name: tenant-${String(i).padStart(4, '0')}\n  namespace: shop\nspec:\n  workload:\n    name: tenant\n    namespace: tenant-${String(i).padStart(4, '0')}\n  workloadProfileRef:\n    name: bulk\n  environmentRef:\n    name: prod-eu\n  variables:\n    imageTag: unused\n`,
  ).join('---\n');
  return { name: 'bulk-5000', base, head: { ...base, 'shop/bulk-profile.yaml': profile, 'shop/bulk-deployments.yaml': deployments } };
}

export const smallCases = (): DiffCase[] => [imageBump(), variableChange(), environmentBump(), placementChange(), rename(), secretChange(), renderFailure()];
export const bulkCase = bulk;
