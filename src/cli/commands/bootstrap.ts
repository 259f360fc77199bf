import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { error, hasErrors } from '../../core/diagnostics.ts';
import { stableJson } from '../../core/stable-json.ts';
import { common, EXIT_INVALID, EXIT_OK, type CommandEnv, type CommonOpts } from '../command-kit.ts';
import { diagnosticsJson, printDiagnostics } from '../output.ts';

// `hubcast bootstrap`: the two objects a user applies to the hub once. From then on the root
// Kustomization applies the generated branch's flux/ folder, itself included.
export function registerBootstrap(program: Command, env: CommandEnv): void {
  common(
    program.command('bootstrap').description('print the Flux objects to apply to the hub once (GitRepository or OCIRepository + root Kustomization)'),
  ).action(async (o: CommonOpts) => {
    const io = env.io(o);
    const [{ readConfigFile }, { emitYaml }, { bootstrapObjects, FLUX_DIR, isOciUrl }, { CONFIG_FILE, parseConfig }, { deliveryConfig }] = await Promise.all([
      import('../../adapters/fs-repo.ts'),
      import('../../emit/yaml-emitter.ts'),
      import('../../flux/hub.ts'),
      import('../../load/config.ts'),
      import('../../load/delivery-config.ts'),
    ]);
    const repoDir = resolve(o.repo);
    const file = readConfigFile(repoDir);
    const { config, diagnostics } = parseConfig(file);
    const flux = deliveryConfig(config).flux;
    if (!existsSync(repoDir) || !statSync(repoDir).isDirectory()) {
      diagnostics.push(error('repo-not-found', `repository folder ${o.repo} does not exist`, undefined, 'pass --repo DIR pointing at your spec repository'));
    } else if (!diagnostics.length && !flux.url) {
      // flux.url has no default (every other bootstrap setting has one): say which file lacks it, or that there is none.
      const fix = '`flux: {url: https://git.example.com/org/repo.git, secretRef: NAME}`';
      diagnostics.push(
        file
          ? error(
              'config',
              `${CONFIG_FILE} sets no flux.url, the repository Flux on the hub reads the generated branch from`,
              { file: file.path, line: 1, column: 1 },
              `add ${fix} to ${CONFIG_FILE}`,
            )
          : error(
              'config',
              `no ${CONFIG_FILE} in ${o.repo}: bootstrap needs flux.url, the repository Flux on the hub reads the generated branch from, and it has no default`,
              undefined,
              `create ${join(o.repo, CONFIG_FILE)} with ${fix} (docs/config.md)`,
            ),
      );
    }
    const ok = !hasErrors(diagnostics);
    const objects = ok ? bootstrapObjects({ ...flux, url: flux.url! }) : [];
    if (o.json) io.out(stableJson({ ok, diagnostics: diagnosticsJson(diagnostics), objects }));
    else {
      printDiagnostics(io, diagnostics);
      if (ok) {
        io.out(objects.map((x) => emitYaml(x as never)).join('---\n'));
        const oci = isOciUrl(flux.url);
        io.err(
          `apply once with: hubcast bootstrap | kubectl apply -f -   (then Flux applies ./${FLUX_DIR} of ${oci ? `${flux.url}:${flux.tag}` : `branch ${flux.branch}`})`,
        );
        if (flux.secretRef) {
          const example = oci
            ? `flux create secret oci ${flux.secretRef} --url=${flux.url!.replace(/^oci:\/\//, '').replace(/\/.*$/, '')} --username=... --password=...`
            : `flux create secret git ${flux.secretRef} --url=${flux.url} ...`;
          io.err(`first create the Secret ${flux.namespace}/${flux.secretRef} with read access to ${flux.url} (for example: ${example})`);
        }
      }
    }
    env.setExit(ok ? EXIT_OK : EXIT_INVALID);
  });
}
