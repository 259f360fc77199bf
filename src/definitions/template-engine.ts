// The Handlebars side of definitions: one isolated Handlebars instance with a fixed set of pure
// helpers, a load-time check that every value a template prints goes through `json`, a compile
// cache, and rendering to YAML documents with errors positioned in the definition file.
//
// Why this is safe (engineering.md section 5): `json` prints every value as a JSON (= YAML flow)
// node, which cannot open a block, start a comment, change indentation or be re-typed by a YAML
// 1.1 reader. Templates can only print through `json` (checked on the AST); helpers are a closed
// list (`knownHelpersOnly`, `lookup`/`log` removed), partials and decorators are refused, and
// prototype access stays denied (Handlebars >= 4.6 default, never relaxed here).

import { createHash } from 'node:crypto';
import { isMap, isScalar, LineCounter, parseAllDocuments } from 'yaml';
import { error, type Diagnostic } from '../core/diagnostics.ts';
import type { JsonObject } from '../core/types.ts';
import { parseYamlMaps } from '../load/yaml-subset.ts';
import { COMPILE_OPTIONS, hb, JsonValueError, TemplateValueError } from './template-helpers.ts';
import { checkProgram, parseProblem, type ProgramNode } from './template-check.ts';
import { stockTemplates } from '../generated/stock-templates.ts';
import { onDemand } from '../core/on-demand.ts';
import { firstLine, locKey, pointLoc, toFilePos, type CacheEntry, type CompiledTemplate, type TemplateData, type TemplateOrigin } from './template-types.ts';

export type { CompiledTemplate, TemplateData, TemplateOrigin } from './template-types.ts';
export { toFilePos } from './template-types.ts';
export { HELPER_NAMES, truncateName, truthy } from './template-helpers.ts';

/** Refuse rendered output larger than this (a runaway `#each` or a hostile template). */
export const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

const cache = new Map<string, CacheEntry>();

/**
 * Compile a template (once per distinct source text; later calls hit the cache). Returns the
 * template or positioned errors: Handlebars syntax errors, a value printed without `json`,
 * helpers outside the allowed list, partials and decorators.
 */
export function compileTemplate(source: string, origin: TemplateOrigin): { template?: CompiledTemplate; diagnostics: Diagnostic[] } {
  let entry = cache.get(source);
  if (!entry) {
    entry = buildEntry(source);
    cache.set(source, entry);
  }
  const diagnostics = entry.problems.map((p) => error('definition-template', `${origin.label}: ${p.message}`, toFilePos(origin, p.loc), p.hint));
  if ((!entry.fn && !entry.compileFn) || diagnostics.length) return { diagnostics };
  return { template: { source, origin, entry }, diagnostics };
}

/** A template compiled ahead of time (scripts/generate.ts): Handlebars' template spec, and its `json` arguments. */
export interface PrecompiledTemplate {
  spec: unknown;
  jsonArgs: [string, string][];
}

/** The precompiled stock templates loaded so far, by templateKey (see preloadTemplates). */
const precompiled = new Map<string, PrecompiledTemplate>();

/** The name of a template's precompiled spec in the generated modules. */
export function templateKey(source: string): string {
  return createHash('sha1').update(source).digest('hex');
}

/**
 * Loads the precompiled specs of these template texts (those that have one, the stock templates'), so that
 * they render without the Handlebars compiler's work (~5 ms a template): the application calls it for the
 * definitions a render uses. A template without one is compiled as before.
 */
export async function preloadTemplates(sources: Iterable<string>): Promise<void> {
  const loads = new Map<string, Promise<void>>();
  for (const source of sources) {
    const key = templateKey(source);
    const load = stockTemplates[key];
    if (!load || precompiled.has(key) || loads.has(key) || cache.has(source)) continue;
    loads.set(
      key,
      load().then((m) => void precompiled.set(key, (m.templates as Record<string, PrecompiledTemplate>)[key])),
    );
  }
  await Promise.all(loads.values());
}

