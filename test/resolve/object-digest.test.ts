import { describe, expect, it } from 'vitest';
import { Digester, documentTexts, documentTextsByRegex } from '../../src/resolve/object-digest.ts';
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

describe('canonical JSON', () => {
  it('sorts keys at every level, writes undefined as null and an array hole as nothing', () => {
    const value = { b: [1, { z: 'x', a: undefined }, , 'q"'], a: { d: null, c: true }, '1': 0.5 };
    expect(canonicalJson(value)).toBe('{"1":0.5,"a":{"c":true,"d":null},"b":[1,{"a":null,"z":"x"},,"q\\""]}');
  });
});
