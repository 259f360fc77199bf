import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTreeWriter, UnsafeOutputDir, writeTree } from '../../src/adapters/fs-repo.ts';

describe('writeTree', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-write-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const tree = (extra: Record<string, string> = {}) =>
    new Map(Object.entries({ 'hubcast.lock.json': '{}\n', 'clusters/a/mw.yaml': 'a: 1\n', 'clusters/b/mw.yaml': 'b: 1\n', ...extra }));

  it('writes a fresh tree, then only what changed, and removes what the render no longer produces', () => {
    const out = join(dir, 'out');
    expect(writeTree(out, tree())).toEqual({ written: 3, removed: 0 });
    expect(writeTree(out, tree())).toEqual({ written: 0, removed: 0 });
    const next = tree({ 'clusters/a/mw.yaml': 'a: 2\n' });
    next.delete('clusters/b/mw.yaml');
    expect(writeTree(out, next)).toEqual({ written: 1, removed: 1 });
    expect(readFileSync(join(out, 'clusters/a/mw.yaml'), 'utf8')).toBe('a: 2\n');
    expect(existsSync(join(out, 'clusters/b'))).toBe(false); // emptied folders go too
    expect(existsSync(`${join(out, 'clusters/a/mw.yaml')}.hubcast-tmp-${process.pid}`)).toBe(false);
  });

  it('refuses a non-empty folder that is not a previous render, and leaves it alone', () => {
    const out = join(dir, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'keep');
    expect(() => writeTree(out, tree())).toThrow(UnsafeOutputDir);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep');
  });

  it('streams: files are written as they come, and the folder becomes exactly the tree on finish', () => {
    const out = join(dir, 'out');
    const w = openTreeWriter(out);
    w.write('clusters/a/mw.yaml', 'a: 1\n');
    expect(existsSync(out)).toBe(false); // a first render goes to a staging folder, swapped in at the end
    w.write('hubcast.lock.json', '{}\n');
    expect(w.finish()).toEqual({ written: 2, removed: 0 });
    expect(readFileSync(join(out, 'clusters/a/mw.yaml'), 'utf8')).toBe('a: 1\n');
    const again = openTreeWriter(out);
    again.write('hubcast.lock.json', '{}\n');
    again.write('clusters/c/mw.yaml', 'c: 1\n');
    expect(again.finish()).toEqual({ written: 1, removed: 1 });
    expect(readdirSync(join(out, 'clusters'))).toEqual(['c']);
  });

  it('an aborted first render leaves nothing behind', () => {
    const out = join(dir, 'out');
    const w = openTreeWriter(out);
    w.write('clusters/a/mw.yaml', 'a: 1\n');
    w.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says why a folder is unsafe before anything is written', () => {
    const out = join(dir, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'keep');
    const w = openTreeWriter(out);
    expect(w.unsafe).toMatch(/is not empty and holds no hubcast.lock.json/);
    expect(() => w.write('a.yaml', 'a: 1\n')).toThrow(UnsafeOutputDir);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });
});
