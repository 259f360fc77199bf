import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{b as f}from"./chunk-X4TZVJ6T.mjs";var i=f(u=>{"use strict";Object.defineProperty(u,"__esModule",{value:!0});function n(l){let c=l.length,d=0,e=0,t;for(;e<c;)d++,t=l.charCodeAt(e++),t>=55296&&t<=56319&&e<c&&(t=l.charCodeAt(e),(t&64512)===56320&&e++);return d}u.default=n;n.code='require("ajv/dist/runtime/ucs2length").default'});export{i as a};
//# sourceMappingURL=chunk-DCJHYYOR.mjs.map
