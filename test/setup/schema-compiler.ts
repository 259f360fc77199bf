// Tests call the pure stages directly (runPipeline, renderComponent): what they compile is loaded first.
import { loadSchemaCompilers } from '../helpers/schema-compiler.ts';

await loadSchemaCompilers();