/** Handlebars' compiler (~90 KB with its source-map library): loaded only for a template without a precompiled spec. */
const compiler = onDemand("Handlebars' compiler (a template without a precompiled spec)", async () => (await import('./template-compiler.ts')).default);

/** Loads the compiler: the application calls it before the stages when the specs hold definitions of their own. */
export const loadTemplateCompiler = (): Promise<void> => compiler.load();

function buildEntry(source: string): CacheEntry {
  // Checked and compiled by npm run generate (a test proves the stock templates clean).
  const pre = precompiled.size ? precompiled.get(templateKey(source)) : undefined;
  if (pre) return { problems: [], jsonArgs: new Map(pre.jsonArgs), compileFn: () => hb.template(pre.spec as TemplateSpecification) };
  const entry: CacheEntry = { problems: [], jsonArgs: new Map() };
  const compiled = compileProgram(source, entry);
  if (compiled) entry.compileFn = () => hb.template(compiled(true) as TemplateSpecification);
  return entry;
}

/**
 * Parses and checks a template (problems go to `entry`) and compiles it to Handlebars' intermediate form.
 * Returns what generates its JavaScript: a template spec (asObject) or the spec's source text.
 */
function compileProgram(source: string, entry: CacheEntry): ((asObject: boolean) => unknown) | undefined {
  const hbc = compiler.get();
  let ast: ProgramNode;
  try {
    ast = hbc.parseWithoutProcessing(source) as unknown as ProgramNode;
  } catch (e) {
    entry.problems.push(parseProblem(e));
    return undefined;
  }
  checkProgram(ast, source, entry);
  if (entry.problems.length) return undefined;
  try {
    // What Handlebars.compile does lazily, done now so errors surface at load time.
    const options = { ...COMPILE_OPTIONS, knownHelpers: { ...COMPILE_OPTIONS.knownHelpers } };
    const env = hbc as unknown as {
      parse(p: unknown, o: unknown): unknown;
      Compiler: new () => { compile(p: unknown, o: unknown): unknown };
      JavaScriptCompiler: new () => { compile(env: unknown, o: unknown, c: unknown, asObject: boolean): unknown };
    };
    const program = env.parse(ast, options); // applies whitespace control (standalone lines)
    const environment = new env.Compiler().compile(program, options);
    // Generating and evaluating the JavaScript is most of the cost and cannot fail on a checked
    // AST: it waits until the template first renders (a render uses a few of the stock set).
    return (asObject) => new env.JavaScriptCompiler().compile(environment, options, undefined, asObject);
  } catch (e) {
    const err = e as { message?: string; lineNumber?: number; column?: number };
    const loc = err.lineNumber ? pointLoc(err.lineNumber, err.column ?? 0) : undefined;
    entry.problems.push({ message: `Handlebars: ${firstLine(String(err.message ?? e)).replace(/ - \d+:\d+$/, '')}`, loc });
    return undefined;
  }
}

/** A template's spec as JavaScript source and its `json` arguments, for the generated modules (scripts/generate.ts). */
export function precompileTemplate(source: string): { spec: string; jsonArgs: [string, string][] } {
  const entry: CacheEntry = { problems: [], jsonArgs: new Map() };
  const compiled = compileProgram(source, entry);
  if (!compiled) throw new Error(`template does not compile: ${entry.problems.map((p) => p.message).join('; ')}`);
  return { spec: String(compiled(false)), jsonArgs: [...entry.jsonArgs] };
}

// ---------------------------------------------------------------------------------------------
// Rendering

export interface RenderOptions {
  /** Prefix for messages, e.g. `component "ui" (webservice@1.0.0)`. */
  subject?: string;
}

