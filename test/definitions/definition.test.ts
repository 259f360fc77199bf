import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.ts';
import type { SourceObject } from '../../src/core/types.ts';
import { parseYamlFile, toSourceObject } from '../../src/load/yaml-source.ts';
import { renderComponent } from '../../src/definitions/component.ts';
import { definitionTemplates, parseDefinition } from '../../src/definitions/definition.ts';
import { loadStockDefinitions, stockTemplatesDir } from '../../src/definitions/stock-definitions.ts';
import type { RenderContext } from '../../src/definitions/definition-types.ts';

function source(text: string, path = 'defs/thing.yaml'): SourceObject {
  const { documents, diagnostics } = parseYamlFile({ path, text });
  expect(diagnostics).toEqual([]);
  const raw = documents[0];
  const meta = raw.body.metadata as { name?: string; namespace?: string };
  return toSourceObject(raw, String(raw.body.kind), meta.namespace ?? 'mural-system', meta.name ?? '');
}

function parse(text: string, withText = true) {
  return parseDefinition(source(text), 'mural-system', withText ? { text } : {});
}

const where = (ds: Diagnostic[]) => ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);

const componentDef = (template: string, extra = '') => `apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: config
spec:
  version: 1.0.0
  description: A ConfigMap.
  schema:
    type: object
    additionalProperties: false
    properties:
      image: { type: string, description: x }
${extra}  template: |
${template
  .split('\n')
  .map((l) => (l ? `    ${l}` : l))
  .join('\n')}`;

const configMapTemplate = (line: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{json name}}
data:
${line}
`;

const context: RenderContext = {
  workload: { name: 'w', namespace: 'ns' },
  deployment: { name: 'd', namespace: 'ns' },
  environment: { name: 'e', namespace: 'ns' },
};

describe('parseDefinition', () => {
  it('accepts a valid definition and fills in the defaults', () => {
    const { definition, diagnostics } = parse(componentDef(configMapTemplate('  image: {{json properties.image}}')));
    expect(diagnostics).toEqual([]);
    expect(definition).toMatchObject({
      kind: 'ComponentDefinition',
      name: 'config',
      namespace: 'mural-system',
      version: '1.0.0',
      workloadType: 'application',
      description: 'A ConfigMap.',
    });
    expect(definition!.templates!.template!.origin).toEqual({ file: 'defs/thing.yaml', line: 14, column: 5, label: 'config@1.0.0 spec.template' });
    expect(definition!.hash).toMatch(/^[0-9a-f]{64}$/);
    // The same content hashes the same whatever the key order.
    const again = parse(
      componentDef(configMapTemplate('  image: {{json properties.image}}')).replace(
        '  version: 1.0.0\n  description: A ConfigMap.\n',
        '  description: A ConfigMap.\n  version: 1.0.0\n',
      ),
    );
    expect(again.definition!.hash).toBe(definition!.hash);
  });

  it('rejects a bare {{x}} at load, at the file line and column', () => {
    const text = componentDef(configMapTemplate('  image: {{properties.image}}'));
    // line 19 of the file is "      image: {{properties.image}}"
    expect(text.split('\n')[18]).toBe('      image: {{properties.image}}');
    for (const withText of [true, false]) {
      const { definition, diagnostics } = parse(text, withText);
      expect(definition).toBeUndefined();
      expect(where(diagnostics)).toEqual([
        'defs/thing.yaml:19:14 definition-template config@1.0.0 spec.template: bare {{properties.image}}: every value must go through the json helper',
      ]);
    }
  });

  it('a runtime undefined value points at the template line in the definition file', () => {
    const { definition } = parse(componentDef(configMapTemplate('  image: {{json properties.imge}}')));
    const out = renderComponent({
      name: 'cfg',
      definition: definition!,
      properties: { image: 'x' },
      pos: () => ({ file: 'p.yaml', line: 1, column: 1 }),
      traits: [],
      context,
    });
    expect(where(out.diagnostics)).toEqual([
      'defs/thing.yaml:19:14 template-render component "cfg" (config@1.0.0): config@1.0.0 spec.template: json: undefined value at properties.imge',
    ]);
  });

  it('requires an exact semantic version', () => {
    expect(where(parse(componentDef(configMapTemplate('  a: b')).replace('version: 1.0.0', 'version: v1.0')).diagnostics)).toEqual([
      'defs/thing.yaml:6:12 definition-version ComponentDefinition "config": spec.version "v1.0" is not an exact semantic version',
    ]);
    expect(where(parse(componentDef(configMapTemplate('  a: b')).replace('version: 1.0.0', 'version: 1.0')).diagnostics)).toEqual([
      'defs/thing.yaml:6:12 definition-schema ComponentDefinition: spec.version must be a string',
    ]);
  });

  it('checks the fields each kind takes', () => {
    const trait = componentDef(configMapTemplate('  a: b')).replace('kind: ComponentDefinition', 'kind: TraitDefinition');
    expect(where(parse(trait).diagnostics)).toEqual([
      'defs/thing.yaml:5:1 definition-schema TraitDefinition "config": spec needs "patch" or "outputs"',
      'defs/thing.yaml:13:13 definition-schema TraitDefinition "config": spec.template is not used by a TraitDefinition',
    ]);
    const noTemplate = `apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: empty
