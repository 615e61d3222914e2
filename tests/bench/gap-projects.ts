/**
 * Two projects holding the same rows for the gap benchmark: "apart" has three sources years apart
 * (mentions in March–April 2015, deals from June 2016 to January 2017, web sessions in May 2024),
 * "adjacent" the same rows shifted so that the sources follow each other (2022-03 … 2023-01). A
 * site builds the periods that hold data, so both should build the same number of pages in about
 * the same time; building every calendar period between the sources made the first one ~5× slower.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Rng } from '../../src/demo/random.ts';

interface Spans {
  mentions: [string, number];
  deals: [string, number];
  sessions: [string, number];
}

const layouts: Record<'apart' | 'adjacent', Spans> = {
  apart: { mentions: ['2015-03-01', 61], deals: ['2016-06-01', 245], sessions: ['2024-05-01', 31] },
  adjacent: { mentions: ['2022-03-01', 61], deals: ['2022-05-01', 245], sessions: ['2023-01-01', 31] },
};

const day = (start: string, offset: number) => new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000);
const sentiments = ['positive', 'neutral', 'negative'];
const brands = ['Alpenglow', 'Alpenglow', 'Alpenglow', 'Summitline', 'Northpeak'];

function mentionsCsv(rng: Rng, [start, days]: [string, number], rows: number): string {
  let out = 'id,date,brand,sentiment,author,text\n';
  for (let i = 0; i < rows; i++) {
    const t = new Date(day(start, Math.floor(rng.next() * days)).getTime() + Math.floor(rng.next() * 86_400_000));
    const brand = brands[Math.floor(rng.next() * brands.length)]!;
    out += `m${i},${t.toISOString()},${brand},${sentiments[Math.floor(rng.next() * 3)]},user${Math.floor(rng.next() * 5000)},"${brand} jacket #trail ${i}"\n`;
  }
  return out;
}

function dealsCsv(rng: Rng, [start, days]: [string, number], rows: number): string {
  let out = 'id,created,closed,status,amount,source\n';
  for (let i = 0; i < rows; i++) {
    const created = day(start, Math.floor(rng.next() * (days - 30)));
    const status = ['open', 'won', 'lost'][Math.floor(rng.next() * 3)]!;
    const closed = status === 'open' ? '' : day(created.toISOString().slice(0, 10), 1 + Math.floor(rng.next() * 29)).toISOString();
    out += `d${i},${created.toISOString()},${closed},${status},${100 * (10 + Math.floor(rng.next() * 200))},${rng.next() < 0.3 ? 'Social' : 'Web'}\n`;
  }
  return out;
}

function sessionsCsv(rng: Rng, [start, days]: [string, number]): string {
  let out = 'date,channel,sessions\n';
  for (let d = 0; d < days; d++) {
    for (const channel of ['organic_social', 'organic_search', 'direct', 'referral']) {
      out += `${day(start, d).toISOString().slice(0, 10)},${channel},${50 + Math.floor(rng.next() * 500)}\n`;
    }
  }
  return out;
}

const config = `export default {
  brand: { name: 'Alpenglow' },
  competitors: [{ name: 'Summitline' }, { name: 'Northpeak' }],
  timezone: 'UTC',
  locale: 'en-GB',
  currency: 'EUR',
  sources: {
    mentions: { plugin: 'csv', options: { file: 'exports/mentions.csv', entity: 'mentions', columns: {
      id: 'id', published_at: 'date', platform: { value: 'twitter' }, matched_name: 'brand',
      matched_kind: { column: 'brand', map: { Alpenglow: 'brand', '*': 'competitor' } },
      sentiment: 'sentiment', author_handle: 'author', text: 'text' } } },
    deals: { plugin: 'csv', options: { file: 'exports/deals.csv', entity: 'deals', columns: {
      id: 'id', created_at: 'created', closed_at: 'closed', status: 'status', amount: 'amount', lead_source: 'source',
      is_social: { column: 'source', map: { Social: true, '*': false } } } } },
    sessions: { plugin: 'csv', options: { file: 'exports/sessions.csv', entity: 'web_sessions', columns: {
      date: 'date', channel: 'channel', sessions: 'sessions',
      is_social: { column: 'channel', map: { organic_social: true, '*': false } } } } },
  },
};
`;

/** Writes both projects under `work` (each with its exports and config; pull them next). */
export async function writeGapProjects(work: string, mentions = 60_000): Promise<Record<'apart' | 'adjacent', string>> {
  const dirs = {} as Record<'apart' | 'adjacent', string>;
  for (const [name, spans] of Object.entries(layouts) as ['apart' | 'adjacent', Spans][]) {
    const dir = join(work, `gaps-${name}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(join(dir, 'exports'), { recursive: true });
    const rng = new Rng(14); // the same draws for both: only the dates move
    await writeFile(join(dir, 'exports', 'mentions.csv'), mentionsCsv(rng.fork('mentions'), spans.mentions, mentions));
    await writeFile(join(dir, 'exports', 'deals.csv'), dealsCsv(rng.fork('deals'), spans.deals, 2_000));
    await writeFile(join(dir, 'exports', 'sessions.csv'), sessionsCsv(rng.fork('sessions'), spans.sessions));
    await writeFile(join(dir, 'cadence.config.ts'), config);
    dirs[name] = dir;
  }
  return dirs;
}
