// Hostile strings for the escaping tests: each tries to leave its context in Markdown or HTML
// (tags, links, images, mentions, emoji, math, code spans, fences, comments, bidi overrides).

import type { ChangeSet, ObjectChange } from '../../src/review/model.ts';

export const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '</details><script>window.__pwned=2</script>',
  '[click](https://evil.example/steal)',
  '![x](https://evil.example/pixel.png)',
  '@everyone @org/team',
  ':warning: $\\sqrt{x}$ **bold** _it_ ~~s~~',
  '`code` ``` ```` ~~~',
  '<!-- hidden --> -->',
  'a | b | c',
  'line\nbreak\r\n# heading',
  'admin\u202Etxt.exe\u200B',
  'www.evil.example',
];

const h = (i: number) => HOSTILE[i % HOSTILE.length];

function change(i: number, status: ObjectChange['status']): ObjectChange {
  return {
    status,
    ref: { apiVersion: 'v1', kind: `ConfigMap${h(i)}`, namespace: h(i + 1), name: h(i + 2) },
    from: status === 'changed' ? { apiVersion: 'v1', kind: 'ConfigMap', namespace: h(i + 3), name: h(i + 4) } : undefined,
    diff: `@@ -1,3 +1,3 @@\n data:\n-  k: "${h(i + 5)}"\n+  k: "${h(i + 6)}"\n+  fence: "\`\`\`\`\`\`"\n+\`\`\`\n+</details>`,
    added: 3,
    removed: 1,
  };
}

/** A change set with a hostile string in every field a renderer prints. */
export function hostileChangeSet(): ChangeSet {
  const objects = HOSTILE.map((_, i) => change(i, (['added', 'changed', 'removed'] as const)[i % 3]));
  const counts = { added: 4, changed: 4, removed: 4 };
  return {
    base: { side: 'base', label: h(0), commit: 'not-a-sha<b>', ok: false, errors: HOSTILE.map((x) => `${x}:1:1: error: ${x} [${x}]`) },
    head: { side: 'head', label: h(2), ok: true, errors: [] },
    environments: HOSTILE.map((env, i) => ({
      environment: env,
      counts,
      targets: [
        {
          target: { kind: i % 2 ? 'cluster' : 'placement', name: h(i + 1) },
          counts,
          workloads: [
            {
              workload: h(i + 2),
              counts,
              works: [
                {
                  status: 'changed',
                  ref: { apiVersion: 'work.open-cluster-management.io/v1', kind: 'ManifestWork', namespace: h(i), name: h(i + 3) },
                  from: { apiVersion: 'x', kind: 'ManifestWork', name: h(i + 4) },
                  self: change(i + 1, 'changed'),
                  objects,
                },
              ],
            },
          ],
        },
      ],
    })),
    totals: { ...counts, targets: HOSTILE.length, workloads: HOSTILE.length, hidden: 2 },
    targetNoun: 'targets',
    matrix: HOSTILE.map((x, i) => ({ environment: x, target: { kind: 'cluster', name: h(i + 1) }, workload: h(i + 2), ...counts })),
    hidden: HOSTILE.map((rule) => ({ rule, count: 1 })),
    withheld: HOSTILE.map((workload) => ({ workload, sides: ['base'] })),
    revisions: HOSTILE.map((x, i) => ({ deployment: x, reference: h(i + 1), from: h(i + 2), to: h(i + 3) })),
    images: HOSTILE.map((x, i) => ({ image: x, from: h(i + 1), to: h(i + 2), objects: 1, workloads: [h(i + 3), h(i + 4)] })),
    notes: HOSTILE.map((x, i) => ({ level: i % 2 ? 'caution' : 'danger', code: 'x', message: x, workload: h(i + 5) })),
  };
}
