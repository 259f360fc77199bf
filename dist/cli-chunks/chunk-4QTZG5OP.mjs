import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
function t(n,e,r){e==="__proto__"?Object.defineProperty(n,e,{value:r,enumerable:!0,writable:!0,configurable:!0}):n[e]=r}export{t as a};
//# sourceMappingURL=chunk-4QTZG5OP.mjs.map
