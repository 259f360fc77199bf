import { Option, type Command } from 'commander';
import { stableJson } from '../../core/stable-json.ts';
import type { MergeMethod } from '../../deliver/ports.ts';
import type { PublishMode } from '../../deliver/publish.ts';
import type { Layout } from '../../load/config.ts';
import { common, EXIT_INVALID, layoutOption, type CommandEnv, type CommonOpts } from '../command-kit.ts';
import { diagnosticsJson, printDiagnostics } from '../output.ts';

type PublishOpts = CommonOpts & {
  remote?: string;
  branch?: string;
  mode?: PublishMode;
  dryRun?: boolean;
  label?: string[];
  reviewer?: string[];
  draft?: boolean;
  autoMerge?: MergeMethod;
  layout?: Layout;
  inventory?: string;
  to?: string;
  tag?: string;
  insecure?: boolean;
};

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function registerPublish(program: Command, env: CommandEnv): void {
  common(
    program
      .command('publish')
      .description('render the committed source (HEAD) and publish it to the generated branch, directly or through one pull request per environment'),
  )
    .option('--remote <name>', 'git remote (name or URL) that holds the generated branch (default: publish.remote or origin)')
    .option('--branch <name>', 'generated branch (default: generatedBranch in hubcast.yaml, hubcast/rendered)')
    .addOption(
      new Option('--mode <mode>', 'direct: commit to the branch; pr: one pull request per environment (default: publish.mode or direct)').choices([
        'direct',
        'pr',
      ]),
    )
    .option('--dry-run', 'show what would be published; write and push nothing')
    .option('--label <name>', 'label for the pull requests (repeatable)', collect)
    .option('--reviewer <login>', 'reviewer to request on new pull requests, org/team for a team (repeatable)', collect)
    .option('--draft', 'open pull requests as drafts')
    .addOption(
      new Option('--auto-merge <method>', 'enable auto-merge on the pull requests where the repository allows it').choices(['merge', 'squash', 'rebase']),
    )
    .addOption(layoutOption())
    .option('--inventory <dir>', 'folder with an OCM inventory export')
    .option(
      '--to <oci-url>',
      'push Flux OCI artifacts to oci://HOST[:PORT]/REPOSITORY instead of the generated branch (default: publish.to, or flux.url when it is oci://)',
    )
    .option('--tag <tag>', 'moving tag Flux follows, moved once every artifact is pushed (default: flux.tag or latest)')
    .option('--insecure', 'plain HTTP to a registry that is not on loopback')
    .action(async (o: PublishOpts) => {
      const io = env.io(o);
      const [{ runPublish }, { ociPublishJson, ociPublishText, publishJson, publishText }] = await Promise.all([
        import('../../app/publisher.ts'),
        import('../../app/publish-report.ts'),
      ]);
      const run = await runPublish({
        repo: o.repo,
        remote: o.remote,
        branch: o.branch,
        mode: o.mode,
        dryRun: o.dryRun,
        labels: o.label,
        reviewers: o.reviewer,
        draft: o.draft,
        autoMerge: o.autoMerge,
        layout: o.layout,
        inventory: o.inventory,
        to: o.to,
        tag: o.tag,
        insecure: o.insecure,
        warn: (m) => io.err(`warning: ${m}`),
      });
      if (o.json) {
        const report = run.report ? publishJson(run.report) : run.ociReport ? { oci: ociPublishJson(run.ociReport) } : {};
        io.out(stableJson({ ok: run.exitCode === 0, diagnostics: diagnosticsJson(run.diagnostics), ...report }));
      } else {
        // Input errors stop a publish before anything is pushed; a failure on the way says itself what it left.
        printDiagnostics(io, run.diagnostics, o.verbose, run.exitCode === EXIT_INVALID ? 'nothing was published' : undefined);
        if (run.report) io.out(publishText(run.report, !!o.dryRun));
        if (run.ociReport) io.out(ociPublishText(run.ociReport));
      }
      env.setExit(run.exitCode);
    });
}
