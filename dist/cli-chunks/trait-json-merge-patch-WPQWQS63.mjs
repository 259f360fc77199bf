import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import"./chunk-X4TZVJ6T.mjs";var c={"8fbb32d8f6010bbd04fd0ed53f41d88dc7f3ce75":{spec:{compiler:[8,">= 4.3.0"],main:function(n,e,s,a,u){var t,o=n.lookupProperty||function(r,l){if(Object.prototype.hasOwnProperty.call(r,l))return r[l]};return"mergePatch: "+((t=o(s,"json").call(e??(n.nullContext||{}),o(e,"properties"),{name:"json",hash:{},data:u,loc:{start:{line:1,column:12},end:{line:1,column:31}}}))!=null?t:"")+`
`},useData:!0},jsonArgs:[["1:12","properties"]]}};export{c as templates};
//# sourceMappingURL=trait-json-merge-patch-WPQWQS63.mjs.map
