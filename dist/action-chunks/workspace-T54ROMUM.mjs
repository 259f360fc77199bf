import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{A as c,y as a,z as b}from"./chunk-RHBF24VT.mjs";import"./chunk-WPLFLY6B.mjs";export{c as runSource,a as runWorkspace,b as specCount};
//# sourceMappingURL=workspace-T54ROMUM.mjs.map
