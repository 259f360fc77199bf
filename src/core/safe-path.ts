// Every path hubcast writes is made from names in the specs. One rule decides whether such a path
// stays where it is written (inside --out, inside the generated branch): relative, POSIX, already
// normal, no part that climbs out or hides.

// Parts of 1-255 characters that start with a letter, digit, `_` or `-`: never empty, `.`, `..` or `.git`.
const PLAIN_PATH = /^[\w-][\w.-]{0,254}(?:\/[\w-][\w.-]{0,254})*$/;

/** Why `path` is not a safe relative output path, or undefined when it is. */
export function unsafePathReason(path: string): string | undefined {
  // Nearly every path is made of plain names: one test, without splitting 10,000 paths into parts.
  if (PLAIN_PATH.test(path)) return undefined;
  if (path.length === 0) return 'is empty';
  if (path.startsWith('/')) return 'is absolute';
  if (/^[A-Za-z]:/.test(path)) return 'starts with a drive letter';
  if (path.includes('\\')) return 'contains a backslash';
  // Control characters: NUL ends a path in the kernel; line breaks forge lines in logs and git input.
  if (/[\x00-\x1f\x7f]/.test(path)) return 'contains a control character';
  for (const part of path.split('/')) {
    if (part === '') return 'has an empty part ("//" or a trailing "/")';
    if (part === '.' || part === '..') return `has a "${part}" part`;
    if (part.length > 255) return 'has a part longer than 255 characters';
    if (part.toLowerCase() === '.git') return 'has a ".git" part';
  }
  return undefined;
}

export class UnsafePathError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`refusing to write ${JSON.stringify(path)}: the path ${reason}`);
    this.name = 'UnsafePathError';
  }
}

/** Throws UnsafePathError: the last guard, for a path whose names were not checked earlier. `part` of `path` is checked. */
export function assertSafePath(part: string, path = part): void {
  const reason = unsafePathReason(part);
  if (reason) throw new UnsafePathError(path, reason);
}

/** The folder of a tree path ('' for the top). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
