import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../src/load/yaml-source.ts';
import { Digester, documentTexts } from '../../src/resolve/object-digest.ts';
import { buildRevisionIndex, RevisionIndexBuilder, type HistoryCommit, type RevisionIndex } from '../../src/resolve/revision-index.ts';
import { contentHash } from '../../src/resolve/revisions.ts';

const env = (name: string, clusters: number, extra = '') => `apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: ${name}
  namespace: team-a
spec:
${extra}  topology:
    type: topology-ocm
    properties:
      placement:
        numberOfClusters: ${clusters}
`;

/** A tiny history: each commit is a map of path -> text (or null to delete). */
function history(steps: Record<string, string | null>[]): { commits: HistoryCommit[]; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const commits = steps.map((files, i) => ({
    sha: `c${i + 1}`.padEnd(40, '0'),
    time: 1_767_225_600 + i * 3600,
    changes: Object.entries(files).map(([path, text]) => {
      if (text === null) return { path };
      const blob = `b-${i}-${path}`;
      texts.set(blob, text);
      return { path, blob };
    }),
  }));
  return { commits, texts };
}

function revs(index: RevisionIndex, key: string) {
  return index.objects.get(key)?.revisions.map((r) => ({
    n: r.number,
    commit: r.commit?.slice(0, 3),
    path: r.path,
    ...(r.version ? { v: r.version } : {}),
    ...(r.uncommitted ? { u: true } : {}),
  }));
}

const PRIMARY = 'Environment/team-a/primary';

describe('revision index', () => {
  it('numbers every distinct content, oldest first, with the commit that introduced it', () => {
    const { commits, texts } = history([{ 'e.yaml': env('primary', 1) }, { 'e.yaml': env('primary', 2) }, { 'e.yaml': env('primary', 3) }]);
    const index = buildRevisionIndex(commits, texts, 'mural-system');
    expect(revs(index, PRIMARY)).toEqual([
      { n: 1, commit: 'c10', path: 'e.yaml' },
      { n: 2, commit: 'c20', path: 'e.yaml' },
      { n: 3, commit: 'c30', path: 'e.yaml' },
    ]);
    expect(index.objects.get(PRIMARY)!.alive).toBe(true);
    expect(index.head).toBe('c3'.padEnd(40, '0'));
    expect(index.commitCount).toBe(3);
  });

  it('does not count a reformat (comments, key order, quoting, flow style) as a revision', () => {
    const reformatted = `# the primary environment
kind: Environment
apiVersion: "spectrocloud.com/v1beta1"
metadata: { namespace: team-a, name: primary }
spec:
  topology: { type: 'topology-ocm', properties: { placement: { numberOfClusters: 1 } } }
`;
    const { commits, texts } = history([{ 'e.yaml': env('primary', 1) }, { 'e.yaml': reformatted }, { 'e.yaml': env('primary', 1) }]);
    expect(revs(buildRevisionIndex(commits, texts, 'mural-system'), PRIMARY)).toEqual([{ n: 1, commit: 'c10', path: 'e.yaml' }]);
  });

  it('follows an object that moves between files, in one commit or across commits', () => {
    const { commits, texts } = history([
      { 'a.yaml': env('primary', 1) },
      { 'a.yaml': null, 'envs/b.yaml': env('primary', 1) }, // moved: same content, same revision
      { 'envs/b.yaml': env('primary', 2) },
      { 'envs/b.yaml': `${env('other', 1)}---\n`, 'z.yaml': env('primary', 2) }, // moved again, into another file
    ]);
    const index = buildRevisionIndex(commits, texts, 'mural-system');
    expect(revs(index, PRIMARY)).toEqual([
      { n: 1, commit: 'c10', path: 'a.yaml' },
      { n: 2, commit: 'c30', path: 'envs/b.yaml' },
    ]);
    expect(revs(index, 'Environment/team-a/other')).toEqual([{ n: 1, commit: 'c40', path: 'envs/b.yaml' }]);
  });

  it('continues the numbering of a deleted and re-created object; identical consecutive contents are one revision', () => {
    const { commits, texts } = history([
      { 'e.yaml': env('primary', 1) },
      { 'e.yaml': env('primary', 2) },
      { 'e.yaml': null },
      { 'f.yaml': env('primary', 2) }, // back with the content it had: still v2
      { 'f.yaml': env('primary', 1) }, // the content of v1 again, after v2: a new revision
    ]);
    const b = new RevisionIndexBuilder(texts, 'mural-system');
    b.apply(commits[0]);
    b.apply(commits[1]);
    b.apply(commits[2]);
    expect(b.result().objects.get(PRIMARY)!.alive).toBe(false);
    b.apply(commits[3]);
    b.apply(commits[4]);
    const index = b.result();
    expect(index.objects.get(PRIMARY)!.alive).toBe(true);
    expect(revs(index, PRIMARY)).toEqual([
      { n: 1, commit: 'c10', path: 'e.yaml' },
      { n: 2, commit: 'c20', path: 'e.yaml' },
      { n: 3, commit: 'c50', path: 'f.yaml' },
    ]);
  });

  it('indexes each document of a multi-document file by itself', () => {
    const file = (a: number, b: number) => `${env('a', a)}---\n${env('b', b)}`;
    const { commits, texts } = history([{ 'e.yaml': file(1, 1) }, { 'e.yaml': file(1, 2) }, { 'e.yaml': file(3, 2) }]);
    const index = buildRevisionIndex(commits, texts, 'mural-system');
    expect(revs(index, 'Environment/team-a/a')!.map((r) => r.commit)).toEqual(['c10', 'c30']);
    expect(revs(index, 'Environment/team-a/b')!.map((r) => r.commit)).toEqual(['c10', 'c20']);
  });

  it('takes the first file in path order when an object is defined twice, as the loader does', () => {
    const { commits, texts } = history([{ 'b.yaml': env('primary', 2), 'a.yaml': env('primary', 1) }, { 'a.yaml': null }]);
    const index = buildRevisionIndex(commits, texts, 'mural-system');
    expect(revs(index, PRIMARY)).toEqual([
      { n: 1, commit: 'c10', path: 'a.yaml' },
      { n: 2, commit: 'c20', path: 'b.yaml' },
    ]);
  });

  it('records semantic versions and keeps definition versions apart', () => {
    const def = (version: string, template: string) => `apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: web
spec:
  version: ${version}
  template: ${template}
`;
    const { commits, texts } = history([
      { 'e.yaml': env('primary', 1, '  version: 1.0.0\n'), 'd.yaml': def('1.0.0', 'a') },
      { 'e.yaml': env('primary', 2, '  version: v1.1.0\n'), 'd2.yaml': def('1.1.0', 'b') },
      { 'd.yaml': def('1.0.0', 'changed in place') },
    ]);
    const index = buildRevisionIndex(commits, texts, 'mural-system');
    expect(revs(index, PRIMARY)).toEqual([
      { n: 1, commit: 'c10', path: 'e.yaml', v: '1.0.0' },
      { n: 2, commit: 'c20', path: 'e.yaml', v: '1.1.0' },
    ]);
    expect(revs(index, 'ComponentDefinition/mural-system/web@1.0.0')!.map((r) => r.commit)).toEqual(['c10', 'c30']);
    expect(revs(index, 'ComponentDefinition/mural-system/web@1.1.0')!.map((r) => r.commit)).toEqual(['c20']);
  });

  it('adds the working tree as one uncommitted step: changed, unchanged and removed files', () => {
    const { commits, texts } = history([{ 'a.yaml': env('a', 1), 'b.yaml': env('b', 1), 'c.yaml': env('c', 1) }]);
    const index = buildRevisionIndex(commits, texts, 'mural-system', [
      { path: 'a.yaml', text: env('a', 5) },
      { path: 'b.yaml', text: env('b', 1) },
      { path: 'n.yaml', text: env('n', 1) },
    ]);
    expect(revs(index, 'Environment/team-a/a')).toEqual([
      { n: 1, commit: 'c10', path: 'a.yaml' },
      { n: 2, commit: undefined, path: 'a.yaml', u: true },
    ]);
    expect(revs(index, 'Environment/team-a/b')).toEqual([{ n: 1, commit: 'c10', path: 'b.yaml' }]);
    expect(revs(index, 'Environment/team-a/n')).toEqual([{ n: 1, commit: undefined, path: 'n.yaml', u: true }]);
    expect(index.objects.get('Environment/team-a/c')!.alive).toBe(false);
    expect(index.text(index.objects.get('Environment/team-a/a')!.revisions[1].blob)).toBe(env('a', 5));
  });

  it('skips documents that do not parse and objects that are not specs', () => {
    const { commits, texts } = history([{ 'a.yaml': `${env('a', 1)}---\nkind: [broken\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n` }]);
    const index = buildRevisionIndex(commits, texts, 'mural-system');
    expect([...index.objects.keys()]).toEqual(['Environment/team-a/a']);
  });
});

