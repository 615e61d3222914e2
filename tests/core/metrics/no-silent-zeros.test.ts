/**
 * No silent zeros (issue 14), through real pulls (so the manifest records which fields each
 * source filled): a mentions export without a share or author column makes shares and the
 * advocate/detractor lists unavailable with the reason, never 0 or "nobody"; hashtags are counted
 * from the text; a deals export whose open deals have no amount makes the pipeline unavailable,
 * never $0; a period before the deals start is "no data".
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpis } from '../../../src/core/metrics/compute.ts';
import { computeLists } from '../../../src/core/metrics/lists/index.ts';
import { hashtagUsesKpi, mentionSharesKpi } from '../../../src/core/metrics/stages/daily-volumes.ts';
import { pipelineValueKpi, wonValueKpi } from '../../../src/core/metrics/stages/selling.ts';
import { monthPeriod } from '../../../src/core/periods/period.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { fieldCoverage } from '../../../src/core/store/field-coverage.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { pullFixture } from '../../../src/plugins/testkit.ts';

const tracked = { brand: { name: 'Alpenglow', hashtags: ['alpenglow'] }, timezone: 'UTC' };
const config = configSchema.parse(tracked);
let dir: string;
let reader: DataReader;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-zeros-'));
  const data = join(dir, 'data');
  await writeFile(join(dir, 'mentions.csv'), [
    'Date,Text,Sentiment',
    '2026-09-01 10:00,Alpenglow boots are great #alpenglow,positive',
    '2026-09-02 10:00,Alpenglow support never answers,negative',
    '2026-09-03 10:00,Alpenglow support never answers again,negative',
  ].join('\n'));
  await writeFile(join(dir, 'deals.csv'), [
    'Id,Created,Closed,Stage,Amount',
    'o1,2026-08-03,2026-08-20,Closed Won,1200',
    'o2,2026-08-04,,Open,',
    'o3,2026-08-05,,Open,',
  ].join('\n'));
  const mentions = await pullFixture({
    plugin: 'csv', source: 'listening', dataDir: data, projectDir: dir, config: tracked,
    options: { file: 'mentions.csv', entity: 'mentions', columns: { published_at: 'Date', text: 'Text', sentiment: 'Sentiment', platform: { value: 'twitter' } } },
  });
  expect(mentions.result.sources[0]!.status).toBe('ok');
  const deals = await pullFixture({
    plugin: 'csv', source: 'crm', dataDir: data, projectDir: dir, config: tracked,
    options: {
      file: 'deals.csv', entity: 'deals',
      columns: { id: 'Id', created_at: 'Created', closed_at: 'Closed', amount: 'Amount', status: { column: 'Stage', map: { 'closed won': 'won', 'closed lost': 'lost', open: 'open' } }, is_social: { value: 'false' } },
    },
  });
  expect(deals.result.sources[0]!.status).toBe('ok');
  reader = await openReader(data);
});

afterAll(async () => {
  await reader?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('no silent zeros', () => {
  it('records per source and month how many rows fill each field', () => {
    expect(fieldCoverage(reader.manifest, 'mentions', 'shares')).toEqual({ rows: 3, withValue: 0 });
    expect(fieldCoverage(reader.manifest, 'mentions', 'text')).toEqual({ rows: 3, withValue: 3 });
    expect(fieldCoverage(reader.manifest, 'deals', 'amount')).toEqual({ rows: 3, withValue: 1 });
  });

  it('makes shares unavailable when no source maps them, and counts hashtags from the text', async () => {
    const sep = monthPeriod('2026-09', 'UTC');
    const v = await computeKpis({ reader, config, kpis: [mentionSharesKpi, hashtagUsesKpi], periods: [sep] });
    expect(v.get('listening.shares')!.get(sep.id)).toMatchObject({
      available: false, code: 'not_provided', reason: 'the imported mentions carry no shares for this period: no source maps it',
    });
    expect(v.get('listening.hashtag_uses')!.get(sep.id)).toMatchObject({ available: true, value: 1 });
  });

  it('says authors are missing instead of "nobody wrote two negative mentions"', async () => {
    const sep = monthPeriod('2026-09', 'UTC');
    const lists = (await computeLists(reader, config, [sep])).get(sep.id)!;
    expect(lists.detractors).toMatchObject({ available: false, code: 'not_provided', reason: expect.stringContaining('no author handle or author name') });
    expect(lists.advocates).toMatchObject({ available: false, code: 'not_provided' });
  });

  it('never makes open deals without an amount a pipeline of $0, nor a month before the deals start', async () => {
    const aug = monthPeriod('2026-08', 'UTC');
    const jul = monthPeriod('2026-07', 'UTC');
    const v = await computeKpis({ reader, config, kpis: [pipelineValueKpi, wonValueKpi], periods: [aug, jul] });
    // End of August: o2 and o3 open, neither with an amount (o1, won, has one: the field is mapped).
    expect(v.get('selling.pipeline_value')!.get(aug.id)).toMatchObject({ available: false, code: 'insufficient', reason: 'none of the deals open at the end of the period has an amount' });
    expect(v.get('selling.won_value')!.get(aug.id)).toMatchObject({ available: true, value: 1200 });
    // July ends before the first deal (3 August): no data, not 0.
    expect(v.get('selling.pipeline_value')!.get(jul.id)).toMatchObject({ available: false, code: 'not_covered' });
  });
});
