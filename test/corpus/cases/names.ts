// Names that become paths or Kubernetes names: the hubcast.io/name annotation, generated object names,
// cluster names. A bad one is a positioned error; nothing is ever written outside --out.

import { base, edit, type Files } from '../base.ts';
import { error, type CorpusCase } from '../corpus-case.ts';
import { rawObject } from './raw.ts';

const annotated = (value: string): Files =>
  edit(base, 'deploy.yaml', '  namespace: team-a\nspec:', `  namespace: team-a\n  annotations:\n    hubcast.io/name: ${value}\nspec:`);
const hubName = (name: string, value: string, extra: Partial<CorpusCase> = {}): CorpusCase => ({
  name: `hubcast.io/name ${name}`,
  files: annotated(value),
  errors: [error('deploy.yaml:7:22', 'name-invalid')],
  errorCount: 1,
  attack: true,
  ...extra,
});

export const nameCases: CorpusCase[] = [
  hubName('climbing out with ../../evil', '../../evil'),
  hubName('an absolute path', '/tmp/evil'),
  hubName('a path inside the output', 'a/b'),
  hubName('"."', '"."'),
  hubName('".."', '".."'),
  hubName('with uppercase and underscore', 'Evil_Name'),
  hubName('over 253 characters', 'n'.repeat(254)),
  hubName('ending in a dot', 'evil.'),
  hubName('empty', '""'),
  hubName('with a NUL byte', '"evil\\0x"'),
  hubName('with a newline', '"evil\\nkind: Secret"'),
  hubName('with a backslash', '"..\\\\evil"'),
  hubName('with a space', '"my app"'),
  { name: 'hubcast.io/name that is valid names the files', exit: 0, files: annotated('storefront'), attack: true },
  {
    name: 'hubcast.io/name too long for the replicaset key',
    files: annotated('s'.repeat(60)),
    errors: [error('deploy.yaml:4:9', 'name-too-long')],
    errorCount: 1,
  },
  {
    name: 'a rendered object named with uppercase',
    files: rawObject({ name: 'Settings_A' }),
    errors: [error('profile.yaml:16:23', 'k8s-name')],
    errorCount: 1,
  },
  {
    name: 'a rendered object named ../../evil',
    attack: true,
    files: rawObject({ name: '../../evil' }),
    errors: [error('profile.yaml:16:23', 'k8s-name')],
    errorCount: 1,
  },
  {
    name: 'a rendered object named with a slash',
    attack: true,
    files: rawObject({ name: 'a/b' }),
    errors: [error('profile.yaml:16:23', 'k8s-name')],
    errorCount: 1,
  },
  {
    name: 'a rendered object name over 253 characters',
    files: rawObject({ name: 'n'.repeat(254) }),
    errors: [error('profile.yaml:16:23', 'k8s-name', /254 characters/)],
    errorCount: 1,
  },
  {
    name: 'a rendered Namespace with a dotted name',
    files: rawObject({ kind: 'Namespace', name: 'a.b', rest: [] }),
    errors: [error('profile.yaml:16:23', 'k8s-name')],
    errorCount: 1,
  },
  {
    name: 'a rendered Service whose name starts with a digit',
    files: rawObject({ kind: 'Service', name: '1web', rest: ['spec: {ports: [{port: 80}]}'] }),
    errors: [error('profile.yaml:16:23', 'k8s-name', /DNS-1035/)],
    errorCount: 1,
  },
  {
    name: 'a rendered object in a namespace with uppercase',
    files: rawObject({ meta: ['namespace: Other'] }),
    errors: [error('profile.yaml:17:28', 'k8s-name')],
    errorCount: 1,
  },
  {
    name: 'a rendered object in the namespace ../evil',
    attack: true,
    files: rawObject({ meta: ['namespace: ../evil'] }),
    errors: [error('profile.yaml:17:28', 'k8s-name')],
    errorCount: 1,
  },
  { name: 'a dotted rendered name is a valid subdomain', exit: 0, files: rawObject({ name: 'app.settings' }) },
  { name: 'an Environment named with uppercase', files: edit(base, 'env.yaml', 'name: primary', 'name: Primary'), errors: [error('env.yaml:4:9', 'schema')] },
  {
    name: 'an Environment namespace ../evil',
    attack: true,
    files: edit(base, 'env.yaml', 'namespace: team-a', 'namespace: ../evil'),
    errors: [error('env.yaml:5:14', 'schema')],
  },
  {
    name: 'a workload name of 64 characters',
    files: edit(base, 'deploy.yaml', '    name: demo\n    namespace', `    name: ${'w'.repeat(64)}\n    namespace`),
    errors: [error('deploy.yaml:8:11', 'schema')],
    errorCount: 1,
  },
  {
    name: "an include pattern cannot read the repository's parent",
    files: { ...base, 'hubcast.yaml': 'include: ["**/*.yaml", "../**/*.yaml"]\n' },
    errors: [error('hubcast.yaml:1:24', 'config')],
    errorCount: 1,
  },
];
