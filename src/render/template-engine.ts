// The Handlebars side of definitions: one isolated Handlebars instance with a fixed set of pure
// helpers, a load-time check that every value a template prints goes through `json`, a compile
// cache, and rendering to YAML documents with errors positioned in the definition file.
//
// Why this is safe (engineering.md section 5): `json` prints every value as a JSON (= YAML flow)
// node, which cannot open a block, start a comment, change indentation or be re-typed by a YAML
// 1.1 reader. Templates can only print through `json` (checked on the AST); helpers are a closed
// list (`knownHelpersOnly`, `lookup`/`log` removed), partials and decorators are refused, and
// prototype access stays denied (Handlebars >= 4.6 default, never relaxed here).

import Handlebars from 'handlebars';
import { isMap, isScalar, LineCounter, parseAllDocuments } from 'yaml';
import { error, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import type { Json, JsonObject } from '../core/types.ts';

/** Where a template's text sits inside its definition file. */
export interface TemplateOrigin {
  file: string;
  /** 1-based file line of the template's first line. */
  line: number;
  /** 1-based file column where the template's lines start (block scalar indentation + 1). */
  column: number;
  /** For messages, e.g. `webservice@1.0.0 spec.template`. */
  label: string;
}

/** The data every template sees. */
export interface TemplateData {
  name: string;
  properties: Json;
  context: Json;
}

export interface CompiledTemplate {
  readonly source: string;
  readonly origin: TemplateOrigin;
  /** @internal */
  readonly entry: CacheEntry;
}

interface Loc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

interface CacheEntry {
  fn?: HandlebarsTemplateDelegate;
  /** Problems found at compile time, positioned relative to the template. */
  problems: { message: string; loc?: Loc; hint?: string }[];
  /** `line:column` of each `{{json X}}` -> the text of X, for runtime messages. */
  jsonArgs: Map<string, string>;
}

/** Refuse rendered output larger than this (a runaway `#each` or a hostile template). */
export const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// The Handlebars instance and its helpers

class TemplateValueError extends Error {
  constructor(
    message: string,
    readonly loc?: Loc,
  ) {
    super(message);
    this.name = 'TemplateValueError';
  }
}

interface HelperOptions {
  loc?: Loc;
  name?: string;
  hash?: Record<string, unknown>;
}

const hb = Handlebars.create();
// Built-ins we do not want reachable: `lookup` (dynamic property access, CVE-2019-20920 family)
// and `log` (side effect). `if`, `unless`, `each`, `with` stay.
hb.unregisterHelper('lookup');
hb.unregisterHelper('log');

/** Handlebars truthiness: undefined, null, false, "", 0, NaN and [] are false; {} is true. */
export function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return Boolean(v);
}

function splitArgs(args: unknown[]): { values: unknown[]; options: HelperOptions } {
  const options = (args[args.length - 1] ?? {}) as HelperOptions;
  return { values: args.slice(0, -1), options };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a map' : `a ${typeof v}`;
}

function checkJsonValue(v: unknown, where: string, loc: Loc | undefined): void {
  if (v === undefined) throw new TemplateValueError(`json: undefined value at ${where}`, loc);
  if (typeof v === 'bigint') throw new TemplateValueError(`json: bigint value at ${where}`, loc);
  if (typeof v === 'number' && !Number.isFinite(v)) throw new TemplateValueError(`json: non-finite number at ${where}`, loc);
  if (typeof v === 'function' || typeof v === 'symbol') throw new TemplateValueError(`json: ${typeof v} value at ${where}`, loc);
  if (Array.isArray(v)) v.forEach((x, i) => checkJsonValue(x, `${where}[${i}]`, loc));
  else if (isPlainObject(v)) for (const [k, x] of Object.entries(v)) if (x !== undefined) checkJsonValue(x, `${where}.${k}`, loc);
}

