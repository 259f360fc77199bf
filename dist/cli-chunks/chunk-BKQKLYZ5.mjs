import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
async function s(e,r,t){let n=new Array(e.length),o=0,a=async()=>{for(;o<e.length;){let i=o++;n[i]=await t(e[i],i)}};return await Promise.all(Array.from({length:Math.max(1,Math.min(r,e.length))},a)),n}function m(){let e=new Map;return(r,t)=>{let n=e.get(r);return n||(n=t(),e.set(r,n)),n}}export{s as a,m as b};
//# sourceMappingURL=chunk-BKQKLYZ5.mjs.map
