// GitHub's official OpenAPI description (@octokit/openapi) as the contract for every API call a
// test makes: an Octokit hook checks each request body and each response (status documented,
// body matching its schema) and collects violations, which tests assert are empty.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export; under NodeNext its callable sits on .default.
const addFormats = (addFormatsModule as unknown as { default: (a: Ajv) => void }).default ?? (addFormatsModule as unknown as (a: Ajv) => void);

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const require = createRequire(import.meta.url);
let spec: Obj | undefined;
let ajv: Ajv | undefined;

/** Only the one description file: the package's index would load all ten (~385 MB). */
export function openApi(): Obj {
  spec ??= JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Obj;
  return spec;
}

/** OpenAPI 3.0 -> JSON Schema for Ajv: `nullable` becomes a null alternative; refs point at our registered document. */
function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (!node || typeof node !== 'object') return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node as Obj)) {
    if (k === '$ref' && typeof v === 'string') out.$ref = v.replace(/^#\/components\//, 'gh#/components/');
    else if (k !== 'nullable' && k !== 'example' && k !== 'examples') out[k] = convert(v);
  }
  if ((node as Obj).nullable === true) {
    const { description: _d, ...rest } = out;
    return { anyOf: [rest, { type: 'null' }] };
  }
  return out;
}

function validator(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('repo.nwo', true);
  ajv.addSchema({ $id: 'gh', components: { schemas: convert(openApi().components.schemas) } });
  return ajv;
}

const compiled = new Map<string, ValidateFunction>();
function check(key: string, schema: unknown, value: unknown): string[] {
  const v = compiled.get(key) ?? validator().compile(convert(schema) as object);
  compiled.set(key, v);
  return v(value) ? [] : (v.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

function deref(node: Obj | undefined): Obj | undefined {
  const ref = node?.$ref as string | undefined;
  if (!ref) return node;
  return ref
    .split('/')
    .slice(1)
    .reduce((o: Obj, k) => o?.[k], openApi());
}

/** GitHub's published example payload for a component, deep-copied, for a test to patch. */
export function example(name: string): Obj {
  const ex = openApi().components.examples[name];
  if (!ex) throw new Error(`no example ${name} in the OpenAPI description`);
  return structuredClone(ex.value) as Obj;
}

type Operation = Obj;

export function operation(method: string, template: string): Operation | undefined {
  return openApi().paths[template]?.[method.toLowerCase()] as Operation | undefined;
}

/** The operation whose path template matches a concrete request path (for a server-side check). */
export function matchOperation(method: string, path: string): { template: string; op: Operation } | undefined {
  let best: { template: string; op: Operation } | undefined;
  const literal = (t: string) => t.replace(/\{[^}]+\}/g, '').length;
  for (const template of Object.keys(openApi().paths)) {
    const re = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const op = operation(method, template);
    // Prefer the most specific template (most literal characters) when several match.
    if (op && re.test(path) && (!best || literal(template) > literal(best.template))) best = { template, op };
  }
  return best;
}

export function requestViolations(op: Operation, body: unknown): string[] {
  const schema = deref(op.requestBody)?.content?.['application/json']?.schema;
  if (!schema) return body === undefined ? [] : [`${op.operationId}: sends a body the description does not define`];
  return check(`${op.operationId} request`, schema, body).map((m) => `${op.operationId} request: ${m}`);
}

export function responseViolations(op: Operation, status: number, data: unknown): string[] {
  if (status >= 500) return []; // transport-level failures are outside the per-operation contract
  const res = deref(op.responses[String(status)]);
  if (!res) return [`${op.operationId}: status ${status} is not documented`];
  const schema = res.content?.['application/json']?.schema;
  return schema ? check(`${op.operationId} ${status}`, schema, data).map((m) => `${op.operationId} ${status} response: ${m}`) : [];
}

interface HookOptions {
  method: string;
  url: string;
  [k: string]: unknown;
}
interface HookableOctokit {
  hook: { wrap(name: 'request', fn: (request: (o: HookOptions) => Promise<Obj>, options: HookOptions) => Promise<Obj>): void };
  request: { endpoint: { parse(o: HookOptions): { body?: unknown; url: string } } };
}

/** Install the contract on a client; returns the list violations are appended to. */
export function enforceContract(octokit: HookableOctokit): string[] {
  const violations: string[] = [];
  octokit.hook.wrap('request', async (request, options) => {
    const method = options.method.toLowerCase();
    const name = `${options.method} ${options.url}`;
    if (options.url === '/graphql') {
      // GraphQL is outside the REST description: check its envelope only.
      const body = octokit.request.endpoint.parse(options).body as Obj | undefined;
      if (typeof body?.query !== 'string') violations.push(`${name}: request without a query`);
      return request(options);
    }
    const op = operation(method, options.url);
    if (!op) {
      violations.push(`${name}: not in GitHub's OpenAPI description`);
      return request(options);
    }
    violations.push(...requestViolations(op, octokit.request.endpoint.parse(options).body));
    const checkResponse = (status: number, data: unknown) => violations.push(...responseViolations(op, status, data));
    try {
      const res = await request(options);
      checkResponse(res.status as number, res.data);
      return res;
    } catch (e) {
      const r = (e as { response?: { status: number; data: unknown } }).response;
      if (r) checkResponse(r.status, r.data);
      throw e;
    }
  });
  return violations;
}
