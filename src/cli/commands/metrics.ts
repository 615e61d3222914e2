/**
 * `cadence metrics [--period <p>] [--as-of <day>] [--audience <a>] [--json] [--list]` →
 * runMetrics() of src/core/report/run-metrics.ts.
 */
import { Option, type Command } from 'commander';
import { audienceNames, type AudienceName } from '../../core/schema/config.ts';
import { configOf, logOf, type CliContext } from '../context.ts';
import { importFunction } from '../lazy-import.ts';
import { reportResult } from '../results.ts';
import type { RunMetricsOptions } from '../../core/report/run-metrics.ts';

export function registerMetrics(program: Command, ctx: CliContext): void {
  program
    .command('metrics')
    .summary('compute the report model of a period (KPIs, spikes, share of voice, campaigns, findings)')
    .description(
      'Compute the report model of one period from the data folder: every KPI with its previous period, the same period a year earlier, ' +
        'the goal (progress and projection) and the typical day; spikes and drops with their drivers; share of voice; campaign lifecycles; ' +
        'ranked findings. Models are cached in .cadence/cache/ by a digest of the data manifest and the config.',
    )
    .option('--period <period>', 'day 2026-09-14, ISO week 2026-W38, month 2026-09, quarter 2026-Q3, year 2025, range 2026-08-01..2026-08-31, or yesterday, last-week, last-month, last-quarter, last-year', 'last-month')
    .option('--as-of <day>', 'the day relative periods count back from and goals count up to (default: today in the reporting time zone)')
    .addOption(new Option('--audience <audience>', 'whose selection of KPIs').choices([...audienceNames]).default('team'))
    .option('--json', 'print the model as JSON')
    .option('--list', 'list the KPIs (built-in and the project’s own) instead')
    .option('--no-cache', 'recompute even when a cached model matches')
    .addHelpText(
      'after',
      `
Examples:
  $ npx cadence metrics --period 2026-09               September 2026, as a readable report
  $ npx cadence metrics --period 2026-09 --json        the same model as JSON
  $ npx cadence metrics --period 2026-W38 --audience sales
  $ npx cadence metrics --period last-month --as-of 2026-10-01
  $ npx cadence metrics --list                          every KPI id, unit and direction`,
    )
    .action(async (opts: { period: string; asOf?: string; audience: AudienceName; json?: boolean; list?: boolean; cache: boolean }, command: Command) => {
      const { config, projectDir } = await configOf(command, ctx);
      const runMetrics = await importFunction<(o: RunMetricsOptions) => Promise<{ ok: boolean }>>(new URL('../../core/report/run-metrics.ts', import.meta.url), 'runMetrics', 'metrics');
      const result = await runMetrics({
        projectDir,
        config,
        log: logOf(ctx),
        clock: ctx.io.clock,
        period: opts.period,
        asOf: opts.asOf,
        audience: opts.audience,
        json: Boolean(opts.json),
        list: Boolean(opts.list),
        cache: opts.cache,
        write: (text) => ctx.io.stdout.write(text),
      });
      reportResult(ctx, result);
    });
}
