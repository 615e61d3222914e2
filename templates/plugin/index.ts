// plugins/helpdesk/index.ts — a source plugin for a (fictional) help-desk JSON API.
import { CadenceError, defineSource, fetchWithRetry, z } from 'cadence/plugin';

export default defineSource({
  name: 'helpdesk',
  description: 'Social customer-care tickets from the Helpdesk API.',
  options: z.object({
    baseUrl: z.string().url().describe('API root, e.g. https://api.helpdesk.example'),
    token: z.string().meta({ secret: true }).describe('API token: give it as { env: "HELPDESK_TOKEN" }'),
    pageSize: z.number().int().min(1).max(500).default(100),
  }),
  streams: { tickets: { entity: 'care_cases', cursorField: 'updated_at' } },

  async check(ctx) {
    const res = await ctx.fetch(`${ctx.options.baseUrl}/me`, { headers: { authorization: `Bearer ${ctx.options.token}` }, signal: ctx.signal });
    if (!res.ok) return { ok: false, message: `the API answered ${res.status}; check the token` };
    const since = ctx.cursor('tickets');
    return { ok: true, message: `connected to ${ctx.options.baseUrl}`, streams: { tickets: since ? `tickets updated after ${since}` : 'every ticket' } };
  },

  async *pull(ctx) {
    let cursor = ctx.cursor('tickets') as string | undefined;
    for (;;) {
      const url = new URL('/tickets', ctx.options.baseUrl);
      url.searchParams.set('limit', String(ctx.options.pageSize));
      if (cursor) url.searchParams.set('updated_after', cursor);
      const res = await fetchWithRetry(ctx.fetch, url, { headers: { authorization: `Bearer ${ctx.options.token}` }, signal: ctx.signal }, { maxAttempts: 5, maxElapsedMs: 60_000 });
      if (!res.ok) throw new CadenceError('CADENCE_FETCH_FAILED', `GET /tickets answered ${res.status}`, { hint: res.status === 401 ? 'The token is wrong or expired: set HELPDESK_TOKEN.' : undefined });
      const page = (await res.json()) as { tickets: Ticket[]; next?: string };
      for (const t of page.tickets) {
        yield {
          type: 'record',
          stream: 'tickets',
          data: {
            id: t.id,
            opened_at: new Date(t.created_at),
            first_response_at: t.first_reply_at ? new Date(t.first_reply_at) : null,
            resolved_at: t.solved_at ? new Date(t.solved_at) : null,
            platform: t.channel,
            kind: t.type === 'problem' ? 'complaint' : t.type,
            routed_team: t.group,
            refund: t.tags.includes('refund'),
          },
          place: { key: t.id },
        };
        cursor = t.updated_at;
      }
      // Everything up to here is yielded: the host saves the cursor once these rows are committed.
      if (cursor) yield { type: 'checkpoint', stream: 'tickets', cursor };
      if (!page.next) return;
    }
  },
});

interface Ticket {
  id: string;
  created_at: string;
  updated_at: string;
  first_reply_at: string | null;
  solved_at: string | null;
  channel: string;
  type: 'question' | 'problem' | 'product_gap' | 'content_gap';
  group: 'customer_care' | 'product' | 'content';
  tags: string[];
}
