import { describe, expect, it } from 'vitest';
import { Digester, documentTexts, documentTextsByRegex } from '../../src/resolve/object-digest.ts';
import { buildRevisionIndex, type HistoryCommit } from '../../src/resolve/revision-index.ts';
import { canonicalJson } from '../../src/resolve/revisions.ts';

const env = (name: string, replicas: number) => `apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: ${name}
  namespace: team-a
spec:
  replicas: ${replicas}
`;

describe('document texts', () => {
  it('cuts every stream exactly where a multiline regular expression would', () => {
    const pieces = ['---', '--- ', '---\t', '----', '---x', '-- -', '\n', '\r\n', '\r', '\u2028', 'a: 1', ' ', '%YAML 1.2', '#', '...', 'é'];
    let state = 3;
    const rand = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), (state >>> 8) % n);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = rand(12); k > 0; k--) text += pieces[rand(pieces.length)];
      expect(documentTexts(text), JSON.stringify(text)).toEqual(documentTextsByRegex(text));
    }
  });
});

describe('digester', () => {
  it('gives the same digests whether or not it is told the version a file replaces', () => {
    const versions = [
      `${env('a', 1)}---\n${env('b', 1)}`,
      `${env('a', 1)}---\n${env('b', 2)}`, // one document changed
      `${env('b', 2)}---\n${env('a', 1)}`, // documents swapped
      `---\n${env('a', 1)}---\n${env('c', 1)}---\n${env('b', 2)}`, // one inserted, markers moved
      `${env('a', 3)}`,
    ];
    const told = new Digester('mural-system');
    const fresh = new Digester('mural-system');
    let previous;
    for (const text of versions) {
      const d = told.fileVersion(text, previous);
      expect(d.objects).toEqual(fresh.file(text));
      expect(d.objects.map((o) => o.key)).toEqual(d.perDocument.flat().map((o) => o.key));
      previous = d;
    }
  });
});

describe('digester shared by the indexes of one process', () => {
  it('gives each index what a digester of its own gives', () => {
    const texts = new Map([
      ['b1', `${env('a', 1)}---\n${env('b', 1)}`],
      ['b2', `${env('a', 2)}---\n${env('b', 1)}`],
      ['b3', env('b', 1)],
    ]);
    const commit = (n: number, changes: HistoryCommit['changes']) => ({ sha: `c${n}`.padEnd(40, '0'), time: n, changes });
    const full = [
      commit(1, [{ path: 'e.yaml', blob: 'b1' }]),
      commit(2, [{ path: 'e.yaml', blob: 'b2' }]),
      commit(3, [
        { path: 'e.yaml', blob: 'b3' },
        { path: 'f.yaml', blob: 'b1' },
      ]),
    ];
    const shared = new Digester('mural-system');
    for (const commits of [full.slice(0, 2), full, full.slice(1)]) {
      const worktree = [{ path: 'e.yaml', text: env('a', 7) }];
      const withShared = buildRevisionIndex(commits, new Map(texts), 'mural-system', worktree, shared);
      const alone = buildRevisionIndex(commits, new Map(texts), 'mural-system', worktree);
      expect([...withShared.objects.entries()]).toEqual([...alone.objects.entries()]);
    }
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every level, writes undefined as null and an array hole as nothing', () => {
    const value = { b: [1, { z: 'x', a: undefined }, , 'q"'], a: { d: null, c: true }, '1': 0.5 };
    expect(canonicalJson(value)).toBe('{"1":0.5,"a":{"c":true,"d":null},"b":[1,{"a":null,"z":"x"},,"q\\""]}');
  });
});
