import type { Command } from 'commander';
import { stableJson } from '../../core/stable-json.ts';
import type { Layout } from '../../load/config.ts';
import { common, EXIT_INVALID, EXIT_OK, layoutOption, type CommandEnv, type CommonOpts } from '../command-kit.ts';
import { diagnosticsJson, printDiagnostics } from '../output.ts';
import { planRows, planText } from '../plan.ts';
import { runWorkspace } from '../workspace.ts';

export function registerPlan(program: Command, env: CommandEnv): void {
  common(program.command('plan').description('show what each deployment renders, where, and why'))
    .addOption(layoutOption())
    .option('--inventory <dir>', 'folder with an OCM inventory export')
    .action((o: CommonOpts & { layout?: Layout; inventory?: string }) => {
      const io = env.io(o);
      const r = runWorkspace({ repo: o.repo, layout: o.layout, inventory: o.inventory, history: o.history });
      if (o.json) io.out(stableJson({ ok: r.ok, diagnostics: diagnosticsJson(r.diagnostics), layout: r.layout, deployments: r.ok ? planRows(r) : [] }));
      else {
        printDiagnostics(io, r.diagnostics, true);
        if (r.ok) io.out(planText(r));
      }
      env.setExit(r.ok ? EXIT_OK : EXIT_INVALID);
    });
}