spec:
  version: 2.0.0
  patch: 'object: {}'
`;
    expect(parse(noTemplate).diagnostics.map((d) => d.message)).toEqual([
      'ComponentDefinition "empty": spec needs "template"',
      'ComponentDefinition "empty": spec.patch is not used by a ComponentDefinition',
    ]);
  });

  it('rejects an invalid properties schema and warns about an open one', () => {
    const bad = componentDef(configMapTemplate('  a: b')).replace('      image: { type: string, description: x }', '      image: { type: strin }');
    expect(parse(bad).diagnostics.map((d) => d.message)[0]).toMatch(/spec\.schema is not a valid JSON Schema/);
    const open = componentDef(configMapTemplate('  a: b')).replace('    additionalProperties: false\n', '');
    const { definition, diagnostics } = parse(open);
    expect(definition).toBeDefined();
    expect(diagnostics.map((d) => `${d.severity} ${d.message}`)).toEqual([
      'warning ComponentDefinition "config": spec.schema accepts unknown properties, so a misspelt property is silently ignored',
    ]);
  });

  it('rejects unknown fields and bad names in the definition document', () => {
    const text = componentDef(configMapTemplate('  a: b'))
      .replace('  name: config', '  name: Config_1')
      .replace('  description: A ConfigMap.', '  descripton: A ConfigMap.');
    const msgs = parse(text).diagnostics.map((d) => d.message);
    expect(msgs).toContain('ComponentDefinition: metadata.name must match ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$');
    expect(msgs.some((m) => m.includes('unknown field "descripton" in spec'))).toBe(true);
  });

  it('a PolicyDefinition renders extra objects through its template', () => {
    const text = `apiVersion: hubcast.io/v1alpha1
kind: PolicyDefinition
metadata:
  name: quota
  namespace: team-a
spec:
  version: 1.2.3
  description: A ResourceQuota for the workload namespace.
  schema:
    type: object
    additionalProperties: false
    properties:
      pods: { type: integer, default: 10 }
  template: |
    apiVersion: v1
    kind: ResourceQuota
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
    spec:
      hard:
        pods: {{json (concat properties.pods)}}
`;
    const { definition, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(definition!.namespace).toBe('team-a');
    const out = renderComponent({
      name: 'quota',
      definition: definition!,
      properties: {},
      pos: () => ({ file: 'env.yaml', line: 1, column: 1 }),
      traits: [],
      context,
    });
    expect(out.diagnostics).toEqual([]);
    expect(out.objects).toEqual([{ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'quota', namespace: 'ns' }, spec: { hard: { pods: '10' } } }]);
  });

  it('objects without apiVersion, kind or metadata.name are template errors', () => {
    const { definition } = parse(componentDef('kind: ConfigMap\nmetadata:\n  name: {{json name}}\n'));
    const out = renderComponent({
      name: 'cfg',
      definition: definition!,
      properties: {},
      pos: () => ({ file: 'p.yaml', line: 1, column: 1 }),
      traits: [],
      context,
    });
    expect(where(out.diagnostics)).toEqual([
      'defs/thing.yaml:14:5 template-output component "cfg" (config@1.0.0): config@1.0.0 spec.template: rendered document 1 (ConfigMap cfg) has no apiVersion',
    ]);
  });
});

describe('trait patches from a user definition', () => {
  const traitText = (patch: string) => `apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: odd
