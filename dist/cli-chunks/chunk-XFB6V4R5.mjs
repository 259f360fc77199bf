import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{hash as t}from"node:crypto";function i(r){return t("sha1",r,"base64")}export{i as a};
//# sourceMappingURL=chunk-XFB6V4R5.mjs.map
