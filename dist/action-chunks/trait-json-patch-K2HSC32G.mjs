import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import"./chunk-SWNFK4JW.mjs";var i={"660d40c263d231e78f36bc5d18fd5a75bd490396":{spec:{compiler:[8,">= 4.3.0"],main:function(t,n,e,u,l){var a,r=n??(t.nullContext||{}),o=t.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return"jsonPatch: "+((a=o(e,"json").call(r,o(e,"get").call(r,o(n,"properties"),"operations",{name:"get",hash:{},data:l,loc:{start:{line:1,column:18},end:{line:1,column:39}}}),{name:"json",hash:{},data:l,loc:{start:{line:1,column:11},end:{line:1,column:41}}}))!=null?a:"")+`
`},useData:!0},jsonArgs:[["1:11","properties.operations"]]}};export{i as templates};
//# sourceMappingURL=trait-json-patch-K2HSC32G.mjs.map
