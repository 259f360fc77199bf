// Reading a pipeline result in tests: the spoke objects of a kind, and the messages a user sees.

import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import type { K8sObject } from '../../src/core/types.ts';
import type { PipelineResult } from '../../src/pipeline/pipeline.ts';

export const spoke = (r: PipelineResult, kind: string): K8sObject[] => (r.rendered ?? []).flatMap((d) => d.manifests).filter((m) => m.kind === kind);

/** Errors and warnings as the CLI prints them (info left out). */
export const errors = (r: PipelineResult): string[] => r.diagnostics.filter((d) => d.severity !== 'info').map(formatDiagnostic);
