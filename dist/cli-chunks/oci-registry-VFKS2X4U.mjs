import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{e as a,f as b,g as c,h as d,i as e,j as f,k as g}from"./chunk-3WFX6GCN.mjs";import"./chunk-VJSZCKGM.mjs";import"./chunk-23HZW3OT.mjs";import"./chunk-HG5IKD7E.mjs";import"./chunk-X4TZVJ6T.mjs";export{g as OciRegistryClient,f as RegistryError,e as fetchOciDigest,d as fetchOciTags,c as isLoopbackHost,a as ociLocation,b as parseChallenge};
//# sourceMappingURL=oci-registry-VFKS2X4U.mjs.map