/** The helper list; every helper is pure. Only `json` may print (enforced by the AST check). */
const helpers: Record<string, (...args: unknown[]) => unknown> = {
  json(...args) {
    const { values, options } = splitArgs(args);
    const where = (options.loc && currentJsonArgs?.get(locKey(options.loc))) ?? 'json argument';
    if (values.length !== 1) throw new TemplateValueError('json takes exactly one value', options.loc);
    checkJsonValue(values[0], where, options.loc);
    return JSON.stringify(values[0]);
  },
  default(...args) {
    const { values } = splitArgs(args);
    for (const v of values) if (v !== undefined && v !== null) return v;
    return values[values.length - 1];
  },
  defined(...args) {
    const { values } = splitArgs(args);
    return values[0] !== undefined && values[0] !== null;
  },
  eq(...args) {
    const { values } = splitArgs(args);
    return values[0] === values[1];
  },
  ne(...args) {
    const { values } = splitArgs(args);
    return values[0] !== values[1];
  },
  and(...args) {
    return splitArgs(args).values.every(truthy);
  },
  or(...args) {
    return splitArgs(args).values.some(truthy);
  },
  not(...args) {
    return !truthy(splitArgs(args).values[0]);
  },
  concat(...args) {
    const { values, options } = splitArgs(args);
    return values
      .map((v, i) => {
        if (typeof v === 'string') return v;
        if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') return String(v);
        throw new TemplateValueError(`concat: argument ${i + 1} is ${describe(v)}, not a string or number`, options.loc);
      })
      .join('');
  },
  lower(...args) {
    const { values, options } = splitArgs(args);
    if (typeof values[0] !== 'string') throw new TemplateValueError(`lower: argument is ${describe(values[0])}, not a string`, options.loc);
    return values[0].toLowerCase();
  },
  upper(...args) {
    const { values, options } = splitArgs(args);
    if (typeof values[0] !== 'string') throw new TemplateValueError(`upper: argument is ${describe(values[0])}, not a string`, options.loc);
    return values[0].toUpperCase();
  },
  trunc63(...args) {
    const { values, options } = splitArgs(args);
    if (typeof values[0] !== 'string') throw new TemplateValueError(`trunc63: argument is ${describe(values[0])}, not a string`, options.loc);
    return truncateName(values[0], 63);
  },
  keys(...args) {
    const { values } = splitArgs(args);
    return isPlainObject(values[0]) ? Object.keys(values[0]) : [];
  },
  entries(...args) {
    const { values } = splitArgs(args);
    return isPlainObject(values[0]) ? Object.entries(values[0]).map(([key, value]) => ({ key, value })) : [];
  },
  merge(...args) {
    const { values, options } = splitArgs(args);
    const out: Record<string, unknown> = {};
    values.forEach((v, i) => {
      if (v === undefined || v === null) return;
      if (!isPlainObject(v)) throw new TemplateValueError(`merge: argument ${i + 1} is ${describe(v)}, not a map`, options.loc);
      for (const [k, x] of Object.entries(v)) defineOwn(out, k, x);
    });
    return out;
  },
  dict(...args) {
    const { values, options } = splitArgs(args);
    if (values.length % 2 !== 0) throw new TemplateValueError('dict takes key/value pairs', options.loc);
    const out: Record<string, unknown> = {};
    for (let i = 0; i < values.length; i += 2) {
      const k = values[i];
      if (typeof k !== 'string') throw new TemplateValueError(`dict: key ${i / 2 + 1} is ${describe(k)}, not a string`, options.loc);
      if (values[i + 1] !== undefined) defineOwn(out, k, values[i + 1]);
    }
    return out;
  },
  where(...args) {
    const { values, options } = splitArgs(args);
    const [list, key, value] = values;
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) throw new TemplateValueError(`where: argument 1 is ${describe(list)}, not a list`, options.loc);
    if (typeof key !== 'string') throw new TemplateValueError('where: argument 2 must be a field name', options.loc);
    return list.filter((item) => isPlainObject(item) && Object.hasOwn(item, key) && item[key] === value);
  },
  isList(...args) {
    return Array.isArray(splitArgs(args).values[0]);
  },
  isMap(...args) {
    return isPlainObject(splitArgs(args).values[0]);
  },
  namespaced(...args) {
    const { values } = splitArgs(args);
    const [kind, extra] = values;
    if (typeof kind !== 'string') return true;
    if (Array.isArray(extra) && extra.includes(kind)) return false;
    return !CLUSTER_SCOPED_KINDS.has(kind);
  },
  /** `(get x "a" "b")`: x.a.b through own properties only; undefined when any step is missing. */
  get(...args) {
    const { values } = splitArgs(args);
    let cur: unknown = values[0];
    for (const seg of values.slice(1)) {
      if (cur === null || typeof cur !== 'object') return undefined;
      const key = String(seg);
      if (!Object.hasOwn(cur, key)) return undefined;
      cur = (cur as Record<string, unknown>)[key];
    }
    return cur;
  },
};

/** The helpers a template may call, for docs and error hints. */
export const HELPER_NAMES = Object.freeze(Object.keys(helpers).sort());
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);
const VALUE_HELPERS = new Set(HELPER_NAMES.filter((h) => h !== 'json'));
const ALLOWED_DATA = new Set(['index', 'key', 'first', 'last', 'root']);
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__']);

