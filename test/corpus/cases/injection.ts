// Injection and prototype keys: hostile strings stay strings (no object, key or document is made of
// them), `__proto__` and `constructor` are plain keys, templates cannot reach prototypes.

import { expect } from 'vitest';
import { base, edit, fleet, type Files } from '../base.ts';
import { error, type CorpusCase } from '../corpus-case.ts';
import { rawObject } from './raw.ts';

const image = (value: string): Files => edit(base, 'profile.yaml', 'image: nginx:1.27', `image: ${JSON.stringify(value)}`);
/** The container image of the rendered Deployment, as a reader of the output gets it. */
const renderedImage = (objects: Record<string, unknown>[]): unknown => {
  const text = JSON.stringify(objects);
  const m = /"containers":\[\{[\s\S]*?"image":("(?:[^"\\]|\\.)*")/.exec(text);
  return m ? JSON.parse(m[1]) : undefined;
};
const inertImage = (name: string, value: string): CorpusCase => ({
  name: `an image string ${name} stays one string`,
  exit: 0,
  attack: true,
  files: image(value),
  check: (objects) => expect(renderedImage(objects)).toBe(value),
});
const definition = (template: string): Files => ({
  ...edit(
    base,
    'profile.yaml',
    'type: webservice\n        properties:\n          image: nginx:1.27\n          port: 8080\n',
    'type: custom\n        properties: {}\n',
  ),
  'custom.yaml': `apiVersion: hubcast.io/v1alpha1\nkind: ComponentDefinition\nmetadata:\n  name: custom\n  namespace: team-a\nspec:\n  version: 1.0.0\n  schema:\n    type: object\n  template: |\n${template
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n`,
});

export const injectionCases: CorpusCase[] = [
  inertImage('with a document separator and a Secret', 'nginx\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: evil\n'),
  inertImage('with a newline and a key', 'nginx\ninjected: true'),
  inertImage('with Handlebars in it', '{{#each this}}{{@key}}{{/each}}'),
  inertImage('reaching for constructor', '{{constructor.constructor "return process"}}'),
  inertImage('with a Flux substitution', '${GITHUB_TOKEN}'),
  inertImage('with YAML 1.1 booleans', 'yes'),
  inertImage('with quotes and a comment', 'a"b\'c #d'),
  inertImage('with a JSON object in it', '{"kind": "Secret", "metadata": {"name": "evil"}}'),
  inertImage('with an anchor and alias syntax', '&a *a !tag'),
  inertImage('with a zero-width and RTL mark', 'ngi\u200bnx\u202e'),
  {
    name: '__proto__ in component properties is an unknown field, not a prototype',
    attack: true,
    files: edit(base, 'profile.yaml', '          port: 8080', '          port: 8080\n          __proto__:\n            polluted: yes'),
    errors: [error('profile.yaml:14:11', 'properties', /__proto__/)],
  },
  {
    name: '__proto__ in a raw object is a plain key',
    exit: 0,
    attack: true,
    files: rawObject({ rest: ['data:', '  a: b', 'extra:', '  __proto__:', '    polluted: "yes"'] }),
    check: (objects) => expect(JSON.stringify(objects)).toContain('"__proto__":{"polluted":"yes"}'),
  },
  {
    name: 'constructor.prototype in a raw object is a plain key',
    exit: 0,
    attack: true,
    files: rawObject({ rest: ['data:', '  a: b', 'extra:', '  constructor:', '    prototype:', '      polluted: "yes"'] }),
  },
  {
    name: '__proto__ through a merge key is a plain key',
    exit: 0,
    attack: true,
    files: rawObject({ rest: ['data:', '  a: b', 'extra:', '  <<: {__proto__: {polluted: "yes"}}'] }),
  },
  {
    name: '__proto__ as a document key is inert data',
    exit: 0,
    attack: true,
    files: edit(base, 'env.yaml', 'spec:\n', '__proto__:\n  polluted: yes\nspec:\n'),
  },
  {
    name: '__proto__ in metadata is inert data',
    exit: 0,
    attack: true,
    files: edit(base, 'env.yaml', '  namespace: team-a\n', '  namespace: team-a\n  __proto__: {polluted: yes}\n'),
  },
  {
    name: '__proto__ in hubcast.yaml is an unknown key',
    attack: true,
    files: { ...base, 'hubcast.yaml': '__proto__:\n  generatedBranch: evil\n' },
    errors: [error('hubcast.yaml:1:1', 'config')],
  },
  {
    name: 'a __proto__ label key is refused',
    attack: true,
    files: edit(base, 'env.yaml', '  namespace: team-a\n', '  namespace: team-a\n  labels:\n    __proto__: x\n'),
    errors: [error('env.yaml:7:5', 'label-invalid')],
  },
  {
    name: 'a constructor annotation key is plain data',
    exit: 0,
    attack: true,
    files: edit(base, 'env.yaml', '  namespace: team-a\n', '  namespace: team-a\n  annotations:\n    constructor: x\n'),
  },
  {
    name: 'a variable named __proto__ is plain data',
    exit: 0,
    attack: true,
    files: {
      ...edit(base, 'profile.yaml', 'image: nginx:1.27', 'image: "nginx:{{ var.__proto__ }}"'),
      'vars.yaml':
        'apiVersion: spectrocloud.com/v1beta1\nkind: VariableSet\nmetadata:\n  name: mural-variables\n  namespace: team-a\nspec:\n  variables:\n    - name: __proto__\n      value: "1.27"\n',
    },
    check: (objects) => expect(renderedImage(objects)).toBe('nginx:1.27'),
  },
  {
    name: 'a deployment variable map with __proto__ is an undeclared variable',
    attack: true,
    files: edit(base, 'deploy.yaml', '  environmentRef:', '  variables:\n    __proto__: x\n  environmentRef:'),
    errors: [error('deploy.yaml:13:16', 'undeclared-variable')],
  },
  {
    name: 'a variable value that is a template stays a string',
    exit: 0,
    attack: true,
    files: {
      ...edit(base, 'profile.yaml', 'image: nginx:1.27', 'image: "{{ var.tag }}"'),
      'vars.yaml':
        'apiVersion: spectrocloud.com/v1beta1\nkind: VariableSet\nmetadata:\n  name: mural-variables\n  namespace: team-a\nspec:\n  variables:\n    - name: tag\n      value: "{{ var.tag }}\\nkind: Secret"\n',
    },
    check: (objects) => expect(renderedImage(objects)).toBe('{{ var.tag }}\nkind: Secret'),
  },
  {
    name: 'a component named __proto__ is refused',
    attack: true,
    files: edit(base, 'profile.yaml', '- name: ui', '- name: __proto__'),
    errors: [error('profile.yaml:9:15', 'schema')],
  },
  {
    name: 'a repo template reaching for constructor is refused',
    attack: true,
    files: definition('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{constructor.name}}\n'),
    errors: [error('custom.yaml:14:13', 'definition-template')],
    errorCount: 1,
  },
  {
    name: 'a repo template with a partial is refused',
    attack: true,
    files: definition('{{> evil}}\n'),
    errors: [error('custom.yaml:11:5', 'definition-template')],
    errorCount: 1,
  },
  {
    name: 'a repo template using lookup on __proto__ is refused',
    attack: true,
    files: definition('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{lookup this "__proto__"}}\n'),
    errors: [error('custom.yaml:14:13', 'definition-template')],
    errorCount: 1,
  },
  {
    name: 'hubcast.io/name ../../evil in the per-cluster layout',
    attack: true,
    files: edit(fleet, 'deploy.yaml', '  namespace: team-a\nspec:', '  namespace: team-a\n  annotations:\n    hubcast.io/name: ../../evil\nspec:'),
    errors: [error('deploy.yaml:7:22', 'name-invalid')],
    errorCount: 1,
  },
  {
    name: 'a ManagedCluster named with a newline',
    attack: true,
    files: edit(fleet, 'inventory.yaml', 'name: east-1', 'name: "east-1\\nkind: Secret"'),
    errors: [error('inventory.yaml:4:9', 'inventory')],
    errorCount: 1,
  },
];
