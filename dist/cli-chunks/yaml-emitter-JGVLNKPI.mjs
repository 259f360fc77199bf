import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{b as a,c as b,d as c,e as d,f as e}from"./chunk-DPB2O75S.mjs";import"./chunk-HG5IKD7E.mjs";import"./chunk-X4TZVJ6T.mjs";export{d as compareKeys,e as compareMetadataKeys,a as emitYaml,c as emitYamlStream,b as objectEmitter};
//# sourceMappingURL=yaml-emitter-JGVLNKPI.mjs.map
