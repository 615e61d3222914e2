/**
 * The evidence behind each event (events.ts), read from the data in three queries for all the
 * events of a build: the page that set it off, two or three real voices, the words people used,
 * and the care cases it brought.
 *
 * - **The page.** When the event's driver is a URL: the mention at that URL (the article itself:
 *   its title, domain and kind of source), else the most common title among the mentions sharing
 *   it. Without a URL the story is named by its driver (a hashtag, a domain, an account) or, when
 *   there is none, by its most common words.
 * - **Voices.** Brand mentions of the event's days that match its driver (the URL, the hashtag,
 *   the domain, the author, the platform), of the event's sentiment (negative for a negative
 *   event; not negative otherwise, positive first), the brand's own accounts left out; the page
 *   itself first, then by reach and engagement; one per author and per text (the first 60
 *   characters, case and spaces ignored), three per event.
 * - **Words.** The five words (four letters or more, not a stop word, not the brand's own names)
 *   found in the most of those mentions.
 * - **Care.** Care cases opened from the event's first day to six days after its last, by theme,
 *   against the same theme's daily rate in the 28 days before: the theme with the largest excess,
 *   when it has at least 10 cases and three times its expected count. Its refunds and refunded
 *   amount come with it. This is how a news story's cost reaches the report.
 * Values from the data (URLs, hashtags, handles) reach DuckDB as a JSON parameter, never as SQL text.
 */
import type { MetricsConfig, MetricsReader } from '../metrics/kpi.ts';
import { hashtagsSql, isBrandSql } from '../metrics/tracked-names.ts';
import { num, numOrNull } from '../metrics/sql.ts';
import { normalizeHandle, snippet, str } from '../metrics/lists/rows.ts';
import { rangePeriod } from '../periods/period.ts';
import type { Dialect } from '../store/dialect.ts';
import type { StoryEvent } from './events.ts';
import type { Quote } from './types.ts';
import { addDays } from './typical-day.ts';

/** The page or post that set an event off. */
export interface EventSource {
  url: string;
  domain: string | null;
  title: string | null;
  /** news, blog, forum, social, … (the mention's source type), or null. */
  sourceType: string | null;
}

/** A care-case theme that surged with an event. */
export interface CareSurge {
  theme: string;
  /** Cases of the theme opened in the event's window (its days and the six after). */
  cases: number;
  /** Cases expected in as many days, from the 28 days before. */
  expected: number;
  refunds: number;
  refundAmount: number;
  firstDay: string;
  lastDay: string;
}

export interface EventEvidence {
  source: EventSource | null;
  words: string[];
  quotes: Quote[];
  care: CareSurge | null;
}

export const QUOTES_PER_EVENT = 3;
export const QUOTE_MAX_CHARS = 280;
const CARE_DAYS_AFTER = 6;
const CARE_BASE_DAYS = 28;
const CARE_MIN_CASES = 10;
const CARE_MIN_RATIO = 3;

/** Words that never name a story (English and German, the demo's languages, and web noise). */
export const STOP_WORDS = [
  'about', 'after', 'again', 'also', 'been', 'before', 'being', 'check', 'could', 'does', 'each', 'even', 'every', 'from', 'have', 'here', 'into',
  'just', 'know', 'like', 'made', 'make', 'many', 'more', 'most', 'much', 'never', 'only', 'other', 'over', 'same', 'said', 'some', 'still', 'such',
  'than', 'that', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'very', 'want', 'were', 'what', 'when', 'where', 'which',
  'while', 'will', 'with', 'would', 'your', 'yours', 'great', 'really', 'today', 'since', 'anyone', 'else', 'http', 'https', 'www', 'html',
  'aber', 'auch', 'dass', 'dies', 'diese', 'eine', 'einen', 'einer', 'habe', 'haben', 'hier', 'immer', 'mein', 'meine', 'nach', 'nicht', 'noch',
  'oder', 'schon', 'sein', 'sind', 'sich', 'über', 'unter', 'wenn', 'wird', 'heute', 'auch',
];

type Dimension = 'url' | 'hashtag' | 'domain' | 'author' | 'source';

/** An event as the queries see it: its window and driver. */
interface EventRow {
  e: number;
  first: string;
  last: string;
  dim: Dimension | null;
  val: string | null;
  negative: boolean;
}

