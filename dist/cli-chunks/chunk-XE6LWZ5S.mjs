import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{a as i}from"./chunk-4QTZG5OP.mjs";function f(n){return`${JSON.stringify(r(n),null,2)}
`}function r(n){if(Array.isArray(n))return n.map(r);if(n&&typeof n=="object"){let o={};for(let t of Object.keys(n).sort()){let s=n[t];s!==void 0&&i(o,t,r(s))}return o}return n}export{f as a,r as b};
//# sourceMappingURL=chunk-XE6LWZ5S.mjs.map
