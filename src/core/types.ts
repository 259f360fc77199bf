// Shared data shapes that flow between the pipeline stages (load -> resolve -> render -> emit).

import type { SourcePos } from './diagnostics.ts';

/** Plain JSON value: what every stage passes around (no class instances, no undefined). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A JSON object (a map), not null and not an array. */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value when it is a JSON object, else an empty one. */
export function asObject(v: unknown): JsonObject {
  return isObject(v) ? v : {};
}

/** A Kubernetes-style object as plain data. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: Json | undefined;
  };
  [key: string]: Json | undefined | K8sObject['metadata'];
}

/** Path inside an object, as used by yaml's Document.getIn. */
export type PathSegment = string | number;
export type ObjPath = readonly PathSegment[];

/** Identity of a spec object: kind, namespace, name. */
export interface ObjectId {
  kind: string;
  namespace: string;
  name: string;
}

export function idKey(id: ObjectId): string {
  return `${id.kind}/${id.namespace}/${id.name}`;
}

/**
 * One object read from one YAML document of the source repo. `body` is the plain value;
 * `pos(path)` maps a path inside it back to file:line:column (the nearest existing node).
 */
export interface SourceObject {
  id: ObjectId;
  apiVersion: string;
  body: JsonObject;
  file: string;
  /** 0-based index of the document inside its file. */
  docIndex: number;
  pos(path?: ObjPath): SourcePos;
}