/** Render to text. Runtime errors become diagnostics at the template line that failed. */
export function renderTemplate(t: CompiledTemplate, data: TemplateData, opts: RenderOptions = {}): { text?: string; diagnostics: Diagnostic[] } {
  const prefix = `${opts.subject ? `${opts.subject}: ` : ''}${t.origin.label}`;
  if (!t.entry.fn && t.entry.compileFn) t.entry.fn = t.entry.compileFn();
  const fn = t.entry.fn;
  if (!fn) return { diagnostics: [error('template-render', `${prefix}: template did not compile`, toFilePos(t.origin))] };
  const plain = JSON.parse(JSON.stringify(data)) as TemplateData;
  try {
    const text = fn(plain);
    if (text.length > MAX_OUTPUT_BYTES) {
      return {
        diagnostics: [error('template-render', `${prefix}: rendered output exceeds ${MAX_OUTPUT_BYTES} bytes`, toFilePos(t.origin))],
      };
    }
    return { text, diagnostics: [] };
  } catch (e) {
    if (e instanceof TemplateValueError) {
      const message = e instanceof JsonValueError ? e.messageFor(e.loc && t.entry.jsonArgs.get(locKey(e.loc))) : e.message;
      return {
        diagnostics: [
          error(
            'template-render',
            `${prefix}: ${message}`,
            toFilePos(t.origin, e.loc),
            message.startsWith('json: undefined') ? 'the value is missing: give the property a default in the schema, or guard it with {{#if ...}}' : undefined,
          ),
        ],
      };
    }
    const err = e as { message?: string; lineNumber?: number; column?: number };
    const loc = err.lineNumber ? pointLoc(err.lineNumber, err.column ?? 0) : undefined;
    const msg = firstLine(String(err.message ?? e)).replace(/ - \d+:\d+$/, '');
    return { diagnostics: [error('template-render', `${prefix}: ${msg}`, toFilePos(t.origin, loc))] };
  }
}

/**
 * Render and parse the output as a YAML stream. Empty documents (for example a document wrapped
 * in a false `{{#if}}`) are dropped; every other document must be a map.
 */
export function renderDocuments(t: CompiledTemplate, data: TemplateData, opts: RenderOptions = {}): { documents: JsonObject[]; diagnostics: Diagnostic[] } {
  const { text, diagnostics } = renderTemplate(t, data, opts);
  if (text === undefined) return { documents: [], diagnostics };
  return parseRendered(text, t, opts);
}

/**
 * Parse rendered text: through the fast subset parser when it reads it all, else with `yaml`.
 * Errors point at the template start and quote the rendered line.
 */
export function parseRendered(text: string, t: CompiledTemplate, opts: RenderOptions = {}): { documents: JsonObject[]; diagnostics: Diagnostic[] } {
  const fast = parseYamlMaps(text);
  if (fast) return { documents: fast.docs.filter((d) => d !== null), diagnostics: [] };
  const prefix = `${opts.subject ? `${opts.subject}: ` : ''}${t.origin.label}`;
  const diagnostics: Diagnostic[] = [];
  const documents: JsonObject[] = [];
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  const lines = text.split('\n');
  const at = (offset: number) => lineCounter.linePos(offset).line;
  for (const doc of list) {
    const problems = [...doc.errors, ...doc.warnings];
    if (problems.length) {
      for (const e of problems) {
        const line = at(e.pos[0]);
        diagnostics.push(
          error(
            'template-output',
            `${prefix}: rendered output is not valid YAML (${e.code}) at output line ${line}: ${JSON.stringify((lines[line - 1] ?? '').trim())}`,
            toFilePos(t.origin),
            'check the template indentation around that line; values must be printed with {{json ...}}',
          ),
        );
      }
      continue;
    }
    // An empty document (nothing, or only `---`) renders to nothing.
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) continue;
    if (!isMap(doc.contents)) {
      const line = at(doc.contents.range?.[0] ?? 0);
      diagnostics.push(error('template-output', `${prefix}: rendered document at output line ${line} is not a map`, toFilePos(t.origin)));
      continue;
    }
    try {
      documents.push(doc.toJS({ maxAliasCount: 0 }) as JsonObject);
    } catch (e) {
      diagnostics.push(error('template-output', `${prefix}: ${(e as Error).message}`, toFilePos(t.origin)));
    }
  }
  return { documents, diagnostics };
}