for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);

const COMPILE_OPTIONS = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: { ...Object.fromEntries(HELPER_NAMES.map((h) => [h, true])), lookup: false, log: false },
  data: true,
} as const;

/** Kinds that live outside namespaces (built-in APIs plus the OCM/Flux ones hubcast knows). */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
  'VolumeAttachment',
  'CSIDriver',
  'CSINode',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'FlowSchema',
  'RuntimeClass',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'APIService',
  'CertificateSigningRequest',
  'ComponentStatus',
  'ManagedCluster',
  'ManagedClusterSet',
  'ClusterManagementAddOn',
  'ClusterIssuer',
]);

/** Cut a Kubernetes name to `max` characters without leaving a trailing `-` or `.`. */
export function truncateName(s: string, max = 63): string {
  return s.length <= max ? s : s.slice(0, max).replace(/[-.]+$/, '');
}

function defineOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------------
// Load-time check and compile

// Minimal AST shapes (handlebars' own typings use a global namespace).
interface Node {
  type: string;
  loc?: Loc;
}
interface PathNode extends Node {
  type: 'PathExpression';
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
}
interface CallNode extends Node {
  path: Node;
  params: Node[];
  hash?: { pairs: { key: string; value: Node }[] };
}
interface BlockNode extends CallNode {
  program?: ProgramNode;
  inverse?: ProgramNode;
}
interface ProgramNode extends Node {
  body: Node[];
}

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
  const diagnostics = entry.problems.map((p) =>
    error('definition-template', `${origin.label}: ${p.message}`, toFilePos(origin, p.loc), p.hint),
  );
  if (!entry.fn || diagnostics.length) return { diagnostics };
  return { template: { source, origin, entry }, diagnostics };
}

function buildEntry(source: string): CacheEntry {
  const entry: CacheEntry = { problems: [], jsonArgs: new Map() };
  let ast: ProgramNode;
  try {
    ast = hb.parseWithoutProcessing(source) as unknown as ProgramNode;
  } catch (e) {
    entry.problems.push(parseProblem(e));
    return entry;
  }
  checkProgram(ast, source, entry);
  if (entry.problems.length) return entry;
  try {
    // What Handlebars.compile does lazily, done now so errors surface at load time.
    const options = { ...COMPILE_OPTIONS, knownHelpers: { ...COMPILE_OPTIONS.knownHelpers } };
    const env = hb as unknown as {
      parse(p: unknown, o: unknown): unknown;
      Compiler: new () => { compile(p: unknown, o: unknown): unknown };
      JavaScriptCompiler: new () => { compile(env: unknown, o: unknown, c: unknown, asObject: boolean): unknown };
    };
    const program = env.parse(ast, options); // applies whitespace control (standalone lines)
    const environment = new env.Compiler().compile(program, options);
    const spec = new env.JavaScriptCompiler().compile(environment, options, undefined, true);
    entry.fn = hb.template(spec as TemplateSpecification);
  } catch (e) {
    const err = e as { message?: string; lineNumber?: number; column?: number };
    const loc = err.lineNumber ? pointLoc(err.lineNumber, err.column ?? 0) : undefined;
    entry.problems.push({ message: `Handlebars: ${firstLine(String(err.message ?? e)).replace(/ - \d+:\d+$/, '')}`, loc });
  }
  return entry;
}

function parseProblem(e: unknown): { message: string; loc?: Loc } {
  const err = e as { message?: string; hash?: { loc?: { first_line: number; first_column: number }; line?: number } };
  const msg = String(err.message ?? e);
  let loc: Loc | undefined;
  if (err.hash?.loc) loc = pointLoc(err.hash.loc.first_line, err.hash.loc.first_column);
  else {
    const m = /on line (\d+)/.exec(msg);
    if (m) loc = pointLoc(Number(m[1]), 0);
  }
  const lines = msg.split('\n').filter((l) => l.trim() !== '');
  const detail = lines.length > 1 ? lines[lines.length - 1] : lines[0] ?? 'syntax error';
  return { message: `Handlebars syntax error: ${detail.replace(/^Parse error on line \d+:?\s*/, '')}`, loc };
}

function checkProgram(program: ProgramNode | undefined, source: string, entry: CacheEntry): void {
  if (!program) return;
  for (const node of program.body) checkStatement(node, source, entry);
}

