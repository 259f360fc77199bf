// A one-line progress display for long renders: shown only on a terminal, only once the work has
// taken a second (short runs stay quiet), redrawn in place, and erased when the work ends.

export interface ProgressStream {
  isTTY?: boolean;
  write(s: string): unknown;
}

export interface Progress {
  stage(name: string): void;
  done(): void;
}

export function progressLine(stream: ProgressStream, opts: { quiet?: boolean; afterMs?: number; now?: () => number } = {}): Progress {
  const now = opts.now ?? (() => performance.now());
  const start = now();
  const enabled = !opts.quiet && !!stream.isTTY && !process.env.CI;
  let shown = false;
  return {
    stage(name) {
      if (!enabled || now() - start < (opts.afterMs ?? 1000)) return;
      const seconds = ((now() - start) / 1000).toFixed(1);
      stream.write(`\r\u001b[2Khubcast: ${name}… ${seconds} s`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
