import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{a as o}from"./chunk-F4CF32VT.mjs";import"./chunk-X4TZVJ6T.mjs";import{readFileSync as d,renameSync as f,writeFileSync as u}from"node:fs";import{dirname as p,join as h}from"node:path";var s=1;function g(n){let c=t=>h(n,`${t}.json`);return{location:n,read(t){try{let e=JSON.parse(d(c(t),"utf8"));return e.cacheVersion!==s||typeof e.fetchedAt!="string"||e.data===void 0?void 0:{fetchedAt:e.fetchedAt,data:e.data}}catch{return}},write(t,e,a){let r=c(t);o(p(r));let i=`${r}.${process.pid}.tmp`;u(i,`${JSON.stringify({cacheVersion:s,fetchedAt:a,data:e},null,1)}
`),f(i,r)}}}export{g as fsSourceCache};
//# sourceMappingURL=source-cache-EYOQUDVR.mjs.map
