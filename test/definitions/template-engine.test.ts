import { describe, expect, it } from 'vitest';
import type { Json } from '../../src/core/types.ts';
import { compileTemplate, renderDocuments, renderTemplate, type CompiledTemplate, type TemplateOrigin } from '../../src/definitions/template-engine.ts';

const origin: TemplateOrigin = { file: 'defs/x.yaml', line: 10, column: 5, label: 'x@1.0.0 spec.template' };

function compile(source: string): CompiledTemplate {
  const { template, diagnostics } = compileTemplate(source, origin);
  expect(diagnostics).toEqual([]);
  return template!;
}

function problems(source: string): string[] {
  const { template, diagnostics } = compileTemplate(source, origin);
  expect(template).toBeUndefined();
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.message}${d.hint ? ` | ${d.hint}` : ''}`);
}

function run(source: string, properties: Json = {}, name = 'demo'): string {
  const { text, diagnostics } = renderTemplate(compile(source), { name, properties, context: { workload: { name: 'w', namespace: 'ns' } } });
  expect(diagnostics).toEqual([]);
  return text!;
}

describe('load-time check', () => {
  it('rejects a bare mustache, with the definition file position and a fix', () => {
    expect(problems('a: 1\nb: {{properties.x}}\n')).toEqual([
      '11:8 x@1.0.0 spec.template: bare {{properties.x}}: every value must go through the json helper | write {{json properties.x}} so the value is quoted as YAML-safe JSON',
    ]);
    expect(problems('{{{name}}}')[0]).toMatch(/^10:5 .*bare \{\{\{name\}\}\}/);
    expect(problems('{{this}}')[0]).toMatch(/bare/);
  });

  it('rejects printing a helper result without json', () => {
    expect(problems('x: {{lower name}}')).toEqual([
      '10:8 x@1.0.0 spec.template: {{lower name}} prints a helper result directly; only json may print a value | write {{json (lower name)}}',
    ]);
  });

  it('rejects unknown helpers, lookup, log, partials, decorators, odd blocks', () => {
    expect(problems('{{lookup properties "x"}}')[0]).toMatch(/only \{\{json \.\.\.\}\} may print/);
    expect(problems('{{json (lookup properties "x")}}')[0]).toMatch(/unknown helper "lookup"/);
    expect(problems('{{log "x"}}')[0]).toMatch(/only \{\{json/);
    expect(problems('{{> partial}}')[0]).toMatch(/partials are not supported/);
    expect(problems('{{#* inline "p"}}x{{/inline}}')[0]).toMatch(/decorators are not supported/);
    expect(problems('{{#properties}}x{{/properties}}')[0]).toMatch(/only #if, #unless, #each and #with/);
    expect(problems('{{#each properties.a}}{{json (json this)}}{{/each}}')[0]).toMatch(/json cannot be nested/);
    expect(problems('{{json a b}}')[0]).toMatch(/exactly one value/);
  });

  it('rejects prototype paths and unknown data variables', () => {
    expect(problems('{{json properties.constructor}}')[0]).toMatch(/"constructor" cannot be read/);
    expect(problems('{{json __proto__}}')[0]).toMatch(/"__proto__" cannot be read/);
    expect(problems('{{json @partial-block}}')[0]).toMatch(/unknown data variable/);
  });

  it('reports Handlebars syntax errors at their line', () => {
    const [p] = problems('a: 1\nb: {{json name}\n');
    expect(p).toMatch(/^11:\d+ x@1\.0\.0 spec\.template: Handlebars syntax error/);
    expect(problems('{{#if a}}\nx\n')[0]).toMatch(/Handlebars syntax error/);
  });

  it('compiles each distinct source once', () => {
    const a = compileTemplate('k: {{json name}}', origin).template!;
    const b = compileTemplate('k: {{json name}}', { ...origin, file: 'other.yaml' }).template!;
    expect(a.entry).toBe(b.entry);
    expect(b.origin.file).toBe('other.yaml');
  });
});

describe('helpers', () => {
  it('json quotes every value as one flow node', () => {
    expect(run('v: {{json properties.v}}', { v: { a: [1, 'x: y'], b: null, c: true } })).toBe('v: {"a":[1,"x: y"],"b":null,"c":true}');
  });

  it('json refuses undefined, with the expression and the file position', () => {
    const t = compile('a: 1\nb: {{json properties.missing}}');
    const { diagnostics } = renderTemplate(t, { name: 'n', properties: {}, context: {} }, { subject: 'component "ui" (x@1.0.0)' });
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'defs/x.yaml:11:8 component "ui" (x@1.0.0): x@1.0.0 spec.template: json: undefined value at properties.missing',
    ]);
    expect(diagnostics[0].hint).toMatch(/default/);
  });

  it('a missing intermediate is undefined, not a TypeError', () => {
    const t = compile('x: 1\n{{#if properties.limit.cpu}}\ncpu: {{json properties.limit.cpu}}\n{{/if}}\nmem: {{json properties.limit.memory}}\n');
    const { diagnostics } = renderTemplate(t, { name: 'n', properties: {}, context: {} });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '14:10 x@1.0.0 spec.template: json: undefined value at properties.limit.memory',
    ]);
    expect(run('{{#each properties.list}}\n- {{json this.a.b}}\n{{/each}}', { list: [{ a: { b: 1 } }, { a: { b: 2 } }] })).toBe('- 1\n- 2\n');
  });

  it('null-safe paths keep their scope: block params, this, ../ and @root', () => {
    const src =
      '{{#each properties.list as |item|}}{{json item.a.b}} {{json this.a.b}} {{json ../properties.top.x}} {{json @root.properties.top.x}} {{json @index}};{{/each}}';
    expect(run(src, { list: [{ a: { b: 1 } }, { a: { b: 2 } }], top: { x: 'T' } })).toBe('1 1 "T" "T" 0;2 2 "T" "T" 1;');
    expect(run('{{#with properties.top}}{{json x}} {{json ../name}}{{/with}}', { top: { x: 'y' } })).toBe('"y" "demo"');
  });

  it('default, defined, eq, ne, and, or, not follow Handlebars truthiness', () => {
    expect(run('{{json (default properties.a properties.b "c")}}', { b: null })).toBe('"c"');
    expect(run('{{json (default properties.a 0)}}', {})).toBe('0');
    expect(run('{{json (defined properties.a)}} {{json (defined properties.z)}}', { a: 0 })).toBe('true false');
    expect(run('{{json (eq properties.a 1)}} {{json (ne properties.a 1)}}', { a: 1 })).toBe('true false');
    expect(run('{{json (and properties.a properties.b)}} {{json (or properties.c properties.b)}} {{json (not properties.c)}}', { a: 'x', b: [1], c: [] })).toBe(
      'true true true',
    );
    expect(run('{{json (or properties.a properties.b)}}', { a: 0, b: '' })).toBe('false');
  });

  it('concat, lower, upper, trunc63', () => {
    expect(run('{{json (concat "port-" properties.p "-" (lower properties.proto))}}', { p: 53, proto: 'UDP' })).toBe('"port-53-udp"');
    expect(run('{{json (upper "a")}}')).toBe('"A"');
    expect(run('{{json (trunc63 properties.n)}}', { n: `${'a'.repeat(62)}-bcd` })).toBe(JSON.stringify('a'.repeat(62)));
    const t = compile('{{json (concat "a" properties.x)}}');
    expect(renderTemplate(t, { name: 'n', properties: { x: {} }, context: {} }).diagnostics[0].message).toMatch(/concat: argument 2 is a map/);
  });

  it('merge, dict (skipping undefined), keys, entries, where, isList, isMap, get, namespaced', () => {
    expect(run('{{json (merge properties.a (dict "k" "v" "u" properties.nope))}}', { a: { k: 'old', x: 1 } })).toBe('{"k":"v","x":1}');
    // Maps are walked in key order, as KubeVela (Go) does, whatever order the YAML had.
    expect(run('{{json (keys properties)}} {{json (entries properties)}} {{json (values properties)}}', { b: 1, a: 2 })).toBe(
      '["a","b"] [{"key":"a","value":2},{"key":"b","value":1}] [2,1]',
    );
    expect(
      run('{{json (flatten properties.a properties.missing properties.b)}} {{json (uniq properties.c)}} {{json (length properties.c)}}', {
        a: [1],
        b: [2, 3],
        c: [8, 8, 9],
      }),
    ).toBe('[1,2,3] [8,9] 3');
    expect(run('{{json (uniqueBy properties.v "name")}}', { v: [{ name: 'x', n: 1 }, { name: 'y' }, { name: 'x', n: 2 }] })).toBe(
      '[{"name":"x","n":1},{"name":"y"}]',
    );
    expect(run('{{json (where properties.ports "expose" true)}}', { ports: [{ p: 1, expose: true }, { p: 2 }] })).toBe('[{"p":1,"expose":true}]');
    expect(run('{{json (isList properties.a)}} {{json (isMap properties.a)}}', { a: [] })).toBe('true false');
    expect(run('{{json (get properties.labels "app.kubernetes.io/name")}}', { labels: { 'app.kubernetes.io/name': 'x' } })).toBe('"x"');
    expect(run('{{json (namespaced "ConfigMap")}} {{json (namespaced "ClusterRole")}} {{json (namespaced "Tenant" properties.cs)}}', { cs: ['Tenant'] })).toBe(
      'true false false',
    );
  });

  it('get reads own properties only', () => {
    expect(run('{{#if (get properties "toString")}}bad{{/if}}ok')).toBe('ok');
    expect(run('{{#if properties.a.constructor}}bad{{/if}}ok'.replace('properties.a.constructor', '(get properties "a" "constructor")'), { a: {} })).toBe('ok');
  });
});

describe('rendering to documents', () => {
  it('drops empty documents and keeps a stream of maps', () => {
    const t = compile('{{#if properties.a}}\nkind: A\n{{/if}}\n---\nkind: B\n---\n');
    expect(renderDocuments(t, { name: 'n', properties: {}, context: {} })).toEqual({ documents: [{ kind: 'B' }], diagnostics: [] });
  });

  it('reports invalid YAML output with the rendered line, at the template', () => {
    const t = compile('a: 1\n  b: {{json name}}\n');
    const { documents, diagnostics } = renderDocuments(t, { name: 'n', properties: {}, context: {} });
    expect(documents).toEqual([]);
    expect(diagnostics[0].code).toBe('template-output');
    expect(diagnostics[0].line).toBe(10);
    expect(diagnostics[0].message).toMatch(/not valid YAML/);
  });

  it('rejects duplicate keys and non-map documents', () => {
    expect(renderDocuments(compile('a: 1\na: {{json name}}\n'), { name: 'n', properties: {}, context: {} }).diagnostics[0].message).toMatch(/DUPLICATE_KEY/);
    expect(renderDocuments(compile('- {{json name}}\n'), { name: 'n', properties: {}, context: {} }).diagnostics[0].message).toMatch(/is not a map/);
  });

  it('keeps hostile values as strings', () => {
    const values = [
      'a: b',
      'x\n- y',
      '{{evil}}',
      '# c',
      '0755',
      'no',
      'on',
      '~',
      '12:30',
      '1e3',
      '"q"',
      '\\',
      '\t',
      '\u0000',
      '\u2028',
      '&a',
      '*a',
      '!!int 1',
      '%YAML',
      '---',
      '...',
    ];
    for (const v of values) {
      const t = compile('k: {{json properties.v}}\nl:\n  - {{json properties.v}}\n{{json properties.v}}: key\n');
      const { documents, diagnostics } = renderDocuments(t, { name: 'n', properties: { v }, context: {} });
      expect(diagnostics).toEqual([]);
      expect(documents).toEqual([{ k: v, l: [v], [v]: 'key' }]);
    }
  });
});
