// A git history of spec files written in as many YAML styles as specs are written in (block and
// flow collections, every scalar style, comments, document markers, numbers and keywords of the
// core schema, multi-document files, edits, moves and reformats), for the test that proves revision
// hashes stay what earlier releases computed for the same history.

import type { CommitSpec } from '../helpers/git-repo.ts';

const header = (kind: string, name: string, ns?: string) =>
  `apiVersion: spectrocloud.com/v1beta1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}`;

/** Environment bodies in different YAML styles; `rev` changes the content. */
const STYLES: ((name: string, rev: number) => string)[] = [
  // Plain block YAML, flow collections on one line.
  (n, r) => `${header('Environment', n, 'team-a')}spec:
  version: 1.${r}.0
  topology:
    type: topology-ocm
    properties:
      placement:
        clusterSets: [global, "edge"]
        numberOfClusters: ${r + 1}
        tolerations: [{ key: gpu, operator: Exists }]
`,
  // Block scalars of every chomping, comments, quoted keys and values, document end marker.
  (n, r) => `# environment ${n}
${header('Environment', n, 'team-b')}  labels:
    "app.kubernetes.io/part-of": 'shop'  # quoted both ways
    tier: "prod"
  annotations:
    note: |
      first line ${r}
        indented
      last
    folded: >
      folded text
      over lines ${r}

      new paragraph
    keep: |+
      kept

    strip: |-
      stripped ${r}
spec:
  topology:
    type: topology-ocm
...
`,
  // Core-schema scalars: numbers, booleans, nulls, and strings that only look like them.
  (n, r) => `${header('Environment', n)}spec:
  version: 2.0.${r}
  values:
    int: ${r}
    octal: 0o17
    hex: 0x1F
    float: 1.5e3
    inf: .inf
    negInf: -.Inf
    nan: .NaN
    leadingZero: 007
    plus: +12
    yes: yes
    on: On
    trueish: True
    nullTilde: ~
    nullWord: Null
    empty:
    date: 2026-01-01
    version: 1.10
    colon: a:b
    hash: a#b
    dash: -x
    unicode: "caf\\u00e9 ☕"
    single: 'it''s'
    multi: this plain scalar
      goes on over
      three lines
    dq: "two
      lines"
`,
  // Flow collections over several lines, nested sequences, explicit document start, empty collections.
  (n, r) => `--- # start
${header('Environment', n, 'team-c')}spec:
  topology: {
    type: topology-ocm,
    properties: { placement: { numberOfClusters: ${r} } }
  }
  policies:
  - name: overrides
    type: override
    properties:
      components:
      - name: web
        traits: []
        properties: {}
  matrix:
    - - a
      - b
    - [c, [d, e]]
`,
];

const profile = (r: number) => `${header('WorkloadProfile', 'web', 'mural-system')}spec:
  version: 1.${r}.0
  workload:
    components:
      - name: web
        type: webservice
        properties:
          image: "registry.example/web:{{ .var.tag }}"
          env:
            - name: GREETING
              value: |
                hello ${r}
`;

/** Oldest first: every style, then edits, moves between files, reformats and deletions. */
export function revisionHistory(commits = 120): CommitSpec[] {
  const n = STYLES.length * 3;
  const rev = new Array(n).fill(0);
  const style = Array.from({ length: n }, (_, i) => i % STYLES.length);
  const fileOf = Array.from({ length: n }, (_, i) => i % 4);
  const gone = new Array(n).fill(false);
  const fileText = (f: number) => {
    const docs = rev.flatMap((r, i) => (fileOf[i] === f && !gone[i] ? [STYLES[style[i]](`env-${i}`, r)] : []));
    if (!docs.length) return null;
    // Documents after the first need a `---` unless they start with one.
    return docs.map((d, k) => (k === 0 || d.startsWith('---') ? d : `---\n${d}`)).join('');
  };
  const all = () => Object.fromEntries(Array.from({ length: 4 }, (_, f) => [`envs/file-${f}.yaml`, fileText(f)]));
  const out: CommitSpec[] = [{ files: { ...all(), 'profile.yaml': profile(0) } }];
  let seed = 7;
  const rand = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), (seed >>> 16) % k);
  for (let c = 1; c < commits; c++) {
    const i = rand(n);
    const what = rand(12);
    const before = fileOf[i];
    const files: Record<string, string | null> = {};
    if (what === 0)
      fileOf[i] = (fileOf[i] + 1) % 4; // moved to another file
    else if (what === 1)
      style[i] = (style[i] + 1) % STYLES.length; // written another way
    else if (what === 2)
      gone[i] = !gone[i]; // deleted, or back
    else if (what === 3) files['profile.yaml'] = profile(c);
    else rev[i]++;
    files[`envs/file-${before}.yaml`] = fileText(before);
    files[`envs/file-${fileOf[i]}.yaml`] = fileText(fileOf[i]);
    out.push({ files, message: `change ${c}` });
  }
  return out;
}
