import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTreeWriter, treeIndexFile, UnsafeOutputDir, writeTree } from '../../src/adapters/tree-writer.ts';

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

  describe('with a stat index (render --out)', () => {
    const write = (out: string, indexFile: string, files: Record<string, string>) => {
      const w = openTreeWriter(out, { indexFile });
      for (const [p, t] of Object.entries(files)) w.write(p, t);
      return w.finish();
    };
    const files = { 'hubcast.lock.json': '{}\n', 'clusters/a/mw.yaml': 'a: 1\n' };

    it('keeps the index outside the folder, and a re-render of the same tree writes nothing', () => {
      const out = join(dir, 'out');
      const index = join(dir, 'cache', 'index.json');
      expect(write(out, index, files)).toEqual({ written: 2, removed: 0 });
      expect(existsSync(index)).toBe(true);
      expect(readdirSync(out).sort()).toEqual(['.hubcast-render', 'clusters', 'hubcast.lock.json']);
      expect(write(out, index, files)).toEqual({ written: 0, removed: 0 });
      expect(write(out, index, { ...files, 'clusters/a/mw.yaml': 'a: 2\n' })).toEqual({ written: 1, removed: 0 });
      expect(readFileSync(join(out, 'clusters/a/mw.yaml'), 'utf8')).toBe('a: 2\n');
    });

    it('notices a file edited behind its back, even at the same size with its mtime put back', () => {
      const out = join(dir, 'out');
      const index = join(dir, 'index.json');
      write(out, index, files);
      const f = join(out, 'clusters/a/mw.yaml');
      const before = statSync(f);
      writeFileSync(f, 'a: 9\n'); // same size
      utimesSync(f, before.atime, before.mtime); // mtime restored: only ctime tells
      expect(write(out, index, files)).toEqual({ written: 1, removed: 0 });
      expect(readFileSync(f, 'utf8')).toBe('a: 1\n');
    });

    it('reads and compares when the index is missing, unreadable or for another folder', () => {
      const out = join(dir, 'out');
      const index = join(dir, 'index.json');
      write(out, index, files);
      writeFileSync(index, '{not json');
      expect(write(out, index, files)).toEqual({ written: 0, removed: 0 });
      writeFileSync(join(out, 'clusters/a/mw.yaml'), 'x: 0\n');
      writeFileSync(index, JSON.stringify({ version: 1, target: '/elsewhere', files: {} }));
      expect(write(out, index, files)).toEqual({ written: 1, removed: 0 });
    });

    it('finds files added behind its back, also in folders it no longer reads (their stat tells)', () => {
      const out = join(dir, 'out');
      const index = join(dir, 'index.json');
      const tree = { ...files, 'clusters/b/deep/mw.yaml': 'b: 1\n' };
      write(out, index, tree);
      // The second render lists every folder and records their stats (once they are older than a clock
      // tick: a folder changed within the tick of its stat keeps its times); the third reads none of them.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
      expect(write(out, index, tree)).toEqual({ written: 0, removed: 0 });
      const recorded = JSON.parse(readFileSync(index, 'utf8')) as { dirs: unknown[] };
      expect(recorded.dirs.filter((v) => typeof v === 'number').length).toBeGreaterThan(0);
      expect(write(out, index, tree)).toEqual({ written: 0, removed: 0 });
      writeFileSync(join(out, 'clusters/b/deep/stray.yaml'), 'x: 1\n');
      mkdirSync(join(out, 'clusters/a/extra/more'), { recursive: true });
      writeFileSync(join(out, 'clusters/a/extra/more/stray.yaml'), 'x: 1\n');
      expect(write(out, index, tree)).toEqual({ written: 0, removed: 2 });
      expect(existsSync(join(out, 'clusters/b/deep/stray.yaml'))).toBe(false);
      expect(existsSync(join(out, 'clusters/a/extra'))).toBe(false);
      // A removed file and a removed folder are noticed the same way.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
      expect(write(out, index, tree)).toEqual({ written: 0, removed: 0 });
      rmSync(join(out, 'clusters/a/mw.yaml'));
      rmSync(join(out, 'clusters/b/deep'), { recursive: true });
      expect(write(out, index, tree)).toEqual({ written: 2, removed: 0 });
      for (const [p, t] of Object.entries(tree)) expect(readFileSync(join(out, p), 'utf8')).toBe(t);
    });

    it('keeps using its stats when the files come in another order, and still notices an edit', () => {
      const out = join(dir, 'out');
      const index = join(dir, 'index.json');
      const tree = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`clusters/c${i % 3}/mw-${i}.yaml`, `n: ${i}\n`]));
      write(out, index, { ...files, ...tree });
      const reversed = Object.fromEntries(Object.entries({ ...files, ...tree }).reverse());
      expect(write(out, index, reversed)).toEqual({ written: 0, removed: 0 });
      writeFileSync(join(out, 'clusters/c1/mw-7.yaml'), 'n: 70\n');
      expect(write(out, index, { ...files, ...tree })).toEqual({ written: 1, removed: 0 });
      expect(readFileSync(join(out, 'clusters/c1/mw-7.yaml'), 'utf8')).toBe('n: 7\n');
    });

    it('reads a file whose stat was taken within a clock tick of an edit (racily clean, as git calls it)', () => {
      const out = join(dir, 'out');
      const index = join(dir, 'index.json');
      write(out, index, files);
      // An edit landing in the same tick as the stat hubcast took leaves the same ctime: the index then holds
      // the edited file's stat with the digest of what hubcast wrote. Only the time of the save can tell.
      const f = join(out, 'clusters/a/mw.yaml');
      writeFileSync(f, 'a: 9\n');
      const st = statSync(f);
      const data = JSON.parse(readFileSync(index, 'utf8')) as { savedAt: number; files: unknown[] };
      const at = data.files.indexOf('clusters/a/mw.yaml');
      data.files.splice(at + 1, 4, st.size, st.mtimeMs, st.ctimeMs, st.ino);
      data.savedAt = st.ctimeMs + 1;
      writeFileSync(index, JSON.stringify(data));
      expect(write(out, index, files)).toEqual({ written: 1, removed: 0 });
      expect(readFileSync(f, 'utf8')).toBe('a: 1\n');
      // The same stat saved well after the edit is trusted: the edit would have changed it.
      writeFileSync(f, 'a: 9\n');
      const again = statSync(f);
      const next = JSON.parse(readFileSync(index, 'utf8')) as { savedAt: number; files: unknown[] };
      next.files.splice(next.files.indexOf('clusters/a/mw.yaml') + 1, 4, again.size, again.mtimeMs, again.ctimeMs, again.ino);
      next.savedAt = again.ctimeMs + 60_000;
      writeFileSync(index, JSON.stringify(next));
      expect(write(out, index, files)).toEqual({ written: 0, removed: 0 });
    });

    it('lives in the user cache, keyed by the folder', () => {
      expect(treeIndexFile('/x/out', { XDG_CACHE_HOME: '/c' })).toMatch(/^\/c\/hubcast\/render-index\/[0-9a-f]{40}\.json$/);
      expect(treeIndexFile('/x/out', { HOME: '/h' })).toMatch(/^\/h\/\.cache\/hubcast\/render-index\//);
      expect(treeIndexFile('/x/out', { HOME: '/h' })).not.toBe(treeIndexFile('/x/other', { HOME: '/h' }));
      expect(treeIndexFile('/x/out', {})).toBeUndefined();
    });
  });
});
