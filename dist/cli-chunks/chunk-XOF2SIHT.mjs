import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
//# sourceMappingURL=chunk-XOF2SIHT.mjs.map
