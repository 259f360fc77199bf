import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{j as a,k as b,l as c,m as d,n as e,o as f}from"./chunk-HHUVBKJP.mjs";import"./chunk-FI7L246R.mjs";import"./chunk-6X5KQIA2.mjs";import"./chunk-KK7ZW6Q7.mjs";import"./chunk-4QTZG5OP.mjs";import"./chunk-HG5IKD7E.mjs";import"./chunk-DCJHYYOR.mjs";import"./chunk-X4TZVJ6T.mjs";export{a as CONFIG_FILE,d as builtinExcludes,e as configSchema,c as defaultConfig,f as parseConfig,b as selectorLabelsOf};
//# sourceMappingURL=config-YNHTRBJ4.mjs.map
