import type { Command } from 'commander';
import { stableJson } from '../../core/stable-json.ts';
import { openTreeWriter, OutputWriteError, treeIndexFile } from '../../adapters/tree-writer.ts';
import { cmp } from '../../core/diagnostics.ts';
import { StreamingTree, type TreeBuilder } from '../../emit/tree.ts';
import type { Layout } from '../../load/config.ts';
import {
  common,
  sourceFlags,
  sourceOptionsOf,
  EXIT_FAILURE,
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
import { objectStream } from '../object-stream.ts';
import { progressLine } from '../progress.ts';
import { plural } from '../../core/plural.ts';

type RenderOpts = CommonOpts & SourceFlags & { quiet?: boolean; out: string; layout?: Layout; inventory?: string; now?: number; requireReady?: boolean };

export function registerRender(program: Command, env: CommandEnv): void {
  sourceFlags(common(program.command('render').description('render the generated tree into --out')))
    .option('--out <dir>', 'output folder (replaced as a whole); - prints the objects to stdout as one YAML stream', 'out/rendered')
    .addOption(layoutOption())
    .addOption(nowOption())
    .addOption(requireReadyOption())
    .option('-q, --quiet', 'no progress line on long renders')
    .option('--inventory <dir>', 'folder with an OCM inventory export (ManagedClusters, sets, bindings)')
    .action(async (o: RenderOpts) => {
      const io = env.io(o);
      if (o.out === '-' && o.json) {
        io.err('error: --json and --out - both print to stdout; choose one [usage]');
        env.setExit(EXIT_FAILURE);
        return;
      }
      const progress = progressLine(env.progress, { quiet: o.quiet || o.json });
      const target = o.out === '-' ? stdoutTarget(env.stream) : folderTarget(o.out);
      const { into } = target;
      const { runWorkspace } = await import('../../app/workspace.ts');
      let r;
      try {
        r = await runWorkspace({
          ...sourceOptionsOf(o),
          repo: o.repo,
          out: o.out === '-' ? undefined : o.out,
          layout: o.layout,
          inventory: o.inventory,
          now: o.now,
          requireReady: o.requireReady,
          history: o.history,
          onStage: progress.stage,
          into,
        });
        if (r.ok && !target.unsafe) {
          progress.stage('write');
          target.finish();
        }
      } catch (e) {
        target.abort();
        if (!(e instanceof OutputWriteError)) throw e;
        // The disk or its permissions, not the specs nor hubcast: say so in one line, exit as a failure to run.
        progress.done();
        io.err(`error: ${e.message} [output]`);
        env.setExit(EXIT_FAILURE);
        return;
      }
      let ok = r.ok;
      // Invalid specs are the first thing to fix (exit 1); an output that cannot or must not be written
      // is a failure to run (exit 2), reported in one line either way.
      let exit = r.ok ? EXIT_OK : EXIT_INVALID;
      if (!r.ok) target.abort();
      if (target.unsafe) {
        io.err(`error: ${target.unsafe} [unsafe-output]`);
        ok = false;
        if (r.ok) exit = EXIT_FAILURE;
      }
      progress.done();
      const files = ok ? [...(r.emitted?.keys() ?? [])].sort(cmp) : [];
      if (o.json) {
        io.out(stableJson({ ok, diagnostics: diagnosticsJson(r.diagnostics), layout: r.layout, out: o.out, files }));
      } else {
        printDiagnostics(io, r.diagnostics, o.verbose, 'nothing was written');
        const works = r.works ? `, ${plural(r.works.length, 'ManifestWork')} on ${plural(new Set(r.works.map((w) => w.cluster)).size, 'cluster')}` : '';
        const where = o.out === '-' ? `to stdout: ${plural(target.objects ?? 0, 'object')}` : `into ${o.out}: ${plural(files.length, 'file')}`;
        if (ok) io.err(`rendered ${plural(r.rendered?.length ?? 0, 'deployment')} (${r.layout} layout) ${where}${works}`);
      }
      env.setExit(exit);
    });
}

/** Where a render goes: a folder (see openTreeWriter) or stdout (see objectStream). */
interface RenderTarget {
  /** Undefined when nothing may be written (the folder is unsafe). */
  into?: TreeBuilder;
  unsafe?: string;
  finish(): void;
  abort(): void;
  /** Objects printed (stdout). */
  readonly objects?: number;
}

function folderTarget(out: string): RenderTarget {
  // Files are written as they are emitted: the tree is never whole in memory (large fleets). Nothing is
  // emitted when the specs have errors, and a folder that is not a previous render is never touched.
  const writer = openTreeWriter(out, { indexFile: treeIndexFile(out) });
  return {
    into: writer.unsafe ? undefined : new StreamingTree((path, text) => writer.write(path, text)),
    unsafe: writer.unsafe,
    finish: () => writer.finish(),
    abort: () => writer.abort(),
  };
}

function stdoutTarget(write: (text: string) => boolean): RenderTarget {
  // The pipeline emits only when the specs have no errors, so nothing reaches stdout on bad input.
  const stream = objectStream(write);
  return {
    into: new StreamingTree((path, text) => stream.file(path, text)),
    finish: () => stream.end(),
    abort: () => undefined,
    get objects() {
      return stream.objects;
    },
  };
}
