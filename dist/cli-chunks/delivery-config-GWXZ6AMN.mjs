import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{a as c,b as d}from"./chunk-PWLS3WV5.mjs";import{c as a,d as b}from"./chunk-6X5KQIA2.mjs";import"./chunk-HG5IKD7E.mjs";import"./chunk-X4TZVJ6T.mjs";export{b as OCI_TAG_PATTERN,a as OCM_MANIFEST_LIMIT,d as checkDelivery,c as deliveryConfig};
//# sourceMappingURL=delivery-config-GWXZ6AMN.mjs.map
