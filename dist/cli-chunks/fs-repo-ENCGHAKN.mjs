import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-NTXSM25A.mjs";import"./chunk-DSYKEBCE.mjs";import"./chunk-5F2C7FH5.mjs";import"./chunk-6X5KQIA2.mjs";import"./chunk-MOPASSTV.mjs";import"./chunk-2O2Z2GWY.mjs";import"./chunk-4QTZG5OP.mjs";import"./chunk-HG5IKD7E.mjs";import"./chunk-DCJHYYOR.mjs";import"./chunk-X4TZVJ6T.mjs";export{c as findRenderRoots,d as outputExclude,a as readConfigFile,b as readRepoFiles};
//# sourceMappingURL=fs-repo-ENCGHAKN.mjs.map