describe('object digests', () => {
  it('cuts a stream at its document markers only', () => {
    const text = 'a: 1\n---\nb: |\n  x\n  --- not a marker\n--- # c\nc: 2\n---\n';
    expect(documentTexts(text)).toEqual(['a: 1\n', '---\nb: |\n  x\n  --- not a marker\n', '--- # c\nc: 2\n', '---\n']);
    expect(documentTexts('%YAML 1.2\n---\na: 1\n---\nb: 2\n')).toHaveLength(1);
  });

  it('hashes exactly like the loader, for every YAML 1.2 core scalar form', () => {
    const scalars = [
      '0o17',
      '0x1F',
      '017',
      '+12',
      '-0',
      '.inf',
      '-.Inf',
      '.NaN',
      '1e3',
      '1.0',
      '.5',
      '~',
      'null',
      'Null',
      'NULL',
      'true',
      'True',
      'FALSE',
      'yes',
      'no',
      'on',
      'off',
      'y',
      '2001-12-14',
      '12:30',
      '0b101',
      '1_000',
      '=',
      '"x\\u00e9"',
      "'it''s'",
      '""',
      '[]',
      '{}',
    ];
    const text = `apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: edge
  labels: { a: "1" }
spec:
  version: 1.2.3
  values:
${scalars.map((s, i) => `    k${i}: ${s}`).join('\n')}
  block: |
    line one
     line two
  folded: >-
    folded
    text

    para
  empty:
`;
    const [digest] = new Digester('mural-system').file(text);
    const [loaded] = parseYamlFile({ path: 'x.yaml', text }).documents;
    expect(digest.hash).toBe(contentHash(loaded.body));
    expect(digest).toMatchObject({ key: 'Environment/mural-system/edge', version: '1.2.3' });
  });
});
