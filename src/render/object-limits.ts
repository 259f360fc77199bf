// What the API server would refuse in a rendered object, found before anything is written: names
// that break the kind's name rule, labels and annotations outside their syntax and sizes, integers
// beyond int32 in fields the API declares int32, objects over the request limit. Positions point
// at the value in the specs when it can be found there, else at the component that made it.

import { error, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import {
  ANNOTATIONS_MAX_BYTES,
  annotationBytes,
  INT32_MAX,
  int32Problem,
  labelKeyProblem,
  labelValueProblem,
  nameProblem,
  OBJECT_MAX_BYTES,
  RULE_TEXT,
  type NameRule,
} from '../core/k8s-names.ts';
import { isObject, type Json, type JsonObject, type K8sObject, type ObjPath } from '../core/types.ts';

/** Kinds whose name is a DNS-1123 label (the rest are subdomains); Services are DNS-1035 labels. */
const LABEL_NAMED = new Set(['Namespace']);
const DNS1035_NAMED = new Set(['Service']);

/**
 * Fields the core and apps APIs declare int32 (ports, replica and probe counts, OCM's numberOfClusters):
 * a larger integer is refused by the API server, or by JSON decoding into the typed object.
 */
const INT32_FIELDS = new Set([
  'replicas',
  'minReplicas',
  'maxReplicas',
  'numberOfClusters',
  'port',
  'containerPort',
  'hostPort',
  'targetPort',
  'nodePort',
  'minReadySeconds',
  'revisionHistoryLimit',
  'progressDeadlineSeconds',
  'initialDelaySeconds',
  'periodSeconds',
  'timeoutSeconds',
  'successThreshold',
  'failureThreshold',
  'parallelism',
  'completions',
  'backoffLimit',
  'ttlSecondsAfterFinished',
  'successfulJobsHistoryLimit',
  'failedJobsHistoryLimit',
  'weight',
  'priority',
  'defaultMode',
  'mode',
  'maxSurge',
  'maxUnavailable',
  'minAvailable',
]);

/** Where a problem in a rendered value should point: the value in the specs, if `find` locates it. */
export interface ObjectOrigin {
  /** The component (or deployment) that made the object. */
  at: SourcePos;
  /** Position of a value written in the specs, when it appears there verbatim. */
  find?(value: Json): SourcePos | undefined;
  /** "component ui", "deployment team/web": who made the object, for messages. */
  who: string;
  /** Bytes of the deployment's own annotations, stamped on every object (the loader reports them over the limit). */
  inheritedAnnotationBytes?: number;
}

export function nameRuleOf(kind: string): NameRule {
  return LABEL_NAMED.has(kind) ? 'dns1123-label' : DNS1035_NAMED.has(kind) ? 'dns1035-label' : 'dns1123-subdomain';
}

export function objectProblems(o: K8sObject, origin: ObjectOrigin): Diagnostic[] {
  const out: Diagnostic[] = [];
  const what = `${o.kind} "${String(o.metadata?.name ?? '')}" (from ${origin.who})`;
  const at = (v: Json | undefined) => (v === undefined ? undefined : origin.find?.(v)) ?? origin.at;
  const meta = (o.metadata ?? {}) as K8sObject['metadata'];
  if (typeof meta.name !== 'string') out.push(error('k8s-name', `${o.kind} from ${origin.who} has no metadata.name`, origin.at));
  else {
    const rule = nameRuleOf(o.kind);
    const p = nameProblem(meta.name, rule);
    if (p) out.push(error('k8s-name', `${what}: the name ${p}`, at(meta.name), `a ${o.kind} name needs ${RULE_TEXT[rule]}`));
  }
  if (meta.namespace !== undefined) {
    const p = typeof meta.namespace === 'string' ? nameProblem(meta.namespace, 'dns1123-label') : 'must be a string';
    if (p)
      out.push(
        error(
          'k8s-name',
          `${what}: metadata.namespace "${String(meta.namespace)}" ${p}`,
          at(meta.namespace),
          `a namespace needs ${RULE_TEXT['dns1123-label']}`,
        ),
      );
  }
  for (const [key, value] of Object.entries(isObject(meta.labels) ? meta.labels : {})) {
    const kp = labelKeyProblem(key);
    if (kp) out.push(error('label-invalid', `${what}: label key "${key}" ${kp}`, at(key)));
    const vp = typeof value === 'string' ? labelValueProblem(value) : 'must be a string';
    if (vp)
      out.push(
        error(
          'label-invalid',
          `${what}: label ${key} value "${String(value).slice(0, 80)}" ${vp}`,
          at(value as Json),
          'label values are for selecting; put longer text in an annotation',
        ),
      );
  }
  const annotations = isObject(meta.annotations) ? meta.annotations : {};
  for (const key of Object.keys(annotations)) {
    const kp = labelKeyProblem(key);
    if (kp) out.push(error('annotation-invalid', `${what}: annotation key "${key}" ${kp}`, at(key)));
  }
  walkIntegers(o as unknown as Json, [], (path, n) => {
    const key = path[path.length - 1];
    if (!Number.isSafeInteger(n)) {
      out.push(
        error(
          'number-out-of-range',
          `${what}: ${path.join('.')} is ${n}, which JSON cannot carry exactly`,
          at(n),
          'write the number as a quoted string if it is not a count',
        ),
      );
    } else if (typeof key === 'string' && INT32_FIELDS.has(key) && int32Problem(n)) {
      out.push(
        error(
          'number-out-of-range',
          `${what}: ${path.join('.')} ${int32Problem(n)}`,
          at(n),
          `Kubernetes declares ${key} a 32-bit integer (at most ${INT32_MAX})`,
        ),
      );
    }
  });
  return out;
}

/**
 * Sizes, on the object as delivered (with the deployment's labels and annotations): annotations over
 * 256 KiB together, the object over the API server's request limit (etcd's 1.5 MiB).
 */
export function objectSizeProblems(o: K8sObject, size: number, origin: ObjectOrigin): Diagnostic[] {
  const out: Diagnostic[] = [];
  const what = `${o.kind} "${String(o.metadata?.name ?? '')}" (from ${origin.who})`;
  const annotations = isObject(o.metadata?.annotations) ? o.metadata.annotations : {};
  const bytes = annotationBytes(annotations);
  if (bytes > ANNOTATIONS_MAX_BYTES && (origin.inheritedAnnotationBytes ?? 0) <= ANNOTATIONS_MAX_BYTES) {
    out.push(
      error(
        'annotations-too-large',
        `${what}: annotations total ${bytes} bytes, more than Kubernetes' ${ANNOTATIONS_MAX_BYTES}`,
        origin.at,
        'keep large data in a ConfigMap, not in annotations',
      ),
    );
  }
  if (size > OBJECT_MAX_BYTES) {
    out.push(
      error(
        'object-too-large',
        `${what} is ${size} bytes, more than the ${OBJECT_MAX_BYTES} bytes the API server accepts in one object`,
        origin.at,
        'split the data across several objects, or keep it outside the cluster',
      ),
    );
  }
  return out;
}

function walkIntegers(v: Json, path: ObjPath, visit: (path: ObjPath, n: number) => void, depth = 0): void {
  if (depth > 200) return;
  if (typeof v === 'number') {
    if (Number.isInteger(v)) visit(path, v);
    return;
  }
  if (Array.isArray(v)) v.forEach((x, i) => walkIntegers(x, [...path, i], visit, depth + 1));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walkIntegers(x, [...path, k], visit, depth + 1);
}

/** Position of the first place `value` is written in `props` (a component's properties), depth-first. */
export function findValue(props: JsonObject, value: Json, pos: (path: ObjPath) => SourcePos): SourcePos | undefined {
  const path = pathOf(props, value, [], 0);
  return path ? pos(path) : undefined;
}

function pathOf(v: Json, target: Json, path: (string | number)[], depth: number): (string | number)[] | undefined {
  if (depth > 100) return undefined;
  if (v === target) return path;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = pathOf(v[i], target, [...path, i], depth + 1);
      if (p) return p;
    }
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === target) return [...path, k];
      const p = pathOf(x, target, [...path, k], depth + 1);
      if (p) return p;
    }
  }
  return undefined;
}
