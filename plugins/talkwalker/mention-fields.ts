/**
 * How a Talkwalker document becomes a `mentions` row, written twice side by side: as the column
 * mapping of an export (read by the store with DuckDB) and as a JavaScript function of a flattened
 * API document (the same dotted names: `extra_author_attributes.name`, …). Keep the two in step;
 * the parity test in `talkwalker.export.test.ts` pulls the same documents both ways and compares.
 */
import { sentimentMap, type FieldMapping, type TrackedPattern } from 'cadence/plugin';
import { firstMatch, platformRules, reachKindRules, sourceTypeRules } from './classify.ts';

/** Columns a file must have; everything else is mapped when present. */
export const requiredColumns = ['url', 'published'] as const;

/** Columns whose joined text decides platform and source_type (reach_kind adds `reach` in front). */
export const kindColumns = ['source_type', 'extra_source_attributes.name', 'url'] as const;

/** Columns searched for the tracked names (brand, competitors, …). */
export const textColumns = ['title', 'content'] as const;

/** Column names of the matched topic or query, when an export has one (first present wins). */
export const topicColumns = ['topic', 'topics', 'topic_name', 'matched_topic', 'matched_topics', 'query', 'query_name'] as const;

const likeColumns = ['facebook_likes', 'twitter_likes', 'instagram_likes', 'youtube_likes', 'pinterest_likes'].map((c) => `article_extended_attributes.${c}`);
const shareColumns = ['twitter_retweets', 'facebook_shares', 'linkedin_shares'].map((c) => `article_extended_attributes.${c}`);
const commentColumn = 'article_extended_attributes.num_comments';

/** Host of a URL without `www.`: the first capture group is kept (RE2 and JavaScript). */
export const domainPattern = '^(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?(?:www\\.)?([^/:?#\\s]+)';
/** A handle without its @. */
export const handlePattern = '^@?(.+)$';

/** Talkwalker's sentiment: −5…5 (any sign is the tone), or a label; anything else is unknown. */
export const sentimentValues: Record<string, 'positive' | 'neutral' | 'negative' | null> = {
  ...sentimentMap,
  ...Object.fromEntries([1, 2, 3, 4, 5].flatMap((n) => [[String(n), 'positive'], [`+${n}`, 'positive'], [String(-n), 'negative']])),
  '0': 'neutral',
  '*': null,
};

/** Timestamps: epoch milliseconds (as the API gives them) or ISO 8601 (naive = the `timezone` option). */
export const publishedFormats = ['epoch_ms', 'iso'];

const fold = (s: string) => s.trim().toLowerCase();

/**
 * The mapping for an export with this header (exact names as the host reports them). Missing
 * required columns are left to the host, which names them (CADENCE_CSV_MISSING_COLUMN).
 */
export function exportMapping(header: string[], tracked: TrackedPattern[]): Record<string, FieldMapping> {
  const find = (name: string) => header.find((h) => fold(h) === name);
  const present = (names: readonly string[]) => names.map(find).filter((h): h is string => h !== undefined);
  const m: Record<string, FieldMapping> = {
    url: find('url') ?? 'url',
    published_at: { column: find('published') ?? 'published', format: publishedFormats },
  };
  const url = find('url');
  if (url) m.domain = { column: url, pattern: domainPattern };
  const kindCols = present(kindColumns);
  m.platform = kindCols.length ? { match: kindCols, patterns: platformRules() } : { value: 'other' };
  if (kindCols.length) m.source_type = { match: kindCols, patterns: sourceTypeRules() };
  const reach = find('reach');
  if (reach) {
    m.reach = reach;
    m.reach_kind = { match: [reach, ...kindCols], patterns: reachKindRules() };
  }
  const column = (field: string, name: string) => {
    const h = find(name);
    if (h) m[field] = h;
  };
  column('title', 'title');
  column('text', 'content');
  if (!m.text) column('text', 'content_snippet');
  column('author_name', 'extra_author_attributes.name');
  const handle = find('extra_author_attributes.short_name');
  if (handle) m.author_handle = { column: handle, pattern: handlePattern };
  column('author_followers', 'extra_author_attributes.followers');
  column('country', 'extra_source_attributes.world_data.country');
  column('language', 'lang');
  column('engagement', 'engagement');
  column('comments', commentColumn);
  const sentiment = find('sentiment');
  if (sentiment) {
    m.sentiment = { column: sentiment, map: sentimentValues };
    m.sentiment_original = sentiment;
  }
  const likes = present(likeColumns);
  if (likes.length) m.likes = { sum: likes };
  const shares = present(shareColumns);
  if (shares.length) m.shares = { sum: shares };
  const topic = present(topicColumns)[0];
  if (topic) m.query = topic;
  const text = present(textColumns);
  if (text.length && tracked.length) {
    m.matched_kind = { match: text, patterns: tracked.map((p) => ({ value: p.kind, regex: p.regex })) };
    m.matched_name = { match: text, patterns: tracked.map((p) => ({ value: p.name, regex: p.regex })) };
  }
  return m;
}

