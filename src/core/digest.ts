// A short content digest for cache keys and change checks (never for security): sha1, base64.

import { createHash } from 'node:crypto';

export function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
