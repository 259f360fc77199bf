// Runs a corpus case through the real command line (src/cli/main.ts, in-process: a case takes
// milliseconds, not a Node start) and reports what a user would see.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { hubcast } from '../helpers/cli-run.ts';
import type { CorpusCase } from './corpus-case.ts';

export interface JsonDiagnostic {
  severity: string;
  code: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
}

export interface CaseRun {
  exit: number;
  diagnostics: JsonDiagnostic[];
  stderr: string;
  /** Entries beside --out after the run (a case must leave only the sentinel there, and --out when it succeeds). */
  beside: string[];
  /** Entries of the case folder (only repo/ and work/ may be there). */
  top: string[];
  /** Files written into --out, relative to it. */
  written: string[];
  /** Every object written into --out. */
  objects: Record<string, unknown>[];
}

export async function runCase(c: CorpusCase): Promise<CaseRun> {
  const dir = mkdtempSync(join(tmpdir(), 'hubcast-corpus-'));
  try {
    const repo = join(dir, 'repo');
    const work = join(dir, 'work');
    mkdirSync(repo, { recursive: true });
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'sentinel'), 'untouched');
    for (const [path, content] of Object.entries(c.files)) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), content);
    }
    const out = join(work, 'out');
    const command = c.command ?? 'render';
    const args = [
      command,
      '--repo',
      repo,
      '--json',
      '--no-history',
      ...(command === 'render' ? ['--out', out, '-q'] : []),
      ...(c.args ?? []).map((a) => a.replace('{repo}', repo)),
    ];
    const { code: exit, stdout, stderr } = await hubcast(args);
    let diagnostics: JsonDiagnostic[] = [];
    try {
      diagnostics = (JSON.parse(stdout) as { diagnostics?: JsonDiagnostic[] }).diagnostics ?? [];
    } catch {
      // No JSON (a usage error): stderr says why, and the case's assertions fail on it.
    }
    const written = exists(out) ? walk(out).map((p) => relative(out, p).split('\\').join('/')) : [];
    const objects: Record<string, unknown>[] = [];
    for (const f of written.filter((p) => p.endsWith('.yaml'))) {
      for (const d of parseAllDocuments(readFileSync(join(out, f), 'utf8'))) {
        const v = d.toJS({ maxAliasCount: 0 }) as unknown;
        if (v && typeof v === 'object') objects.push(v as Record<string, unknown>);
      }
    }
    return { exit, diagnostics, stderr, beside: readdirSync(work).sort(), top: readdirSync(dir).sort(), written, objects };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function walk(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
}

/** `file:line:col` of a diagnostic, as cases write it. */
export function where(d: JsonDiagnostic): string {
  return d.line ? `${d.file}:${d.line}:${d.column}` : `${d.file}`;
}
