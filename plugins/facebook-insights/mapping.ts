/**
 * The mapping of Facebook's legacy Page Insights "Post data" export (Insights → Export data →
 * Post data, CSV), made from each file's header: 95 columns named "Lifetime …", a second row that
 * says what each column means (skipped: isDescriptionRow), and metrics written twice under one
 * name — a total count and a count of unique people — told apart by that row. Which column each
 * field comes from, and why, is in README.md.
 */
import { basename } from 'node:path';
import { CadenceError, type FieldMapping, type MappedFile } from 'cadence/plugin';

const fold = (s: string) => s.trim().toLowerCase();

/** The header's spelling of `name` (trimmed, case-insensitive), if it has it. */
export function pick(header: string[], name: string): string | undefined {
  return header.find((h) => fold(h) === fold(name));
}

/**
 * Whether a row after the header is Facebook's row of metric descriptions, not a post: it has no
 * Post ID, and a cell reads "Lifetime: …" (or Daily/Weekly/28 Days). A post always has its id, so
 * a copy saved without the description row loses no post.
 */
export function isDescriptionRow(row: Record<string, string>): boolean {
  const id = Object.entries(row).find(([name]) => fold(name) === 'post id')?.[1] ?? '';
  return id.trim() === '' && Object.values(row).some((cell) => /^(lifetime|daily|weekly|28 days)\s*:/i.test(cell.trim()));
}

/** `Type` → post_type (case-insensitive); other values are kept as written, an empty cell stays empty. */
export const postTypes: Record<string, string> = {
  photo: 'photo',
  link: 'link',
  video: 'video',
  'shared video': 'video',
  status: 'status',
  event: 'event',
  offer: 'offer',
  note: 'note',
  music: 'music',
};

/** `Posted` as the export writes it: `02/19/2015 11:45:22 PM`, month first, no zone. */
export const postedFormats = ['%m/%d/%Y %I:%M:%S %p', '%m/%d/%Y %I:%M %p'];

/** A hashtag in a post's message (RE2): as the twitter-analytics plugin reads them. */
export const hashtagPattern = String.raw`(?:^|[^\p{L}\p{N}_&/])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)`;

/** The Page's name in the export's file name: `Facebook Insights Data Export (Post Level) - <Page> - <from> - <to>.csv`. */
export function pageFromFileName(path: string): string | undefined {
  return /^Facebook Insights Data Export \(Post Level\) - (.+?) - \d{4}-\d{2}-\d{2} - \d{4}-\d{2}-\d{2}(?: \(\d+\))?\.csv$/i.exec(basename(path))?.[1];
}

/** Columns read as they are, field ← column (Facebook's names). */
export const countColumns: [string, string][] = [
  ['reach', 'Lifetime Post Total Reach'],
  ['impressions', 'Lifetime Post Total Impressions'],
  ['engagements', 'Lifetime Engaged Users'],
  ['likes', 'Lifetime Post Stories by action type - like'],
  ['comments', 'Lifetime Post Stories by action type - comment'],
  ['shares', 'Lifetime Post Stories by action type - share'],
  ['clicks', 'Lifetime Post Consumptions by type - link clicks'],
];

/** Metrics Facebook writes twice under one name (total count, unique people): video_views sums the total counts. */
export const videoViewColumns = ['Lifetime Organic Video Views', 'Lifetime Paid Video Views'];

/**
 * The column of `name` that holds the total count. Facebook writes some metrics twice under one
 * name (the engine names the second `<name>_2`); the description row says which is which
 * ("… (Total Count)" / "… (Unique Users)"). Without that row, the first (Facebook's order).
 */
export function totalCountColumn(header: string[], name: string, descriptions: Record<string, string> | undefined): string | undefined {
  const first = pick(header, name);
  if (first === undefined) return undefined;
  const repeats = header.filter((h) => new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}_\\d+$`).test(h));
  const candidates = [first, ...repeats];
  return candidates.find((c) => /\(total count\)\s*$/i.test(descriptions?.[c] ?? '')) ?? first;
}

export interface MappingOptions {
  page?: string | undefined;
  columns?: Record<string, FieldMapping> | undefined;
}

/** Columns a post export cannot do without (unless an override maps the field): column, what it holds, field. */
const required: [string, string, string][] = [
  ['Post ID', 'each post’s id, <page id>_<post id>', 'id'],
  ['Posted', 'when each post was published', 'published_at'],
];

/**
 * The mapping for one export, from its header, name and description row. Throws
 * CADENCE_CSV_MISSING_COLUMN naming a required column the header lacks.
 */
export function mappingFor(header: string[], file: MappedFile, o: MappingOptions): Record<string, FieldMapping> {
  const missing = required.filter(([name, , field]) => pick(header, name) === undefined && o.columns?.[field] === undefined);
  if (missing.length) {
    const pageLevel = pick(header, 'Date') !== undefined || header.some((h) => /^(daily|weekly|28 days) /i.test(h));
    throw new CadenceError(
      'CADENCE_CSV_MISSING_COLUMN',
      `A Facebook Insights post export needs ${missing.map(([name, what]) => `the column "${name}" (${what})`).join(' and ')}, but the header of ${file.path} (line ${file.headerLine}) lacks ${missing.length === 1 ? 'it' : 'them'}. ` +
        (pageLevel ? 'This looks like the Page-level export (one row per day), which this source does not read.' : `The header has: ${header.slice(0, 12).join(', ')}${header.length > 12 ? `, … (${header.length} columns)` : ''}.`),
      {
        place: { file: file.path, line: file.headerLine },
        hint: `Export "Post data" from Page Insights (Export data → Post data, CSV), or map ${missing.map(([, , field]) => field).join(' and ')} to a column of this file under \`columns\`.`,
        details: { missing: missing.map(([name]) => name), header },
      },
    );
  }
  const m: Record<string, FieldMapping> = {};
  const id = pick(header, 'Post ID');
  const posted = pick(header, 'Posted');
  if (id) m['id'] = id;
  if (posted) m['published_at'] = { column: posted, format: postedFormats };
  m['platform'] = { value: 'facebook' };
  if (id) m['account_id'] = { column: id, pattern: '^(\\d+)_' };
  const page = o.page ?? pageFromFileName(file.path);
  if (page !== undefined) m['account_name'] = { value: page };
  const type = pick(header, 'Type');
  if (type) m['post_type'] = { column: type, map: postTypes };
  const permalink = pick(header, 'Permalink');
  if (permalink) m['url'] = { column: permalink, unescape: 'html' };
  const message = pick(header, 'Post Message');
  if (message) {
    m['text'] = { column: message, unescape: 'html' };
    m['hashtags'] = { column: message, unescape: 'html', pattern: hashtagPattern };
  }
  for (const [field, name] of countColumns) {
    const column = pick(header, name);
    if (column) m[field] = column;
  }
  const descriptions = file.skipped[0];
  const views = videoViewColumns.map((name) => totalCountColumn(header, name, descriptions)).filter((c): c is string => c !== undefined);
  if (views.length) m['video_views'] = { sum: views };
  const paid = pick(header, 'Lifetime Post Paid Impressions');
  if (paid) m['paid'] = { column: paid, map: { '0': false, '*': true } };
  for (const [field, mapping] of Object.entries(o.columns ?? {})) {
    if (typeof mapping === 'object' && 'value' in mapping && mapping.value === null) delete m[field];
    else m[field] = mapping;
  }
  return m;
}
