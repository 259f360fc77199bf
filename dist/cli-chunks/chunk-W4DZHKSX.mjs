import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
var i={red:31,yellow:33,cyan:36,dim:2,bold:1,green:32};function a(n,r,t){return n.color?`\x1B[${i[r]}m${t}\x1B[0m`:t}function c(n){let r=n[0].map((t,o)=>Math.max(...n.map(e=>(e[o]??"").length)));return n.map(t=>t.map((o,e)=>e===t.length-1?o:o.padEnd(r[e])).join("  ")).join(`
`)}export{a,c as b};
//# sourceMappingURL=chunk-W4DZHKSX.mjs.map
