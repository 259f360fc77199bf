// The content of a Flux OCI artifact: a gzip tarball of files that is the same to the byte on any
// machine, so an unchanged cluster gives the same layer digest and is not pushed again.
// - entries sorted by path, regular files only (parents are implied; Flux's untar creates them);
// - mode 0644, uid/gid 0, no user or group names, mtime 0: nothing of the machine or the checkout;
// - gzip by fflate (pure JavaScript): Node's zlib is a native build whose deflate output changes between
//   zlib versions and platforms (nodejs/node#48690, #33610); fflate writes mtime 0 and OS byte 3 always.
// Long paths go to the ustar prefix field, or a PAX header when they do not fit.

import { createHash } from 'node:crypto';
import { gzipSync } from 'fflate';
import { extract } from 'tar-stream';
import { gunzipSync } from 'node:zlib';
import { cmp } from '../core/diagnostics.ts';

export interface ArtifactLayer {
  /** The gzip tarball. */
  blob: Buffer;
  /** sha256 of the gzip tarball: the layer's digest in the manifest. */
  digest: string;
  /** sha256 of the uncompressed tar: the config's rootfs diff_id, whatever compressor made the blob. */
  diffId: string;
}

export const sha256 = (b: Uint8Array): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** A path fit for Flux's untar: relative, POSIX, no `.`/`..` segments. */
export function checkArtifactPath(path: string): void {
  if (!path || path.startsWith('/') || path.includes('\\') || path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`artifact path "${path}" is not a plain relative path`);
  }
}

// The headers are written here rather than by tar-stream's pack(): its stream moves each header, body and
// padding as a chunk through streamx, 0.7 s for the 10,000 files of a 100 x 100 fleet, where a plain
// ustar writer takes a few milliseconds. Reading (untrusted) tarballs stays with tar-stream's extract().
const BLOCK = 512;

function octal(buf: Buffer, offset: number, width: number, value: number): void {
  buf.write(`${value.toString(8).padStart(width - 1, '0')}\0`, offset, width, 'ascii');
}

/** One ustar header (POSIX.1-1988); `name` fits (100 bytes, or a prefix of 155 split at a slash). */
function ustarHeader(name: string, size: number, type: '0' | 'x'): Buffer {
  const h = Buffer.alloc(BLOCK);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', name.length - 1);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  h.write(base, 0, 100, 'utf8');
  octal(h, 100, 8, 0o644); // mode
  octal(h, 108, 8, 0); // uid
  octal(h, 116, 8, 0); // gid
  octal(h, 124, 12, size);
  octal(h, 136, 12, 0); // mtime: the epoch
  h.write('        ', 148, 8, 'ascii'); // checksum field counts as spaces while summing
  h.write(type, 156, 1, 'ascii');
  h.write('ustar\0' + '00', 257, 8, 'ascii'); // magic + version; uname/gname stay empty
  octal(h, 329, 8, 0); // devmajor
  octal(h, 337, 8, 0); // devminor
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return h;
}

/** Does `name` fit the ustar name/prefix fields (else a PAX header carries it)? */
function fitsUstar(name: string): boolean {
  const len = Buffer.byteLength(name);
  if (len !== name.length) return false; // non-ASCII: PAX, which is UTF-8 by definition
  if (len <= 100) return true;
  const cut = name.lastIndexOf('/');
  return cut > 0 && cut <= 155 && len - cut - 1 <= 100;
}

/** A PAX extended header record `LEN path=NAME\n`, LEN counting itself. */
function paxRecord(name: string): Buffer {
  const body = ` path=${name}\n`;
  const bytes = Buffer.byteLength(body);
  let len = bytes + 1;
  while (String(len).length + bytes !== len) len = String(len).length + bytes;
  return Buffer.from(`${len}${body}`, 'utf8');
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** The uncompressed tar of `files` (path -> text or bytes), entries in path order. */
export function reproducibleTar(files: Iterable<readonly [string, string | Uint8Array]>): Buffer {
  const entries = [...files].sort((a, b) => cmp(a[0], b[0]));
  const parts: Buffer[] = [];
  for (const [name, content] of entries) {
    checkArtifactPath(name);
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    if (!fitsUstar(name)) {
      const pax = paxRecord(name);
      parts.push(ustarHeader('PaxHeader', pax.length, 'x'), pax, padding(pax.length));
    }
    parts.push(ustarHeader(fitsUstar(name) ? name : name.slice(-100).replace(/^[^/]*\//, ''), data.length, '0'), data, padding(data.length));
  }
  parts.push(Buffer.alloc(2 * BLOCK)); // end of archive
  return Buffer.concat(parts);
}

/** The layer of a Flux artifact: the reproducible tar, gzipped. */
export function buildLayer(files: Iterable<readonly [string, string | Uint8Array]>): ArtifactLayer {
  return gzipLayer(reproducibleTar(files));
}

/** The tar compressed: the costly half, done only for an artifact that is to be pushed. */
export function gzipLayer(tar: Buffer): ArtifactLayer {
  const blob = Buffer.from(gzipSync(tar, { level: 6, mtime: 0 }));
  return { blob, digest: sha256(blob), diffId: sha256(tar) };
}

/** Flux's untar refuses more than 100 MiB by default; hubcast reads no more back either. */
export const MAX_UNPACKED_BYTES = 100 << 20;

/**
 * The files of a layer (gzip tar), as pulled from a registry: untrusted, so bounded in size, and only
 * regular files with plain relative paths are taken (directories are implied; anything else is an error).
 */
export async function readLayer(blob: Uint8Array, maxBytes = MAX_UNPACKED_BYTES): Promise<Map<string, Buffer>> {
  let tar: Buffer;
  try {
    tar = gunzipSync(blob, { maxOutputLength: maxBytes });
  } catch (e) {
    throw new Error(
      /RangeError|larger than|maxOutputLength|Cannot create a Buffer/i.test(String(e))
        ? `the artifact unpacks to more than ${maxBytes} bytes`
        : `the artifact is not a gzip tarball: ${(e as Error).message}`,
    );
  }
  const files = new Map<string, Buffer>();
  const ex = extract();
  const done = (async () => {
    for await (const entry of ex) {
      const h = entry.header;
      const chunks: Buffer[] = [];
      for await (const c of entry) chunks.push(c as Buffer);
      const name = h.name.replace(/^\.\//, '').replace(/\/$/, '');
      if (h.type === 'directory' || name === '' || name === '.') continue;
      if (h.type !== 'file' && h.type !== 'contiguous-file') throw new Error(`the artifact holds ${h.type} "${h.name}"; only files are read`);
      checkArtifactPath(name);
      files.set(name, Buffer.concat(chunks));
    }
  })();
  ex.end(tar);
  await done;
  return files;
}
