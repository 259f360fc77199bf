import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import"./chunk-SWNFK4JW.mjs";var i={e4999c0bf28c0c08e703eaf4406c2497980ea864:{spec:{compiler:[8,">= 4.3.0"],main:function(n,e,o,u,t){var s,a=e??(n.nullContext||{}),l=n.lookupProperty||function(c,r){if(Object.prototype.hasOwnProperty.call(c,r))return c[r]};return`podSpec:
  hostAliases: `+((s=l(o,"json").call(a,l(o,"get").call(a,l(e,"properties"),"hostAliases",{name:"get",hash:{},data:t,loc:{start:{line:2,column:22},end:{line:2,column:44}}}),{name:"json",hash:{},data:t,loc:{start:{line:2,column:15},end:{line:2,column:46}}}))!=null?s:"")+`
`},useData:!0},jsonArgs:[["2:15","properties.hostAliases"]]}};export{i as templates};
//# sourceMappingURL=trait-hostalias-ZGYJTWMB.mjs.map
