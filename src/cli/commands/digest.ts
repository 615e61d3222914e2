/**
 * `cadence digest [--kind chat|employee|leadership] [--period <p>] [--as-of <day>]
 * [--format json|markdown|html|text] [--out <file>] [--send] [--resend]` → runDigest() of
 * src/digest/run.ts. Prints the digest (or writes it to --out); with --send, posts it to the
 * webhook in CADENCE_DIGEST_WEBHOOK once per kind, period and audience (a rerun sends nothing).
 */
import path from 'node:path';
import { Option, type Command } from 'commander';
import { CadenceError } from '../../core/errors.ts';
import { localDayOf } from '../../core/periods/period.ts';
import { sleep } from '../../plugins/retry.ts';
import { configOf, logOf, out, type CliContext } from '../context.ts';
import { importFunction } from '../lazy-import.ts';
import { writeFileAtomic } from '../../core/write-file.ts';
import type { DigestFormat, RunDigestOptions, runDigest, digestOutput } from '../../digest/run.ts';
import type { DigestKind } from '../../digest/types.ts';

export const DIGEST_WEBHOOK_ENV = 'CADENCE_DIGEST_WEBHOOK';

interface DigestOpts {
  kind: DigestKind;
  period?: string;
  asOf?: string;
  format?: DigestFormat;
  out?: string;
  send?: boolean;
  resend?: boolean;
  cache: boolean;
}

/** The webhook URL from the environment (CADENCE_ENV_MISSING when unset or not http(s)). */
function webhookUrl(env: NodeJS.ProcessEnv): string {
  const url = env[DIGEST_WEBHOOK_ENV]?.trim();
  if (!url) throw new CadenceError('CADENCE_ENV_MISSING', `--send posts the digest to the URL in ${DIGEST_WEBHOOK_ENV}, which is not set.`, { hint: `Export ${DIGEST_WEBHOOK_ENV}=https://hooks.example.com/… (in CI, map it from the repository secrets).` });
  let ok = false;
  try {
    ok = /^https?:$/.test(new URL(url).protocol);
  } catch {
    ok = false;
  }
  if (!ok) throw new CadenceError('CADENCE_ENV_MISSING', `${DIGEST_WEBHOOK_ENV} is not an http(s) URL.`, { hint: `Set ${DIGEST_WEBHOOK_ENV} to the webhook's full URL, e.g. https://hooks.slack.com/services/….` });
  return url;
}

export function registerDigest(program: Command, ctx: CliContext): void {
  program
    .command('digest')
    .summary('render (and send) the weekly chat update, the monthly employee digest or the leadership e-mail')
    .description(
      'Render a digest of a report: the weekly chat update (Slack Block Kit JSON or Markdown, the team’s findings with links), ' +
        'the monthly employee digest (e-mail HTML: the best owned posts and ready-to-copy posts) or the monthly leadership e-mail ' +
        '(five lines: findings and goal progress). All say what the site says, from the same story. With --send, post it as JSON ' +
        `to the webhook in ${DIGEST_WEBHOOK_ENV}; each kind, period and audience is sent once (ledger: .cadence/digests/sent.json).`,
    )
    .addOption(new Option('--kind <kind>', 'which digest').choices(['chat', 'employee', 'leadership']).default('chat'))
    .option('--period <period>', 'week 2026-W38, month 2026-09, … or last-week, last-month (default: last-week for chat, last-month for the others)')
    .option('--as-of <day>', 'the day last-week and last-month count back from (default: the day after the data’s last day)')
    .addOption(new Option('--format <format>', 'output format (default: json for chat, html for employee, text for leadership)').choices(['json', 'markdown', 'html', 'text']))
    .option('--out <file>', 'write the digest to this file instead of printing it')
    .option('--send', `post the digest (JSON) to the URL in ${DIGEST_WEBHOOK_ENV}, once per kind, period and audience`)
    .option('--resend', 'with --send: send again even if this digest was sent before')
    .option('--no-cache', 'recompute the report model even when a cached one matches')
    .addHelpText(
      'after',
      `
Examples:
  $ npx cadence digest                                   last week's chat update as Block Kit JSON
  $ npx cadence digest --period 2026-W38 --format markdown
  $ npx cadence digest --kind employee --period 2026-09 --out digest.html
  $ npx cadence digest --kind leadership                 last month's five-line e-mail
  $ CADENCE_DIGEST_WEBHOOK=https://hooks.slack.com/services/… npx cadence digest --send`,
    )
    .action(async (opts: DigestOpts, command: Command) => {
      const send = Boolean(opts.send || opts.resend);
      const url = send ? webhookUrl(ctx.io.env) : null;
      // A webhook URL carries its secret in the path: mask it (and the path alone) in every line.
      if (url) logOf(ctx).addSecrets([url, new URL(url).pathname]);
      const { config, projectDir } = await configOf(command, ctx);
      const module = new URL('../../digest/run.ts', import.meta.url);
      const run = await importFunction<typeof runDigest>(module, 'runDigest', 'digest');
      const render = await importFunction<typeof digestOutput>(module, 'digestOutput', 'digest');
      const defaults = { chat: 'json', employee: 'html', leadership: 'text' } as const;
      const options: RunDigestOptions = {
        projectDir,
        config,
        log: logOf(ctx),
        clock: ctx.io.clock,
        kind: opts.kind,
        period: opts.period,
        asOf: opts.asOf,
        cache: opts.cache,
        send: url ? { url, force: Boolean(opts.resend), fetch: globalThis.fetch, sleep } : undefined,
      };
      const { digest, sent } = await run(options);
      const text = render(digest, opts.format ?? defaults[opts.kind]);
      if (opts.out) {
        await writeFileAtomic(path.resolve(projectDir, opts.out), text);
        out(ctx, `wrote the ${digest.kind} digest for ${digest.period} to ${opts.out}`);
      } else if (!send) {
        ctx.io.stdout.write(text);
      }
      if (sent?.status === 'sent') out(ctx, `sent the ${digest.kind} digest for ${digest.period} (${digest.audience})`);
      else if (sent) {
        const on = localDayOf(new Date(sent.sentAt), config.timezone);
        out(ctx, `already sent for ${digest.period} on ${on}, nothing sent${sent.changed ? ' (the digest has changed since; pass --resend to send it again)' : ''}`);
      }
    });
}
