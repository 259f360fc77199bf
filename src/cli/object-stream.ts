// `render --out -`: the rendered objects as one YAML stream on stdout, as `kubectl kustomize` and
// `helm template` print theirs, for a pipe (`| kubeconform`, `| kubectl apply --dry-run=server -f -`).

import { isObjectFile } from '../emit/tree.ts';

/** Chunks of this size keep 10,000 small writes off the pipe. */
const CHUNK = 256 * 1024;

export interface ObjectStream {
  /** Takes one file of the tree; only object files are printed. */
  file(path: string, text: string): void;
  /** Prints what is buffered. */
  end(): void;
}

/**
 * Each object as its own document, preceded by `# Source: <path in the folder layout>`; the lock and the
 * kustomization.yaml files are left out (they are not objects to apply). Objects come in the order they
 * are emitted, which is deterministic: streaming, a 100,000-object fleet is never held whole. A reader
 * that stops early (`| head`) ends the stream quietly.
 */
export function objectStream(out: NodeJS.WritableStream): ObjectStream {
  let closed = false;
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (!closed && parts.length) out.write(parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    file(path, text) {
      if (closed || !isObjectFile(path)) return;
      const doc = `---\n# Source: ${path}\n${text}`;
      parts.push(doc);
      size += doc.length;
      if (size >= CHUNK) flush();
    },
    end: flush,
  };
}
