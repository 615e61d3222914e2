/**
 * The tables YouTube Studio exports from Analytics → Advanced mode → Export current view: one per
 * tab (Content, Traffic source, Geography, …), each a `Table data.csv` whose first column is the
 * tab's dimension, plus `Chart data.csv` and `Totals.csv` (per day). Only the Content table (one
 * row per video) has a place in Cadence: posts. The others are refused with what to export instead.
 */
import { CadenceError, type FieldMapping } from 'cadence/plugin';

const fold = (s: string) => s.trim().toLowerCase();

/** Publish dates as Studio writes them ("Sep 10, 2026", older exports "Sep 10 2026", some locales ISO). */
export const publishFormats = ['%b %d, %Y', '%b %d %Y', '%Y-%m-%d', '%d %b %Y', '%m/%d/%Y'];

/** Content-table columns per posts field; the first name the header holds wins. */
const contentColumns: [field: string, names: string[]][] = [
  ['text', ['video title']],
  ['video_views', ['views']],
  ['impressions', ['impressions', 'thumbnail impressions']],
  ['reach', ['unique viewers']],
  ['likes', ['likes']],
  ['comments', ['comments added', 'comments']],
  ['shares', ['shares']],
];

/** Is this header a Content table's (first column `Content`: the video id)? */
export const isContentTable = (header: string[]) => header.length > 0 && fold(header[0]!) === 'content';

/** A summary row: YouTube Studio writes the table's `Total` right under the header. */
export const isTotalRow = (row: Record<string, string>) => fold(Object.values(row)[0] ?? '') === 'total';

/** The posts mapping of a Content table, and the columns of the export it does not store. */
export function contentMapping(header: string[], channel?: string): { columns: Record<string, FieldMapping>; notStored: string[] } {
  const find = (names: string[]) => names.map((n) => header.find((h) => fold(h) === n)).find((h) => h !== undefined);
  const content = header[0]!;
  const published = find(['video publish time', 'publish time', 'video published']);
  if (!published) {
    throw new CadenceError('CADENCE_CSV_MISSING_COLUMN', `The Content table has no "Video publish time" column, and a post needs its publish date; its header is: ${header.join(', ')}.`, {
      hint: 'In YouTube Studio (Advanced mode, Content tab), keep the Video publish time column in the table (Metrics / column picker) and export again.',
      details: { header },
    });
  }
  const columns: Record<string, FieldMapping> = {
    id: content,
    published_at: { column: published, format: publishFormats },
    platform: { value: 'youtube' },
    post_type: { value: 'video' },
    url: { template: `https://www.youtube.com/watch?v={${content}}` },
  };
  if (channel) columns.account_name = { value: channel };
  const used = new Set([content, published]);
  for (const [field, names] of contentColumns) {
    const column = find(names);
    if (column && !used.has(column)) {
      columns[field] = column;
      used.add(column);
    }
  }
  return { columns, notStored: header.filter((h) => !used.has(h)) };
}

/** What a table other than Content holds, by its first column (Studio's tab names): what, and per what. */
const kinds: [first: string[], what: string, per: string][] = [
  [['geography', 'country'], 'views by country', 'country'],
  [['city'], 'views by city', 'city'],
  [['traffic source', 'traffic source type'], 'views by traffic source', 'traffic source'],
  [['external source', 'search term', 'youtube search term'], 'views by external site or search term', 'site or search term'],
  [['device type', 'operating system'], 'views by device', 'device'],
  [['viewer age', 'viewer gender', 'age', 'gender'], 'views by viewers’ age or gender', 'age or gender group'],
  [['subscription status', 'subscription source'], 'views by subscription status', 'subscription status'],
  [
    ['playback location', 'content type', 'youtube product', 'sharing service', 'subtitles and cc', 'audio track', 'video info language', 'new and returning viewers', 'end screen element', 'card'],
    'views broken down by another of Studio’s dimensions',
    'such dimension',
  ],
];

/**
 * The CadenceError for a table this plugin cannot store: which table it is, that Cadence has no
 * place for it, and what to export instead.
 */
export function unsupportedTable(header: string[]): CadenceError {
  const first = header[0]?.trim() ?? '';
  const daily = fold(first) === 'date';
  const found = kinds.find(([names]) => names.includes(fold(first)));
  const kind = daily ? 'the channel’s views per day (Totals.csv or Chart data.csv)' : found?.[1];
  const columns = header.join(', ');
  const why = daily
    ? 'Cadence has no place for a channel’s views per day: account_snapshots hold followers, impressions and engagements, and views are none of them (YouTube counts a view when playback starts; an impression is a thumbnail shown).'
    : found
      ? `Cadence has no place for ${found[1]}: none of its entities holds a channel’s views per ${found[2]} (posts are per video, account_snapshots per day) — and YouTube views are not visits to the brand’s site, so they do not belong in web_sessions either.`
      : 'It is not a YouTube Studio table this plugin knows: the Content table’s first column is "Content" (the video id).';
  return new CadenceError(
    'CADENCE_EXPORT_NOT_SUPPORTED',
    `${kind ? `This is YouTube Studio’s "${first}" table — ${kind}` : `The table's first column is "${first}"`} (columns: ${columns}). ${why} Nothing is imported from it.`,
    {
      hint: 'Export the Content table instead: YouTube Studio → Analytics → Advanced mode → the Content tab (one row per video) → Export current view → Comma-separated values (.csv), and point `file` at the `Table data.csv` in it. Cadence stores it as posts (views, impressions, likes, comments, shares of each video).',
      details: { header, table: first },
    },
  );
}
