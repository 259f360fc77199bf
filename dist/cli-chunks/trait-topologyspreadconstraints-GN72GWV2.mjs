import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import"./chunk-X4TZVJ6T.mjs";var i={edb538ce0fea23d35a6ab6d0d1c436af929ec69e:{spec:{compiler:[8,">= 4.3.0"],main:function(e,n,o,u,l){var a,r=n??(e.nullContext||{}),t=e.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`podSpec:
  topologySpreadConstraints: `+((a=t(o,"json").call(r,t(o,"get").call(r,t(n,"properties"),"constraints",{name:"get",hash:{},data:l,loc:{start:{line:2,column:36},end:{line:2,column:58}}}),{name:"json",hash:{},data:l,loc:{start:{line:2,column:29},end:{line:2,column:60}}}))!=null?a:"")+`
`},useData:!0},jsonArgs:[["2:29","properties.constraints"]]}};export{i as templates};
//# sourceMappingURL=trait-topologyspreadconstraints-GN72GWV2.mjs.map
