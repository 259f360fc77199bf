// Variables: declared once, typed, locked, and every use has a value.

import { base, edit, variables, type Files } from '../base.ts';
import { error, type CorpusCase } from '../corpus-case.ts';

const withVars: Files = {
  ...edit(base, 'profile.yaml', 'image: nginx:1.27', 'image: "nginx:{{ var.tag }}"'),
  'vars.yaml': variables.replace('    - name: replicas', '    - name: tag\n      value: "1.27"\n    - name: replicas'),
};
const v = (from: string | RegExp, to: string): Files => edit(withVars, 'vars.yaml', from, to);
const d = (from: string | RegExp, to: string): Files => edit(withVars, 'deploy.yaml', from, to);

export const variableCases: CorpusCase[] = [
  { name: 'the variables baseline renders', exit: 0, files: withVars },
  {
    name: 'a variable declared twice in one VariableSet',
    files: v('    - name: replicas', '    - name: tag\n      value: "2"\n    - name: replicas'),
    errors: [error('vars.yaml:10:13', 'duplicate-variable', /first at vars\.yaml:8:13/)],
    errorCount: 1,
  },
  {
    name: 'a variable declared twice in a ProfileBundle',
    files: {
      ...withVars,
      'bundle.yaml':
        'apiVersion: spectrocloud.com/v1beta1\nkind: ProfileBundle\nmetadata:\n  name: b\n  namespace: team-a\nspec:\n  variableSet:\n    variables:\n      - name: x\n      - name: x\n',
    },
    errors: [error('bundle.yaml:10:15', 'duplicate-variable')],
    errorCount: 1,
  },
  {
    name: 'a variable set twice in a deployment list',
    files: d('  environmentRef:', '  variables:\n    - name: tag\n      value: "1"\n    - name: tag\n      value: "2"\n  environmentRef:'),
    errors: [error('deploy.yaml:15:13', 'duplicate-variable')],
    errorCount: 1,
  },
  {
    name: 'a use of a variable nobody declared',
    files: edit(withVars, 'profile.yaml', '{{ var.tag }}', '{{ var.tga }}'),
    errors: [error('profile.yaml:12:18', 'unknown-variable')],
    errorCount: 1,
  },
  {
    name: 'a deployment value for an undeclared variable',
    files: d('  environmentRef:', '  variables:\n    colour: red\n  environmentRef:'),
    errors: [error('deploy.yaml:13:13', 'undeclared-variable')],
    errorCount: 1,
  },
  { name: 'a value of the wrong type', files: v('      value: 2', '      value: two'), errors: [error('vars.yaml:12:14', 'variable-type')], errorCount: 1 },
  {
    name: 'an int32 variable beyond int32',
    files: v('      value: 2', '      value: 3000000000'),
    errors: [error('vars.yaml:12:14', 'variable-type')],
    errorCount: 1,
  },
  {
    name: 'a locked variable overridden by a deployment',
    files: {
      ...withVars,
      'system.yaml': variables.replace('namespace: team-a', 'namespace: mural-system').replace('      value: 2', '      value: 2\n      locked: true'),
      'deploy.yaml': String(withVars['deploy.yaml']).replace('  environmentRef:', '  variables:\n    replicas: 3\n  environmentRef:'),
    },
    errors: [error('deploy.yaml:13:15', 'locked-variable')],
  },
  {
    name: 'a variable name with a space',
    files: v('    - name: replicas', '    - name: "my var"'),
    errors: [error('vars.yaml:10:13', 'schema')],
    errorCount: 1,
  },
  {
    name: 'a VariableSet hubcast never reads is a warning',
    exit: 0,
    files: { ...withVars, 'other.yaml': variables.replace('name: mural-variables', 'name: other-vars') },
    warnings: [error('other.yaml:4:9', 'variable-set-name')],
  },
];
