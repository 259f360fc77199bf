// Checks on a spec object that passed its schema and that a JSON Schema cannot state: a variable
// declared twice in one list, labels and annotations the API server would refuse (they are copied
// onto rendered objects), integers beyond what the API's int32 fields hold.

import { error, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import { ANNOTATIONS_MAX_BYTES, annotationBytes, int32Problem, labelKeyProblem, labelValueProblem } from '../core/k8s-names.ts';
import { asObject, type JsonObject, type ObjPath } from '../core/types.ts';
import { AT_KEY } from './yaml-source.ts';

type Pos = (path?: ObjPath) => SourcePos;

export function specChecks(kind: string, body: JsonObject, pos: Pos): Diagnostic[] {
  const out: Diagnostic[] = [];
  const spec = (body.spec ?? {}) as JsonObject;
  metadataChecks(body.metadata, ['metadata'], pos, out);
  if (kind === 'VariableSet') duplicateVariables(spec.variables, ['spec', 'variables'], pos, out);
  if (kind === 'ProfileBundle') duplicateVariables(asObject(spec.variableSet).variables, ['spec', 'variableSet', 'variables'], pos, out);
  if (kind === 'WorkloadDeployment') {
    duplicateVariables(spec.variables, ['spec', 'variables'], pos, out);
    const workload = asObject(spec.workload);
    metadataChecks(workload.metadata, ['spec', 'workload', 'metadata'], pos, out);
    metadataChecks(workload.namespaceMetadata, ['spec', 'workload', 'namespaceMetadata'], pos, out);
  }
  if (kind === 'Environment') {
    const placement = asObject(asObject(asObject(spec.topology).properties).placement);
    const n = placement.numberOfClusters;
    const p = int32Problem(n);
    if (p)
      out.push(
        error(
          'number-out-of-range',
          `numberOfClusters ${p}`,
          pos(['spec', 'topology', 'properties', 'placement', 'numberOfClusters']),
          'OCM declares numberOfClusters a 32-bit integer',
        ),
      );
  }
  return out;
}

/** labels and annotations: each key and label value as Kubernetes validates them, annotations at most 256 KiB together. */
function metadataChecks(meta: unknown, at: (string | number)[], pos: Pos, out: Diagnostic[]): void {
  const m = asObject(meta);
  const labels = asObject(m.labels);
  for (const [k, v] of Object.entries(labels)) {
    const kp = labelKeyProblem(k);
    if (kp)
      out.push(
        error(
          'label-invalid',
          `label key "${k}" ${kp}`,
          pos([...at, 'labels', k, AT_KEY]),
          'label keys are an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_", "."',
        ),
      );
    const vp = typeof v === 'string' ? labelValueProblem(v) : undefined;
    if (vp)
      out.push(
        error(
          'label-invalid',
          `label ${k}: value "${String(v).slice(0, 80)}" ${vp}`,
          pos([...at, 'labels', k]),
          'label values are for selecting; put longer text in an annotation',
        ),
      );
  }
  const annotations = asObject(m.annotations);
  for (const k of Object.keys(annotations)) {
    const kp = labelKeyProblem(k);
    if (kp)
      out.push(
        error('annotation-invalid', `annotation key "${k}" ${kp}`, pos([...at, 'annotations', k, AT_KEY]), 'annotation keys follow the label key rules'),
      );
  }
  const bytes = annotationBytes(annotations);
  if (bytes > ANNOTATIONS_MAX_BYTES) {
    out.push(
      error(
        'annotations-too-large',
        `annotations total ${bytes} bytes, more than Kubernetes' ${ANNOTATIONS_MAX_BYTES}`,
        pos([...at, 'annotations']),
        'keep large data in a ConfigMap, not in annotations',
      ),
    );
  }
}

function duplicateVariables(list: unknown, at: (string | number)[], pos: Pos, out: Diagnostic[]): void {
  if (!Array.isArray(list)) return;
  const first = new Map<string, number>();
  list.forEach((v, i) => {
    const name = asObject(v).name;
    if (typeof name !== 'string') return;
    const prev = first.get(name);
    if (prev === undefined) {
      first.set(name, i);
      return;
    }
    const p = pos([...at, prev, 'name']);
    out.push(
      error(
        'duplicate-variable',
        `variable "${name}" is declared twice in this list (first at ${p.file}:${p.line}:${p.column})`,
        pos([...at, i, 'name']),
        'remove one of the two declarations',
      ),
    );
  });
}
