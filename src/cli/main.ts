// hubcast's command line. Each command lives in commands/<name>.ts and registers itself here.
// Exit codes: 0 ok, 1 invalid input, 2 failure (README, "Command line").

import { isatty } from 'node:tty';
import { Command, CommanderError } from 'commander';
import { HUBCAST_VERSION } from '../core/version.ts';
import { EXIT_FAILURE, EXIT_OK, type CommandEnv } from './command-kit.ts';
import { processIo, type CliIo } from './output.ts';
import { stdoutWriter } from './object-stream.ts';
import { sourceStack } from '../adapters/stack-source.ts';
import { registerBootstrap } from './commands/bootstrap.ts';
import { registerExplain } from './commands/explain.ts';
import { registerDiff } from './commands/diff.ts';
import { registerPlan } from './commands/plan.ts';
import { registerPublish } from './commands/publish.ts';
import { registerRender } from './commands/render.ts';
import { registerValidate } from './commands/validate.ts';

export async function main(argv: string[], ioOverride?: CliIo): Promise<number> {
  let code = EXIT_OK;
  const env: CommandEnv = {
    io: (o) => ioOverride ?? processIo(o.color === false),
    stream: ioOverride ? (ioOverride.stream?.bind(ioOverride) ?? ((t) => (ioOverride.out(t), true))) : stdoutWriter(1),
    progress: ioOverride ? { isTTY: false, write: (s) => ioOverride.err(s) } : process.stderr,
    // isatty, not process.stdout.isTTY: creating process.stdout makes a pipe on fd 1 non-blocking, and `render --out -`
    // then writes its objects in 2 ms naps whenever the reader is behind (30% slower into a pipe, measured).
    stdoutIsTTY: ioOverride ? false : isatty(1),
    setExit: (c) => {
      code = c;
    },
  };
  const program = new Command('hubcast')
    .description('Render PaletteAI-style specs into OCM ManifestWork and Flux objects for a generated GitOps branch.')
    .version(HUBCAST_VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => (ioOverride ? ioOverride.out(s) : process.stdout.write(s)),
      writeErr: (s) => (ioOverride ? ioOverride.err(s) : process.stderr.write(s)),
      // Given an Io, help is laid out as for a pipe (80 columns, no colour), whatever terminal the caller has.
      ...(ioOverride && { getOutHelpWidth: () => 80, getErrHelpWidth: () => 80, getOutHasColors: () => false, getErrHasColors: () => false }),
    });
  registerValidate(program, env);
  registerRender(program, env);
  registerPlan(program, env);
  registerBootstrap(program, env);
  registerExplain(program, env);
  registerPublish(program, env);
  registerDiff(program, env);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    // --help and --version end here with exit code 0; usage errors are failures to run.
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_FAILURE;
    const io = ioOverride ?? processIo();
    io.err(`hubcast: internal error: ${sourceStack((e as Error).stack ?? String(e))}`);
    io.err('this is a bug in hubcast, not in your specs; please report it with the command you ran');
    return EXIT_FAILURE;
  }
  return code;
}
