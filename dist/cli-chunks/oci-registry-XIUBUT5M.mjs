import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{e as a,f as b,g as c,h as d,i as e,j as f,k as g}from"./chunk-5Y2IXQKE.mjs";import"./chunk-SH6Z7OM6.mjs";import"./chunk-JDAALK3Q.mjs";import"./chunk-HG5IKD7E.mjs";import"./chunk-X4TZVJ6T.mjs";export{g as OciRegistryClient,f as RegistryError,e as fetchOciDigest,d as fetchOciTags,c as isLoopbackHost,a as ociLocation,b as parseChallenge};
//# sourceMappingURL=oci-registry-XIUBUT5M.mjs.map
