/**
 * `cadence digest`: the report model of one period (through the model cache, as `cadence metrics`
 * gets it), rendered as the chat update, the employee digest or the leadership e-mail, and
 * optionally sent to the webhook in CADENCE_DIGEST_WEBHOOK.
 *
 * Defaults: the chat update is last week's, for the team; the employee digest last month's, for
 * the team; the leadership e-mail last month's, for leadership. "Last" counts back from `--as-of`,
 * else from the day after the data's last day (the last complete week or month of the data, so a
 * scheduled run after a pull reports the period just finished), else from today.
 */
import { join } from 'node:path';
import { jsonOutput } from '../core/json-output.ts';
import type { Logger } from '../core/log/types.ts';
import { addDays } from '../core/benchmarks/typical-day.ts';
import { latestDayWithData } from '../core/metrics/data-days.ts';
import { localDayOf, parsePeriod } from '../core/periods/period.ts';
import { checkAsOf, projectReportModel } from '../core/report/project-model.ts';
import type { ReportModel } from '../core/report/model.ts';
import type { AudienceName, CadenceConfig } from '../core/schema/config.ts';
import { createFormat } from '../core/story/format.ts';
import { chatDigest } from './chat.ts';
import { employeeDigest } from './employee.ts';
import { leadershipDigest } from './leadership.ts';
import { siteLinks } from './links.ts';
import { sendDigest, type SendResult } from './send.ts';
import type { Digest, DigestContext, DigestKind } from './types.ts';

export const digestFormats = ['json', 'markdown', 'html', 'text'] as const;
export type DigestFormat = (typeof digestFormats)[number];

/** Audience, default period and default format of each kind. */
export const digestDefaults: Record<DigestKind, { audience: AudienceName; period: string; format: DigestFormat }> = {
  chat: { audience: 'team', period: 'last-week', format: 'json' },
  employee: { audience: 'team', period: 'last-month', format: 'html' },
  leadership: { audience: 'leadership', period: 'last-month', format: 'text' },
};

const renderers: Record<DigestKind, (model: ReportModel, ctx: DigestContext) => Digest> = { chat: chatDigest, employee: employeeDigest, leadership: leadershipDigest };

/** The context digests render with, from the config. */
export function digestContext(config: Pick<CadenceConfig, 'locale' | 'currency' | 'site'>): DigestContext {
  const format = createFormat(config.locale, config.currency);
  const links = siteLinks(config.site);
  const c = config.site.colors;
  return { format, t: format.t, link: links.link, absoluteLinks: links.absolute, theme: { primary: c.primary, text: c.text, background: c.background, font: config.site.font } };
}

/** A digest of a model. */
export function renderDigest(kind: DigestKind, model: ReportModel, ctx: DigestContext): Digest {
  return renderers[kind](model, ctx);
}

/** The digest as the format asks. */
export function digestOutput(digest: Digest, format: DigestFormat): string {
  switch (format) {
    case 'json':
      return `${jsonOutput(digest.payload)}\n`;
    case 'markdown':
      return digest.markdown;
    case 'html':
      return digest.html;
    default:
      return digest.text;
  }
}

export interface RunDigestOptions {
  projectDir: string;
  config: CadenceConfig;
  log: Logger;
  clock: { now(): Date };
  kind: DigestKind;
  period?: string;
  asOf?: string;
  cache: boolean;
  /** Send to this webhook URL (already checked). */
  send?: { url: string; force: boolean; fetch: typeof fetch; sleep: (ms: number, signal?: AbortSignal) => Promise<void> };
}

export async function runDigest(o: RunDigestOptions): Promise<{ digest: Digest; sent?: SendResult }> {
  if (o.asOf !== undefined) checkAsOf(o.asOf);
  const defaults = digestDefaults[o.kind];
  const { model } = await projectReportModel({
    projectDir: o.projectDir,
    config: o.config,
    audience: defaults.audience,
    cache: o.cache,
    warn: (m) => o.log.warn(m),
    choose: (reader) => {
      const dataUntil = latestDayWithData(reader.manifest);
      const asOf = o.asOf ?? (dataUntil ? addDays(dataUntil, 1) : localDayOf(o.clock.now(), o.config.timezone));
      const period = parsePeriod(o.period ?? defaults.period, { timezone: o.config.timezone, asOf });
      if (o.kind === 'chat' && period.kind !== 'week') o.log.warn(`the chat update is made for a week; ${period.id} is a ${period.kind}`);
      if (o.kind !== 'chat' && period.kind !== 'month') o.log.warn(`the ${o.kind} digest is made for a month; ${period.id} is a ${period.kind}`);
      return { period, asOf };
    },
  });
  const digest = renderDigest(o.kind, model, digestContext(o.config));
  if (!o.send) return { digest };
  const sent = await sendDigest({
    url: o.send.url,
    payload: digest.payload,
    key: { kind: digest.kind, period: digest.period, audience: digest.audience },
    ledgerFile: join(o.projectDir, '.cadence', 'digests', 'sent.json'),
    fetch: o.send.fetch,
    sleep: o.send.sleep,
    now: () => o.clock.now(),
    force: o.send.force,
    onRetry: (i) => o.log.warn(`sending the digest: ${i.reason}; trying again in ${Math.round(i.delayMs / 100) / 10} s`),
  });
  return { digest, sent };
}
