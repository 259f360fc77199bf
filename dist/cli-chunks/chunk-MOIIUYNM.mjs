import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
function i(n,r,t=`${r}s`){return`${n} ${u(n,r,t)}`}function u(n,r,t=`${r}s`){return n===1?r:t}export{i as a,u as b};
//# sourceMappingURL=chunk-MOIIUYNM.mjs.map
