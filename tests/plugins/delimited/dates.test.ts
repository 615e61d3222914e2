/**
 * Dates as real exports write them, detected without a `format` (fixtures/dates, written with
 * their expected instants by make-date-fixtures.ts): ISO 8601 with every kind of offset, Twitter's
 * timestamps, time-zone abbreviations, day-first and month-first dates in every spelling, epochs
 * and spreadsheet serial days — each pulled through the csv plugin and the real host, every row
 * compared with the instant worked out independently. Then what must not pass: a column that
 * reads two ways is refused naming both formats, implausible epochs and count columns are not
 * dates, and a form nobody reads is rejected naming the closest format.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceContext } from '../../../src/plugins/api.ts';
import { checkDelimitedFiles, withMappingProof, type FileProof, type ProofRequest } from '../../../src/plugins/delimited/index.ts';
import { pullFixture } from '../../../src/plugins/testkit.ts';
import csv from '../../../plugins/csv/index.ts';

const fixtures = join(import.meta.dirname, 'fixtures/dates');
const zone = 'America/New_York';

const postColumns = { id: 'id', published_at: 'when', platform: { value: 'x' }, text: 'expected' };

/** Pulls a fixture as posts and returns each stored row's instant with the one it must be. */
async function pullInstants(file: string) {
  const r = await pullFixture({ plugin: csv, projectDir: fixtures, options: { file, entity: 'posts', timezone: zone, columns: postColumns } });
  try {
    const rows = r.rows.posts ?? [];
    return { outcome: r.result.sources[0]!, rejects: r.rejects, got: rows.map((x) => [x.id, x.published_at]), want: rows.map((x) => [x.id, x.text]), count: rows.length };
  } finally {
    await r.cleanup();
  }
}

