// plugins/helpdesk/index.test.ts — the plugin against a local server that behaves like the API.
import { describe, expect, it } from 'vitest';
import { pullFixture, startTestServer } from 'cadence/testkit';
import helpdesk from './index.ts';

const tickets = Array.from({ length: 5 }, (_, i) => ({
  id: `T${i + 1}`,
  created_at: `2026-09-0${i + 1}T08:00:00Z`,
  updated_at: `2026-09-0${i + 1}T12:00:00Z`,
  first_reply_at: `2026-09-0${i + 1}T09:30:00Z`,
  solved_at: i % 2 ? null : `2026-09-0${i + 1}T18:00:00Z`,
  channel: 'twitter',
  type: i === 0 ? 'problem' : 'question',
  group: 'customer_care',
  tags: i === 0 ? ['refund'] : [],
}));

describe('helpdesk', () => {
  it('pages through tickets and resumes from the saved cursor', async () => {
    const server = await startTestServer((req, res) => {
      if (req.headers.authorization !== 'Bearer t0ken') return void res.writeHead(401).end();
      const url = new URL(req.url!, 'http://x');
      const after = url.searchParams.get('updated_after') ?? '';
      const rest = tickets.filter((t) => t.updated_at > after);
      const page = rest.slice(0, Number(url.searchParams.get('limit')));
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ tickets: page, next: rest.length > page.length ? 'more' : undefined }));
    });
    try {
      const options = { baseUrl: server.url, token: { env: 'HELPDESK_TOKEN' }, pageSize: 2 };
      const env = { HELPDESK_TOKEN: 't0ken' };
      const first = await pullFixture({ plugin: helpdesk, options, env });
      expect(first.rows.care_cases!.map((r) => r.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5']);
      expect(first.rows.care_cases![0]).toMatchObject({ kind: 'complaint', refund: true, opened_at: '2026-09-01T08:00:00.000Z' });
      expect(first.manifest.sources.fixture!.cursors).toEqual({ tickets: '2026-09-05T12:00:00Z' });
      // Pulling again asks only for what changed since the cursor, and adds nothing.
      const again = await pullFixture({ plugin: helpdesk, options, env, dataDir: first.dataDir });
      expect(again.result.sources[0]).toMatchObject({ added: 0 });
      expect(server.requests.at(-1)!.url).toContain('updated_after=2026-09-05T12%3A00%3A00Z');
      await first.cleanup();
    } finally {
      await server.close();
    }
  });
});
