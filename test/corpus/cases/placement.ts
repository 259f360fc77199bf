// Inventory and placement: what OCM would report Misconfigured is a placement-misconfigured error at
// the field, not "selects no cluster"; inventory objects the API server would refuse are errors.

import { base, edit, fleet, inventory, type Files } from '../base.ts';
import { error, type CorpusCase } from '../corpus-case.ts';

/** The fleet with the Environment's placement spec replaced (lines from 10 on). */
const placement = (yaml: string): Files => edit(fleet, 'env.yaml', '      placement:\n        numberOfClusters: 1\n', `      placement:\n${yaml}`);
const inv = (from: string | RegExp, to: string): Files => edit(fleet, 'inventory.yaml', from, to);
/** The same, without an inventory: the replica-set layout, where the hub schedules the Placement hubcast writes. */
const hubPlacement = (yaml: string): Files => edit(base, 'env.yaml', '      placement:\n        numberOfClusters: 1\n', `      placement:\n${yaml}`);
const selector = (labelSelector: string): Files =>
  placement(`        predicates:\n          - requiredClusterSelector:\n              labelSelector:\n${labelSelector}`);

export const placementCases: CorpusCase[] = [
  { name: 'the fleet baseline renders per cluster', exit: 0, files: fleet },
  {
    name: 'a selector label value with a space',
    files: selector('                matchLabels:\n                  region: "us east"\n'),
    errors: [error('env.yaml:15:27', 'placement-misconfigured', /value "us east"/)],
    errorCount: 1,
  },
  {
    name: 'a selector label value over 63 characters',
    files: selector(`                matchLabels:\n                  region: ${'e'.repeat(64)}\n`),
    errors: [error('env.yaml:15:27', 'placement-misconfigured')],
    errorCount: 1,
  },
  {
    name: 'a selector label key with two slashes',
    files: selector('                matchLabels:\n                  a/b/c: x\n'),
    errors: [error('env.yaml:15:26', 'placement-misconfigured')],
    errorCount: 1,
  },
  {
    name: 'a match expression value that is not a label value',
    files: selector(
      '                matchExpressions:\n                  - key: region\n                    operator: In\n                    values: ["east!"]\n',
    ),
    errors: [error('env.yaml:15:21', 'placement-misconfigured')],
    errorCount: 1,
  },
  {
    name: 'an unknown match expression operator',
    files: selector(
      '                matchExpressions:\n                  - key: region\n                    operator: Like\n                    values: [east]\n',
    ),
    errors: [error('env.yaml:16:31', 'placement-misconfigured', /operator/)],
    errorCount: 1,
  },
  {
    name: 'operator In without values',
    files: selector('                matchExpressions:\n                  - key: region\n                    operator: In\n'),
    errors: [error('env.yaml:15:21', 'placement-misconfigured')],
    errorCount: 1,
  },
  {
    name: 'an unknown toleration operator',
    files: placement('        tolerations:\n          - key: gpu\n            operator: Maybe\n'),
    errors: [error('env.yaml:12:13', 'placement-misconfigured', /operator "Maybe"/)],
    errorCount: 1,
  },
  {
    name: 'an unknown toleration effect',
    files: placement('        tolerations:\n          - key: gpu\n            effect: NoSchedule\n'),
    errors: [error('env.yaml:12:13', 'placement-misconfigured', /effect/)],
    errorCount: 1,
  },
  {
    name: 'a toleration with an empty key and operator Equal',
    files: placement('        tolerations:\n          - value: x\n'),
    errors: [error('env.yaml:12:13', 'placement-misconfigured')],
    errorCount: 1,
  },
  {
    name: 'an unknown prioritizer',
    files: placement(
      '        prioritizerPolicy:\n          mode: Exact\n          configurations:\n            - scoreCoordinate:\n                builtIn: Spread\n',
    ),
    errorCount: 1,
    errors: [],
  },
  {
    name: 'a CEL selector that does not parse',
    files: placement(
      '        predicates:\n          - requiredClusterSelector:\n              celSelector:\n                celExpressions:\n                  - "managedCluster.metadata.labels[\\"region\\"] =="\n',
    ),
    errors: [error('env.yaml:15:21', 'placement-misconfigured')],
    errorCount: 1,
  },
  {
    name: 'a ManagedClusterSet with an unknown selectorType',
    files: {
      ...placement('        clusterSets: [odd]\n'),
      'inventory.yaml': `${inventory}---\napiVersion: cluster.open-cluster-management.io/v1beta2\nkind: ManagedClusterSet\nmetadata:\n  name: odd\nspec:\n  clusterSelector:\n    selectorType: Magic\n---\napiVersion: cluster.open-cluster-management.io/v1beta2\nkind: ManagedClusterSetBinding\nmetadata:\n  name: odd\n  namespace: managed-cluster-set-global\nspec:\n  clusterSet: odd\n`,
    },
    errors: [error('inventory.yaml:42:3', 'placement-misconfigured', /selectorType/)],
    errorCount: 1,
  },
  {
    name: 'a LabelSelector set whose selector value is invalid',
    files: {
      ...placement('        clusterSets: [odd]\n'),
      'inventory.yaml': `${inventory}---\napiVersion: cluster.open-cluster-management.io/v1beta2\nkind: ManagedClusterSet\nmetadata:\n  name: odd\nspec:\n  clusterSelector:\n    selectorType: LabelSelector\n    labelSelector:\n      matchLabels:\n        region: "a b"\n---\napiVersion: cluster.open-cluster-management.io/v1beta2\nkind: ManagedClusterSetBinding\nmetadata:\n  name: odd\n  namespace: managed-cluster-set-global\nspec:\n  clusterSet: odd\n`,
    },
    errors: [error('inventory.yaml:42:3', 'placement-misconfigured')],
    errorCount: 1,
  },
  {
    name: 'a ManagedCluster named Cluster_A',
    files: inv('name: east-1', 'name: Cluster_A'),
    errors: [error('inventory.yaml:4:9', 'inventory', /Cluster_A/)],
    errorCount: 1,
  },
  {
    name: 'a ManagedCluster named ../../evil',
    attack: true,
    files: inv('name: east-1', 'name: ../../evil'),
    errors: [error('inventory.yaml:4:9', 'inventory')],
    errorCount: 1,
  },
  {
    name: 'a ManagedCluster with a 64-character name',
    files: inv('name: east-1', `name: ${'c'.repeat(64)}`),
    errors: [error('inventory.yaml:4:9', 'inventory')],
    errorCount: 1,
  },
  {
    name: 'a ManagedCluster with a dotted name (a subdomain, not a namespace)',
    files: inv('name: east-1', 'name: east.1'),
    errors: [error('inventory.yaml:4:9', 'inventory')],
    errorCount: 1,
  },
  {
    name: 'a ManagedCluster label value over 63 characters',
    files: inv('region: east', `region: ${'e'.repeat(64)}`),
    errors: [error('inventory.yaml:6:13', 'inventory')],
    errorCount: 1,
  },
  {
    name: 'a ManagedCluster label key that is not a label key',
    files: inv('region: east', '"bad key": east'),
    errors: [error('inventory.yaml:6:16', 'inventory')],
    errorCount: 1,
  },
  { name: 'a binding without spec.clusterSet', files: inv('  clusterSet: global\n', '  other: global\n'), errors: [error('inventory.yaml:34:1', 'inventory')] },
  {
    name: 'a taint without an effect',
    files: inv('spec:\n  hubAcceptsClient: true\nstatus:', 'spec:\n  hubAcceptsClient: true\n  taints:\n    - key: gpu\nstatus:'),
    errors: [error('inventory.yaml:10:7', 'inventory')],
    errorCount: 1,
  },
  {
    name: 'clustersPerDecisionGroup out of range',
    files: placement('        decisionStrategy:\n          groupStrategy:\n            clustersPerDecisionGroup: 0%\n'),
    errors: [error('env.yaml:13:39', 'placement-misconfigured')],
    errorCount: 1,
  },
  {
    name: 'replica-set layout: a selector label value with a space',
    files: hubPlacement(
      '        predicates:\n          - requiredClusterSelector:\n              labelSelector:\n                matchLabels:\n                  region: "us east"\n',
    ),
    errors: [error('env.yaml:15:27', 'placement-misconfigured')],
    errorCount: 1,
  },
  {
    name: 'replica-set layout: an unknown match expression operator',
    files: hubPlacement(
      '        predicates:\n          - requiredClusterSelector:\n              labelSelector:\n                matchExpressions:\n                  - {key: region, operator: Near, values: [x]}\n',
    ),
    errors: [error('env.yaml:15:45', 'placement-misconfigured')],
    errorCount: 1,
  },
  {
    name: 'replica-set layout: an unknown toleration operator',
    files: hubPlacement('        tolerations:\n          - key: gpu\n            operator: Maybe\n'),
    errors: [error('env.yaml:12:13', 'placement-misconfigured')],
    errorCount: 1,
  },
  {
    name: 'replica-set layout: a CEL selector that does not parse',
    files: hubPlacement('        predicates:\n          - requiredClusterSelector:\n              celSelector:\n                celExpressions: ["1 +"]\n'),
    errors: [error('env.yaml:14:34', 'placement-misconfigured')],
    errorCount: 1,
  },
  {
    name: 'replica-set layout: a claim selector with an unknown operator',
    files: hubPlacement(
      '        predicates:\n          - requiredClusterSelector:\n              claimSelector:\n                matchExpressions:\n                  - {key: platform.open-cluster-management.io, operator: Equals, values: [AWS]}\n',
    ),
    errorCount: 1,
  },
  {
    name: 'replica-set layout: a valid selector renders',
    exit: 0,
    files: hubPlacement(
      '        predicates:\n          - requiredClusterSelector:\n              labelSelector:\n                matchLabels:\n                  region: us-east\n',
    ),
  },
  {
    name: 'spreadPolicy is ignored with a note, not an error',
    exit: 0,
    files: placement('        numberOfClusters: 1\n        spreadPolicy:\n          spreadConstraints: []\n'),
  },
];