/** The evidence of every event, by event id. */
export async function eventEvidence(reader: MetricsReader, config: MetricsConfig, events: readonly StoryEvent[]): Promise<Map<string, EventEvidence>> {
  const out = new Map<string, EventEvidence>(events.map((e) => [e.id, { source: null, words: [], quotes: [], care: null }]));
  const told = events.filter((e) => e.kind !== 'drop');
  const hasMentions = (reader.manifest.entities.mentions?.rows ?? 0) > 0;
  if (told.length && hasMentions) {
    const rows: EventRow[] = told.map((e, i) => ({
      e: i,
      first: e.firstDay,
      last: e.lastDay,
      dim: e.driver && e.driver.value !== 'one author' ? e.driver.dimension : null,
      val: e.driver && e.driver.value !== 'one author' ? e.driver.value : null,
      negative: e.kind === 'negative',
    }));
    const span = rangePeriod(rows.map((r) => r.first).reduce((a, b) => (b < a ? b : a)), rows.map((r) => r.last).reduce((a, b) => (b > a ? b : a)), config.timezone);
    const d = reader.dialect;
    const matched = await reader.query(matchedMentionsSql(d, config, span) + ' ' + quotesSql(d), [JSON.stringify(rows)]);
    for (const r of matched) out.get(told[num(r.e)]!.id)!.quotes.push(toQuote(r));
    const words = await reader.query(matchedMentionsSql(d, config, span) + ' ' + wordsSql(d, config), [JSON.stringify(rows), JSON.stringify(stopWords(config))]);
    for (const r of words) out.get(told[num(r.e)]!.id)!.words.push(String(r.word));
    const urls = told.map((e, i) => ({ e: i, url: e.driver?.dimension === 'url' ? e.driver.value : null })).filter((x) => x.url !== null);
    if (urls.length) {
      const sources = await reader.query(sourcesSql(d, config, span), [JSON.stringify(urls)]);
      for (const r of sources) {
        const url = str(r.url)!;
        out.get(told[num(r.e)]!.id)!.source = { url, domain: str(r.domain) ?? hostOf(url), title: snippet(r.title, 140), sourceType: str(r.source_type) };
      }
      for (const u of urls) {
        const ev = out.get(told[u.e]!.id)!;
        ev.source ??= { url: u.url!, domain: hostOf(u.url!), title: null, sourceType: null };
      }
    }
  }
  if (told.length && (reader.manifest.entities.care_cases?.rows ?? 0) > 0) {
    const windows = told.map((e, i) => ({ e: i, first: e.firstDay, last: addDays(e.lastDay, CARE_DAYS_AFTER), base_first: addDays(e.firstDay, -CARE_BASE_DAYS), base_last: addDays(e.firstDay, -1) }));
    const rows = await reader.query(careSql(reader.dialect, config), [JSON.stringify(windows)]);
    for (const r of rows) {
      const w = windows[num(r.e)]!;
      out.get(told[num(r.e)]!.id)!.care = {
        theme: String(r.theme),
        cases: num(r.cases),
        expected: num(r.expected),
        refunds: num(r.refunds),
        refundAmount: num(r.refund_amount),
        firstDay: w.first,
        lastDay: w.last,
      };
    }
  }
  return out;
}

/** "https://www.news.example/a/b" → "news.example". */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const httpUrl = (u: unknown): string | null => {
  const s = str(u);
  return s && /^https?:\/\//i.test(s) ? s : null;
};

function toQuote(r: Record<string, unknown>): Quote {
  const text = snippet(r.text, QUOTE_MAX_CHARS) ?? snippet(r.title, QUOTE_MAX_CHARS) ?? '';
  const title = snippet(r.title, 140);
  const sentiment = str(r.sentiment);
  return {
    id: String(r.id),
    text,
    title: title !== null && title !== text ? title : null,
    platform: String(r.platform ?? ''),
    day: String(r.day),
    reach: numOrNull(r.reach),
    engagement: numOrNull(r.engagement),
    url: httpUrl(r.url),
    author: str(r.author),
    sentiment: sentiment === 'positive' || sentiment === 'neutral' || sentiment === 'negative' ? sentiment : null,
  };
}

/** The brand's names split into words: a story is never named after the brand itself. */
function stopWords(config: MetricsConfig): string[] {
  const own = [config.brand.name, ...config.brand.aliases, ...config.brand.handles, ...config.brand.hashtags]
    .flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 4);
  return [...new Set([...STOP_WORDS, ...own])];
}

/**
 * CTEs `ev` (the events, from the JSON parameter $1) and `mm` (the brand mentions of each event's
 * days that match its driver and sentiment), for the quotes and words queries.
 */
