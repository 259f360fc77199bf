// Writes a commit with `git fast-import`: the whole tree streamed from memory into one pack,
// no checkout, no index, no loose objects (engineering.md 4.4: 10k files in under a second).

import { randomBytes } from 'node:crypto';
import type { CommitTree } from '../deliver/staging-tree.ts';
import { git, runGit } from './git-process.ts';
import { assertSafePath } from '../core/safe-path.ts';

export const COMMITTER = 'hubcast <hubcast@users.noreply.github.com>';

/** fast-import takes a path verbatim unless it starts with a quote or holds a newline; then it is C-quoted. */
function fiPath(path: string): string {
  return path.startsWith('"') || /[\n\\]/.test(path) ? JSON.stringify(path) : path;
}

export function fastImportStream(ref: string, tree: CommitTree, message: string, parent: string | undefined, epochSeconds: number): Buffer {
  const chunks: Buffer[] = [];
  const text = (s: string) => chunks.push(Buffer.from(s, 'utf8'));
  const data = (s: string) => {
    const b = Buffer.from(s, 'utf8');
    text(`data ${b.length}\n`); // a byte count, not a character count
    chunks.push(b);
    text('\n');
  };
  text(`commit ${ref}\nauthor ${COMMITTER} ${epochSeconds} +0000\ncommitter ${COMMITTER} ${epochSeconds} +0000\n`);
  data(message);
  if (parent) text(`from ${parent}\n`);
  // deleteall: the commit is a full snapshot, so files the render no longer produces are gone.
  text('deleteall\n');
  for (const [path, entry] of tree) {
    // The generated branch gets only clean relative paths: nothing outside its tree, nothing in .git.
    assertSafePath(path);
    if ('blob' in entry) text(`M 100644 ${entry.blob} ${fiPath(path)}\n`);
    else {
      text(`M 100644 inline ${fiPath(path)}\n`);
      data(entry.content);
    }
  }
  text('done\n');
  return Buffer.concat(chunks);
}

/** Write the commit into a temporary ref, read its id, drop the ref. The objects stay for the push. */
export async function writeCommit(cwd: string, tree: CommitTree, message: string, parent: string | undefined, date: string): Promise<string> {
  const ref = `refs/hubcast/tmp/${process.pid}-${randomBytes(4).toString('hex')}`;
  const epoch = Math.floor(Date.parse(date) / 1000);
  await runGit(['fast-import', '--quiet', '--done'], { cwd, input: fastImportStream(ref, tree, message, parent, epoch) });
  const commit = await git(['rev-parse', '--verify', `${ref}^{commit}`], { cwd });
  await git(['update-ref', '-d', ref], { cwd });
  return commit;
}
