import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import"./chunk-X4TZVJ6T.mjs";var i={"397d0b1ea57aea865acbe22582b9339fac530517":{spec:{compiler:[8,">= 4.3.0"],main:function(a,n,o,u,t){var e,r=n??(a.nullContext||{}),l=a.lookupProperty||function(s,c){if(Object.prototype.hasOwnProperty.call(s,c))return s[c]};return`object:
  metadata:
    labels: `+((e=l(o,"json").call(r,l(n,"properties"),{name:"json",hash:{},data:t,loc:{start:{line:3,column:12},end:{line:3,column:31}}}))!=null?e:"")+`
podTemplate:
  metadata:
    labels: `+((e=l(o,"json").call(r,l(n,"properties"),{name:"json",hash:{},data:t,loc:{start:{line:6,column:12},end:{line:6,column:31}}}))!=null?e:"")+`
`},useData:!0},jsonArgs:[["3:12","properties"],["6:12","properties"]]}};export{i as templates};
//# sourceMappingURL=trait-labels-TIK7IN4V.mjs.map