function matchedMentionsSql(d: Dialect, config: MetricsConfig, span: { startUtc: string; endUtc: string }): string {
  const own = [...new Set(config.brand.handles.map(normalizeHandle).filter(Boolean))];
  const isOwn = own.length ? `coalesce(${d.lowerText("ltrim(trim(m.author_handle), '@')")} IN ${d.strList(own)}, false)` : 'false';
  const day = d.localDay('m.published_at', config.timezone);
  const match = `CASE ev.dim
      WHEN 'url' THEN rtrim(trim(m.url), '/') = ev.val OR coalesce(${d.listContains(d.listTransform('m.links', 'x', "rtrim(trim(x), '/')"), 'ev.val')}, false)
      WHEN 'hashtag' THEN coalesce(${d.listContains('m.hashtags', 'ev.val')}, false)
      WHEN 'domain' THEN regexp_replace(${d.lowerText('trim(m.domain)')}, ${d.str('^www\\.')}, '') = ev.val
      WHEN 'author' THEN coalesce(nullif(${d.lowerText("ltrim(trim(m.author_handle), '@')")}, ''), trim(m.author_name)) = ev.val
      WHEN 'source' THEN coalesce(${d.lowerText("nullif(trim(m.platform), '')")}, ${d.lowerText('m.source_type')}) = ev.val
      ELSE true END`;
  return `
    WITH ev AS (${d.jsonRows(0, { e: 'INTEGER', first: 'DATE', last: 'DATE', dim: 'VARCHAR', val: 'VARCHAR', negative: 'BOOLEAN' })}),
    mb AS MATERIALIZED (
      SELECT m.id, ${day} AS day, m.url, m.links, ${hashtagsSql(d, 'm')} AS hashtags, m.domain, m.author_handle, m.author_name, m.platform, m.source_type,
             m.sentiment, m.reach, m.engagement, m.title, m.text
      FROM mentions m
      WHERE m.published_at >= ${d.instant(span.startUtc)} AND m.published_at < ${d.instant(span.endUtc)}
        AND ${isBrandSql(d, config, 'm')} AND NOT ${isOwn}
    ),
    mm AS MATERIALIZED (
      SELECT ev.e AS e, ev.negative AS negative, ev.dim AS dim, ev.val AS val, m.* FROM ev JOIN mb m ON m.day BETWEEN ev.first AND ev.last
      WHERE (${match})
        AND CASE WHEN ev.negative THEN m.sentiment = 'negative' ELSE coalesce(m.sentiment, '') <> 'negative' END
        AND nullif(trim(coalesce(m.text, m.title, '')), '') IS NOT NULL
    )`;
}

function quotesSql(d: Dialect): string {
  // The mention that is the event's page itself comes first.
  const isPage = "dim = 'url' AND rtrim(trim(url), '/') = val";
  const textKey = d.lowerText(d.leftChars(d.replaceAll('trim(coalesce(text, title))', '\\s+', ' '), 60));
  return `
    SELECT e, id, CAST(day AS VARCHAR) AS day, platform, url, title, text, sentiment, reach, engagement, author FROM (
      SELECT *, row_number() OVER (PARTITION BY e ORDER BY is_page DESC, positive DESC, reach DESC NULLS LAST, engagement DESC NULLS LAST, id) AS k FROM (
        SELECT e, id, day, coalesce(nullif(trim(platform), ''), source_type, '') AS platform, url, title, text, sentiment, reach, engagement,
               coalesce(nullif(ltrim(trim(author_handle), '@'), ''), nullif(trim(author_name), '')) AS author,
               ${isPage} AS is_page, sentiment = 'positive' AS positive
        FROM mm
        QUALIFY row_number() OVER (PARTITION BY e, ${textKey}
                                   ORDER BY ${isPage} DESC, reach DESC NULLS LAST, engagement DESC NULLS LAST, id) = 1
           AND row_number() OVER (PARTITION BY e, coalesce(${d.lowerText("ltrim(trim(author_handle), '@')")}, id)
                                   ORDER BY ${isPage} DESC, reach DESC NULLS LAST, engagement DESC NULLS LAST, id) = 1
      )
    ) WHERE k <= ${QUOTES_PER_EVENT} ORDER BY e, k`;
}

function wordsSql(d: Dialect, _config: MetricsConfig): string {
  return `,
    w AS (
      SELECT DISTINCT e, id, word FROM (
        SELECT e, id, ${d.unnest(d.regexpSplit(d.lowerText("coalesce(title, '') || ' ' || coalesce(text, '')"), '[^\\p{L}\\p{N}]+'))} AS word FROM mm)
      WHERE ${d.charLength('word')} >= 4 AND NOT ${d.regexpMatches('word', '^[0-9]+$')} AND NOT ${d.listContains(d.jsonStrings(1), 'word')}
    )
    SELECT e, word FROM (
      SELECT e, word, n, row_number() OVER (PARTITION BY e ORDER BY n DESC, word) AS k FROM (SELECT e, word, count(*) AS n FROM w GROUP BY e, word)
    ) WHERE n >= 2 AND k <= 5 ORDER BY e, n DESC, word`;
}

