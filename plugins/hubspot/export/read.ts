/**
 * Pull and check of HubSpot UI exports through the host's delimited-file engine: the contacts
 * export into leads, the deals export into deals; `columns` overrides go over the built-in mapping.
 */
import { checkDelimitedFiles, readDelimitedFiles, type CheckResult, type DelimitedFileSpec, type PullItem, type SourceContext } from 'cadence/plugin';
import type { HubspotOptions } from '../options.ts';
import { contactColumns, contactsHeaderHint, dealColumns, dealsHeaderHint } from './columns.ts';

type Ctx = SourceContext<HubspotOptions>;

function specs(ctx: Ctx): DelimitedFileSpec[] {
  const o = ctx.options.exports ?? {};
  const timezone = ctx.options.timezone ?? ctx.timezone;
  const out: DelimitedFileSpec[] = [];
  if (o.contacts) out.push({ file: o.contacts.file, entity: 'leads', stream: 'contacts', columns: (h) => ({ ...contactColumns(h), ...(o.contacts!.columns ?? {}) }), headerHint: contactsHeaderHint, timezone });
  if (o.deals) out.push({ file: o.deals.file, entity: 'deals', stream: 'deals', columns: (h) => ({ ...dealColumns(h), ...(o.deals!.columns ?? {}) }), headerHint: dealsHeaderHint, timezone });
  return out;
}

export async function* pullExport(ctx: Ctx): AsyncGenerator<PullItem> {
  for (const spec of specs(ctx)) yield* readDelimitedFiles(ctx, spec);
}

export async function checkExport(ctx: Ctx): Promise<CheckResult> {
  const messages: string[] = [];
  const streams: Record<string, string> = {};
  for (const spec of specs(ctx)) {
    const r = await checkDelimitedFiles(ctx, spec);
    messages.push(`${spec.stream}: ${r.message}`);
    Object.assign(streams, { [spec.stream!]: Object.values(r.streams ?? {})[0] ?? 'whole file' });
  }
  return { ok: true, message: `${messages.join('; ')}; dates read as ${ctx.options.timezone ?? ctx.timezone} wall time`, streams };
}
