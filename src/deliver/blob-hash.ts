// Git's object id for a file's content, computed in-process, so planning can compare a render
// against a branch's tree (path -> blob id) without writing anything.

import { createHash } from 'node:crypto';

export function blobSha(content: string): string {
  const body = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${body.length}\0`).update(body).digest('hex');
}
