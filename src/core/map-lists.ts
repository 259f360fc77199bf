// Maps of lists (a multimap): the list at a key, made empty the first time the key is asked for.

export function listAt<K, V>(m: Map<K, V[]>, k: K): V[] {
  let list = m.get(k);
  if (!list) m.set(k, (list = []));
  return list;
}
