import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import"./chunk-X4TZVJ6T.mjs";var i={"4affe9badbe9dac5f6e2d554ba24a1787dc2fdaa":{spec:{compiler:[8,">= 4.3.0"],main:function(t,n,e,u,l){var a,r=n??(t.nullContext||{}),o=t.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`object:
  metadata:
    annotations: `+((a=o(e,"json").call(r,o(n,"properties"),{name:"json",hash:{},data:l,loc:{start:{line:3,column:17},end:{line:3,column:36}}}))!=null?a:"")+`
podTemplate:
  metadata:
    annotations: `+((a=o(e,"json").call(r,o(n,"properties"),{name:"json",hash:{},data:l,loc:{start:{line:6,column:17},end:{line:6,column:36}}}))!=null?a:"")+`
`},useData:!0},jsonArgs:[["3:17","properties"],["6:17","properties"]]}};export{i as templates};
//# sourceMappingURL=trait-annotations-WCD4R63R.mjs.map
