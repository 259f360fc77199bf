// What the application loads on demand before the stages that use it (app/workspace.ts), loaded up front for
// the callers of the stages themselves (tests, the benchmark): Ajv for their own definitions, every stock
// definition's precompiled validator and templates (so that they run as in a run of hubcast), Handlebars'
// compiler for their own templates, and CEL.

import { loadRuntimeCompiler } from '../../src/load/schema-check.ts';
import { preloadDefinitions } from '../../src/definitions/definition.ts';
import { loadStockDefinitions } from '../../src/definitions/stock-definitions.ts';
import { loadCel } from '../../src/placement/cel.ts';
import { loadTemplateCompiler } from '../../src/definitions/template-engine.ts';

export async function loadOnDemandModules(): Promise<void> {
  await Promise.all([loadRuntimeCompiler(), loadTemplateCompiler(), preloadDefinitions(loadStockDefinitions().definitions), loadCel()]);
}
