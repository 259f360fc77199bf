// Spec files are UTF-8. Decoding anything else silently turns bytes into U+FFFD; instead the file
// gets an error at the first byte that is not UTF-8.

import { isUtf8 } from 'node:buffer';

export interface DecodedText {
  text: string;
  /** Where the first byte that is not UTF-8 is, 1-based (column in characters of the decoded line). */
  invalidAt?: { line: number; column: number; byte: number };
}

export function decodeUtf8(bytes: Buffer): DecodedText {
  const text = bytes.toString('utf8');
  if (isUtf8(bytes)) return { text };
  const byte = firstInvalidByte(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, byte - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < byte; i = bytes.indexOf(0x0a, i + 1)) line++;
  const column = bytes.subarray(lineStart, byte).toString('utf8').length + 1;
  return { text, invalidAt: { line, column, byte } };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return b.length;
}
