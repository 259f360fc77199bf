import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
var t=new WeakSet;function n(e){return t.add(e),e}function o(e){return t.has(e)}export{n as a,o as b};
//# sourceMappingURL=chunk-G7GXRRQ5.mjs.map
