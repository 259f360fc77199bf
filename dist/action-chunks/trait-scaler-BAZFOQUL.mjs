import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import"./chunk-SWNFK4JW.mjs";var i={"1c4e0c3780ff637c525d3368b1bccb789d04a2e0":{spec:{compiler:[8,">= 4.3.0"],main:function(l,e,t,u,c){var o,a=e??(l.nullContext||{}),n=l.lookupProperty||function(r,s){if(Object.prototype.hasOwnProperty.call(r,s))return r[s]};return`object:
  spec:
    replicas: `+((o=n(t,"json").call(a,n(t,"get").call(a,n(e,"properties"),"replicas",{name:"get",hash:{},data:c,loc:{start:{line:3,column:21},end:{line:3,column:40}}}),{name:"json",hash:{},data:c,loc:{start:{line:3,column:14},end:{line:3,column:42}}}))!=null?o:"")+`
`},useData:!0},jsonArgs:[["3:14","properties.replicas"]]}};export{i as templates};
//# sourceMappingURL=trait-scaler-BAZFOQUL.mjs.map
