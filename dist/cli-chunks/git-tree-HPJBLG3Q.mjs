import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g}from"./chunk-XGX6WST6.mjs";import"./chunk-AL72GYOR.mjs";import"./chunk-X4TZVJ6T.mjs";export{a as GitTreeError,c as commitOf,e as defaultTarget,b as gitLocation,f as listTreeAt,d as mergeBase,g as readEntries};
//# sourceMappingURL=git-tree-HPJBLG3Q.mjs.map