function checkStatement(node: Node, source: string, entry: CacheEntry): void {
  switch (node.type) {
    case 'ContentStatement':
    case 'CommentStatement':
      return;
    case 'MustacheStatement': {
      const m = node as CallNode & { escaped?: boolean };
      const name = helperName(m.path);
      const text = sliceLoc(source, m.loc);
      if (name !== 'json') {
        const inner = text.replace(/^\{\{\{?~?\s*|\s*~?\}?\}\}$/g, '');
        if (name && VALUE_HELPERS.has(name)) {
          entry.problems.push({
            message: `${text} prints a helper result directly; only json may print a value`,
            loc: m.loc,
            hint: `write {{json (${inner})}}`,
          });
        } else if (m.params.length === 0 && m.path.type === 'PathExpression') {
          entry.problems.push({
            message: `bare ${text}: every value must go through the json helper`,
            loc: m.loc,
            hint: `write {{json ${inner}}} so the value is quoted as YAML-safe JSON`,
          });
        } else {
          entry.problems.push({
            message: `${text}: only {{json ...}} may print a value`,
            loc: m.loc,
            hint: `allowed helpers: ${HELPER_NAMES.join(', ')}`,
          });
        }
        return;
      }
      if (m.params.length !== 1 || (m.hash && m.hash.pairs.length)) {
        entry.problems.push({ message: `${text}: json takes exactly one value`, loc: m.loc });
        return;
      }
      if (m.loc) entry.jsonArgs.set(locKey(m.loc), sliceLoc(source, m.params[0].loc) || 'json argument');
      m.params = m.params.map((p) => checkParam(p, source, entry));
      return;
    }
    case 'BlockStatement': {
      const b = node as BlockNode;
      const name = helperName(b.path);
      const text = sliceLoc(source, b.path.loc);
      if (!name || !BLOCK_HELPERS.has(name)) {
        entry.problems.push({
          message: `{{#${text}}}: only #if, #unless, #each and #with blocks are allowed`,
          loc: b.loc,
        });
        return;
      }
      if (b.params.length !== 1) {
        entry.problems.push({ message: `{{#${name}}} takes exactly one value`, loc: b.loc });
        return;
      }
      const pairs = b.hash?.pairs ?? [];
      if (pairs.some((p) => !(p.key === 'includeZero' && (name === 'if' || name === 'unless')))) {
        entry.problems.push({ message: `{{#${name}}}: hash arguments are not allowed (except includeZero on #if/#unless)`, loc: b.loc });
        return;
      }
      b.params = b.params.map((p) => checkParam(p, source, entry));
      checkProgram(b.program, source, entry);
      checkProgram(b.inverse, source, entry);
      return;
    }
    case 'PartialStatement':
    case 'PartialBlockStatement':
      entry.problems.push({ message: 'partials are not supported in definition templates', loc: node.loc });
      return;
    case 'DecoratorBlock':
    case 'Decorator':
      entry.problems.push({ message: 'decorators are not supported in definition templates', loc: node.loc });
      return;
    default:
      entry.problems.push({ message: `unsupported template construct ${node.type}`, loc: node.loc });
  }
}

/**
 * Check a helper argument and make multi-segment paths null-safe: `a.b.c` becomes
 * `(get a "b" "c")`, so a missing `a.b` gives undefined (and a positioned json error, or a false
 * #if) instead of a raw TypeError from Handlebars' strict mode.
 */
function checkParam(p: Node, source: string, entry: CacheEntry): Node {
  switch (p.type) {
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
    case 'UndefinedLiteral':
    case 'NullLiteral':
      return p;
    case 'SubExpression': {
      const s = p as CallNode;
      const name = helperName(s.path);
      if (!name || !VALUE_HELPERS.has(name)) {
        entry.problems.push({
          message: `(${sliceLoc(source, s.path.loc)} ...): ${name === 'json' ? 'json cannot be nested' : `unknown helper "${name ?? '?'}"`}`,
          loc: s.loc,
          hint: `allowed helpers: ${[...VALUE_HELPERS].join(', ')}`,
        });
        return p;
      }
      if (s.hash && s.hash.pairs.length) {
        entry.problems.push({ message: `(${name} ...): hash arguments are not allowed`, loc: s.loc });
        return p;
      }
      s.params = s.params.map((x) => checkParam(x, source, entry));
      return s;
    }
    case 'PathExpression': {
      const path = p as PathNode;
      const bad = path.parts.find((seg) => FORBIDDEN_SEGMENTS.has(seg));
      if (bad) {
        entry.problems.push({ message: `${path.original}: "${bad}" cannot be read from a template`, loc: p.loc });
        return p;
      }
      if (path.data && !ALLOWED_DATA.has(path.parts[0])) {
        entry.problems.push({ message: `${path.original}: unknown data variable`, loc: p.loc, hint: 'use @index, @key, @first, @last or @root' });
        return p;
      }
      if (path.parts.length < 2) return p;
      const scoped = /^\.|^this\b/.test(path.original);
      const head: PathNode = {
        type: 'PathExpression',
        data: path.data,
        depth: path.depth,
        parts: [path.parts[0]],
        original: `${scoped && path.depth === 0 ? 'this.' : ''}${'../'.repeat(path.depth)}${path.data ? '@' : ''}${path.parts[0]}`,
        loc: path.loc,
      };
      const rest = path.parts.slice(1).map((seg) => ({ type: 'StringLiteral', value: seg, original: seg, loc: path.loc }));
      const getter: PathNode = { type: 'PathExpression', data: false, depth: 0, parts: ['get'], original: 'get', loc: path.loc };
      return { type: 'SubExpression', path: getter, params: [head, ...rest], hash: undefined, loc: path.loc } as CallNode;
    }
    default:
      entry.problems.push({ message: `unsupported helper argument ${p.type}`, loc: p.loc });
      return p;
  }
}

