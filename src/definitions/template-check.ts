// The load-time check of a template's AST: every printed value goes through `json`, helpers come
// from the closed list, no partials, decorators or prototype paths.

import { ALLOWED_DATA, BLOCK_HELPERS, FORBIDDEN_SEGMENTS, HELPER_NAMES, VALUE_HELPERS } from './template-helpers.ts';
import { locKey, pointLoc, type CacheEntry, type Loc } from './template-types.ts';

// Minimal AST shapes (handlebars' own typings use a global namespace).
export interface Node {
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
export interface ProgramNode extends Node {
  body: Node[];
}

export function parseProblem(e: unknown): { message: string; loc?: Loc } {
  const err = e as { message?: string; hash?: { loc?: { first_line: number; first_column: number }; line?: number } };
  const msg = String(err.message ?? e);
  let loc: Loc | undefined;
  if (err.hash?.loc) loc = pointLoc(err.hash.loc.first_line, err.hash.loc.first_column);
  else {
    const m = /on line (\d+)/.exec(msg);
    if (m) loc = pointLoc(Number(m[1]), 0);
  }
  const lines = msg.split('\n').filter((l) => l.trim() !== '');
  const detail = lines.length > 1 ? lines[lines.length - 1] : (lines[0] ?? 'syntax error');
  return { message: `Handlebars syntax error: ${detail.replace(/^Parse error on line \d+:?\s*/, '')}`, loc };
}

export function checkProgram(program: ProgramNode | undefined, source: string, entry: CacheEntry): void {
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
      if (m.params.length !== 1 || m.hash?.pairs.length) {
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
      if (s.hash?.pairs.length) {
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
