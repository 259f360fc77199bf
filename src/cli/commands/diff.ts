import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Option, type Command } from 'commander';
import { GitTreeError } from '../../adapters/git-tree.ts';
import { formatDiagnostic } from '../../core/diagnostics.ts';
import { stableJson } from '../../core/stable-json.ts';
import type { Layout } from '../../load/config.ts';
import { diffSides } from '../../review/change-set.ts';
import { htmlReport } from '../../review/html-report.ts';
import { ignoreRules } from '../../review/ignore-config.ts';
import { markdownReport } from '../../review/markdown-report.ts';
import { totalChanges, type ChangeSet } from '../../review/model.ts';
import { common, EXIT_FAILURE, EXIT_INVALID, EXIT_OK, layoutOption, type CommandEnv, type CommonOpts } from '../command-kit.ts';
import { diffText } from '../diff-text.ts';
import type { Io } from '../output.ts';
import { reviewSides } from '../review-sources.ts';

type Format = 'text' | 'markdown' | 'json' | 'html';

type DiffOpts = CommonOpts & {
  base?: string;
  head?: string;
  target?: string;
  baseDir?: string;
  headDir?: string;
  format: Format;
  out?: string;
  exitCode?: boolean;
  ignore: string[];
  defaultIgnores: boolean;
  context: string;
  layout?: Layout;
  inventory?: string;
};

/** Between several markdown comments (a report split into parts). */
export const PART_BREAK = '\n\n<!-- hubcast: next comment -->\n\n';

function report(cs: ChangeSet, format: Format, io: Io): string {
  if (format === 'json') return stableJson(cs);
  if (format === 'html') return htmlReport(cs);
  if (format === 'markdown') return `${markdownReport(cs).parts.join(PART_BREAK)}\n`;
  return `${diffText(cs, io)}\n`;
}

/** flux diff / helm-diff convention with --exit-code: 0 no changes, 1 changes, 2 error. */
function exitCode(cs: ChangeSet, opts: DiffOpts): number {
  const failed = !cs.base.ok || !cs.head.ok;
  if (opts.exitCode) return failed ? EXIT_FAILURE : totalChanges(cs.totals) ? EXIT_INVALID : EXIT_OK;
  return failed ? EXIT_INVALID : EXIT_OK;
}

export function registerDiff(program: Command, env: CommandEnv): void {
  common(program.command('diff').description('render two versions of the specs and compare them object by object (no checkout, no cluster)'))
    .option('--base <ref>', 'git ref to compare from (default: the merge-base of HEAD with the target branch)')
    .option('--head <ref>', 'git ref to compare to (default: the working tree)')
    .option('--target <branch>', 'branch the change is headed for (default: origin/$GITHUB_BASE_REF, origin/HEAD, main or master)')
    .option('--base-dir <dir>', 'compare from a spec folder instead of a git ref')
    .option('--head-dir <dir>', 'compare to a spec folder instead of the working tree')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'markdown', 'json', 'html']).default('text'))
    .option('--out <file>', 'write the report to this file instead of stdout')
    .option('--exit-code', 'exit 1 when anything changed (0: no changes, 2: an error)')
    .option('--ignore <rule>', 'hide objects or fields: Kind[/namespace]/name[#/json/pointer] (repeatable)', (v: string, acc: string[]) => [...acc, v], [])
    .option('--no-default-ignores', 'also show helm.sh/chart and app.kubernetes.io/version labels and checksum/* annotations')
    .option('--context <lines>', 'lines of context around each change', '3')
    .addOption(layoutOption())
    .option('--inventory <dir>', 'folder with an OCM inventory export')
    .action((o: DiffOpts) => {
      const io = env.io(o);
      const format: Format = o.json ? 'json' : o.format;
      const context = Number(o.context);
      if (!Number.isInteger(context) || context < 0) {
        io.err(`error: --context must be a whole number of lines, not "${o.context}" [usage]`);
        return env.setExit(EXIT_FAILURE);
      }
      let inputs;
      try {
        inputs = reviewSides({ repo: o.repo, base: o.base, head: o.head, target: o.target, baseDir: o.baseDir, headDir: o.headDir, layout: o.layout, inventory: o.inventory });
      } catch (e) {
        if (!(e instanceof GitTreeError)) throw e;
        io.err(`error: ${e.message} [git]\n  hint: run inside a git repository and name commits with --base/--head, or compare folders with --base-dir/--head-dir`);
        return env.setExit(EXIT_FAILURE);
      }
      const { rules, diagnostics } = ignoreRules({ config: inputs.baseResult.repo?.config.extra.diff, flags: o.ignore, noDefaults: !o.defaultIgnores });
      if (diagnostics.length) {
        for (const d of diagnostics) io.err(formatDiagnostic(d));
        return env.setExit(EXIT_FAILURE);
      }
      const cs = diffSides(inputs.base, inputs.head, { context, ignore: rules });
      if (format !== 'text') for (const s of [cs.base, cs.head]) for (const e of s.errors) io.err(`${s.side}: ${e}`);
      // Colour only where a person reads it: not in a file, not through a pipe.
      const text = report(cs, format, { ...io, color: io.color && !o.out && !!process.stdout.isTTY });
      if (o.out) {
        mkdirSync(dirname(o.out), { recursive: true });
        writeFileSync(o.out, text);
      } else io.out(text);
      env.setExit(exitCode(cs, o));
    });
}
