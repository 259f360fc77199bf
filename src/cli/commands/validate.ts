import type { Command } from 'commander';
import { stableJson } from '../../core/stable-json.ts';
import {
  common,
  sourceFlags,
  sourceOptionsOf,
  requireReadyOption,
  EXIT_INVALID,
  EXIT_OK,
  type CommandEnv,
  type CommonOpts,
  type SourceFlags,
} from '../command-kit.ts';
import { diagnosticsJson, printDiagnostics } from '../output.ts';
import { plural } from '../../core/plural.ts';

export function registerValidate(program: Command, env: CommandEnv): void {
  sourceFlags(common(program.command('validate').description('check every spec and reference; write nothing')))
    .addOption(requireReadyOption())
    .action(async (o: CommonOpts & SourceFlags & { requireReady?: boolean }) => {
      const io = env.io(o);
      const { runWorkspace } = await import('../../app/workspace.ts');
      const r = await runWorkspace({ ...sourceOptionsOf(o), repo: o.repo, emit: false, history: o.history, requireReady: o.requireReady });
      if (o.json) io.out(stableJson({ ok: r.ok, diagnostics: diagnosticsJson(r.diagnostics), deployments: r.resolved?.length ?? 0 }));
      else {
        printDiagnostics(io, r.diagnostics, true);
        if (r.ok) io.err(`ok: ${plural(r.repo?.fileCount ?? 0, 'file')}, ${plural(r.resolved?.length ?? 0, 'deployment')} valid`);
      }
      env.setExit(r.ok ? EXIT_OK : EXIT_INVALID);
    });
}
