import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{j as a,k as b,l as c}from"./chunk-LRS6LWUV.mjs";import"./chunk-M5K5KOEW.mjs";import"./chunk-7DNQFTG2.mjs";import"./chunk-2LFQ2DZB.mjs";import"./chunk-O2TZ543R.mjs";import"./chunk-4P4QL76A.mjs";import"./chunk-YOHPH2BM.mjs";import"./chunk-SWNFK4JW.mjs";export{c as runSource,a as runWorkspace,b as specCount};
//# sourceMappingURL=workspace-VI4WKKT2.mjs.map
