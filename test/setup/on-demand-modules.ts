// Tests call the pure stages directly (runPipeline, renderComponent, schedule): what they use is loaded first.
import { loadOnDemandModules } from '../helpers/on-demand-modules.ts';

await loadOnDemandModules();
