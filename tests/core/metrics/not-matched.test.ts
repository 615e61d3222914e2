/**
 * Mentions about no tracked name are their own bucket (issue 14): a csv export of mentions with
 * no query column is tagged from its text as the listening plugins tag theirs (name, alias,
 * keyword, @handle, #hashtag; the brand first), a mention that names nobody is not matched and
 * counts neither as the brand's nor in share of voice, and hashtags come from the text when no
 * column holds them. Through the real csv plugin, store and KPI queries.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, type KpiValues } from '../../../src/core/metrics/compute.ts';
import { mentionsKpi, shareOfVoiceKpi } from '../../../src/core/metrics/stages/listening.ts';
import { hashtagUsesKpi } from '../../../src/core/metrics/stages/daily-volumes.ts';
import { monthPeriod } from '../../../src/core/periods/period.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader } from '../../../src/core/store/reader.ts';
import { pullFixture, type PullFixtureResult } from '../../../src/plugins/testkit.ts';

const tracked = {
  brand: { name: 'Alpenglow', handles: ['alpenglow'], hashtags: ['AlpenglowCrew'] },
  competitors: [{ name: 'Summitra' }],
  timezone: 'UTC',
};
const csv = [
  'Date,Text,Network',
  '2026-09-01 10:00,Loving my new boots from @alpenglow #AlpenglowCrew,twitter',
  '2026-09-02 10:00,Summitra jackets are warm,twitter',
  '2026-09-03 10:00,Great weather for hiking today #trail,twitter',
  '2026-09-04 10:00,Alpenglow and Summitra both at the fair #fair,twitter',
  '2026-09-05 10:00,Not sure about #alpenglowcrew quality,twitter',
].join('\n');

let dir: string;
let pulled: PullFixtureResult;
let values: KpiValues;
const sep = monthPeriod('2026-09', 'UTC');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-unmatched-'));
  await writeFile(join(dir, 'mentions.csv'), csv);
  pulled = await pullFixture({
    plugin: 'csv',
    projectDir: dir,
    config: tracked,
    options: { file: 'mentions.csv', entity: 'mentions', columns: { published_at: 'Date', text: 'Text', platform: 'Network' } },
  });
  const reader = await openReader(pulled.dataDir);
  try {
    values = await computeKpis({ reader, config: configSchema.parse(tracked), kpis: [mentionsKpi, shareOfVoiceKpi, hashtagUsesKpi], periods: [sep] });
  } finally {
    await reader.close();
  }
});

afterAll(async () => {
  await pulled?.cleanup();
  await rm(dir, { recursive: true, force: true });
});

describe('mentions not matched', () => {
  it('tags a csv export from its text when the mapping leaves matched_kind out', () => {
    const tags = pulled.rows.mentions!.map((r) => [String(r.text).slice(0, 12), r.matched_kind, r.matched_name]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(tags).toEqual([
      ['Alpenglow an', 'brand', 'Alpenglow'], // names both: the brand wins
      ['Great weathe', null, null], // names nobody: not matched
      ['Loving my ne', 'brand', 'Alpenglow'], // @handle
      ['Not sure abo', 'brand', 'Alpenglow'], // #hashtag, any case
      ['Summitra jac', 'competitor', 'Summitra'],
    ]);
  });

  it('keeps unmatched mentions out of the brand and its share of voice, and counts them', () => {
    expect(values.get('listening.mentions')!.get(sep.id)).toMatchObject({ available: true, value: 3, inputs: { unmatched: 1, listened: 5 } });
    // 3 brand ÷ (3 brand + 1 Summitra); the unmatched mention is in neither.
    expect(values.get('listening.share_of_voice')!.get(sep.id)).toMatchObject({ available: true, value: 0.75, inputs: { brand: 3, total: 4 } });
  });

  it('counts brand hashtags from the text when no column holds hashtags', () => {
    // #AlpenglowCrew (1 Sep) and #alpenglowcrew (5 Sep); #fair on a brand mention is not the brand's.
    expect(pulled.rows.mentions!.every((r) => r.hashtags === null)).toBe(true);
    expect(values.get('listening.hashtag_uses')!.get(sep.id)).toMatchObject({ available: true, value: 2 });
  });
});
