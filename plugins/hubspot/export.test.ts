/** The hubspot source on UI exports: the exact export layouts, mixed date formats, hashed e-mails, coded errors. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullFixture } from 'cadence/testkit';
import { hubspotSource } from './index.ts';

const plugin = hubspotSource();
const projectDir = join(import.meta.dirname, 'fixtures');
const pull = (exports: Record<string, unknown>, more: Record<string, unknown> = {}) => pullFixture({ plugin, projectDir, options: { exports, timezone: 'Europe/Berlin', ...more } });

describe('hubspot exports', () => {
  it('reads the contacts and deals exports with mixed date formats', async () => {
    const run = await pull({ contacts: { file: 'exports/hubspot-crm-exports-all-contacts-*.csv' }, deals: { file: 'exports/hubspot-crm-exports-all-deals-*.csv' } });
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 6, rejected: 0 });
    const leads = new Map(run.rows.leads!.map((l) => [l.id, l]));
    expect(leads.get('51201')).toMatchObject({
      created_at: '2026-09-14T08:30:00.000Z', lifecycle_stage: 'customer', became_mql_at: '2026-09-14T22:00:00.000Z', became_sql_at: '2026-09-16T08:00:00.000Z',
      became_opportunity_at: '2026-09-17T07:00:00.000Z', became_customer_at: '2026-09-20T10:00:00.000Z', original_source: 'Social Media', channel: 'organic_social', is_social: true, company: 'Bergsport Huber', country: 'Germany',
    });
    expect(leads.get('51202')).toMatchObject({ created_at: '2026-09-13T22:00:00.000Z', lifecycle_stage: 'mql', channel: 'organic_search', is_social: false });
    expect(leads.get('51203')).toMatchObject({ created_at: '2026-09-15T06:45:00.000Z', lifecycle_stage: 'subscriber', channel: 'paid_social', is_social: true });
    expect(String(leads.get('51201')!.email_hash)).toMatch(/^[0-9a-f]{16,}$/);
    expect(JSON.stringify(run.rows)).not.toContain('@example');
    const deals = new Map(run.rows.deals!.map((d) => [d.id, d]));
    expect(deals.get('18400000101')).toMatchObject({ status: 'won', closed_at: '2026-09-14T08:30:00.000Z', amount: 18500, pipeline: 'Sales Pipeline', lead_id: '51201', is_social: true, lead_source: 'Social Media' });
    expect(deals.get('18400000102')).toMatchObject({ status: 'lost', closed_at: '2026-09-19T22:00:00.000Z', amount: 6200.5, lead_id: '51202', is_social: false, created_at: '2026-08-03T07:00:00.000Z' });
    expect(deals.get('18400000103')).toMatchObject({ status: 'open', closed_at: null, amount: null, lead_id: null, is_social: true });
  });

  it('takes column overrides', async () => {
    const run = await pull({ deals: { file: 'exports/hubspot-crm-exports-all-deals-2026-09-30.csv', columns: { segment: 'Deal owner' } } });
    await run.cleanup();
    expect(run.rows.deals!.find((d) => d.id === '18400000101')).toMatchObject({ segment: 'Anna Keller' });
  });

  it('rejects a file without the Create Date column and a truncated file, with codes', async () => {
    const missing = await pull({ deals: { file: 'malformed/deals-missing-create-date.csv' } });
    await missing.cleanup();
    expect(missing.rows.deals).toBeUndefined();
    expect(JSON.stringify([missing.result.sources[0], missing.rejects])).toMatch(/CADENCE_[A-Z_]+/);
    expect(JSON.stringify([missing.result.sources[0], missing.rejects])).toContain('created_at');

    const truncated = await pull({ deals: { file: 'malformed/deals-truncated.csv' } });
    await truncated.cleanup();
    expect(truncated.rows.deals).toHaveLength(1);
    expect(JSON.stringify([truncated.result.sources[0], truncated.rejects])).toMatch(/CADENCE_[A-Z_]+/);
    expect(await readFile(join(projectDir, 'malformed/deals-truncated.csv'), 'utf8')).not.toMatch(/\n$/);
  });
});
