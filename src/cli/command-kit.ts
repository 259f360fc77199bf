// Shared bits for command modules: options every command takes and the exit-code contract.

import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Io } from './output.ts';
import type { ProgressStream } from './progress.ts';

export { EXIT_FAILURE, EXIT_INVALID, EXIT_OK } from '../app/exit-codes.ts';

export interface CommonOpts {
  repo: string;
  json?: boolean;
  color?: boolean;
  verbose?: boolean;
  /** False with --no-history. */
  history?: boolean;
}

/** What a command module gets: where to print, and a place to put its exit code. */
export interface CommandEnv {
  io(opts: CommonOpts): Io;
  /** `render --out -`'s objects, written as given; false once the reader has gone (a closed pipe). */
  stream(text: string): boolean;
  /** Where the progress line is drawn (only when it is a terminal). */
  progress: ProgressStream;
  /** Whether stdout is a terminal: `diff` colours its report only there. */
  stdoutIsTTY: boolean;
  setExit(code: number): void;
}

export function common(cmd: Command): Command {
  return cmd
    .option('--repo <dir>', 'spec repository folder', '.')
    .option('--json', 'machine-readable output on stdout')
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .option('-v, --verbose', 'also print info diagnostics such as system-namespace fallbacks (validate and plan always do)')
    .option('--no-history', "ignore git history: each object's current content is its only revision");
}

export const layoutOption = (): Option => new Option('--layout <layout>', 'output layout').choices(['per-cluster', 'replicaset']);

export interface SourceFlags {
  offline?: boolean;
  locked?: boolean;
  lockFile?: string;
  cacheDir?: string;
}

/** Flags of the commands that resolve Helm charts and git refs (docs/sources.md). */
export function sourceFlags(cmd: Command): Command {
  return cmd
    .option('--offline', 'resolve Helm charts and git refs from the source cache only; fail if something is missing')
    .option('--locked', 'use the versions in the lock file and report every range that would now resolve differently')
    .option('--lock-file <path>', 'the lock file --locked reads (default: <out>/hubcast.lock.json)')
    .option('--cache-dir <dir>', 'source cache folder (default: sources.cacheDir of hubcast.yaml, else <repo>/.hubcast-cache)');
}

export const sourceOptionsOf = (o: SourceFlags): SourceFlags => ({ offline: o.offline, locked: o.locked, lockFile: o.lockFile, cacheDir: o.cacheDir });
/** `--require-ready`: an Environment that is not Ready fails the run (also `requireReady: true` in hubcast.yaml). */
export const requireReadyOption = (): Option =>
  new Option(
    '--require-ready',
    'fail when an Environment is not Ready (its Placement not in the inventory, or selecting fewer clusters than it needs) instead of warning',
  );

/** `--now`: the time Placements are evaluated at (tolerationSeconds, score expiry); default: now. */
export const nowOption = (): Option =>
  new Option('--now <time>', 'evaluate Placements at this RFC 3339 time instead of the current time').argParser((v: string) => {
    const t = Date.parse(v);
    if (Number.isNaN(t)) throw new InvalidArgumentError(`not an RFC 3339 time: ${v}`);
    return t;
  });
