// Label selectors and quantities as Kubernetes defines them.

import { describe, expect, it } from 'vitest';
import { explainMismatch, isSelector, matches, parseSelector, type Selector } from '../../src/placement/label-selector.ts';
import { parseQuantity } from '../../src/placement/quantity.ts';

const sel = (v: Parameters<typeof parseSelector>[0], claims = false): Selector => {
  const s = parseSelector(v, claims);
  if (!isSelector(s)) throw new Error(s.error);
  return s;
};

describe('label selectors', () => {
  it('ANDs matchLabels and matchExpressions', () => {
    const s = sel({ matchLabels: { a: '1' }, matchExpressions: [{ key: 'b', operator: 'Exists' }] });
    expect(matches(s, { a: '1', b: '' })).toBe(true);
    expect(matches(s, { a: '1' })).toBe(false);
    expect(explainMismatch(s, { a: '2', b: 'x' })).toBe('label a=2; needs a=1');
    expect(explainMismatch(s, { a: '1' })).toBe('no label b; needs b exists');
  });

  it('rejects malformed selectors the way the apiserver does', () => {
    expect(parseSelector({ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] })).toMatchObject({ error: 'operator Exists takes no values' });
    expect(parseSelector({ matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] })).toMatchObject({
      error: 'operator must be one of In, NotIn, Exists, DoesNotExist',
    });
  });

  it('claim selectors use matchExpressions only', () => {
    expect(sel({ matchLabels: { a: '1' } }, true).requirements).toEqual([]);
  });
});

describe('quantities', () => {
  it('parses decimal and binary suffixes and exponents', () => {
    expect(parseQuantity('500m')).toBe(0.5);
    expect(parseQuantity('16Gi')).toBe(16 * 2 ** 30);
    expect(parseQuantity('2k')).toBe(2000);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity('1.5')).toBe(1.5);
    expect(parseQuantity('12 apples')).toBeUndefined();
    expect(parseQuantity(undefined)).toBeUndefined();
  });
});
