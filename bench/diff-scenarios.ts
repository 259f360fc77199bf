// What the diff benchmarks compare: a fleet rendered in process, against the same fleet with one
// workload changed or with every workload changed.

import { parseConfig } from '../src/load/config.ts';
import { runPipeline, type PipelineResult } from '../src/pipeline/pipeline.ts';
import { loadStockDefinitions } from '../src/definitions/stock-definitions.ts';
import type { PipelineMemo } from '../src/pipeline/pipeline-memo.ts';
import { loadOnDemandModules } from '../test/helpers/on-demand-modules.ts';

// The stages are called directly: what they compile is loaded first, as the CLI loads it.
await loadOnDemandModules();

export const DIFF_CHANGES = [
  ['one workload changed', { changeWorkload: 0 }],
  ['every workload changed', { variant: 1 }],
] as const;

/** The whole pipeline over a generated fleet's files (changed-only after a run with the same memo). */
export function renderFleet(files: Record<string, string>, memo?: PipelineMemo): PipelineResult {
  const { config } = parseConfig({ path: 'hubcast.yaml', text: files['hubcast.yaml'] });
  const list = Object.entries(files)
    .filter(([p]) => p !== 'hubcast.yaml')
    .map(([path, text]) => ({ path, text }));
  return runPipeline({ files: list, config, stockDefinitions: loadStockDefinitions(config.systemNamespace).definitions, now: 0, memo });
}
