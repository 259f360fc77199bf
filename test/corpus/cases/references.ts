// References: what is not there, what is there twice, and problems in independent objects all in one run.

import { base, edit, env, profile, type Files } from '../base.ts';
import { error, type CorpusCase } from '../corpus-case.ts';

const p = (from: string | RegExp, to: string): Files => edit(base, 'profile.yaml', from, to);
const d = (from: string | RegExp, to: string): Files => edit(base, 'deploy.yaml', from, to);

export const referenceCases: CorpusCase[] = [
  {
    name: 'an Environment that does not exist, with did-you-mean',
    files: d('name: primary', 'name: primry'),
    errors: [error('deploy.yaml:13:11', 'unknown-reference', /"primry" not found/)],
    errorCount: 1,
  },
  {
    name: 'a WorkloadProfile that does not exist',
    files: d('    name: demo\n  environmentRef', '    name: nope\n  environmentRef'),
    errors: [error('deploy.yaml:11:11', 'unknown-reference')],
    errorCount: 1,
  },
  {
    name: 'a ProfileBundle that does not exist',
    files: d('  environmentRef:', '  profileBundleRef:\n    name: bundle\n  environmentRef:'),
    errors: [error('deploy.yaml:13:11', 'unknown-reference')],
    errorCount: 1,
  },
  {
    name: 'a reference into another namespace that does not exist',
    files: d('    name: primary', '    name: primary\n    namespace: team-b'),
    errors: [error('deploy.yaml:13:11', 'unknown-reference')],
    errorCount: 1,
  },
  {
    name: 'an unknown component type',
    files: p('type: webservice', 'type: websrvice'),
    errors: [error('profile.yaml:10:15', 'unknown-definition', /"websrvice" does not exist/)],
    errorCount: 1,
  },
  {
    name: 'an unknown trait type',
    files: p('          port: 8080\n', '          port: 8080\n        traits:\n          - type: scalr\n'),
    errors: [error('profile.yaml:15:19', 'unknown-definition')],
    errorCount: 1,
  },
  {
    name: 'an unknown policy type',
    files: edit(base, 'env.yaml', 'spec:\n', 'spec:\n  policies:\n    - name: p\n      type: nope\n'),
    errors: [error('env.yaml:9:13', 'unknown-definition')],
    errorCount: 1,
  },
  {
    name: 'a revision pin that does not exist',
    files: d('name: primary', 'name: primary@v2'),
    errors: [error('deploy.yaml:13:11', 'unknown-revision')],
    errorCount: 1,
  },
  {
    name: 'a definition version that does not exist',
    files: p('type: webservice', 'type: webservice@v9'),
    errors: [error('profile.yaml:10:15', 'unknown-definition-version')],
    errorCount: 1,
  },
  {
    name: 'the same object in two files',
    files: { ...base, 'env2.yaml': env },
    errors: [error('env2.yaml:4:9', 'duplicate-object', /first at env\.yaml:4:9/)],
    errorCount: 1,
  },
  {
    name: 'the same object twice in one file',
    files: { ...base, 'env.yaml': `${env}---\n${env}` },
    errors: [error('env.yaml:16:9', 'duplicate-object')],
    errorCount: 1,
  },
  {
    name: 'two components with one name',
    files: p('          port: 8080\n', '          port: 8080\n      - name: ui\n        type: worker\n        properties:\n          image: busybox:1\n'),
    errors: [error('profile.yaml:14:15', 'duplicate-component')],
  },
  {
    name: 'an invalid Environment does not hide an unknown component type',
    files: edit(p('type: webservice', 'type: websrvice'), 'env.yaml', 'type: topology-ocm', 'type: topology-x'),
    errors: [error('env.yaml:8:11', 'schema'), error('profile.yaml:10:15', 'unknown-definition')],
    errorCount: 2,
  },
  {
    name: 'a missing Environment does not hide an unknown component type',
    files: edit(p('type: webservice', 'type: websrvice'), 'deploy.yaml', 'name: primary', 'name: nowhere'),
    errors: [error('deploy.yaml:13:11', 'unknown-reference'), error('profile.yaml:10:15', 'unknown-definition')],
    errorCount: 2,
  },
  {
    name: 'an invalid deployment does not hide its profile problems',
    files: edit(p('type: webservice', 'type: websrvice'), 'deploy.yaml', 'environmentRef:', 'enviromentRef:'),
    errors: [error('profile.yaml:10:15', 'unknown-definition'), error('deploy.yaml:12:3', 'schema')],
  },
  {
    name: 'three independent mistakes in three files, one run',
    files: edit(
      edit(p('type: webservice', 'type: websrvice'), 'env.yaml', 'numberOfClusters: 1', 'numberOfClusters: x'),
      'deploy.yaml',
      '    namespace: team-a\n  workloadProfileRef',
      '    namespace: Team\n  workloadProfileRef',
    ),
    errors: [error('env.yaml:11:27', 'schema'), error('profile.yaml:10:15', 'unknown-definition'), error('deploy.yaml:9:16', 'schema')],
    errorCount: 3,
  },
  {
    name: 'a reference to an object with errors is not also "not found"',
    files: edit(base, 'env.yaml', 'numberOfClusters: 1', 'numberOfClusters: x'),
    errors: [error('env.yaml:11:27', 'schema')],
    errorCount: 1,
  },
  {
    name: 'an unused profile with an unknown type is reported',
    files: { ...base, 'spare.yaml': profile.replace('name: demo', 'name: spare').replace('type: webservice', 'type: nothing-like-it') },
    errors: [error('spare.yaml:10:15', 'unknown-definition')],
    errorCount: 1,
  },
  { name: 'a profile in the system namespace is found', exit: 0, files: edit(base, 'profile.yaml', 'namespace: team-a', 'namespace: mural-system') },
];
