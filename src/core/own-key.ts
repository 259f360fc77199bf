// `o[k] = v` with k = "__proto__" replaces o's prototype instead of adding a key: user data (YAML keys
// are anyone's) is copied with this instead, so such a key stays a plain key.

export function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}
