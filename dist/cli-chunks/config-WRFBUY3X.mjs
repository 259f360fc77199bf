import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{h as a,i as b,j as c,k as d,l as e,m as f}from"./chunk-FJNYDBGW.mjs";import"./chunk-FI7L246R.mjs";import"./chunk-6X5KQIA2.mjs";import"./chunk-4QTZG5OP.mjs";import"./chunk-HG5IKD7E.mjs";import"./chunk-DCJHYYOR.mjs";import"./chunk-X4TZVJ6T.mjs";export{a as CONFIG_FILE,d as builtinExcludes,e as configSchema,c as defaultConfig,f as parseConfig,b as selectorLabelsOf};
//# sourceMappingURL=config-WRFBUY3X.mjs.map
