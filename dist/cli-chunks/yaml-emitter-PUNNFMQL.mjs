import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{a,b,c,d,e}from"./chunk-KIWAY55P.mjs";import"./chunk-G7GXRRQ5.mjs";import"./chunk-HG5IKD7E.mjs";import"./chunk-X4TZVJ6T.mjs";export{d as compareKeys,e as compareMetadataKeys,a as emitYaml,c as emitYamlStream,b as objectEmitter};
//# sourceMappingURL=yaml-emitter-PUNNFMQL.mjs.map
