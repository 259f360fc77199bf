import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{i as a,j as b}from"./chunk-CLTW3LYP.mjs";import"./chunk-M5K5KOEW.mjs";import"./chunk-2DOWHQ5Q.mjs";import"./chunk-2LFQ2DZB.mjs";import"./chunk-O2TZ543R.mjs";import"./chunk-4P4QL76A.mjs";import"./chunk-YOHPH2BM.mjs";import"./chunk-SWNFK4JW.mjs";export{b as runSource,a as runWorkspace};
//# sourceMappingURL=workspace-KJ2IXCBA.mjs.map
