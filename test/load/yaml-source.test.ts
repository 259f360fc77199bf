// parseYamlFile reads plain specs through the fast subset parser and works out positions with
// `yaml` only when asked: the documents and every position must be those of the `yaml` path.

import { describe, expect, it } from 'vitest';
import type { Json, ObjPath } from '../../src/core/types.ts';
import { parseYamlSubset } from '../../src/load/yaml-subset.ts';
import { AT_KEY, parseYamlFile } from '../../src/load/yaml-source.ts';

const spec = `# a profile and a deployment
apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: app
  labels: {"team": "a", tier: backend}
spec:
  workload:
    components:
    - name: api
      type: webservice@v1
      properties:
        image: "registry.example/app:{{ .var.tag }}"
        ports:
          - containerPort: 8080
            expose: true
        env: [{"name":"A","value":"1"}, {name: B, value: '2'}]
      traits:
        -
          type: scaler
          properties: {replicas: 2}
---
  apiVersion: spectrocloud.com/v1beta1
  kind: WorkloadDeployment
  metadata:
    name: app
  spec:
    variables:
      tag: "1.0.0"
      empty:
`;

/** Every path into `value`, each also with AT_KEY (the key's position) and a missing key after it. */
function paths(value: Json, base: ObjPath = []): ObjPath[] {
  const out: ObjPath[] = [base, [...base, AT_KEY], [...base, 'missing']];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...base, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...base, k]));
  return out;
}

describe('parseYamlFile on the fast path', () => {
  // A tab in a trailing comment: the same documents and positions, but outside the subset.
  const viaYaml = `${spec}# tab\there\n`;

  it('takes the fast path only where the subset parser reads the file', () => {
    expect(parseYamlSubset(spec)).toBeDefined();
    expect(parseYamlSubset(viaYaml)).toBeUndefined();
  });

  it("gives yaml's documents and positions", () => {
    const fast = parseYamlFile({ path: 'app.yaml', text: spec });
    const slow = parseYamlFile({ path: 'app.yaml', text: viaYaml });
    expect(fast.diagnostics).toEqual([]);
    expect(fast.documents.map((d) => [d.docIndex, d.body])).toEqual(slow.documents.map((d) => [d.docIndex, d.body]));
    let checked = 0;
    fast.documents.forEach((doc, i) => {
      for (const path of paths(doc.body)) {
        expect({ path, ...doc.pos(path) }).toEqual({ path, ...slow.documents[i].pos(path) });
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(100);
    expect(fast.documents[1].pos(['spec', 'variables', 'tag'])).toEqual({ file: 'app.yaml', line: 29, column: 12 });
  });

  it('leaves non-map documents to yaml, which reports them', () => {
    for (const text of ['- a\n', '~\n']) {
      const r = parseYamlFile({ path: 'x.yaml', text });
      expect(r.diagnostics.map((d) => d.code)).toEqual(['not-an-object']);
    }
  });
});

describe('empty documents', () => {
  it('a trailing `---` (or one followed by a comment) is an empty document, not an error; `~` is a null document', () => {
    for (const text of ['a: 1\n---\n', 'a: 1\n---\n# end\n', '---\na: 1\n---\n']) {
      const r = parseYamlFile({ path: 'x.yaml', text });
      expect(r.diagnostics, text).toEqual([]);
      expect(r.documents.map((d) => d.body)).toEqual([{ a: 1 }]);
    }
    expect(parseYamlFile({ path: 'x.yaml', text: 'a: 1\n--- ~\n' }).diagnostics.map((d) => d.code)).toEqual(['not-an-object']);
  });
});