function helperName(path: Node): string | undefined {
  if (path.type !== 'PathExpression') return undefined;
  const p = path as PathNode;
  return !p.data && p.depth === 0 && p.parts.length === 1 && !/^\.|^this\b/.test(p.original) ? p.parts[0] : undefined;
}

function sliceLoc(source: string, loc: Loc | undefined): string {
  if (!loc) return '';
  const lines = source.split('\n');
  if (loc.start.line === loc.end.line) return (lines[loc.start.line - 1] ?? '').slice(loc.start.column, loc.end.column);
  const first = (lines[loc.start.line - 1] ?? '').slice(loc.start.column);
  const mid = lines.slice(loc.start.line, loc.end.line - 1);
  const last = (lines[loc.end.line - 1] ?? '').slice(0, loc.end.column);
  return [first, ...mid, last].join('\n');
}

function pointLoc(line: number, column: number): Loc {
  return { start: { line, column }, end: { line, column } };
}

function locKey(loc: Loc): string {
  return `${loc.start.line}:${loc.start.column}`;
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

/** Template-relative Handlebars location (1-based line, 0-based column) -> file position. */
export function toFilePos(origin: TemplateOrigin, loc?: Loc): SourcePos {
  if (!loc) return { file: origin.file, line: origin.line, column: origin.column };
  return { file: origin.file, line: origin.line + loc.start.line - 1, column: origin.column + loc.start.column };
}

// ---------------------------------------------------------------------------------------------
// Rendering

// The json helper needs the argument texts of the template being rendered (rendering is
// synchronous, so a module-level slot is enough).
let currentJsonArgs: Map<string, string> | undefined;

export interface RenderOptions {
  /** Prefix for messages, e.g. `component "ui" (webservice@1.0.0)`. */
  subject?: string;
}

/** Render to text. Runtime errors become diagnostics at the template line that failed. */
export function renderTemplate(t: CompiledTemplate, data: TemplateData, opts: RenderOptions = {}): { text?: string; diagnostics: Diagnostic[] } {
  const prefix = `${opts.subject ? `${opts.subject}: ` : ''}${t.origin.label}`;
  const fn = t.entry.fn;
  if (!fn) return { diagnostics: [error('template-render', `${prefix}: template did not compile`, toFilePos(t.origin))] };
  const plain = JSON.parse(JSON.stringify(data)) as TemplateData;
  const saved = currentJsonArgs;
  currentJsonArgs = t.entry.jsonArgs;
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
      return {
        diagnostics: [
          error(
            'template-render',
            `${prefix}: ${e.message}`,
            toFilePos(t.origin, e.loc),
            e.message.startsWith('json: undefined')
              ? 'the value is missing: give the property a default in the schema, or guard it with {{#if ...}}'
              : undefined,
          ),
        ],
      };
    }
    const err = e as { message?: string; lineNumber?: number; column?: number };
    const loc = err.lineNumber ? pointLoc(err.lineNumber, err.column ?? 0) : undefined;
    const msg = firstLine(String(err.message ?? e)).replace(/ - \d+:\d+$/, '');
    return { diagnostics: [error('template-render', `${prefix}: ${msg}`, toFilePos(t.origin, loc))] };
  } finally {
    currentJsonArgs = saved;
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

/** Parse rendered text. Errors point at the template start and quote the rendered line. */
export function parseRendered(text: string, t: CompiledTemplate, opts: RenderOptions = {}): { documents: JsonObject[]; diagnostics: Diagnostic[] } {
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
