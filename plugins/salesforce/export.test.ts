/**
 * The salesforce source on report exports, through the real host: the report layout with its
 * footer, dates and amounts as Salesforce writes them, column overrides, and broken files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullFixture } from 'cadence/testkit';
import salesforce from './index.ts';
import { footerStart } from './export.ts';
import { contextOf } from './test-helpers.ts';

const projectDir = join(import.meta.dirname, 'fixtures');

async function pull(options: Record<string, unknown>) {
  const run = await pullFixture({ plugin: salesforce, options, projectDir });
  await run.cleanup();
  return run;
}

const tempCopies = async () => (await readdir(tmpdir())).filter((n) => n.startsWith('cadence-salesforce-'));
const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as Error & { code: string; hint: string });

describe('salesforce report exports', () => {
  it('reads leads and opportunities reports, leaving the footer out', async () => {
    const before = await tempCopies();
    const run = await pull({ exports: { leads: { file: 'exports/sf-leads.csv' }, opportunities: { file: 'exports/sf-opportunities.csv' } } });
    expect(await tempCopies()).toEqual(before);
    // The footer ("Total", the notice, the copyright) is no row and no reject.
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 7, rejected: 0 });
    expect(run.rejects).toEqual([]);
    const leads = new Map(run.rows.leads!.map((r) => [r.id, r]));
    expect(leads.get('00Q5g00000AbCdE')).toMatchObject({ created_at: '2026-09-14T10:30:00.000Z', original_source: 'Facebook', is_social: true, company: 'Acme Outdoor Ltd', country: 'Ireland', lifecycle_stage: 'lead', source_file: 'exports/sf-leads.csv' });
    expect(leads.get('00Q5g00000AbCdF')).toMatchObject({ created_at: '2026-09-15T16:05:00.000Z', lifecycle_stage: 'opportunity', is_social: false, company: 'Stone & Sons, Inc.' });
    expect(leads.get('00Q5g00000AbCdG')).toMatchObject({ original_source: 'social media', is_social: true, country: null });
    expect(leads.get('00Q5g00000AbCdH')).toMatchObject({ created_at: '2026-10-02T00:00:00.000Z', original_source: null, is_social: false, lifecycle_stage: 'other' });
    const deals = new Map(run.rows.deals!.map((r) => [r.id, r]));
    expect(deals.get('0065g00000XyZ01')).toMatchObject({ name: 'Acme - 500 boots', company: 'Acme Outdoor Ltd', stage: 'Closed Won', status: 'won', amount: 1234, currency: 'EUR', closed_at: '2026-09-30T00:00:00.000Z', created_at: '2026-09-14T10:30:00.000Z', lead_source: 'LinkedIn', is_social: true, source_file: 'exports/sf-opportunities.csv' });
    expect(deals.get('0065g00000XyZ02')).toMatchObject({ status: 'open', amount: 12500.5, currency: 'USD', is_social: false });
    expect(deals.get('0065g00000XyZ03')).toMatchObject({ status: 'lost', amount: null, currency: null, lead_source: 'Twitter', is_social: true });
  });

  it('reads dates in the configured time zone and applies column overrides', async () => {
    const run = await pull({ timezone: 'Europe/Dublin', exports: { leads: { file: 'exports/sf-leads.csv', columns: { segment: 'Last Name', channel: { value: 'organic_social' } } } } });
    const lead = run.rows.leads!.find((r) => r.id === '00Q5g00000AbCdE');
    expect(lead).toMatchObject({ created_at: '2026-09-14T09:30:00.000Z', segment: 'Hikes', channel: 'organic_social' });
  });

  it('a file without the footer is read as it is', async () => {
    const run = await pull({ exports: { leads: { file: 'exports/sf-leads-no-footer.csv' } } });
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 2, rejected: 0 });
  });

  it('finds the footer only where a report has one', async () => {
    const withFooter = await readFile(join(projectDir, 'exports/sf-leads.csv'));
    const cut = footerStart(withFooter)!;
    expect(withFooter.subarray(cut).toString()).toBe('\r\n"Total"\r\n"Confidential Information - Do Not Distribute"\r\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\r\n');
    expect(footerStart(await readFile(join(projectDir, 'exports/sf-leads-no-footer.csv')))).toBeUndefined();
    expect(footerStart(Buffer.from('"Id","Name"\n"1","Total"\n'))).toBeUndefined();
  });

  it('a report without the Lead ID column is a coded error naming it', async () => {
    const run = await pull({ exports: { leads: { file: 'exports/sf-leads-missing-id.csv' } } });
    const said = JSON.stringify(run.result.sources[0]);
    expect(said).toContain('CADENCE_CSV_MISSING_COLUMN');
    expect(said).toContain('no \\"Lead ID\\" or \\"Id\\" column for id');
  });

  it('a truncated report keeps its whole rows and rejects the cut one with a code', async () => {
    const run = await pull({ exports: { opportunities: { file: 'exports/sf-opportunities-truncated.csv' } } });
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 1, rejected: 1 });
    expect(run.rejects).toEqual([expect.objectContaining({ file: 'exports/sf-opportunities-truncated.csv', line: '3', code: 'CADENCE_CSV_MALFORMED_ROW', raw: '"0065g00000XyZ02","Stone - renewal","' })]);
  });

  it('a missing file is a coded error', async () => {
    const run = await pull({ exports: { leads: { file: 'exports/nope.csv' } } });
    expect(JSON.stringify(run.result.sources[0])).toContain('CADENCE_FILE_NOT_FOUND');
  });

  it('check names the files and what they hold', async () => {
    const result = await salesforce.check(contextOf({ exports: { leads: { file: 'exports/sf-leads.csv' }, opportunities: { file: 'exports/sf-opportunities.csv' } } }, { projectDir }));
    expect(result.ok).toBe(true);
    expect(result.message).toContain('leads: ');
    expect(result.message).toContain('exports/sf-leads.csv');
    expect(result.message).toContain('(report footer left out)');
    expect(result.message).not.toContain('salesforce-leads-report.csv');
    expect(result.streams).toEqual({ leads: "whole file (each pull replaces this source's earlier rows)", opportunities: "whole file (each pull replaces this source's earlier rows)" });
    const missing = await failure(salesforce.check(contextOf({ exports: { leads: { file: 'exports/sf-leads-missing-id.csv' } } }, { projectDir })));
    expect(missing).toMatchObject({ code: 'CADENCE_CSV_MISSING_COLUMN' });
  });
});

describe('salesforce object exports (API field names: Data Export, Data Loader)', () => {
  it('reads an Opportunity export re-saved by Excel: status from IsClosed/IsWon, closed_at only when closed, two-digit years', async () => {
    // Six rows of a Developer Edition org's export (the real file is in ../shared/real-data).
    const warnings: string[] = [];
    const run = await pullFixture({
      plugin: salesforce,
      projectDir,
      options: { exports: { opportunities: { file: 'exports/sf-opportunities-object.csv' } }, timezone: 'America/Los_Angeles' },
      log: { debug() {}, info() {}, warn: (m: string) => void warnings.push(m), error() {} },
    });
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 6, rejected: 0 });
    const deals = new Map(run.rows.deals!.map((r) => [r.id, r]));
    // Open: the CloseDate (02/03/24) is the expected close, not stored.
    expect(deals.get('006bm00000LKJNNAA5')).toMatchObject({ name: 'Dickenson Mobile Generators', stage: 'Qualification', status: 'open', amount: 15000, created_at: '2026-02-23T08:00:00.000Z', closed_at: null, lead_source: 'Purchased List', is_social: false, company: null });
    expect(deals.get('006bm00000LKJNOAA5')).toMatchObject({ status: 'open', lead_source: null });
    expect(deals.get('006bm00000LKJNPAA5')).toMatchObject({ stage: 'Closed Won', status: 'won', amount: 220000, closed_at: '2024-02-03T08:00:00.000Z' });
    expect(deals.get('006bm00000LKJNTAA5')).toMatchObject({ stage: 'Closed Lost', status: 'lost', closed_at: '2024-02-03T08:00:00.000Z' });
    expect(deals.get('006bm00000LKdM8AAL')).toMatchObject({ status: 'open', amount: null, closed_at: null, created_at: '2026-02-24T08:00:00.000Z' });
    expect(deals.get('006bm00000LKgOnAAL')).toMatchObject({ status: 'lost', amount: null, closed_at: '2026-02-23T08:00:00.000Z' });
    // Closed before created (the sample data is back-dated): kept, and said.
    expect(warnings).toEqual([expect.stringContaining('stream opportunities: 3 of the 3 deals with both created_at and closed_at have closed_at before created_at')]);
  });

  it('reads a Data Loader export: upper-case API names, ISO dates, true/false, IsDeleted, CurrencyIsoCode; flags that make no status are rejected', async () => {
    const run = await pull({ exports: { opportunities: { file: 'exports/sf-opportunities-dataloader.csv' } }, timezone: 'Europe/Dublin' });
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 3, rejected: 1 });
    const deals = new Map(run.rows.deals!.map((r) => [r.id, r]));
    expect(deals.get('0065g00000DLa01AAA')).toMatchObject({ status: 'won', amount: 4200, currency: 'EUR', created_at: '2026-09-14T08:30:00.000Z', closed_at: '2026-09-29T23:00:00.000Z', lead_source: 'LinkedIn', is_social: true, archived: false });
    expect(deals.get('0065g00000DLa02AAA')).toMatchObject({ status: 'open', amount: null, closed_at: null });
    expect(deals.get('0065g00000DLa03AAA')).toMatchObject({ status: 'lost', currency: 'USD', archived: true, lead_source: null });
    // IsWon without IsClosed is no status Salesforce writes: rejected with its line, not guessed.
    expect(run.rejects).toEqual([expect.objectContaining({ file: 'exports/sf-opportunities-dataloader.csv', line: '5', column: 'match(ISCLOSED, ISWON)', code: 'CADENCE_VALUE_REQUIRED' })]);
  });
});
