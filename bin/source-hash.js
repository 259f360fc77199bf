// A hash of src/ (paths and bytes), so bin/hubcast.js knows whether dist/cli.mjs was built from
// the sources as they are. Plain JavaScript: it runs before any TypeScript loader.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function sourceHash(root) {
  const hash = createHash('sha256');
  const walk = (dir, rel) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, e.name);
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(p, r);
      else {
        hash.update(`${r}\0`);
        hash.update(readFileSync(p));
        hash.update('\0');
      }
    }
  };
  walk(join(root, 'src'), 'src');
  return hash.digest('hex');
}
