import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{x as a,y as b}from"./chunk-7GROOQFN.mjs";import"./chunk-GKXFDUUK.mjs";export{b as runSource,a as runWorkspace};
//# sourceMappingURL=workspace-FCOIZWA7.mjs.map
