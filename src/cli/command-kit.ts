// Shared bits for command modules: options every command takes and the exit-code contract.

import { Command, Option } from 'commander';
import type { Io } from './output.ts';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_FAILURE = 2;

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
