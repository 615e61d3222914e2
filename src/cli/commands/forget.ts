/**
 * `cadence forget <sources...> [--dry-run] [--wait [seconds]]` → forgetSource() of
 * src/core/store/forget.ts: removes a source's rows, rejects and cursors from the data folder.
 * Says what it removed, and when the source is still configured, that the next pull brings it back.
 * `cadence forget --damaged` → forgetDamaged() of src/core/store/forget-damaged.ts: drops the files
 * that do not match the manifest and resets the cursors of the sources that wrote them.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { configOf, logOf, out, type CliContext } from '../context.ts';
import { importFunction } from '../lazy-import.ts';
import { defaultWaitSeconds, parseSeconds } from './pull.ts';
import type { ForgetOptions, ForgetResult } from '../../core/store/forget.ts';
import type { ForgetDamagedOptions, ForgetDamagedResult } from '../../core/store/forget-damaged.ts';

export function registerForget(program: Command, ctx: CliContext): void {
  program
    .command('forget')
    .summary('remove a source’s data from the data folder')
    .description(
      'Remove every row a source imported (every entity, every month), its rejects file and its cursors from the data folder, ' +
        'in one atomic commit; other sources’ rows are not touched. The source may be gone from the config. ' +
        'A source still configured is pulled again, from its start, by the next `cadence pull`. ' +
        'With --damaged: drop every file that does not match data/manifest.json (missing, truncated, changed; see `cadence check --data`) ' +
        'with the rows it held, and reset the cursors of the sources that wrote those months, so the next pull imports them again.',
    )
    .argument('[sources...]', 'names of sources as stored in the data folder (keys under `sources` in the config)')
    .option('--damaged', 'drop the damaged files (and their months’ rows) instead; their sources are pulled again from their start')
    .option('--dry-run', 'only say what would be removed')
    .option('--wait [seconds]', `if a pull holds the data folder, wait for it (default ${defaultWaitSeconds} s) instead of failing`, parseSeconds)
    .addHelpText(
      'after',
      `
Examples:
  $ npx cadence forget old-listening            remove the rows, rejects and cursors of old-listening
  $ npx cadence forget old-listening --dry-run  count what would be removed first
  $ npx cadence forget posts; npx cadence pull  re-import the posts source from scratch
  $ npx cadence forget --damaged; npx cadence pull   drop damaged files, import their months again`,
    )
    .action(async (sources: string[], opts: { damaged?: boolean; dryRun?: boolean; wait?: number | true }, command: Command) => {
      if (!opts.damaged && sources.length === 0) command.error('error: name the source(s) to forget, or pass --damaged to drop the damaged files (see `cadence check --data`)', { exitCode: 2 });
      const { config, projectDir } = await configOf(command, ctx);
      if (opts.damaged) {
        const forgetDamaged = await importFunction<(o: ForgetDamagedOptions) => Promise<ForgetDamagedResult>>(new URL('../../core/store/forget-damaged.ts', import.meta.url), 'forgetDamaged', 'forget');
        const r = await forgetDamaged({
          dataDir: path.resolve(projectDir, config.dataDir),
          now: ctx.io.clock.now(),
          log: logOf(ctx),
          signal: ctx.signal,
          dryRun: opts.dryRun === true,
          ...(opts.wait !== undefined ? { wait: opts.wait === true ? defaultWaitSeconds : opts.wait } : {}),
        });
        if (r.damaged.length === 0) out(ctx, `no damaged file: all ${r.files.toLocaleString('en')} files match data/manifest.json; nothing dropped`);
        for (const line of r.described) out(ctx, `${r.dryRun ? 'would drop' : 'dropped'} ${line}`);
        if (r.damaged.length && r.resetCursorsOf.length) {
          out(ctx, `${r.dryRun ? 'would reset' : 'reset'} the cursors of ${r.resetCursorsOf.join(', ')}: \`npx cadence pull ${r.resetCursorsOf.join(' ')}\` imports what ${r.damaged.length === 1 ? 'it' : 'they'} held again`);
        }
      }
      const forgetSource = await importFunction<(o: ForgetOptions) => Promise<ForgetResult>>(new URL('../../core/store/forget.ts', import.meta.url), 'forgetSource', 'forget');
      const dataDir = path.resolve(projectDir, config.dataDir);
      const log = logOf(ctx);
      for (const source of sources) {
        const r = await forgetSource({
          dataDir,
          source,
          now: ctx.io.clock.now(),
          log,
          signal: ctx.signal,
          dryRun: opts.dryRun === true,
          ...(opts.wait !== undefined ? { wait: opts.wait === true ? defaultWaitSeconds : opts.wait } : {}),
        });
        const verb = r.dryRun ? 'would remove' : 'removed';
        const entities = Object.entries(r.rows).map(([e, n]) => `${n.toLocaleString('en')} ${e}`);
        const parts = [entities.length ? `${entities.join(', ')} row(s)` : 'no rows', ...(r.rejectsFile ? [`the rejects file ${r.rejectsFile}`] : []), ...(r.hadCursors ? ['its status and cursors'] : [])];
        out(ctx, `${source}: ${verb} ${parts.join(', ')}`);
        if (!r.dryRun && config.sources[source]?.enabled) {
          log.warn(`${source} is still configured: the next \`cadence pull\` imports it again from its start (remove it from cadence.config.ts, or set enabled: false, to keep it out)`);
        }
      }
    });
}
