/**
 * Real exports whose dates are written the vendors' ways, imported with no `format`: every
 * timestamp detected and landed on the instant worked out here with luxon from the raw file
 * (never read back from the importer), and `cadence check`'s proof of the same mapping says
 * every sampled row imports.
 * - Sanders Twitter corpus: Twitter API v1 `Tue Oct 18 21:53:25 +0000 2011` (5,113 tweets);
 * - Sentiment140 test set: `Mon May 11 03:17:40 UTC 2009`, a zone abbreviation (498 tweets; the
 *   file has no header, so the test gives its copy one, as a user would);
 * - rOpenSci's Twitter analytics export: `2019-01-29 18:12 +0000`, an offset after a space.
 * Files from ../shared/real-data; each test is skipped, saying so, when the folder is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { SourceContext } from '../../src/plugins/api.ts';
import { checkDelimitedFiles, withMappingProof, type ProofRequest } from '../../src/plugins/delimited/index.ts';
import { pullFixture } from '../../src/plugins/testkit.ts';
import csv from '../../plugins/csv/index.ts';

const realDataDir = resolve(import.meta.dirname, '../../../shared/real-data');
const skip = existsSync(realDataDir) ? '' : ` — SKIPPED: ${realDataDir} is absent`;

/** "Tue Oct 18 21:53:25 +0000 2011" / "Mon May 11 03:17:40 UTC 2009" / "2019-01-29 18:12 +0000" → UTC ISO. */
function instant(text: string): string {
  const formats = ['EEE MMM dd HH:mm:ss ZZZ yyyy', 'yyyy-MM-dd HH:mm ZZZ'];
  const value = text.replace(/ UTC /, ' +0000 ');
  for (const f of formats) {
    const t = DateTime.fromFormat(value, f, { setZone: true, locale: 'en-US' });
    if (t.isValid) return t.toUTC().toISO()!;
  }
  throw new Error(`not a date the test knows: ${text}`);
}

function context(projectDir: string): SourceContext<unknown> {
  const quiet = () => {};
  return {
    source: 'real',
    options: {},
    signal: new AbortController().signal,
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
    fetch: () => Promise.reject(new Error('no network in tests')),
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    projectDir,
    // Naive dates would land in Tokyo: these files' offsets must win.
    timezone: 'Asia/Tokyo',
    tracked: { brand: { name: 'Acme', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
    cursor: () => undefined,
  };
}

interface Case {
  name: string;
  /** File under ../shared/real-data, and the header a headerless file is given. */
  file: string;
  addHeader?: string;
  id: string;
  date: string;
  rows: number;
  first: string;
  last: string;
}

const cases: Case[] = [
  { name: 'Sanders corpus (Twitter API v1)', file: 'sanders_twitter_sentiment/full-corpus.csv', id: 'TweetId', date: 'TweetDate', rows: 5113, first: '2011-10-15', last: '2011-10-20' },
  {
    name: 'Sentiment140 test set (UTC abbreviation)',
    file: 'sentiment140_test/testdata.manual.2009.06.14.csv',
    addHeader: 'polarity,id,date,query,user,text',
    id: 'id',
    date: 'date',
    rows: 498,
    first: '2009-05-11',
    last: '2009-06-14',
  },
  {
    name: 'rOpenSci Twitter analytics (offset after a space)',
    file: 'twitter_analytics_export/tweet_activity_metrics_rOpenSci_20190101_20190201_en.csv',
    id: 'Tweet id',
    date: 'time',
    rows: 31,
    first: '2019-01-08',
    last: '2019-01-31',
  },
];

describe('real exports: vendor timestamps detected without a format', () => {
  it.each(cases)(`$name: every row on its instant, and check proves the mapping${skip}`, async (c) => {
    if (skip) return;
    const dir = await mkdtemp(join(tmpdir(), 'cadence-real-dates-'));
    try {
      const raw = readFileSync(join(realDataDir, c.file));
      const bytes = c.addHeader ? Buffer.concat([Buffer.from(`${c.addHeader}\n`), raw]) : raw;
      await writeFile(join(dir, 'export.csv'), bytes);
      const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
      const want = new Map(records.map((r) => [r[c.id]!, instant(r[c.date]!)]));
      expect(want.size).toBe(c.rows);

      const columns = { id: c.id, published_at: c.date, platform: { value: 'twitter' } };
      const request: ProofRequest = { rows: 1000, proofs: [] };
      await withMappingProof(request, () => checkDelimitedFiles(context(dir), { file: 'export.csv', entity: 'mentions', columns }));
      expect(request.proofs[0]).toMatchObject({ sampled: Math.min(1000, c.rows), imported: Math.min(1000, c.rows), rejects: [] });

      const r = await pullFixture({ plugin: csv, projectDir: dir, config: { timezone: 'Asia/Tokyo' }, options: { file: 'export.csv', entity: 'mentions', columns } });
      try {
        expect(r.rejects).toEqual([]);
        const got = new Map((r.rows.mentions ?? []).map((m) => [m.id as string, m.published_at as string]));
        expect(got.size).toBe(c.rows);
        expect(got).toEqual(want);
        expect(r.manifest.entities.mentions).toMatchObject({ firstDate: c.first, lastDate: c.last });
      } finally {
        await r.cleanup();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
