/**
 * The listening export, Brandwatch Consumer Research style: a few report lines above a Title
 * Case header, dates as `YYYY-MM-DD HH:MM:SS.fff` in UTC, sentiment as "positive" / "neutral" /
 * "negative", hashtags lower case without # separated by ", ", shared URLs in "Expanded URLs".
 */
import { DEMO_FIRST_DAY, DEMO_LAST_DAY } from './calendar.ts';
import { utcMillis } from './format.ts';
import type { MentionDraft } from './mentions.ts';
import { QUERIES } from './world.ts';
import type { ExportFile } from './write-csv.ts';

export const MENTIONS_FILE = 'mentions-brandwatch-style.csv';

const HEADER = [
  'Query Id', 'Query Name', 'Date', 'Title', 'Url', 'Domain', 'Sentiment', 'Page Type', 'Language', 'Country',
  'Author', 'Full Name', 'Followers', 'Full Text', 'Thread Id', 'Expanded URLs', 'Hashtags', 'Reach', 'Impressions',
  'Engagement', 'Likes', 'Comments', 'Shares', 'Tags', 'Resource Id',
];

export function brandwatchExport(drafts: MentionDraft[]): ExportFile {
  const sorted = drafts.slice().sort((a, b) => a.at - b.at || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const rows = sorted.map((m, i) => {
    const engagement = m.likes + m.comments + m.shares;
    return [
      m.query.id,
      m.query.name,
      utcMillis(m.at),
      m.title ?? '',
      m.url,
      m.domain,
      m.tone,
      m.pageType,
      m.language,
      m.country,
      m.authorHandle,
      m.authorName,
      m.authorHandle ? m.followers : '',
      m.text,
      m.threadId ?? '',
      m.links.join(', '),
      m.hashtags.join(', '),
      m.reach,
      m.impressions ?? '',
      engagement,
      m.likes,
      m.comments,
      m.shares,
      m.employee ? 'employee' : '',
      String(40_000_000_000 + i * 7 + 1),
    ];
  });
  return {
    name: MENTIONS_FILE,
    entity: 'mentions',
    preamble: [
      'Report: Alpenglow mentions',
      'Brand: Alpenglow',
      `Queries: ${QUERIES.map((q) => q.name).join('; ')}`,
      `Date range: ${DEMO_FIRST_DAY} 00:00 - ${DEMO_LAST_DAY} 23:59 (Europe/Berlin)`,
      'Dates in: UTC',
      '',
    ],
    header: HEADER,
    rows,
  };
}