function context(): SourceContext<unknown> {
  const quiet = () => {};
  return {
    source: 'dates',
    options: {},
    signal: new AbortController().signal,
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
    fetch: () => Promise.reject(new Error('no network in tests')),
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    projectDir: fixtures,
    timezone: zone,
    tracked: { brand: { name: 'Acme', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
    cursor: () => undefined,
  };
}

/** What `cadence check` proves of a fixture: the same SQL as the pull, on its first rows. */
async function prove(file: string, columns: Record<string, unknown> = postColumns, entity = 'posts'): Promise<FileProof> {
  const request: ProofRequest = { rows: 1000, proofs: [] };
  await withMappingProof(request, () => checkDelimitedFiles(context(), { file, entity: entity as 'posts', columns: columns as never, timezone: zone }));
  return request.proofs[0]!;
}

const errorOf = async (p: Promise<unknown>) => (await p.then(() => undefined, (e: unknown) => e)) as { code?: string; detail?: string; hint?: string; details?: Record<string, unknown> } | undefined;

describe('dates detected without a format', () => {
  it.each([
    ['iso.csv', 14, 'ISO 8601 with Z, ±hh:mm, ±hhmm, ±hh, an offset after a space, fractions, T or space; naive ones in the source zone'],
    ['airline.csv', 4, 'Twitter export timestamps "2015-02-24 11:35:52 -0800"'],
    ['twitter-api.csv', 4, 'Twitter API v1 "Wed Oct 10 20:19:24 +0000 2018" and RFC 2822'],
    ['zone-abbreviations.csv', 12, 'UTC, GMT, PST/PDT, MST/MDT, CST/CDT, EST/EDT, CET/CEST at their fixed offsets'],
    ['day-first.csv', 38, 'day-first with / - ., 2- and 4-digit years, 24- and 12-hour clocks, seconds or not, an offset'],
    ['month-first.csv', 38, 'month-first, the same spellings'],
    ['decided-late.csv', 41, 'forty values that read two ways, decided day-first by one near the end of the sample'],
    ['epoch-seconds.csv', 4, 'epoch seconds (9 and 10 digits, a fraction), UTC'],
    ['epoch-milliseconds.csv', 3, 'epoch milliseconds, UTC'],
    ['serial-days.csv', 5, 'spreadsheet serial days (1900 system), wall time in the source zone'],
  ])('%s: every row lands on its instant (%s)', async (file, rows) => {
    const r = await pullInstants(file);
    expect(r.rejects).toEqual([]);
    expect(r.count).toBe(rows);
    expect(r.got).toEqual(r.want);
  });

  it('an explicit offset wins over the source time zone; values without one are read in it', async () => {
    const r = await pullInstants('iso.csv');
    const at = Object.fromEntries(r.got) as Record<string, string>;
    expect(at.r1).toBe('2015-02-24T19:35:52.000Z'); // -0800, not New York
    expect(at.r11).toBe('2015-02-24T16:35:52.000Z'); // naive: New York (EST)
    expect(at.r13).toBe('2015-07-01T13:30:00.750Z'); // naive: New York (EDT)
  });

  it('reads calendar dates the same way: serial days, day-first and ISO dates as written', async () => {
    const columns = { date: 'when', platform: { value: 'x' }, account_id: 'id' };
    const proof = await prove('serial-days.csv', columns, 'account_snapshots');
    expect(proof).toMatchObject({ sampled: 5, imported: 5, rejects: [] });
    const r = await pullFixture({ plugin: csv, projectDir: fixtures, options: { file: 'serial-days.csv', entity: 'account_snapshots', timezone: zone, columns } });
    try {
      expect(r.rows.account_snapshots!.map((x) => [x.account_id, x.date])).toEqual([
        ['r1', '2024-10-02'],
        ['r2', '2024-10-02'],
        ['r3', '2024-10-02'],
        ['r4', '1954-10-03'],
        ['r5', '2119-01-10'],
      ]);
    } finally {
      await r.cleanup();
    }
    const dayFirst = await pullFixture({ plugin: csv, projectDir: fixtures, options: { file: 'decided-late.csv', entity: 'account_snapshots', timezone: zone, columns } });
    try {
      const dates = Object.fromEntries(dayFirst.rows.account_snapshots!.map((x) => [x.account_id, x.date]));
      expect(dates).toMatchObject({ r1: '2016-01-01', r2: '2016-08-02', r41: '2016-12-25' });
    } finally {
      await dayFirst.cleanup();
    }
  });
});

describe('what is not read as a date', () => {
  it('refuses a column whose every value reads as two different dates, naming both formats and the fix', async () => {
    const e = await errorOf(prove('ambiguous.csv'));
    expect(e?.code).toBe('CADENCE_CSV_MAPPING_INVALID');
    expect(e?.detail).toContain('"03/04/2015 10:00" is 2015-04-03 day-first ("%d/%m/%Y %H:%M") or 2015-03-04 month-first ("%m/%d/%Y %H:%M")');
    expect(e?.hint).toContain("published_at: { column: 'when', format: '%d/%m/%Y %H:%M' }");
    expect(e?.details).toMatchObject({ candidates: ['%d/%m/%Y %H:%M', '%m/%d/%Y %H:%M'] });
    // The pull stops the same way, and imports nothing.
    const r = await pullFixture({ plugin: csv, projectDir: fixtures, options: { file: 'ambiguous.csv', entity: 'posts', timezone: zone, columns: postColumns } });
    try {
      expect(r.result.sources[0]!.status).toBe('failed');
      expect(r.result.sources[0]!.error?.code).toBe('CADENCE_CSV_MAPPING_INVALID');
      expect(r.rows.posts).toBeUndefined();
    } finally {
      await r.cleanup();
    }
  });

  it('reads that column once the mapping says which order it is', async () => {
    const proof = await prove('ambiguous.csv', { ...postColumns, published_at: { column: 'when', format: '%d/%m/%Y %H:%M' } });
    expect(proof).toMatchObject({ sampled: 3, imported: 3 });
  });

  it('a column proven both ways goes with the order more values prove, and is refused on a tie', async () => {
    const mostly = await proveValues(['24/02/2015', '25/02/2015', '02/26/2015', '03/04/2015']);
    expect(mostly).toMatchObject({ sampled: 4, imported: 3 });
    expect(mostly.rejects[0]).toMatchObject({ example: '02/26/2015' });
    expect(mostly.rejects[0]!.reason).toBe('is not a date-time; the detected format "%d/%m/%Y" fails on it (other values show the column is day-first); set columns.published_at.format in the mapping');
    const tie = await errorOf(proveValues(['24/02/2015', '02/24/2015']));
    expect(tie?.code).toBe('CADENCE_CSV_MAPPING_INVALID');
    expect(tie?.detail).toContain('day-first in 1 value(s) (e.g. "24/02/2015", "%d/%m/%Y") and month-first in as many (e.g. "02/24/2015", "%m/%d/%Y")');
  });

  it('takes no 9- or 10-digit number outside 1990–2100 for Unix time', async () => {
    const proof = await prove('epoch-implausible.csv');
    expect(proof).toMatchObject({ sampled: 2, imported: 0 });
    expect(proof.rejects).toMatchObject([{ code: 'CADENCE_VALUE_NOT_DATE', column: 'when', count: 2, example: '123456789' }]);
  });

  it('reads no serial days in a column of counts', async () => {
    const proof = await prove('counts.csv');
    expect(proof).toMatchObject({ sampled: 3, imported: 0 });
    expect(proof.rejects[0]).toMatchObject({ code: 'CADENCE_VALUE_NOT_DATE', count: 3 });
  });

  it('names the closest format and the fix when no format reads a value', async () => {
    const proof = await prove('undetected.csv');
    expect(proof).toMatchObject({ sampled: 3, imported: 0 });
    expect(proof.rejects).toHaveLength(1);
    expect(proof.rejects[0]).toMatchObject({ code: 'CADENCE_VALUE_NOT_DATE', field: 'published_at', column: 'when', count: 3, example: '11:35 24/02/2015' });
    expect(proof.rejects[0]!.reason).toMatch(/^is not a date-time in any known format; closest format "%[^"]+" fails on it; set columns\.published_at\.format in the mapping$/);
  });

  it('a value unlike the rest of its column is rejected with the format closest to it', async () => {
    const mixed = await proveValues(['24/02/2015 11:35:52 -0800', '2015-02-24T11:35:52Z', '2015-02-25T10:00:00Z', '2015-02-26T09:00:00Z']);
    expect(mixed.imported).toBe(4);
    const stray = await proveValues(['2015-02-24T11:35:52Z', '2015-02-25T10:00:00Z', '24/02/2015 11h35']);
    expect(stray).toMatchObject({ sampled: 3, imported: 2 });
    expect(stray.rejects[0]!.reason).toBe('is not a date-time in the detected format "iso"; closest format "%d/%m/%Y %H:%M" fails on it; set columns.published_at.format in the mapping');
  });
});

/** Proves a one-column export made of `values` (written to a temporary project). */
async function proveValues(values: string[]): Promise<FileProof> {
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'cadence-dates-'));
  try {
    await writeFile(join(dir, 'values.csv'), ['id,when,expected', ...values.map((v, i) => `v${i},${v},`)].join('\n') + '\n');
    const request: ProofRequest = { rows: 1000, proofs: [] };
    await withMappingProof(request, () => checkDelimitedFiles({ ...context(), projectDir: dir }, { file: 'values.csv', entity: 'posts', columns: postColumns as never, timezone: zone }));
    return request.proofs[0]!;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
