import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
var o="0.1.0";export{o as a};
//# sourceMappingURL=chunk-A6A2VC5N.mjs.map
