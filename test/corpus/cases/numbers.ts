// Numbers and sizes: integers beyond int32 where the API is int32, beyond what JSON carries exactly,
// label values over 63 characters, annotations over 256 KiB, an object over the API server's limit.

import { base, edit, type Files } from '../base.ts';
import { error, type CorpusCase } from '../corpus-case.ts';
import { rawObject } from './raw.ts';

const e = (from: string | RegExp, to: string): Files => edit(base, 'env.yaml', from, to);
const d = (from: string | RegExp, to: string): Files => edit(base, 'deploy.yaml', from, to);
const deployment = (spec: string[]): Files =>
  rawObject({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', rest: ['spec:', ...spec.map((l) => `  ${l}`)] });

export const numberCases: CorpusCase[] = [
  {
    name: 'numberOfClusters beyond int32',
    files: e('numberOfClusters: 1', 'numberOfClusters: 2147483648'),
    errors: [error('env.yaml:11:27', 'number-out-of-range', /32-bit/)],
    errorCount: 1,
  },
  { name: 'numberOfClusters at int32 max is accepted', exit: 0, files: e('numberOfClusters: 1', 'numberOfClusters: 2147483647') },
  {
    name: 'a negative numberOfClusters',
    files: e('numberOfClusters: 1', 'numberOfClusters: -2147483649'),
    errors: [error('env.yaml:11:27', 'schema')],
    errorCount: 1,
  },
  {
    name: 'a port beyond int32 in a component',
    files: edit(base, 'profile.yaml', 'port: 8080', 'port: 4294967296'),
    errors: [error('profile.yaml:13:17', 'properties')],
  },
  {
    name: 'replicas beyond int32 in a raw Deployment',
    files: deployment([
      'replicas: 3000000000',
      'selector: {matchLabels: {app: web}}',
      'template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: nginx}]}}',
    ]),
    errors: [error('profile.yaml:18:27', 'number-out-of-range', /replicas/)],
    errorCount: 1,
  },
  {
    name: 'a containerPort beyond int32 in a raw Deployment',
    files: deployment([
      'selector: {matchLabels: {app: web}}',
      'template:',
      '  metadata: {labels: {app: web}}',
      '  spec:',
      '    containers:',
      '      - name: web',
      '        image: nginx',
      '        ports:',
      '          - containerPort: 99999999999',
    ]),
    errors: [error('profile.yaml:26:44', 'number-out-of-range', /containerPort/)],
    errorCount: 1,
  },
  {
    name: 'a Service port beyond int32',
    files: rawObject({ kind: 'Service', name: 'web', rest: ['spec:', '  ports:', '    - port: 2147483648'] }),
    errors: [error('profile.yaml:19:27', 'number-out-of-range')],
    errorCount: 1,
  },
  {
    name: 'an integer JSON cannot carry exactly',
    files: rawObject({ rest: ['data:', '  a: b', 'extra:', '  big: 9007199254740993'] }),
    errors: [error('profile.yaml:20:22', 'number-out-of-range', /exactly/)],
    errorCount: 1,
  },
  {
    name: 'a large integer in a field that is not int32 is accepted',
    exit: 0,
    files: rawObject({ kind: 'ConfigMap', rest: ['data:', '  a: b', 'extra:', '  size: 3000000000'] }),
  },
  {
    name: 'a workload label value of 64 characters',
    files: d(
      '    namespace: team-a\n  workloadProfileRef',
      `    namespace: team-a\n    metadata:\n      labels:\n        tier: ${'t'.repeat(64)}\n  workloadProfileRef`,
    ),
    errors: [error('deploy.yaml:12:15', 'label-invalid', /64 characters/)],
    errorCount: 1,
  },
  {
    name: 'a workload label value with a space',
    files: d(
      '    namespace: team-a\n  workloadProfileRef',
      '    namespace: team-a\n    metadata:\n      labels:\n        tier: "front end"\n  workloadProfileRef',
    ),
    errors: [error('deploy.yaml:12:15', 'label-invalid')],
    errorCount: 1,
  },
  {
    name: 'a workload label key with a bad prefix',
    files: d(
      '    namespace: team-a\n  workloadProfileRef',
      '    namespace: team-a\n    metadata:\n      labels:\n        Example.COM/tier: x\n  workloadProfileRef',
    ),
    errors: [error('deploy.yaml:12:9', 'label-invalid')],
    errorCount: 1,
  },
  {
    name: 'a namespace label key of 64 characters',
    files: d(
      '    namespace: team-a\n  workloadProfileRef',
      `    namespace: team-a\n    namespaceMetadata:\n      labels:\n        ${'k'.repeat(64)}: x\n  workloadProfileRef`,
    ),
    errors: [error('deploy.yaml:12:9', 'label-invalid')],
    errorCount: 1,
  },
  {
    name: 'an object label value starting with a dash',
    files: e('  namespace: team-a\n', '  namespace: team-a\n  labels:\n    tier: -front\n'),
    errors: [error('env.yaml:7:11', 'label-invalid')],
    errorCount: 1,
  },
  {
    name: 'an annotation key with a space',
    files: e('  namespace: team-a\n', '  namespace: team-a\n  annotations:\n    "my note": x\n'),
    errors: [error('env.yaml:7:5', 'annotation-invalid')],
    errorCount: 1,
  },
  {
    name: 'workload annotations over 256 KiB together',
    files: d(
      '    namespace: team-a\n  workloadProfileRef',
      `    namespace: team-a\n    metadata:\n      annotations:\n        a: ${'x'.repeat(140_000)}\n        b: ${'y'.repeat(140_000)}\n  workloadProfileRef`,
    ),
    errors: [error('deploy.yaml:11:7', 'annotations-too-large')],
  },
  {
    name: 'annotations in a rendered object over 256 KiB',
    files: rawObject({ meta: ['annotations:', `  a: ${'x'.repeat(270_000)}`] }),
    errors: [error('profile.yaml:11:9', 'annotations-too-large')],
    errorCount: 1,
  },
  {
    name: 'a rendered label value over 63 characters',
    files: rawObject({ meta: ['labels:', `  tier: ${'t'.repeat(70)}`] }),
    errors: [error('profile.yaml:18:25', 'label-invalid')],
    errorCount: 1,
  },
  {
    name: 'a rendered label key with an empty prefix',
    files: rawObject({ meta: ['labels:', '  /tier: x'] }),
    errors: [error('profile.yaml:18:26', 'label-invalid')],
    errorCount: 1,
  },
  {
    name: "a workload over OCM's ManifestWork limit in the replica-set layout",
    files: rawObject({ rest: ['data:', `  blob: ${'z'.repeat(600_000)}`] }),
    errors: [error('deploy.yaml:4:9', 'manifest-too-large')],
    errorCount: 1,
  },
  {
    name: 'one object over the API server request limit',
    files: rawObject({ rest: ['data:', `  blob: ${'z'.repeat(1_600_000)}`] }),
    errors: [error('profile.yaml:11:9', 'object-too-large')],
  },
];