/** A flattened document: dotted names → cell values (lists joined by commas), as in an export. */
export type FlatRow = Record<string, string | number | boolean | null>;

const textOf = (v: FlatRow[string] | undefined): string | null => (v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim());

function numberOf(v: FlatRow[string] | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = textOf(v);
  if (t === null) return null;
  const n = Number(t.replace(/[,\s]/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Like the store's `sum`: blanks count as 0, all blank is null. */
function sumOf(row: FlatRow, names: string[]): number | null {
  const values = names.map((n) => numberOf(row[n])).filter((n): n is number => n !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

/** `published` as an instant: epoch milliseconds (number or digits) or ISO 8601 with an offset. */
export function publishedOf(v: FlatRow[string] | undefined): Date | null {
  if (typeof v === 'number') return new Date(v);
  const t = textOf(v);
  if (t === null) return null;
  if (/^\d{12,13}$/.test(t)) return new Date(Number(t));
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d;
}

const extract = (pattern: string, v: string | null) => (v === null ? null : new RegExp(pattern).exec(v)?.[1] || null);

/** The record of one flattened API document: the JavaScript twin of `exportMapping`. */
export function mentionOf(row: FlatRow, tracked: TrackedPattern[]): Record<string, unknown> {
  const raw = (name: string) => textOf(row[name]);
  const kindText = kindColumns.map(raw);
  const reach = numberOf(row.reach);
  const sentiment = raw('sentiment');
  const text = textColumns.map(raw);
  const hit = text.some((t) => t !== null) ? matchTrackedText(text, tracked) : undefined;
  return {
    url: raw('url'),
    published_at: publishedOf(row.published),
    domain: extract(domainPattern, raw('url')),
    platform: firstMatch(platformRules(), kindText) ?? 'other',
    source_type: firstMatch(sourceTypeRules(), kindText),
    reach,
    reach_kind: firstMatch(reachKindRules(), [raw('reach'), ...kindText]),
    title: raw('title'),
    text: raw('content') ?? raw('content_snippet'),
    author_name: raw('extra_author_attributes.name'),
    author_handle: extract(handlePattern, raw('extra_author_attributes.short_name')),
    author_followers: numberOf(row['extra_author_attributes.followers']),
    country: raw('extra_source_attributes.world_data.country'),
    language: raw('lang'),
    engagement: numberOf(row.engagement),
    comments: numberOf(row[commentColumn]),
    sentiment: sentiment !== null && Object.hasOwn(sentimentValues, sentiment.toLowerCase()) ? sentimentValues[sentiment.toLowerCase()] : null,
    sentiment_original: sentiment,
    likes: sumOf(row, likeColumns),
    shares: sumOf(row, shareColumns),
    query: topicColumns.map(raw).find((t) => t !== null) ?? null,
    matched_kind: hit?.kind ?? null,
    matched_name: hit?.name ?? null,
  };
}

function matchTrackedText(text: (string | null)[], tracked: TrackedPattern[]): TrackedPattern | undefined {
  const joined = text.map((t) => t ?? '').join(' ');
  return tracked.find((p) => new RegExp(p.regex.replace(/^\(\?i\)/, ''), 'i').test(joined));
}
