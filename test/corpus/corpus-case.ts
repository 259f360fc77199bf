// One bad-input case: a small repository, the command run over it, and what must come back.

import type { Files } from './base.ts';

export interface Expected {
  /** `file:line:col`, or `file` alone for a problem of a whole file. */
  at: string;
  code: string;
  /** A part of the message, when the code alone does not say enough. */
  message?: RegExp;
}

export interface CorpusCase {
  name: string;
  files: Files;
  /** The command; default render. */
  command?: 'render' | 'validate';
  /** Extra arguments (--layout, --inventory DIR relative to the case folder). */
  args?: string[];
  /** Exit code: 1 for invalid input (the default), 0 for input that is accepted as inert data. */
  exit?: 0 | 1 | 2;
  /** Diagnostics that must be among the errors (each exactly once). */
  errors?: Expected[];
  warnings?: Expected[];
  /** Error count, when the case asserts that nothing else is reported. */
  errorCount?: number;
  /** An attack: the output (when one is written) must hold no object it injects, and nothing outside --out. */
  attack?: boolean;
  /** For input accepted as data: what the written objects must show (e.g. a hostile string kept verbatim). */
  check?(objects: Record<string, unknown>[]): void;
}

export const error = (at: string, code: string, message?: RegExp): Expected => ({ at, code, message });
