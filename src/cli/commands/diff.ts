import { Option, type Command } from 'commander';
import { formatDiagnostic } from '../../core/diagnostics.ts';
import type { Layout } from '../../load/config.ts';
import { totalChanges, type ChangeSet } from '../../review/model.ts';
import type { Format } from '../../app/diff-outputs.ts';
import { common, EXIT_FAILURE, EXIT_INVALID, EXIT_OK, layoutOption, type CommandEnv, type CommonOpts } from '../command-kit.ts';
import type { ReviewSide } from '../../review/side.ts';

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
  summary?: string;
  reviewArtifact?: string;
  pr?: string;
  prHeadSha?: string;
  offline?: boolean;
  insecure?: boolean;
};

function artifactUsage(o: DiffOpts): string | undefined {
  if (!o.reviewArtifact) return undefined;
  if (!o.pr || !/^[1-9]\d{0,9}$/.test(o.pr)) return '--review-artifact needs --pr with the pull request number';
  if (!o.prHeadSha || !/^[0-9a-f]{40}$/.test(o.prHeadSha)) return "--review-artifact needs --pr-head-sha with the pull request's 40-hex head commit";
  return undefined;
}

/** A side as the report's first line names it: `base HEAD (0123456789ab)`. */
function sideName(s: ReviewSide): string {
  return `${s.side} ${s.label}${s.commit ? ` (${s.commit.slice(0, 12)})` : ''}`;
}

/** flux diff / helm-diff convention with --exit-code: 0 no changes, 1 changes, 2 error. */
function exitCode(cs: ChangeSet, opts: DiffOpts): number {
  const failed = !cs.base.ok || !cs.head.ok;
  if (opts.exitCode) return failed ? EXIT_FAILURE : totalChanges(cs.totals) ? EXIT_INVALID : EXIT_OK;
  return failed ? EXIT_INVALID : EXIT_OK;
}

export function registerDiff(program: Command, env: CommandEnv): void {
  common(program.command('diff').description('render two versions of the specs and compare them object by object (no checkout, no cluster)'))
    .option(
      '--base <ref>',
      'git ref to compare from (default: the merge-base of HEAD with the target branch), or oci://HOST/REPOSITORY[:TAG] for the render published there',
    )
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
    .option('--summary <file>', 'also append the report, sized for a job summary (1 MiB), to this file (e.g. $GITHUB_STEP_SUMMARY)')
    .option(
      '--review-artifact <file>',
      'also write which pull request and commit were reviewed, for the trusted second workflow (diff-post) that renders and posts the review (needs --pr and --pr-head-sha)',
    )
    .option('--pr <number>', 'pull request the review artifact is for')
    .option('--pr-head-sha <sha>', "the pull request's head commit (github.event.pull_request.head.sha)")
    .option('--offline', 'resolve Helm charts and git refs from the source cache only')
    .option('--insecure', 'plain HTTP to a --base oci:// registry that is not on loopback')
    .action(async (o: DiffOpts) => {
      const io = env.io(o);
      const usage = artifactUsage(o);
      if (usage) {
        io.err(`error: ${usage} [usage]`);
        return env.setExit(EXIT_FAILURE);
      }
      const format: Format = o.json ? 'json' : o.format;
      const context = Number(o.context);
      if (!Number.isInteger(context) || context < 0) {
        io.err(`error: --context must be a whole number of lines, not "${o.context}" [usage]`);
        return env.setExit(EXIT_FAILURE);
      }
      // The git, OCI and review code (and the HTML report) load only when a diff runs.
      const [
        { GitTreeError },
        { RegistryError },
        { PullError },
        { diffSides },
        { ignoreRules },
        { writeReports },
        { reviewSides, sidesWithoutSpecs },
        { writeFailure },
      ] = await Promise.all([
        import('../../adapters/git-tree.ts'),
        import('../../adapters/oci-registry.ts'),
        import('../../deliver/oci-pull.ts'),
        import('../../review/change-set.ts'),
        import('../../review/ignore-config.ts'),
        import('../../app/diff-outputs.ts'),
        import('../../app/review-sources.ts'),
        import('../../adapters/tree-writer.ts'),
      ]);
      let inputs;
      try {
        inputs = await reviewSides({
          repo: o.repo,
          base: o.base,
          head: o.head,
          target: o.target,
          baseDir: o.baseDir,
          headDir: o.headDir,
          layout: o.layout,
          inventory: o.inventory,
          offline: o.offline,
          insecure: o.insecure,
        });
      } catch (e) {
        if (e instanceof RegistryError || e instanceof PullError) {
          io.err(`error: ${e.message} [registry]${e instanceof RegistryError && e.hint ? `\n  hint: ${e.hint}` : ''}`);
          return env.setExit(EXIT_FAILURE);
        }
        if (!(e instanceof GitTreeError)) throw e;
        io.err(
          `error: ${e.message} [git]\n  hint: run inside a git repository and name commits with --base/--head, or compare folders with --base-dir/--head-dir`,
        );
        return env.setExit(EXIT_FAILURE);
      }
      const empty = sidesWithoutSpecs(inputs);
      if (empty.length) {
        // A side read from --repo (a commit or the working tree) is named with the folder; a --base-dir/--head-dir side is its folder.
        const fromDir = { base: !!o.baseDir, head: !!o.headDir };
        const named = empty.map((s) => `${sideName(inputs[s])}${fromDir[s] ? '' : ` of ${o.repo}`}`);
        if (empty.length === 2) {
          // Nothing on either side is a wrong folder, not "no changes": fail, and show nothing to compare.
          io.err(`error: no specs found: neither ${named.join(' nor ')} holds a spectrocloud.com/v1beta1 object [no-specs]`);
          const hint =
            fromDir.base || fromDir.head
              ? '--base-dir and --head-dir name folders of spec YAML files (hubcast diff --base-dir old/specs --head-dir new/specs)'
              : '--repo names the folder of your spec YAML files (hubcast diff --repo path/to/specs --base main)';
          io.err(`  hint: ${hint}`);
          return env.setExit(o.exitCode ? EXIT_FAILURE : EXIT_INVALID);
        }
        io.err(`note: no specs found in ${named[0]}: every object of the ${empty[0] === 'base' ? 'head shows as added' : 'base shows as removed'}`);
      }
      const { rules, diagnostics } = ignoreRules({ config: inputs.baseResult.repo?.config.extra.diff, flags: o.ignore, noDefaults: !o.defaultIgnores });
      if (diagnostics.length) {
        for (const d of diagnostics) io.err(formatDiagnostic(d));
        return env.setExit(EXIT_FAILURE);
      }
      const cs = diffSides(inputs.base, inputs.head, { context, ignore: rules });
      if (format !== 'text') for (const s of [cs.base, cs.head]) for (const e of s.errors) io.err(`${s.side}: ${e}`);
      // Colour only where a person reads it: not in a file, not through a pipe.
      try {
        writeReports(cs, { ...o, format }, { ...io, color: io.color && !o.out && env.stdoutIsTTY });
      } catch (e) {
        // A report file the disk refuses: one line naming it, a failure to run.
        const { code, path } = e as NodeJS.ErrnoException;
        if (typeof code !== 'string' || !code.startsWith('E')) throw e;
        io.err(`error: cannot write ${path ?? o.out}: ${writeFailure(e)} [output]`);
        env.setExit(EXIT_FAILURE);
        return;
      }
      env.setExit(exitCode(cs, o));
    });
}
