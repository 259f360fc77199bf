// The CEL library in a module of its own: the bundle's chunk for it (cel-library-*.mjs) is imported only for
// Placements with CEL expressions (see loadCel in cel.ts).
export { Environment, ParseError } from '@marcbachmann/cel-js';
