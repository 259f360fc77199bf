// A short content digest for cache keys and change checks (never for security): sha1, base64.

import { hash } from 'node:crypto';

/** One call, no Hash object: a re-render digests each of 10,000 files. */
export function digest(text: string): string {
  return hash('sha1', text, 'base64');
}
