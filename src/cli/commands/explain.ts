import type { Command } from 'commander';
import { error } from '../../core/diagnostics.ts';
import { stableJson } from '../../core/stable-json.ts';
import type { Layout } from '../../load/config.ts';
import { common, EXIT_FAILURE, EXIT_INVALID, EXIT_OK, layoutOption, type CommandEnv, type CommonOpts } from '../command-kit.ts';
import type { Explanation } from '../../app/explain.ts';
import { diagnosticsJson, printDiagnostics } from '../output.ts';

type ExplainOpts = CommonOpts & { layout?: Layout; inventory?: string; history?: boolean };

export function registerExplain(program: Command, env: CommandEnv): void {
  common(
    program
      .command('explain')
      .argument('<object>', 'KIND/NAMESPACE/NAME, or NAMESPACE/NAME of a WorkloadDeployment')
      .description('show how an object resolves: revisions, definition versions, variable sources, placement'),
  )
    .addOption(layoutOption())
    .option('--inventory <dir>', 'folder with an OCM inventory export')
    .action(async (target: string, o: ExplainOpts) => {
      const io = env.io(o);
      const [{ runWorkspace }, { explainDeployment, explainObject, explanationText, parseTarget }] = await Promise.all([
        import('../../app/workspace.ts'),
        import('../../app/explain.ts'),
      ]);
      const id = parseTarget(target);
      if (typeof id === 'string') {
        io.err(`error: ${id} [usage]`);
        env.setExit(EXIT_FAILURE);
        return;
      }
      const r = await runWorkspace({ repo: o.repo, layout: o.layout, inventory: o.inventory, emit: false, history: o.history });
      let explanation: Explanation | undefined;
      const diagnostics = [...r.diagnostics];
      if (id.kind === 'WorkloadDeployment') {
        const resolved = r.resolved?.find((d) => d.deployment.id.namespace === id.namespace && d.deployment.id.name === id.name);
        const rendered = r.rendered?.find((d) => d.resolved === resolved);
        if (resolved) explanation = explainDeployment(resolved, rendered, r.works);
      } else explanation = explainObject(id, r);
      const known = explanation && ('environment' in explanation || explanation.revisions.length > 0);
      if (!known) {
        const exists = r.repo?.specs[id.kind].some((o2) => o2.id.namespace === id.namespace && o2.id.name === id.name);
        diagnostics.push(
          exists
            ? error('explain', `${id.kind} ${id.namespace}/${id.name} could not be resolved; see the errors above`)
            : error('explain', `${id.kind} ${id.namespace}/${id.name} does not exist`, undefined, 'hubcast plan lists the deployments'),
        );
      }
      const ok = r.ok && !!known;
      if (o.json) io.out(stableJson({ ok, diagnostics: diagnosticsJson(diagnostics), explanation: known ? explanation : null }));
      else {
        printDiagnostics(io, diagnostics, o.verbose);
        if (known) io.out(explanationText(explanation!));
      }
      env.setExit(ok ? EXIT_OK : EXIT_INVALID);
    });
}
