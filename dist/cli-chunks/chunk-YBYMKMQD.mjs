import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
function l(e,i){let t=e.get(i);return t||e.set(i,t=[]),t}export{l as a};
//# sourceMappingURL=chunk-YBYMKMQD.mjs.map
