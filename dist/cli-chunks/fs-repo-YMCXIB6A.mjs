import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-YDEWMVKC.mjs";import"./chunk-NAQ3DNGH.mjs";import"./chunk-MOPASSTV.mjs";import"./chunk-2O2Z2GWY.mjs";import"./chunk-M2FU6HK7.mjs";import"./chunk-4QTZG5OP.mjs";import"./chunk-6X5KQIA2.mjs";import"./chunk-HG5IKD7E.mjs";import"./chunk-X4TZVJ6T.mjs";export{c as findRenderRoots,d as outputExclude,a as readConfigFile,b as readRepoFiles};
//# sourceMappingURL=fs-repo-YMCXIB6A.mjs.map
