import type { Command } from 'commander';
import { stableJson } from '../../core/stable-json.ts';
import { UnsafeOutputDir, writeTree } from '../../adapters/fs-repo.ts';
import type { Layout } from '../../load/config.ts';
import { common, EXIT_INVALID, EXIT_OK, layoutOption, type CommandEnv, type CommonOpts } from '../command-kit.ts';
import { diagnosticsJson, printDiagnostics } from '../output.ts';
import { runWorkspace } from '../workspace.ts';

type RenderOpts = CommonOpts & { out: string; layout?: Layout; inventory?: string };

export function registerRender(program: Command, env: CommandEnv): void {
  common(program.command('render').description('render the generated tree into --out'))
    .option('--out <dir>', 'output folder (replaced as a whole)', 'out/rendered')
    .addOption(layoutOption())
    .option('--inventory <dir>', 'folder with an OCM inventory export (ManagedClusters, sets, bindings)')
    .action((o: RenderOpts) => {
      const io = env.io(o);
      const r = runWorkspace({ repo: o.repo, out: o.out, layout: o.layout, inventory: o.inventory, history: o.history });
      let ok = r.ok;
      if (r.ok && r.tree) {
        try {
          writeTree(o.out, r.tree);
        } catch (e) {
          if (!(e instanceof UnsafeOutputDir)) throw e;
          io.err(`error: ${e.message} [unsafe-output]`);
          ok = false;
        }
      }
      if (o.json) {
        io.out(stableJson({ ok, diagnostics: diagnosticsJson(r.diagnostics), layout: r.layout, out: o.out, files: ok && r.tree ? [...r.tree.keys()] : [] }));
      } else {
        printDiagnostics(io, r.diagnostics, o.verbose);
        if (ok) io.err(`rendered ${r.rendered?.length ?? 0} deployments (${r.layout} layout) into ${o.out}: ${r.tree?.size ?? 0} files`);
      }
      env.setExit(ok ? EXIT_OK : EXIT_INVALID);
    });
}
