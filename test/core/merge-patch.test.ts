import { describe, expect, it } from 'vitest';
import type { Json } from '../../src/core/types.ts';
import { mergePatch, POD_LIST_KEYS } from '../../src/core/merge-patch.ts';

describe('mergePatch (RFC 7396 semantics)', () => {
  it('deep-merges maps, replaces scalars, deletes with null', () => {
    const base = { a: 1, b: { c: 2, d: 3 }, e: 'x' };
    expect(mergePatch(base, { a: 2, b: { d: null, f: 4 }, e: null, g: { h: null, i: 1 } })).toEqual({ a: 2, b: { c: 2, f: 4 }, g: { i: 1 } });
  });

  it('a non-map patch replaces the base; a map patch over a scalar starts from {}', () => {
    expect(mergePatch({ a: 1 }, 'x')).toBe('x');
    expect(mergePatch({ a: 1 }, [1, 2])).toEqual([1, 2]);
    expect(mergePatch('x', { a: 1, b: null })).toEqual({ a: 1 });
    expect(mergePatch(undefined, { a: { b: null } })).toEqual({ a: {} });
  });

  it('replaces lists when no list keys are given (override policies)', () => {
    const base = { containers: [{ name: 'a', image: 'x' }], env: [{ name: 'A', value: '1' }] };
    expect(mergePatch(base, { containers: [{ name: 'b', image: 'y' }], env: [] }, null)).toEqual({ containers: [{ name: 'b', image: 'y' }], env: [] });
  });

  it('merges keyed lists item by item: matched items deep-merge in place, new ones append in patch order', () => {
    const base: Json = {
      containers: [
        {
          name: 'app',
          image: 'a:1',
          env: [
            { name: 'A', value: '1' },
            { name: 'B', value: '2' },
          ],
        },
        { name: 'proxy', image: 'p:1' },
      ],
      volumes: [{ name: 'data', emptyDir: {} }],
    };
    const patch: Json = {
      containers: [
        { name: 'log', image: 'l:1' },
        {
          name: 'app',
          image: 'a:2',
          env: [
            { name: 'B', value: '3' },
            { name: 'C', value: '4' },
          ],
        },
      ],
      volumes: [{ name: 'conf', configMap: { name: 'c' } }],
    };
    expect(mergePatch(base, patch, POD_LIST_KEYS)).toEqual({
      containers: [
        {
          name: 'app',
          image: 'a:2',
          env: [
            { name: 'A', value: '1' },
            { name: 'B', value: '3' },
            { name: 'C', value: '4' },
          ],
        },
        { name: 'proxy', image: 'p:1' },
        { name: 'log', image: 'l:1' },
      ],
      volumes: [
        { name: 'data', emptyDir: {} },
        { name: 'conf', configMap: { name: 'c' } },
      ],
    });
  });

  it('keys volumeMounts by mountPath and ports by containerPort, else port', () => {
    const base = {
      volumeMounts: [{ name: 'a', mountPath: '/a' }],
      ports: [{ containerPort: 80, name: 'http' }],
    };
    expect(
      mergePatch(
        base,
        {
          volumeMounts: [
            { name: 'b', mountPath: '/a' },
            { name: 'c', mountPath: '/c' },
          ],
          ports: [{ containerPort: '80', protocol: 'TCP' }, { containerPort: 443 }],
        },
        POD_LIST_KEYS,
      ),
    ).toEqual({
      volumeMounts: [
        { name: 'b', mountPath: '/a' },
        { name: 'c', mountPath: '/c' },
      ],
      ports: [{ containerPort: '80', name: 'http', protocol: 'TCP' }, { containerPort: 443 }],
    });
    expect(mergePatch({ ports: [{ port: 80, targetPort: 8080 }] }, { ports: [{ port: 80, targetPort: 9090 }, { port: 81 }] }, POD_LIST_KEYS)).toEqual({
      ports: [{ port: 80, targetPort: 9090 }, { port: 81 }],
    });
  });

  it('replaces lists that are not keyed (tolerations, args, command)', () => {
    const base = { tolerations: [{ key: 'a', operator: 'Exists' }], args: ['--a'] };
    expect(mergePatch(base, { tolerations: [{ key: 'b', operator: 'Exists' }], args: ['--b'] }, POD_LIST_KEYS)).toEqual({
      tolerations: [{ key: 'b', operator: 'Exists' }],
      args: ['--b'],
    });
  });

  it('nulls delete inside matched items and vanish from new items; $patch: delete removes an item', () => {
    const base: Json = {
      env: [
        { name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
        { name: 'B', value: '1' },
      ],
    };
    const patch = {
      env: [
        { name: 'A', value: 'plain', valueFrom: null },
        { name: 'B', $patch: 'delete' },
        { name: 'C', value: 'c', valueFrom: null },
      ],
    } as Json;
    expect(mergePatch(base, patch, POD_LIST_KEYS)).toEqual({
      env: [
        { name: 'A', value: 'plain' },
        { name: 'C', value: 'c' },
      ],
    });
  });

  it('appends items without the key; keyed merge applies to the named field only', () => {
    expect(mergePatch({ env: [{ name: 'A' }] }, { env: [{ value: 'x' }] }, POD_LIST_KEYS)).toEqual({ env: [{ name: 'A' }, { value: 'x' }] });
    expect(mergePatch({ data: { env: [{ name: 'A' }] } }, { data: { environment: [{ name: 'B' }] } }, POD_LIST_KEYS)).toEqual({
      data: { env: [{ name: 'A' }], environment: [{ name: 'B' }] },
    });
  });

  it('never mutates its inputs and shares nothing with them', () => {
    const base = { a: { b: [{ name: 'x', v: 1 }] }, containers: [{ name: 'c', image: 'i' }] };
    const patch = { a: { c: 1 }, containers: [{ name: 'c', image: 'j' }] };
    const b0 = JSON.stringify(base);
    const p0 = JSON.stringify(patch);
    const out = mergePatch(base, patch, POD_LIST_KEYS) as { a: { b: { v: number }[] } };
    expect(JSON.stringify(base)).toBe(b0);
    expect(JSON.stringify(patch)).toBe(p0);
    out.a.b[0].v = 2;
    expect(base.a.b[0].v).toBe(1);
  });

  it('treats __proto__ as a plain key', () => {
    const patch = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Json;
    const out = mergePatch({}, patch) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
  });
});
