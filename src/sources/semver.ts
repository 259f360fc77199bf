// Version constraints the way Flux reads them: Masterminds/semver v3 (v3.4+), not npm `semver`.
// Flux's answer is the one that counts on the cluster, so where the two libraries disagree
// (prereleases anywhere in an AND group, `,` as AND, `!=`, `x` wildcards in comparisons, leading
// `v`) this module follows Masterminds. Candidate versions are parsed as fluxcd/pkg does: strict
// MAJOR.MINOR.PATCH[-pre][+build] with an optional leading `v`; `1.2` or `v1` tags are ignored.

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Prerelease without the `-`, '' for a release. */
  pre: string;
  /** The text as written (index entry, tag). */
  original: string;
}

const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const STRICT = new RegExp(`^(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`);

function toNumber(s: string): number | undefined {
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** fluxcd/pkg version.ParseVersion: StrictNewVersion after an optional leading `v`. */
export function parseVersion(text: string): Version | undefined {
  const m = STRICT.exec(text.startsWith('v') ? text.slice(1) : text);
  if (!m) return undefined;
  const [major, minor, patch] = [toNumber(m[1]), toNumber(m[2]), toNumber(m[3])];
  if (major === undefined || minor === undefined || patch === undefined) return undefined;
  return { major, minor, patch, pre: m[4] ?? '', original: text };
}

function comparePrePart(s: string, o: string): number {
  if (s === o) return 0;
  if (s === '') return -1;
  if (o === '') return 1;
  const sn = /^\d+$/.test(s);
  const on = /^\d+$/.test(o);
  if (sn && on) return Number(s) > Number(o) ? 1 : -1;
  if (sn) return -1; // numbers sort before alphanumerics
  if (on) return 1;
  return s > o ? 1 : -1;
}

function comparePrerelease(a: string, b: string): number {
  const as = a.split('.');
  const bs = b.split('.');
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const d = comparePrePart(as[i] ?? '', bs[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

/** Semantic-version precedence; build metadata never counts. */
export function compareVersions(a: Version, b: Version): number {
  if (a.major !== b.major) return a.major > b.major ? 1 : -1;
  if (a.minor !== b.minor) return a.minor > b.minor ? 1 : -1;
  if (a.patch !== b.patch) return a.patch > b.patch ? 1 : -1;
  if (a.pre === b.pre) return 0;
  if (a.pre === '') return 1;
  if (b.pre === '') return -1;
  return comparePrerelease(a.pre, b.pre);
}

type Op = '' | '=' | '!=' | '>' | '<' | '>=' | '=>' | '<=' | '=<' | '~' | '~>' | '^';

interface Comparator {
  op: Op;
  con: Version;
  /** An `x`/`*` or missing part made the comparator a range (Masterminds' "dirty"). */
  dirty: boolean;
  minorDirty: boolean;
  patchDirty: boolean;
}

export interface Constraint {
  text: string;
  /** OR of AND groups. */
  groups: Comparator[][];
}

const CV = 'v?([0-9xX*]+)(\\.[0-9xX*]+)?(\\.[0-9xX*]+)?(-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?';
const OPS = '!=|>=|=>|<=|=<|~>|>|<|=|~|\\^';
const COMPARATOR = `(${OPS})?\\s*(${CV})`;
const GROUP = new RegExp(`^\\s*${COMPARATOR}\\s*(?:(?:\\s+|,\\s*)${COMPARATOR}\\s*)*$`);
const FIND = new RegExp(COMPARATOR, 'g');
const HYPHEN = new RegExp(`\\s*(${CV.replace(/\((?!\?)/g, '(?:')})\\s+-\\s+(${CV.replace(/\((?!\?)/g, '(?:')})\\s*`, 'g');

const isX = (s: string | undefined) => s === 'x' || s === 'X' || s === '*';

function comparator(op: string, major: string, minorPart = '', patchPart = '', prePart = '', exact: string): Comparator | undefined {
  const minor = minorPart.slice(1);
  const patch = patchPart.slice(1);
  const pre = prePart.slice(1);
  let dirty = false;
  let minorDirty = false;
  let patchDirty = false;
  let parts: [string, string, string];
  if (isX(major)) {
    dirty = true;
    parts = ['0', '0', '0'];
  } else if (minorPart === '' || isX(minor)) {
    dirty = minorDirty = true;
    parts = [major, '0', '0'];
  } else if (patchPart === '' || isX(patch)) {
    dirty = patchDirty = true;
    parts = [major, minor, '0'];
  } else parts = [major, minor, patch];
  if (parts.some((p) => !/^\d+$/.test(p))) return undefined;
  const nums = parts.map(toNumber);
  if (nums.some((n) => n === undefined)) return undefined;
  const con: Version = { major: nums[0]!, minor: nums[1]!, patch: nums[2]!, pre, original: exact };
  return { op: op as Op, con, dirty, minorDirty, patchDirty };
}

/** Masterminds NewConstraint. Returns an error text for a constraint Flux would refuse. */
export function parseConstraint(text: string): { constraint?: Constraint; error?: string } {
  // `1.2 - 1.4` is `>= 1.2, <= 1.4`.
  const rewritten = text.replace(HYPHEN, (_m, a: string, b: string) => `>= ${a}, <= ${b}`);
  const groups: Comparator[][] = [];
  for (const segment of rewritten.split('||')) {
    if (!GROUP.test(segment)) return { error: `improper constraint: ${segment.trim() || '(empty)'}` };
    const group: Comparator[] = [];
    for (const m of segment.matchAll(FIND)) {
      const c = comparator(m[1] ?? '', m[3], m[4], m[5], m[6], m[2]);
      if (!c) return { error: `improper constraint: ${m[0].trim()}` };
      group.push(c);
    }
    groups.push(group);
  }
  return { constraint: { text, groups } };
}

function tilde(v: Version, c: Comparator): boolean {
  if (compareVersions(v, c.con) < 0) return false;
  if (c.con.major === 0 && c.con.minor === 0 && c.con.patch === 0 && !c.minorDirty && !c.patchDirty) return true;
  if (v.major !== c.con.major) return false;
  return !(v.minor !== c.con.minor && !c.minorDirty);
}

function caret(v: Version, c: Comparator): boolean {
  if (compareVersions(v, c.con) < 0) return false;
  if (c.con.major > 0 || c.minorDirty) return v.major === c.con.major;
  if (v.major > 0) return false;
  if (c.con.minor > 0 || c.patchDirty) return v.minor === c.con.minor;
  if (v.minor > 0) return false;
  return v.patch === c.con.patch;
}

function notEqual(v: Version, c: Comparator): boolean {
  if (c.dirty) {
    if (c.con.major !== v.major) return true;
    if (c.con.minor !== v.minor && !c.minorDirty) return true;
    if (c.minorDirty) return false;
    if (c.con.patch !== v.patch && !c.patchDirty) return true;
    if (c.patchDirty) return (v.pre !== '' || c.con.pre !== '') && comparePrerelease(v.pre, c.con.pre) !== 0;
  }
  return compareVersions(v, c.con) !== 0;
}

function check(v: Version, c: Comparator, includePre: boolean): boolean {
  // Masterminds: a prerelease only matches when the constraint asks for prereleases.
  if (v.pre !== '' && c.con.pre === '' && !includePre && (c.op !== '!=' || c.dirty)) return false;
  const cmp = compareVersions(v, c.con);
  switch (c.op) {
    case '':
    case '=':
      return c.dirty ? tilde(v, c) : cmp === 0;
    case '!=':
      return notEqual(v, c);
    case '>':
      if (!c.dirty) return cmp > 0;
      if (v.major !== c.con.major) return v.major > c.con.major;
      if (c.minorDirty) return false;
      if (c.patchDirty) return v.minor > c.con.minor;
      return cmp > 0;
    case '<':
      return cmp < 0;
    case '>=':
    case '=>':
      return cmp >= 0;
    case '<=':
    case '=<':
      if (!c.dirty) return cmp <= 0;
      if (v.major > c.con.major) return false;
      return !(v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty);
    case '~':
    case '~>':
      return tilde(v, c);
    case '^':
      return caret(v, c);
  }
}

/**
 * Masterminds Constraints.Check. Since v3.4 one prerelease comparator in an AND group admits
 * prereleases for the whole group (not across `||`); `includePrerelease` admits them everywhere.
 */
export function satisfies(v: Version, c: Constraint, includePrerelease = false): boolean {
  return c.groups.some((group) => {
    const pre = includePrerelease || group.some((x) => x.con.pre !== '');
    return group.every((x) => check(v, x, pre));
  });
}

/** The version a constraint is "about" (its first comparator), for "nearest versions" hints. */
export function anchorOf(c: Constraint): Version | undefined {
  return c.groups[0]?.[0]?.con;
}
