import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{d as a,e as b,f as c}from"./chunk-W5V2MUSA.mjs";import"./chunk-47DU7PYR.mjs";import"./chunk-SH6Z7OM6.mjs";import"./chunk-IJ2EBATH.mjs";import"./chunk-YBYMKMQD.mjs";import"./chunk-A6A2VC5N.mjs";import"./chunk-XE6LWZ5S.mjs";import"./chunk-2O2Z2GWY.mjs";import"./chunk-4QTZG5OP.mjs";import"./chunk-HG5IKD7E.mjs";import"./chunk-X4TZVJ6T.mjs";export{a as PullError,b as pullArtifact,c as pullRender};
//# sourceMappingURL=oci-pull-WSEYCPJ2.mjs.map
