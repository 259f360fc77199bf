// `node --import tsx bench/yaml-parse.ts [small|medium|large]`: YAML parse time on the render path,
// the fast subset parser (with its fallback) against `yaml` alone, on a benchmark fleet's spec
// files, the stock definitions, and the text every template of the fleet renders. Prints medians
// of interleaved runs and how many texts fell back to `yaml`.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import type { JsonObject } from '../src/core/types.ts';
import { parseYamlMaps } from '../src/load/yaml-subset.ts';
import { parseConfig } from '../src/load/config.ts';
import { loadRepo } from '../src/load/load-repo.ts';
import { parseYamlFile, type SourceFile } from '../src/load/yaml-source.ts';
import { definitionTemplates, propertiesCompiler } from '../src/definitions/definition.ts';
import { loadStockDefinitions } from '../src/definitions/stock-definitions.ts';
import type { Definition } from '../src/definitions/definition-types.ts';
import { parseRendered, renderTemplate, type CompiledTemplate } from '../src/definitions/template-engine.ts';
import { resolveRepo } from '../src/resolve/resolve.ts';
import { generateFleet, SIZES } from './fleet-generator.ts';

const size = process.argv[2] ?? 'medium';
const RUNS = 15;

/** What hubcast did before the fast path: parse with `yaml`, then toJS every document. */
function withYaml(text: string): unknown[] {
  const docs = parseAllDocuments(text, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: false, strict: true });
  return (Array.isArray(docs) ? docs : []).map((d) => d.toJS({ maxAliasCount: 0 }));
}

/** The rendered text of every template the render stage runs for the fleet (component, trait outputs and patches). */
function renderedTexts(files: Record<string, string>): { text: string; template: CompiledTemplate }[] {
  const { config } = parseConfig({ path: 'hubcast.yaml', text: files['hubcast.yaml'] });
  const list = Object.entries(files)
    .filter(([p]) => p !== 'hubcast.yaml')
    .map(([path, text]) => ({ path, text }));
  const { repo } = loadRepo(list, config);
  const { deployments } = resolveRepo(repo, { stockDefinitions: loadStockDefinitions(config.systemNamespace).definitions, repoDefinitions: [] });
  const out: { text: string; template: CompiledTemplate }[] = [];
  const render = (template: CompiledTemplate | undefined, name: string, def: Definition, props: JsonObject, context: unknown) => {
    if (!template) return;
    const properties = structuredClone(props);
    propertiesCompiler.compile(def.schema)(properties); // fills in defaults, as the render stage does
    const { text } = renderTemplate(template, { name, properties, context: context as never });
    if (text !== undefined) out.push({ text, template });
  };
  for (const r of deployments) {
    const spec = r.deployment.body.spec as JsonObject;
    const workload = spec.workload as JsonObject;
    const meta = (workload.metadata ?? {}) as JsonObject;
    const env = r.environment.revision.object.id;
    const context = {
      workload: { name: String(workload.name), namespace: String(meta.namespace ?? workload.namespace) },
      deployment: { name: r.deployment.id.name, namespace: r.deployment.id.namespace },
      environment: { name: env.name, namespace: env.namespace },
    };
    for (const c of r.components) {
      render(definitionTemplates(c.definition).template, c.name, c.definition, c.properties, context);
      for (const t of c.traits) {
        const { outputs, patch } = definitionTemplates(t.definition);
        render(outputs, c.name, t.definition, t.properties, context);
        render(patch, c.name, t.definition, t.properties, context);
      }
    }
  }
  return out;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** Median ms of `before` and `after`, run alternately so that machine noise hits both alike. */
function compare(before: () => void, after: () => void): { before: number; after: number } {
  const b: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    before();
    b.push(performance.now() - t);
    t = performance.now();
    after();
    a.push(performance.now() - t);
  }
  return { before: median(b), after: median(a) };
}

function report(label: string, texts: string[], r: { before: number; after: number }): void {
  const fallbacks = texts.filter((t) => parseYamlMaps(t) === undefined).length;
  const kib = texts.reduce((n, t) => n + t.length, 0) / 1024;
  console.log(
    `${label}: ${texts.length} texts, ${kib.toFixed(0)} KiB; yaml ${r.before.toFixed(1)} ms -> now ${r.after.toFixed(1)} ms ` +
      `(${(r.before / r.after).toFixed(1)}x); fell back to yaml: ${fallbacks}`,
  );
}

const fleet = generateFleet(SIZES[size]);
const specs: SourceFile[] = Object.entries(fleet)
  .filter(([p]) => p !== 'hubcast.yaml')
  .map(([path, text]) => ({ path, text }));
const stockDir = join(import.meta.dirname, '..', 'templates');
const stock: SourceFile[] = readdirSync(stockDir, { recursive: true, encoding: 'utf8' })
  .filter((p) => p.endsWith('.yaml'))
  .sort()
  .map((p) => ({ path: p, text: readFileSync(join(stockDir, p), 'utf8') }));
const rendered = renderedTexts(fleet);

console.log(`YAML parsing, ${size} fleet, median of ${RUNS} interleaved runs`);
for (const [label, files] of [
  ['spec files', specs],
  ['stock definitions', stock],
] as const) {
  const r = compare(
    () => files.forEach((f) => withYaml(f.text)),
    () => files.forEach((f) => parseYamlFile(f)),
  );
  report(
    label,
    files.map((f) => f.text),
    r,
  );
}
const r = compare(
  () => rendered.forEach((x) => withYaml(x.text)),
  () => rendered.forEach((x) => parseRendered(x.text, x.template)),
);
report(
  'rendered templates',
  rendered.map((x) => x.text),
  r,
);
