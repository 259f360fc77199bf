// The rules the Kubernetes API server applies to names, labels, annotations and numbers
// (k8s.io/apimachinery/pkg/util/validation), so hubcast refuses what the cluster would refuse,
// at the place the user wrote it. Each check returns a problem in words, or undefined.

export const DNS1123_LABEL_MAX = 63;
export const DNS1123_SUBDOMAIN_MAX = 253;
export const LABEL_VALUE_MAX = 63;
/** apimachinery TotalAnnotationSizeLimitB: keys and values of one object together. */
export const ANNOTATIONS_MAX_BYTES = 256 * 1024;
/** etcd's default request limit (1.5 MiB): the API server refuses a larger object. */
export const OBJECT_MAX_BYTES = 1.5 * 1024 * 1024;
export const INT32_MAX = 2_147_483_647;
export const INT32_MIN = -2_147_483_648;

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

export type NameRule = 'dns1123-label' | 'dns1123-subdomain' | 'dns1035-label';

/** What a rule asks for, for hints. */
export const RULE_TEXT: Record<NameRule, string> = {
  'dns1123-label': `lowercase letters, digits and "-", starting and ending with a letter or digit, at most ${DNS1123_LABEL_MAX} characters (a DNS-1123 label)`,
  'dns1123-subdomain': `lowercase letters, digits, "-" and ".", each dot-separated part starting and ending with a letter or digit, at most ${DNS1123_SUBDOMAIN_MAX} characters (a DNS-1123 subdomain)`,
  'dns1035-label': `lowercase letters, digits and "-", starting with a letter and ending with a letter or digit, at most ${DNS1123_LABEL_MAX} characters (a DNS-1035 label)`,
};

export function nameProblem(name: string, rule: NameRule): string | undefined {
  if (name.length === 0) return 'is empty';
  const max = rule === 'dns1123-subdomain' ? DNS1123_SUBDOMAIN_MAX : DNS1123_LABEL_MAX;
  if (name.length > max) return `is ${name.length} characters, more than ${max}`;
  const re = rule === 'dns1123-label' ? LABEL : rule === 'dns1035-label' ? DNS1035 : SUBDOMAIN;
  if (!re.test(name)) return `must consist of ${RULE_TEXT[rule]}`;
  return undefined;
}

/** A label or annotation key: an optional DNS subdomain prefix and "/", then a name of at most 63 characters. */
export function labelKeyProblem(key: string): string | undefined {
  const slash = key.indexOf('/');
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (prefix !== undefined) {
    if (prefix.length === 0) return 'has an empty prefix before "/"';
    const p = nameProblem(prefix, 'dns1123-subdomain');
    if (p) return `prefix "${prefix}" ${p}`;
  }
  if (name.length === 0) return 'has an empty name';
  if (name.length > 63) return `name part is ${name.length} characters, more than 63`;
  if (!QUALIFIED_NAME.test(name))
    return 'must be letters, digits, "-", "_" and ".", starting and ending with a letter or digit (an optional DNS-subdomain prefix and "/" before it)';
  return undefined;
}

/** A label value: empty, or at most 63 letters, digits, "-", "_", "." starting and ending with a letter or digit. */
export function labelValueProblem(value: string): string | undefined {
  if (value.length > LABEL_VALUE_MAX) return `is ${value.length} characters, more than ${LABEL_VALUE_MAX}`;
  if (value !== '' && !QUALIFIED_NAME.test(value)) return 'must be empty or letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
  return undefined;
}

/** Bytes of an object's annotations as the API server counts them (keys plus values). */
export function annotationBytes(annotations: Record<string, unknown>): number {
  let n = 0;
  for (const [k, v] of Object.entries(annotations)) n += Buffer.byteLength(k) + (typeof v === 'string' ? Buffer.byteLength(v) : 0);
  return n;
}

export function int32Problem(n: unknown): string | undefined {
  if (typeof n !== 'number' || !Number.isInteger(n)) return undefined;
  if (n > INT32_MAX || n < INT32_MIN) return `${n} does not fit in a 32-bit integer (${INT32_MIN}..${INT32_MAX})`;
  return undefined;
}
