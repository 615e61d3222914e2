/**
 * The mapping of analytics.twitter.com's exports, made from each file's header: the "Tweets"
 * export (one row per tweet) → posts, the "By day" export (one row per day) → account_snapshots.
 * X publishes the layout only by example: 40 columns, every cell quoted, counts written "2633.0",
 * the 18 `promoted …` columns "-" when the tweet was not promoted. The mapping reads the organic
 * counts and leaves the rest (rates, promoted counts, click kinds) unread; see README.md.
 */
import { basename } from 'node:path';
import { CadenceError, type FieldMapping, type MappedFile } from 'cadence/plugin';

export type Report = 'tweets' | 'daily';

/** The handle in a permalink: https://twitter.com/<handle>/status/<id> (x.com, mobile., www. too). */
export const permalinkHandle = String.raw`^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/([A-Za-z0-9_]{1,50})/status`;

/**
 * A hashtag: `#` after the start or a character that cannot end a word or a URL, then letters,
 * digits and _ with at least one letter (X does not link "#1"). RE2 syntax; the engine keeps the
 * capture of every match, and stores hashtags lower-cased.
 */
export const hashtagPattern = String.raw`(?:^|[^\p{L}\p{N}_&/])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)`;

/** Timestamps as the export writes them: `2019-01-29 18:12 +0000` (UTC), seconds allowed. */
export const timeFormats = ['%Y-%m-%d %H:%M %z', '%Y-%m-%d %H:%M:%S %z'];

/** The handle in an export's file name: `[daily_]tweet_activity_metrics_<handle>_<YYYYMMDD>_<YYYYMMDD>[_<lang>].csv`. */
export function handleFromFileName(path: string): string | undefined {
  return /^(?:daily_)?tweet_activity_metrics_(\w+?)_\d{8}_\d{8}(?:_[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)?\.csv$/i.exec(basename(path))?.[1];
}

const fold = (s: string) => s.trim().toLowerCase();

/** The header's spelling of `name` (trimmed, case-insensitive), if it has it. */
export function pick(header: string[], name: string): string | undefined {
  return header.find((h) => fold(h) === fold(name));
}

/** Columns each export cannot do without (unless an override maps the field): column, what it holds, field. */
const required: Record<Report, [string, string, string][]> = {
  tweets: [
    ['Tweet id', 'the tweet’s id', 'id'],
    ['time', 'when the tweet was published', 'published_at'],
  ],
  daily: [['Date', 'the day', 'date']],
};

/** Columns read as counts as they are, field ← column. */
const counts: Record<Report, [string, string][]> = {
  tweets: [
    ['impressions', 'impressions'],
    ['engagements', 'engagements'],
    ['shares', 'retweets'],
    ['comments', 'replies'],
    ['likes', 'likes'],
    ['clicks', 'url clicks'],
  ],
  daily: [
    ['posts_published', 'Tweets published'],
    ['impressions', 'impressions'],
    ['engagements', 'engagements'],
  ],
};

/** Columns that tell one export from the other. */
const signature: Record<Report, string[]> = { tweets: ['Tweet id', 'Tweet permalink', 'time'], daily: ['Date', 'Tweets published'] };

const entityOf: Record<Report, string> = { tweets: 'posts', daily: 'account_snapshots' };
const nameOf: Record<Report, string> = { tweets: 'Tweets ("Tweet activity")', daily: 'By day ("daily tweet activity")' };

export interface MappingOptions {
  account?: string | undefined;
  columns?: Record<string, FieldMapping> | undefined;
}

/**
 * The mapping for one file of `report`, from its header and name. Throws
 * CADENCE_CSV_MISSING_COLUMN naming a required column the header lacks (and saying so when the
 * file is the other export), and CADENCE_CSV_MAPPING_INVALID when a daily export names no account.
 */
export function mappingFor(report: Report, header: string[], file: MappedFile, o: MappingOptions): Record<string, FieldMapping> {
  const missing = required[report].filter(([name, , field]) => pick(header, name) === undefined && o.columns?.[field] === undefined);
  if (missing.length) {
    const other: Report = report === 'tweets' ? 'daily' : 'tweets';
    const isOther = signature[other].every((name) => pick(header, name) !== undefined);
    throw new CadenceError(
      'CADENCE_CSV_MISSING_COLUMN',
      `The ${nameOf[report]} export needs ${missing.map(([name, what]) => `the column "${name}" (${what})`).join(' and ')}, but the header of ${file.path} (line ${file.headerLine}) lacks ${missing.length === 1 ? 'it' : 'them'}. ` +
        (isOther ? `This file is the ${nameOf[other]} export.` : `The header has: ${header.join(', ')}.`),
      {
        place: { file: file.path, line: file.headerLine },
        hint: isOther
          ? `Give this file as \`${other}: { file: '${file.path}' }\` in the source options (it becomes ${entityOf[other]}).`
          : `Export the ${report === 'tweets' ? '"Tweets"' : '"By day"'} data again from analytics.twitter.com, or map ${missing.map(([, , field]) => field).join(' and ')} to a column of this file under \`${report}.columns\`.`,
        details: { missing: missing.map(([name]) => name), header },
      },
    );
  }
  const m: Record<string, FieldMapping> = { platform: { value: 'x' } };
  const fromName = handleFromFileName(file.path);
  const account = o.account?.replace(/^@/, '');
  if (report === 'tweets') {
    const id = pick(header, 'Tweet id');
    const time = pick(header, 'time');
    if (id) m['id'] = id;
    if (time) m['published_at'] = { column: time, format: timeFormats };
    const permalink = pick(header, 'Tweet permalink');
    if (permalink) m['url'] = permalink;
    const text = pick(header, 'Tweet text');
    if (text) {
      m['text'] = { column: text, unescape: 'html' };
      m['hashtags'] = { column: text, unescape: 'html', pattern: hashtagPattern };
    }
    // The account: the option, else each permalink's handle (the file name's when a cell has none).
    const handle: FieldMapping | undefined = account
      ? { value: account }
      : permalink
        ? { column: permalink, pattern: permalinkHandle, ...(fromName ? { default: fromName } : {}) }
        : fromName
          ? { value: fromName }
          : undefined;
    if (handle) {
      m['account_id'] = handle;
      m['account_name'] = handle;
    }
  } else {
    const date = pick(header, 'Date');
    if (date) m['date'] = { column: date, format: '%Y-%m-%d' };
    const handle = account ?? fromName;
    if (handle === undefined && o.columns?.['account_id'] === undefined) {
      throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', `The daily export ${file.path} names no account: it has no account column, and its file name is not daily_tweet_activity_metrics_<handle>_….csv.`, {
        place: { file: file.path },
        hint: "Set `account: '<handle>'` in the source options (the X handle the export is for).",
      });
    }
    if (handle !== undefined) {
      m['account_id'] = { value: handle };
      m['account_name'] = { value: handle };
    }
  }
  for (const [field, name] of counts[report]) {
    const column = pick(header, name);
    if (column) m[field] = column;
  }
  for (const [field, mapping] of Object.entries(o.columns ?? {})) {
    if (typeof mapping === 'object' && 'value' in mapping && mapping.value === null) delete m[field];
    else m[field] = mapping;
  }
  return m;
}
