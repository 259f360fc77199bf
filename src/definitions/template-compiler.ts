// Handlebars with its compiler, in a module of its own: the bundle's chunk for it (template-compiler-*.mjs) is
// imported only to compile a template that has no precompiled spec (a repo's own definition's; see
// loadTemplateCompiler in template-engine.ts). Rendering needs only the runtime (template-helpers.ts).
import Handlebars from 'handlebars';

export default Handlebars;
