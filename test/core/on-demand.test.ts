import { describe, expect, it } from 'vitest';
import { ModuleNotLoaded, onDemand } from '../../src/core/on-demand.ts';

describe('a library loaded on demand', () => {
  it('is a named bug before its load, the module after it, imported once', async () => {
    let imports = 0;
    const lib = onDemand('the test library', async () => ({ n: ++imports }));
    expect(() => lib.get()).toThrow(ModuleNotLoaded);
    expect(() => lib.get()).toThrow('the test library was used before it was loaded');
    await Promise.all([lib.load(), lib.load()]);
    await lib.load();
    expect(imports).toBe(1);
    expect(lib.get().n).toBe(1);
    expect(lib.get()).toBe(lib.get());
  });
});
