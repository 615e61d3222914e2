/**
 * `cadence check` → runCheck() of src/plugins/check.ts.
 */
import type { Command } from 'commander';
import { configOf, logOf, type CliContext } from '../context.ts';
import type { RunCheckOptions } from '../contracts.ts';
import { importFunction } from '../lazy-import.ts';
import { reportCheck } from '../results.ts';

export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .summary('test the config and every source')
    .description(
      'Validate cadence.config.ts and run each source’s quick, read-only check: files exist, credentials work, ' +
        'and what the next pull would fetch. Nothing is written. Exits 1 when a source is not ready.',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ npx cadence check                        check the project in this folder
  $ npx cadence --cwd ../brand-reports check   check another project
  $ npx cadence --config ci.config.ts check  check another config file`,
    )
    .action(async (_opts: unknown, command: Command) => {
      const { config, path: configPath, projectDir } = await configOf(command, ctx);
      const runCheck = await importFunction<(o: RunCheckOptions) => Promise<unknown>>(new URL('../../plugins/check.ts', import.meta.url), 'runCheck', 'check');
      const options: RunCheckOptions = { projectDir, config, configPath, log: logOf(ctx), signal: ctx.signal, clock: ctx.io.clock };
      reportCheck(ctx, await runCheck(options));
    });
}
