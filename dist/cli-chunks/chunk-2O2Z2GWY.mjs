import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
function n(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function t(e){return n(e)?e:{}}function r(e){return`${e.kind}/${e.namespace}/${e.name}`}export{n as a,t as b,r as c};
//# sourceMappingURL=chunk-2O2Z2GWY.mjs.map
