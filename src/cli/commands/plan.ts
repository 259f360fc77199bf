import type { Command } from 'commander';
import { stableJson } from '../../core/stable-json.ts';
import type { Layout } from '../../load/config.ts';
import {
  common,
  sourceFlags,
  sourceOptionsOf,
  EXIT_INVALID,
  EXIT_OK,
  layoutOption,
  nowOption,
  requireReadyOption,
  type CommandEnv,
  type CommonOpts,
  type SourceFlags,
} from '../command-kit.ts';
import { diagnosticsJson, printDiagnostics } from '../output.ts';

export function registerPlan(program: Command, env: CommandEnv): void {
  sourceFlags(common(program.command('plan').description('show what each deployment renders, where, and why')))
    .addOption(layoutOption())
    .addOption(nowOption())
    .addOption(requireReadyOption())
    .option('--inventory <dir>', 'folder with an OCM inventory export')
    .action(async (o: CommonOpts & SourceFlags & { layout?: Layout; inventory?: string; now?: number; requireReady?: boolean }) => {
      const io = env.io(o);
      const [{ runWorkspace }, { planEnvironments, planRollouts, planRows, planText }] = await Promise.all([
        import('../../app/workspace.ts'),
        import('../../app/plan.ts'),
      ]);
      const r = await runWorkspace({
        ...sourceOptionsOf(o),
        repo: o.repo,
        layout: o.layout,
        inventory: o.inventory,
        now: o.now,
        requireReady: o.requireReady,
        history: o.history,
      });
      if (o.json)
        io.out(
          stableJson({
            ok: r.ok,
            diagnostics: diagnosticsJson(r.diagnostics),
            layout: r.layout,
            deployments: r.ok ? planRows(r) : [],
            environments: r.ok ? planEnvironments(r) : [],
            rollouts: r.ok ? planRollouts(r) : [],
          }),
        );
      else {
        printDiagnostics(io, r.diagnostics, true);
        if (r.ok) io.out(planText(r));
      }
      env.setExit(r.ok ? EXIT_OK : EXIT_INVALID);
    });
}
