import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentTexts } from '../../src/resolve/object-digest.ts';
import { parseYamlSubset } from '../../src/load/yaml-subset.ts';

/** What `yaml` reads from one document with the index's options (object-digest.ts), or 'error'. */
function yamlReads(doc: string): unknown {
  try {
    const docs = parseAllDocuments(doc, { uniqueKeys: true, strict: true, merge: true, prettyErrors: false });
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return 'error';
    return docs.length === 1 ? docs[0].toJS({ maxAliasCount: 0 }) : 'not one document';
  } catch {
    return 'error';
  }
}

/** What the revision index reads one document with first: the subset parser, when it reads one document. */
function subset(doc: string): unknown {
  const s = parseYamlSubset(doc);
  return s && s.docs.length === 1 ? s.docs[0] : DECLINED;
}
const DECLINED = Symbol('declined');

/** The subset parser either declines or reads exactly what `yaml` (the index's fallback) reads. */
function expectAgrees(doc: string): boolean {
  const value = subset(doc);
  if (value === DECLINED) return false;
  expect(value, doc).toStrictEqual(yamlReads(doc));
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
}

// The revision index (object-digest.ts) reads a document with the subset parser (src/load/yaml-subset.ts)
// and falls back to `yaml`: either way an old revision must hash as the loader's reading of the same text.
describe('the revision index reads plain YAML as `yaml` does', () => {
  it('reads plain block YAML as `yaml` does, and block or multi-line scalars not at all', () => {
    const read = [
      'a: 1\nb: x\n',
      '---\n# c\na: 1 # c\n',
      '--- # c\na:\n  b:\n    c: d\n',
      'a:\n- 1\n- two\nb: 3\n',
      'a:\n  - x: 1\n    y: [1, "2", \'3\']\n  -\n    z: ~\n  - # c\n  -\n    - nested\n',
      'k: { a: 1, "b": [x, y], c: {} , d: [] }\n',
      'k: "say \\"hi\\"\\n\\u00e9\\/" \nq: \'it\'\'s\'\n\'quoted key\': 1\n"": empty\n',
      [
        '0x1F',
        '0o17',
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
        'true',
        'False',
        'yes',
        'off',
        '2001-12-14',
        '12:30',
        '1_000',
      ]
        .map((v, i) => `k${i}: ${v}\n`)
        .join(''),
      'n: [0x1F, 0o17, .inf, .NaN, 1e3, ~, Null, True, off, 2001-12-14, 1_000]\n',
      'n: -1\nm: a#b\nu: http://x.example/a:b\nv: a  b  \nw: "x" # c\n',
      '$ref: x\nk: { $ref: y }\napp.kubernetes.io/name: web\n',
      'a:\n  b: 1\n\n\n  c: 2\n',
    ];
    for (const doc of read) expect(expectAgrees(doc), doc).toBe(true);
    const blocks = [
      'k: first\n  second\n\n  third\n\n\nnext: 1\n',
      'lit: |\n  line\n   more\n\n  # text\nfold: >-\n  a\n  b\n\n  c\n    d\nkeep: |+\n  x\n\nz: 1\n',
      'seq:\n- |\n  x\n- >\n  y\n',
    ];
    for (const doc of blocks) expect(subset(doc), doc).toBe(DECLINED);
  });

  it('on anything else, declines or agrees with `yaml`', () => {
    const declined = [
      '',
      '# only a comment\n',
      '---\n',
      'plain scalar\n',
      '- - a\n',
      '  a: 1\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: 1\na: 2\n',
      '__proto__: 1\n',
      'a: { __proto__: 1 }\n',
      'a:\tb\n',
      'a: b\r\n',
      'a: "\\x41"\n',
      'a: "multi\n  line"\n',
      'a: [1,\n  2]\n',
      'a: [1, 2,]\n',
      'a: b: c\n',
      'a: 1\n b: 2\n',
      'a:\n  - x\n  b: 1\n',
      'a: |2\n   x\n',
      'a: |\nb: 1\n',
      'a: b\n  - c\n',
      '? a\n: b\n',
      '"a" : 1\n',
      'a:1\n',
      'null: 1\n',
      'True: 1\n',
      '8080: x\n',
      'a: 1\n...\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: {b}\n',
      'a: [b: c]\n',
      'a: -\n',
      'a: @x\n',
      'a: "x" y\n',
      'a: b\n--- \nc: d\n',
      'a: |\n   \n  x\n',
      '- k: a\n  b\n',
      'a:\n  b: |\n  x\n',
    ];
    for (const doc of declined) expectAgrees(doc);
    expect(declined.filter((d) => subset(d) === DECLINED).length).toBeGreaterThan(declined.length / 2);
  });

  it('agrees with `yaml` on the examples and definition templates, and reads their plain documents', () => {
    const docs = [...yamlFiles('examples'), ...yamlFiles('templates')].flatMap((f) => documentTexts(readFileSync(f, 'utf8')));
    const read = docs.filter(expectAgrees).length;
    expect(docs.length).toBeGreaterThan(40);
    expect(read / docs.length).toBeGreaterThan(0.3); // definitions hold block-scalar templates: `yaml` reads those
  });

  it('agrees with `yaml` on thousands of mutated documents', () => {
    const seeds = [
      ...yamlFiles('examples/fleet').flatMap((f) => documentTexts(readFileSync(f, 'utf8'))),
      'a:\n  lit: |\n    x\n     y\n\n  fold: >-\n    a\n    b\n  l:\n  - one\n    two\n  - k: { a: [1, "b"], c: \'d\' }\n    m: ~ # c\n',
    ];
    const pieces = [
      ' ',
      '  ',
      '-',
      '- ',
      ':',
      ': ',
      '#',
      ' #',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '\n',
      '\n  ',
      'a',
      '1',
      '~',
      '|',
      '>-',
      '&a',
      '*a',
      '!',
      '?',
      '---',
      '\\',
      '\\n',
      'null',
      '0x1',
    ];
    let state = 7;
    const rand = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), (state >>> 8) % n);
    let read = 0;
    for (let n = 0; n < 3000; n++) {
      let doc = seeds[rand(seeds.length)];
      for (let k = 1 + rand(3); k > 0; k--) {
        const at = rand(doc.length + 1);
        doc = rand(2) ? doc.slice(0, at) + pieces[rand(pieces.length)] + doc.slice(at) : doc.slice(0, at) + doc.slice(at + 1 + rand(3));
      }
      if (expectAgrees(doc)) read++;
    }
    expect(read).toBeGreaterThan(300); // the comparison ran on many documents the fast reader took
  });
});
