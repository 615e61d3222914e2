/**
 * `cadence build [--period <p>] [--out <dir>]` → buildSite() of src/site/build.ts.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { configOf, logOf, placeOf, progressOf, type CliContext } from '../context.ts';
import type { BuildSiteOptions } from '../contracts.ts';
import { importFunction } from '../lazy-import.ts';
import { reportResult } from '../results.ts';

export function registerBuild(program: Command, ctx: CliContext): void {
  program
    .command('build')
    .summary('build the report site')
    .description(
      'Compute the reports from the data folder and render the static site: an index and, for the month, one report ' +
        'per audience (team, sales, leadership) with KPI tables and charts rendered to SVG. The same data and config give byte-identical output.',
    )
    .option('--period <period>', 'the month to report on, e.g. 2026-09 (default: the latest month with data; weeks, quarters, years and ranges come with the full reports)')
    .option('--out <dir>', 'write the site here instead of site.outDir (default dist/)')
    .addHelpText(
      'after',
      `
Examples:
  $ npx cadence build                      the latest month with data, into dist/
  $ npx cadence build --period 2026-08     the August 2026 reports
  $ npx cadence build --out public         write the site to public/`,
    )
    .action(async (opts: { period?: string; out?: string }, command: Command) => {
      const { config, path: configPath, projectDir } = await configOf(command, ctx);
      const buildSite = await importFunction<(o: BuildSiteOptions) => Promise<unknown>>(new URL('../../site/build.ts', import.meta.url), 'buildSite', 'build');
      const options: BuildSiteOptions = {
        projectDir,
        config,
        configPath,
        log: logOf(ctx),
        progress: progressOf(ctx),
        period: opts.period,
        outDir: opts.out ? path.resolve(placeOf(command, ctx.io).projectDir, opts.out) : undefined,
        signal: ctx.signal,
        clock: ctx.io.clock,
      };
      reportResult(ctx, await buildSite(options));
    });
}
