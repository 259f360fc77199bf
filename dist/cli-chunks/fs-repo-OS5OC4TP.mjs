import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-FS3L5SJC.mjs";import"./chunk-WUGDFAAI.mjs";import"./chunk-FJNYDBGW.mjs";import"./chunk-FI7L246R.mjs";import"./chunk-6X5KQIA2.mjs";import"./chunk-MOPASSTV.mjs";import"./chunk-2O2Z2GWY.mjs";import"./chunk-4QTZG5OP.mjs";import"./chunk-HG5IKD7E.mjs";import"./chunk-DCJHYYOR.mjs";import"./chunk-X4TZVJ6T.mjs";export{c as findRenderRoots,d as outputExclude,a as readConfigFile,b as readRepoFiles};
//# sourceMappingURL=fs-repo-OS5OC4TP.mjs.map
