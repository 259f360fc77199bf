import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{createHash as e}from"node:crypto";function s(t){return e("sha1").update(t).digest("base64")}export{s as a};
//# sourceMappingURL=chunk-FSLX2XOW.mjs.map
