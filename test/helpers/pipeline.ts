// Runs the whole pipeline over in-memory files, the way the CLI does over a folder.

import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { parseConfig, type Layout } from '../../src/load/config.ts';
import { loadStockDefinitions } from '../../src/definitions/stock-definitions.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/pipeline.ts';

export function renderFiles(files: Record<string, string>, opts: { layout?: Layout; now?: number } = {}): PipelineResult {
  const configText = files['hubcast.yaml'];
  const { config } = parseConfig(configText === undefined ? undefined : { path: 'hubcast.yaml', text: configText });
  const stock = loadStockDefinitions(config.systemNamespace);
  return runPipeline({
    files: Object.entries(files)
      .filter(([p]) => p !== 'hubcast.yaml')
      .map(([path, text]) => ({ path, text })),
    config,
    stockDefinitions: stock.definitions,
    layout: opts.layout,
    now: opts.now,
  });
}

/** Errors and warnings as the CLI prints them (info left out). */
export function messages(r: PipelineResult): string[] {
  return r.diagnostics.filter((d) => d.severity !== 'info').map(formatDiagnostic);
}
