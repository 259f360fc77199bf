import { describe, expect, it } from 'vitest';
import type { ObjectId } from '../../src/core/types.ts';
import { expandLists } from '../../src/load/load-repo.ts';
import { AT_KEY, parseYamlFile } from '../../src/load/yaml-source.ts';
import { historyRevisions } from '../../src/resolve/history-revisions.ts';
import { buildRevisionIndex } from '../../src/resolve/revision-index.ts';

const env = (name: string, clusters: number) => `apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: ${name}
  namespace: team-a
spec:
  topology:
    type: topology-ocm
    properties:
      placement:
        numberOfClusters: ${clusters}
`;

const list = (item: string) => `apiVersion: v1\nkind: List\nitems:\n${item.replace(/^/gm, '    ').replace(/^ {4}apiVersion/, '  - apiVersion')}`;

const ID: ObjectId = { kind: 'Environment', namespace: 'team-a', name: 'b' };
const PATHS = [[], ['metadata', 'name'], ['spec', 'topology', 'type'], ['spec', 'topology', AT_KEY], ['spec', 'nothing', 'here']];

/** What reading the whole file version with the full parser finds: the first object with that identity. */
function wholeFile(path: string, text: string) {
  const raw = expandLists(parseYamlFile({ path, text }).documents).find(
    (d) => d.body.kind === ID.kind && (d.body.metadata as { name?: string }).name === ID.name,
  )!;
  return { file: raw.file, docIndex: raw.docIndex, body: raw.body, positions: PATHS.map((p) => raw.pos(p)) };
}

describe('old revisions', () => {
  it('read an object from its file version with the positions and document index the whole file gives', () => {
    const layouts = [
      `${env('a', 1)}---\n${env('b', 1)}`,
      `# header\n\n# more\n---\n${env('a', 1)}---\n${env('b', 1)}`,
      `---\n${env('a', 1)}---\n---\n# between\n${env('b', 1)}---\n`,
      `${env('a', 1)}---\n${list(env('b', 1))}`,
      `${env('a', 1)}---\nkind: [broken\n---\n${env('b', 1)}`, // a document before it does not parse
      `${env('b', 1).replace('spec:\n', `spec:\n  deep: ${'['.repeat(120)}${']'.repeat(120)}\n`)}---\n${env('b', 2)}`, // deep nesting: past the subset parser, read by `yaml`
      `${env('b', 1)}---\n${env('b', 2)}`, // defined twice: the first
      `${env('a', 1)}---\r\n${env('b', 1).replace(/\n/g, '\r\n')}`,
      `%YAML 1.2\n---\n${env('a', 1)}---\n${env('b', 1)}`,
      `${env('a', 1)}...\n---\n${env('b', 1)}`,
    ];
    for (const text of layouts) {
      // The file version read is an old one: the current tree has another content.
      const commits = [
        { sha: 'c1'.padEnd(40, '0'), time: 0, changes: [{ path: 'e.yaml', blob: 'old' }] },
        { sha: 'c2'.padEnd(40, '0'), time: 1, changes: [{ path: 'e.yaml', blob: 'new' }] },
      ];
      const index = buildRevisionIndex(
        commits,
        new Map([
          ['old', text],
          ['new', env('b', 9)],
        ]),
        'mural-system',
      );
      const [old] = historyRevisions(index, { current: () => undefined, systemNamespace: 'mural-system' }).revisions(ID);
      const o = old.object;
      expect({ file: o.file, docIndex: o.docIndex, body: o.body, positions: PATHS.map((p) => o.pos(p)) }, text).toEqual(wholeFile('e.yaml@c100000', text));
    }
  });
});
