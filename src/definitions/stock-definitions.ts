// The stock definitions: the set in `templates/` that ships with hubcast, read once per process
// from the generated snapshot (src/generated/stock-definitions.ts) alone, and any other folder of
// definition files read from disk.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { cmp, error, type Diagnostic } from '../core/diagnostics.ts';
import type { JsonObject } from '../core/types.ts';
import { parseYamlFile, toSourceObject, type RawDocument } from '../load/yaml-source.ts';
import { stockFiles, type StockFile } from '../generated/stock-definitions.ts';
import { DEFINITION_KINDS, parseDefinition } from './definition.ts';
import { DEFINITION_API_VERSION, type Definition } from './definition-types.ts';
/**
 * The stock `templates/` directory of a source checkout (`../../templates` from `src/definitions/`): read by
 * `npm run generate` into src/generated/stock-definitions.ts, which is all hubcast reads at run time.
 */
export function stockTemplatesDir(): string {
  return fileURLToPath(new URL('../../templates/', import.meta.url));
}

export interface LoadDefinitionsOptions {
  /** Directory to read (default: the stock set, from the generated snapshot of `templates/`). */
  dir?: string;
  /** Path prefix used in diagnostics (default `templates` for the stock dir, else `dir`). */
  displayPrefix?: string;
}

/** Read every `*.yaml`/`*.yml` under a definitions directory, sorted by path. */
export function readDefinitionFiles(dir: string, displayPrefix: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d).sort(cmp)) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry)) {
        const rel = relative(dir, full).split(sep).join('/');
        out.push({ path: posix.join(displayPrefix, rel), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => cmp(a.path, b.path));
}

/**
 * Load the stock definitions (or those of `opts.dir`): every document must be a definition.
 * Definitions without metadata.namespace land in `systemNamespace`.
 */
export function loadStockDefinitions(
  systemNamespace = 'mural-system',
  opts: LoadDefinitionsOptions = {},
): { definitions: Definition[]; diagnostics: Diagnostic[] } {
  if (opts.dir !== undefined) return loadDefinitionsDir(systemNamespace, opts);
  // The stock set ships with hubcast and never changes while it runs: read once per process (`diff`
  // renders two sides, the Action several). Definitions are immutable; the lists are the caller's.
  let stock = stockSets.get(systemNamespace);
  if (!stock) stockSets.set(systemNamespace, (stock = loadDefinitionsDir(systemNamespace, opts)));
  return { definitions: [...stock.definitions], diagnostics: [...stock.diagnostics] };
}

const stockSets = new Map<string, { definitions: Definition[]; diagnostics: Diagnostic[] }>();

function loadDefinitionsDir(systemNamespace: string, opts: LoadDefinitionsOptions): { definitions: Definition[]; diagnostics: Diagnostic[] } {
  const definitions: Definition[] = [];
  const diagnostics: Diagnostic[] = [];
  // The stock set comes from the snapshot alone: a bundle needs no templates/ folder beside it.
  const stock = opts.dir === undefined;
  if (!stock && !existsSync(opts.dir!)) {
    return { definitions, diagnostics: [error('definitions-dir', `definition directory ${opts.dir} does not exist`)] };
  }
  const prefix = opts.displayPrefix ?? (stock ? 'templates' : opts.dir!.split(sep).join('/'));
  const files = stock ? stockFiles : readDefinitionFiles(opts.dir!, prefix);
  const snapshot = stock ? new Map(stockFiles.map((f) => [f.path, f])) : undefined;
  for (const file of files) {
    const fresh = snapshot?.get(file.path);
    const parsed = fresh ? fromSnapshot(file, fresh) : parseYamlFile(file);
    diagnostics.push(...parsed.diagnostics);
    for (const raw of parsed.documents) {
      const { apiVersion, kind } = raw.body;
      if (apiVersion !== DEFINITION_API_VERSION || typeof kind !== 'string' || !(DEFINITION_KINDS as readonly string[]).includes(kind)) {
        diagnostics.push(error('not-a-definition', `expected a definition (${DEFINITION_API_VERSION} ${DEFINITION_KINDS.join(' | ')})`, raw.pos(['kind'])));
        continue;
      }
      const meta = (raw.body.metadata ?? {}) as JsonObject;
      const ns = typeof meta.namespace === 'string' ? meta.namespace : systemNamespace;
      const src = toSourceObject(raw, kind, ns, typeof meta.name === 'string' ? meta.name : '');
      const snap = fresh?.documents[raw.docIndex];
      const { definition, diagnostics: d } = parseDefinition(src, systemNamespace, {
        text: file.text,
        lazyTemplates: opts.dir === undefined,
        origins: snap?.origins,
        checked: snap && { hash: snap.hash },
      });
      diagnostics.push(...d);
      if (definition) definitions.push(definition);
    }
  }
  definitions.sort((a, b) => cmp(a.kind, b.kind) || cmp(a.name, b.name) || semver.compare(a.version, b.version));
  return { definitions, diagnostics };
}

/** A stock file's documents from the snapshot; positions (only for diagnostics) parse the file on first use. */
function fromSnapshot(file: { path: string; text: string }, snap: StockFile): { documents: RawDocument[]; diagnostics: Diagnostic[] } {
  let parsed: RawDocument[] | undefined;
  const documents = snap.documents.map(
    (d, docIndex): RawDocument => ({
      file: file.path,
      docIndex,
      body: structuredClone(d.body),
      pos: (path) => (parsed ??= parseYamlFile(file).documents)[docIndex].pos(path),
    }),
  );
  return { documents, diagnostics: [] };
}
