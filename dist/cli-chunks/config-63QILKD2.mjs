import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{i as a,j as b,k as c,l as d,m as e,n as f}from"./chunk-M2FU6HK7.mjs";import"./chunk-4QTZG5OP.mjs";import"./chunk-6X5KQIA2.mjs";import"./chunk-HG5IKD7E.mjs";import"./chunk-X4TZVJ6T.mjs";export{a as CONFIG_FILE,d as builtinExcludes,e as configSchema,c as defaultConfig,f as parseConfig,b as selectorLabelsOf};
//# sourceMappingURL=config-63QILKD2.mjs.map
