// The ignore rules in force: the defaults (unless switched off), the `diff.ignore` list of the
// base side's hubcast.yaml, and --ignore flags. Rules come from the base side on purpose: a pull
// request cannot hide its own changes by adding a rule.

import { error, type Diagnostic } from '../core/diagnostics.ts';
import type { Json, JsonObject } from '../core/types.ts';
import { CONFIG_FILE } from '../load/config.ts';
import { DEFAULT_IGNORE_RULES, parseIgnoreRule, type IgnoreRule } from './ignore-rules.ts';

export interface IgnoreSettings {
  /** `diff` section of hubcast.yaml (config.extra.diff), if any. */
  config?: Json;
  flags: readonly string[];
  noDefaults: boolean;
}

export function ignoreRules(s: IgnoreSettings): { rules: IgnoreRule[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = { file: CONFIG_FILE, line: 1, column: 1 };
  const section = (s.config ?? {}) as JsonObject;
  const texts: string[] = [];
  if (typeof section !== 'object' || Array.isArray(section)) diagnostics.push(error('config', `${CONFIG_FILE}: diff must be a map`, at));
  else {
    if (section.defaultIgnores !== undefined && typeof section.defaultIgnores !== 'boolean') {
      diagnostics.push(error('config', `${CONFIG_FILE}: diff.defaultIgnores must be true or false`, at));
    }
    const list = section.ignore ?? [];
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string'))
      diagnostics.push(
        error('config', `${CONFIG_FILE}: diff.ignore must be a list of rules`, at, 'e.g. ignore: ["ConfigMap/*/cache-*", "*#/metadata/annotations/build-id"]'),
      );
    else texts.push(...(list as string[]));
    if (section.defaultIgnores !== false && !s.noDefaults) texts.unshift(...DEFAULT_IGNORE_RULES);
  }
  const rules: IgnoreRule[] = [];
  for (const t of [...texts, ...s.flags]) {
    const r = parseIgnoreRule(t);
    if (typeof r === 'string')
      diagnostics.push(error('ignore-rule', r, undefined, 'write Kind, Kind/name or Kind/namespace/name, optionally followed by #/json/pointer'));
    else rules.push(r);
  }
  return { rules, diagnostics };
}