spec:
  version: 1.0.0
  description: test
  schema: { type: object, additionalProperties: false, properties: {} }
  patch: |
${patch
  .split('\n')
  .map((l) => (l ? `    ${l}` : l))
  .join('\n')}`;

  const web = loadStockDefinitions().definitions.find((d) => d.name === 'webservice')!;
  const run = (patch: string) => {
    const { definition, diagnostics } = parseDefinition(source(traitText(patch), 'defs/odd.yaml'), 'mural-system', { text: traitText(patch) });
    expect(diagnostics).toEqual([]);
    const pos = () => ({ file: 'p.yaml', line: 3, column: 7 });
    return renderComponent({
      name: 'web',
      definition: web,
      properties: { image: 'x' },
      pos,
      traits: [{ definition: definition!, properties: {}, pos }],
      context,
    });
  };

  it('rejects unknown sections', () => {
    expect(where(run('spec:\n  replicas: 2\n').diagnostics)).toEqual([
      'defs/odd.yaml:10:5 trait-patch trait "odd" of component "web" (odd@1.0.0): odd@1.0.0 spec.patch renders unknown section "spec"',
    ]);
  });

  it('applies podTemplate, podSpec and container sections', () => {
    const out = run('podTemplate:\n  metadata:\n    annotations:\n      a: b\npodSpec:\n  hostNetwork: true\ncontainer:\n  workingDir: /srv\n');
    expect(out.diagnostics).toEqual([]);
    const tpl = (out.objects[0].spec as { template: { metadata: unknown; spec: { hostNetwork: boolean; containers: { workingDir: string }[] } } }).template;
    expect(tpl.metadata).toMatchObject({ annotations: { a: 'b' } });
    expect(tpl.spec.hostNetwork).toBe(true);
    expect(tpl.spec.containers[0].workingDir).toBe('/srv');
  });

  it('a patch that removes the object name is an error', () => {
    expect(run('object:\n  metadata:\n    name: null\n').diagnostics.map((d) => d.message)).toEqual([
      'trait "odd" of component "web" (odd@1.0.0): after the patch, Deployment "web" has no metadata.name',
    ]);
  });
});

describe('loadStockDefinitions', () => {
  it('finds templates/ from the source tree', () => {
    expect(stockTemplatesDir().replace(/\\/g, '/')).toMatch(/\/templates\/?$/);
  });

  it('stock templates, compiled lazily at run time, are all clean: checked here eagerly, and equal to the lazy ones', () => {
    const eager = loadStockDefinitions('mural-system', { dir: stockTemplatesDir(), displayPrefix: 'templates' });
    expect(eager.diagnostics).toEqual([]);
    const lazy = loadStockDefinitions().definitions;
    expect(lazy.map((d) => d.templates)).toEqual(lazy.map(() => undefined));
    expect(eager.definitions.length).toBe(lazy.length);
    eager.definitions.forEach((d, i) => {
      const keys = Object.keys(d.templates ?? {}).sort();
      expect(keys.length, `${d.name}@${d.version}`).toBeGreaterThan(0);
      const l = definitionTemplates(lazy[i]);
      expect(Object.keys(l).sort()).toEqual(keys);
      for (const k of keys as (keyof typeof l)[]) expect(l[k]!.origin).toEqual(d.templates![k]!.origin);
      // From the generated snapshot: the same content, and positions found in the file when asked for.
      expect(lazy[i].hash).toBe(d.hash);
      expect({ ...lazy[i].source.pos(['spec', 'version']) }).toEqual({ ...d.source.pos(['spec', 'version']) });
    });
  });

  it('reads an explicit directory, reporting documents that are not definitions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hubcast-defs-'));
    mkdirSync(join(dir, 'traits'));
    writeFileSync(join(dir, 'traits', 'a.yaml'), componentDef(configMapTemplate('  a: b')));
    writeFileSync(join(dir, 'b.yml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    const { definitions, diagnostics } = loadStockDefinitions('sys', { dir, displayPrefix: 'custom' });
    expect(definitions.map((d) => `${d.namespace}/${d.name}`)).toEqual(['sys/config']);
    expect(where(diagnostics)).toEqual([
      'custom/b.yml:2:7 not-a-definition expected a definition (hubcast.io/v1alpha1 ComponentDefinition | TraitDefinition | PolicyDefinition)',
    ]);
  });
});
