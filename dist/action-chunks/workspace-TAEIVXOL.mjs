import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{x as a,y as b}from"./chunk-SPPBDJYQ.mjs";import"./chunk-SVZFOGJR.mjs";export{b as runSource,a as runWorkspace};
//# sourceMappingURL=workspace-TAEIVXOL.mjs.map
