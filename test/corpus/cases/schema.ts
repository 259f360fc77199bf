// Schema: every field where it was written, with what to do.

import { base, deployment, edit, env, profile, type Files } from '../base.ts';
import { error, type CorpusCase } from '../corpus-case.ts';

const e = (from: string | RegExp, to: string): Files => edit(base, 'env.yaml', from, to);
const p = (from: string | RegExp, to: string): Files => edit(base, 'profile.yaml', from, to);
const d = (from: string | RegExp, to: string): Files => edit(base, 'deploy.yaml', from, to);

export const schemaCases: CorpusCase[] = [
  {
    name: 'unknown topology type',
    files: e('type: topology-ocm', 'type: topology-x'),
    errors: [error('env.yaml:8:11', 'schema', /topology.type must be one of/)],
    errorCount: 1,
  },
  {
    name: 'unknown field with a did-you-mean',
    files: d('environmentRef:', 'enviromentRef:'),
    errors: [
      error('deploy.yaml:12:3', 'schema', /unknown field "enviromentRef"/),
      error('deploy.yaml:6:1', 'schema', /missing required field "environmentRef"/),
    ],
  },
  {
    name: 'missing required spec',
    files: { ...base, 'env.yaml': env.replace(/spec:[\s\S]*/, '') },
    errors: [error('env.yaml:1:1', 'schema', /missing required field "spec"/)],
  },
  {
    name: 'a string where an integer goes',
    files: e('numberOfClusters: 1', 'numberOfClusters: one'),
    errors: [error('env.yaml:11:27', 'schema', /must be an integer/)],
    errorCount: 1,
  },
  {
    name: 'a float where an integer goes',
    files: e('numberOfClusters: 1', 'numberOfClusters: 1.5'),
    errors: [error('env.yaml:11:27', 'schema')],
    errorCount: 1,
  },
  {
    name: 'uppercase and underscore in a name',
    files: e('name: primary', 'name: Primary_Env'),
    errors: [error('env.yaml:4:9', 'schema', /metadata.name must match/)],
  },
  { name: 'a name of 64 characters', files: e('name: primary', `name: ${'p'.repeat(64)}`), errors: [error('env.yaml:4:9', 'schema')] },
  { name: 'a namespace with a dot', files: e('namespace: team-a', 'namespace: team.a'), errors: [error('env.yaml:5:14', 'schema')] },
  { name: 'a name that is not a string', files: e('name: primary', 'name: [primary]'), errors: [error('env.yaml:4:9', 'schema')] },
  { name: 'a component name with a dot', files: p('- name: ui', '- name: u.i'), errors: [error('profile.yaml:9:15', 'schema')], errorCount: 1 },
  {
    name: 'an empty component list',
    files: { ...base, 'profile.yaml': profile.replace(/components:[\s\S]*/, 'components: []\n') },
    errors: [error('profile.yaml:8:17', 'schema')],
  },
  {
    name: 'a component without a type',
    files: p('        type: webservice\n', ''),
    errors: [error('profile.yaml:9:9', 'schema', /missing required field "type"/)],
    errorCount: 1,
  },
  { name: 'a component type with spaces', files: p('type: webservice', 'type: web service'), errors: [error('profile.yaml:10:15', 'schema')], errorCount: 1 },
  {
    name: 'labels that are not strings',
    files: e('  namespace: team-a\n', '  namespace: team-a\n  labels:\n    tier: 3\n'),
    errors: [error('env.yaml:7:11', 'schema')],
    errorCount: 1,
  },
  { name: 'a spec.version that is not semantic', files: e('spec:\n', 'spec:\n  version: one\n'), errors: [error('env.yaml:7:12', 'schema')], errorCount: 1 },
  {
    name: 'workload namespace uppercase',
    files: d('    namespace: team-a\n  workloadProfileRef', '    namespace: Team-A\n  workloadProfileRef'),
    errors: [error('deploy.yaml:9:16', 'schema')],
    errorCount: 1,
  },
  {
    name: 'a reference with an extra field',
    files: d('    name: primary', '    name: primary\n    kind: Environment'),
    errors: [error('deploy.yaml:14:5', 'schema')],
    errorCount: 1,
  },
  {
    name: 'a Repository with a file URL',
    files: {
      ...base,
      'repo.yaml': 'apiVersion: spectrocloud.com/v1beta1\nkind: Repository\nmetadata:\n  name: charts\n  namespace: team-a\nspec:\n  url: file:///etc/passwd\n',
    },
    errors: [error('repo.yaml:7:8', 'schema')],
    errorCount: 1,
  },
  {
    name: 'an unknown kind in the spec group is a warning',
    exit: 0,
    files: { ...base, 'x.yaml': 'apiVersion: spectrocloud.com/v1beta1\nkind: Workload\nmetadata:\n  name: x\n' },
    warnings: [error('x.yaml:2:7', 'unknown-kind')],
  },
  {
    name: 'a kind hubcast does not read is a warning',
    exit: 0,
    files: { ...base, 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' },
    warnings: [error('cm.yaml:2:7', 'unknown-kind')],
  },
  {
    name: 'component properties the definition does not know',
    files: p('image: nginx:1.27', 'imag: nginx:1.27'),
    errors: [error('profile.yaml:12:11', 'properties', /unknown field "imag"/)],
  },
  {
    name: 'a deployment with no profile at all',
    files: { ...base, 'deploy.yaml': deployment.replace('  workloadProfileRef:\n    name: demo\n', '') },
    errors: [error('deploy.yaml:6:1', 'missing-profile')],
    errorCount: 1,
  },
];
