import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
async function m(r,n,i){let e=new Array(r.length),a=0,t,l=async()=>{for(;a<r.length&&!t;){let o=a++;try{e[o]=await i(r[o],o)}catch(s){t??={error:s}}}};if(await Promise.all(Array.from({length:Math.max(1,Math.min(n,r.length))},l)),t)throw t.error;return e}function u(){let r=new Map;return(n,i)=>{let e=r.get(n);return e||(e=i(),r.set(n,e)),e}}export{m as a,u as b};
//# sourceMappingURL=chunk-47DU7PYR.mjs.map
