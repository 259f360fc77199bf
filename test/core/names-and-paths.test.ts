import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refNameProblem } from '../../src/core/git-ref-name.ts';
import { labelKeyProblem, labelValueProblem, nameProblem } from '../../src/core/k8s-names.ts';
import { unsafePathReason, UnsafePathError } from '../../src/core/safe-path.ts';
import { decodeUtf8 } from '../../src/core/utf8.ts';
import { openTreeWriter, OutputWriteError } from '../../src/adapters/tree-writer.ts';
import { StreamingTree, writeObject } from '../../src/emit/tree.ts';

describe('branch names as git checks them', () => {
  const names = [
    'hubcast/rendered',
    'main',
    'a.b/c-d_e',
    'release/1.2',
    'x@y',
    'has space',
    'a..b',
    'a/.b',
    'a.lock',
    'a/b.lock/c',
    '-a',
    'a/',
    '/a',
    'a//b',
    'a@{b',
    'a~1',
    'a^',
    'a:b',
    'a?',
    'a*',
    'a[b',
    'a\\b',
    'a.',
    'tab\tx',
    'ünï/çödé',
    '.a',
    'a/-b',
    'a\u007f',
  ];
  for (const name of names) {
    it(JSON.stringify(name), () => {
      const git = spawnSync('git', ['check-ref-format', '--branch', name], { encoding: 'utf8', timeout: 10_000 });
      expect(refNameProblem(name) === undefined, refNameProblem(name)).toBe(git.status === 0);
    });
  }
  it('"@" alone is refused: git reads it as HEAD wherever a branch is named', () => {
    expect(refNameProblem('@')).toBeDefined();
  });
});

describe('Kubernetes name rules', () => {
  it('labels, subdomains and DNS-1035 labels', () => {
    expect(nameProblem('web-1', 'dns1123-label')).toBeUndefined();
    expect(nameProblem('web.1', 'dns1123-label')).toMatch(/DNS-1123 label/);
    expect(nameProblem('web.1', 'dns1123-subdomain')).toBeUndefined();
    expect(nameProblem('1web', 'dns1035-label')).toMatch(/DNS-1035/);
    expect(nameProblem('a'.repeat(64), 'dns1123-label')).toMatch(/64 characters/);
    expect(nameProblem('a'.repeat(253), 'dns1123-subdomain')).toBeUndefined();
    expect(nameProblem('../x', 'dns1123-subdomain')).toBeDefined();
  });
  it('label keys and values', () => {
    expect(labelKeyProblem('app.kubernetes.io/name')).toBeUndefined();
    expect(labelKeyProblem('tier')).toBeUndefined();
    expect(labelKeyProblem('a/b/c')).toBeDefined();
    expect(labelKeyProblem('/tier')).toBeDefined();
    expect(labelKeyProblem('Example.com/x')).toBeDefined();
    expect(labelValueProblem('')).toBeUndefined();
    expect(labelValueProblem('A_b.c-1')).toBeUndefined();
    expect(labelValueProblem('a b')).toBeDefined();
    expect(labelValueProblem('x'.repeat(64))).toMatch(/64/);
  });
});

describe('paths', () => {
  it('only clean relative paths are safe', () => {
    for (const ok of ['a.yaml', 'environments/team/primary/placement-x.yaml', '.gitattributes']) expect(unsafePathReason(ok)).toBeUndefined();
    for (const bad of ['', '/etc/passwd', '../x', 'a/../b', 'a/./b', 'a//b', 'a/', 'a\\b', 'C:x', 'a\nb', 'a\0b', '.git/config', 'x/.GIT/hooks']) {
      expect(unsafePathReason(bad), bad).toBeDefined();
    }
  });

  it('the emitter refuses an unsafe path before anything is written', () => {
    const seen: string[] = [];
    const tree = new StreamingTree((p) => seen.push(p));
    expect(() => writeObject(tree, 'environments/../..', 'evil.yaml', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } })).toThrow(
      UnsafePathError,
    );
    expect(seen).toEqual([]);
  });

  it('the tree writer refuses a path outside --out, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hubcast-paths-'));
    try {
      const out = join(dir, 'out');
      const w = openTreeWriter(out);
      expect(() => w.write('../evil.yaml', 'x: 1\n')).toThrow(OutputWriteError);
      expect(() => w.write('/tmp/evil.yaml', 'x: 1\n')).toThrow(/absolute/);
      w.abort();
      expect(readdirSync(dir)).toEqual([]);
      expect(existsSync(join(dir, 'evil.yaml'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('UTF-8', () => {
  it('names the first byte that is not UTF-8, by line and column', () => {
    expect(decodeUtf8(Buffer.from('a: é\n')).invalidAt).toBeUndefined();
    expect(decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0x62, 0xe9, 0x0a])).invalidAt).toEqual({ line: 2, column: 3, byte: 4 });
    expect(decodeUtf8(Buffer.from([0xed, 0xa0, 0x80])).invalidAt?.byte).toBe(0); // a UTF-16 surrogate
    expect(decodeUtf8(Buffer.concat([Buffer.from('é\n日本'), Buffer.from([0xf8])])).invalidAt).toEqual({ line: 2, column: 3, byte: 9 });
  });
});
