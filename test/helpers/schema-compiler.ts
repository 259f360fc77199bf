// What the application loads before the stages that compile schemas (app/workspace.ts), loaded up front for
// the callers of the stages themselves (tests, the benchmark): Ajv for their own definitions, and every stock
// definition's precompiled validator, so that properties are validated as a run of hubcast validates them.

import { loadRuntimeCompiler } from '../../src/load/schema-check.ts';
import { propertiesCompiler } from '../../src/definitions/definition.ts';
import { loadStockDefinitions } from '../../src/definitions/stock-definitions.ts';

export async function loadSchemaCompilers(): Promise<void> {
  await loadRuntimeCompiler();
  await propertiesCompiler.preload(loadStockDefinitions().definitions.map((d) => d.schema));
}
