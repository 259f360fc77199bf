import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{x as a,y as b}from"./chunk-37IP7VFW.mjs";import"./chunk-QW4OHICB.mjs";import"./chunk-YOHPH2BM.mjs";import"./chunk-SWNFK4JW.mjs";export{b as runSource,a as runWorkspace};
//# sourceMappingURL=workspace-LOJYXOJK.mjs.map