function sourcesSql(d: Dialect, config: MetricsConfig, span: { startUtc: string; endUtc: string }): string {
  // The page may be older than the event (an article shared days later): look from 30 days before.
  const from = new Date(Date.parse(span.startUtc) - 30 * 86_400_000).toISOString();
  // The earliest mention at the URL (its id breaks a tie, so both engines pick the same one).
  const earliest = ['m.published_at', 'm.id'];
  return `
    WITH u AS (${d.jsonRows(0, { e: 'INTEGER', url: 'VARCHAR' })}),
    own AS (
      SELECT u.e AS e, u.url AS url, ${d.firstBy('m.title', earliest)} AS title, ${d.firstBy(`regexp_replace(${d.lowerText('trim(m.domain)')}, ${d.str('^www\\.')}, '')`, earliest)} AS domain,
             ${d.firstBy('m.source_type', earliest)} AS source_type
      FROM u JOIN mentions m ON rtrim(trim(m.url), '/') = u.url
      WHERE m.published_at >= ${d.instant(from)} AND m.published_at < ${d.instant(span.endUtc)}
      GROUP BY ALL
    ),
    shared AS (
      SELECT e, url, ${d.firstBy('title', [{ expr: 'n', desc: true }, 'title'])} AS title FROM (
        SELECT u.e AS e, u.url AS url, m.title AS title, count(*) AS n
        FROM u JOIN mentions m ON coalesce(${d.listContains(d.listTransform('m.links', 'x', "rtrim(trim(x), '/')"), 'u.url')}, false)
        WHERE m.published_at >= ${d.instant(span.startUtc)} AND m.published_at < ${d.instant(span.endUtc)}
          AND nullif(trim(m.title), '') IS NOT NULL
        GROUP BY ALL)
      GROUP BY ALL
    )
    SELECT u.e AS e, u.url AS url, coalesce(nullif(trim(o.title), ''), s.title) AS title, o.domain AS domain, o.source_type AS source_type
    FROM u LEFT JOIN own o USING (e, url) LEFT JOIN shared s USING (e, url)
    ORDER BY u.e`;
}

function careSql(d: Dialect, config: MetricsConfig): string {
  const day = d.localDay('c.opened_at', config.timezone);
  return `
    WITH w AS (${d.jsonRows(0, { e: 'INTEGER', first: 'DATE', last: 'DATE', base_first: 'DATE', base_last: 'DATE' })}),
    c AS (
      SELECT ${day} AS day, ${d.lowerText(`trim(${d.replaceAll('c.theme', '\\s+', ' ')})`)} AS theme_key, trim(c.theme) AS theme, c.refund, c.refund_amount
      FROM care_cases c
      WHERE nullif(trim(c.theme), '') IS NOT NULL
        AND c.opened_at >= (SELECT min(base_first) FROM w) - INTERVAL 1 DAY AND c.opened_at < (SELECT max(last) FROM w) + INTERVAL 2 DAY
    ),
    per AS (
      SELECT w.e AS e, c.theme_key AS theme_key, ${d.firstBy('c.theme', ['c.theme'])} AS theme,
             count(*) FILTER (WHERE c.day BETWEEN w.first AND w.last) AS cases,
             count(*) FILTER (WHERE c.day BETWEEN w.base_first AND w.base_last) AS base_cases,
             count(*) FILTER (WHERE c.day BETWEEN w.first AND w.last AND c.refund) AS refunds,
             coalesce(sum(c.refund_amount) FILTER (WHERE c.day BETWEEN w.first AND w.last AND c.refund), 0) AS refund_amount,
             any_value(date_diff('day', w.first, w.last) + 1) AS days, any_value(date_diff('day', w.base_first, w.base_last) + 1) AS base_days
      FROM w JOIN c ON c.day BETWEEN w.base_first AND w.last
      GROUP BY w.e, c.theme_key
    )
    SELECT e, theme, cases, base_cases * days / base_days AS expected, refunds, refund_amount FROM per
    WHERE cases >= ${CARE_MIN_CASES} AND cases >= ${CARE_MIN_RATIO} * greatest(base_cases * days / base_days, 1)
    QUALIFY row_number() OVER (PARTITION BY e ORDER BY cases - base_cases * days / base_days DESC, theme) = 1
    ORDER BY e`;
}
