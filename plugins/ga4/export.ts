/**
 * GA4 and Universal Analytics CSV exports → web_sessions, through the host's delimited-file engine.
 * The mapping is a function of the header: it maps whichever known dimensions and metrics the
 * export has (GA4 and UA names), and its `#` comment lines are skipped by `headerHint`.
 *
 * A file may hold several tables (GA4's "Reports snapshot": 15 cards, each a table with its own
 * `#` block): the engine reads the one table with a Sessions column (or the one `table` picks),
 * stops at its end, and `check` lists the others it skipped (`stacked`). The table's `#` block
 * gives the day of an export without a date dimension (`# End date:`) and the days of an
 * `Nth day` column (offsets from `# Start date:`).
 *
 * Summary rows ("Grand total", or a row with every dimension empty) are not counted: their date
 * cell is not a date, so the store rejects them (CADENCE_VALUE_NOT_DATE / CADENCE_VALUE_REQUIRED),
 * visible in data/rejects/ rather than silently added to the totals.
 */
import { CadenceError, checkDelimitedFiles, readDelimitedFiles, type CheckResult, type DelimitedFileSpec, type FieldMapping, type MappedFile, type PullItem, type SourceContext } from 'cadence/plugin';
import { channelMap, socialChannels, socialMap, sourceRules } from './channels.ts';
import type { Ga4Options } from './options.ts';

/** Known column names (lower case, trimmed) per role. */
const names = {
  date: ['date'],
  dateHour: ['date + hour (yyyymmddhh)', 'date hour', 'date + hour', 'datehour'],
  hour: ['hour'],
  nthDay: ['nth day'],
  channel: [
    'session primary channel group (default channel group)',
    'session default channel group',
    'session primary channel group',
    'default channel group',
    'default channel grouping',
    'channel grouping',
  ],
  sourceMedium: ['session source / medium', 'source / medium'],
  source: ['session source', 'source'],
  medium: ['session medium', 'medium'],
  campaign: ['session campaign', 'session campaign name', 'campaign'],
  landingPage: ['landing page', 'landing page + query string', 'landing page path', 'page', 'page path'],
  country: ['country'],
  device: ['device category'],
  sessions: ['sessions'],
  engaged: ['engaged sessions'],
  users: ['total users', 'users', 'active users'],
  pageviews: ['views', 'screen page views', 'screenpageviews', 'pageviews', 'page views'],
  conversions: ['key events', 'conversions', 'goal completions'],
  bounce: ['bounce rate'],
  duration: ['average engagement time per session', 'avg. session duration', 'avg. time on page', 'average session duration'],
} as const;

/** Metric columns: everything else in the header is a dimension (part of the row's identity). */
const metricNames = new Set<string>([
  ...names.sessions, ...names.engaged, ...names.users, ...names.pageviews, ...names.conversions, ...names.bounce, ...names.duration,
  'new users', 'unique page views', 'unique pageviews', 'engagement rate', 'engaged sessions per user', 'events per session', 'event count',
  'session key event rate', 'total revenue', 'pages / session', 'pages/session', '% new sessions', 'transactions', 'revenue',
  'ecommerce conversion rate', 'views per session', 'average engagement time', 'user engagement', 'exits', '% exit', 'entrances',
  'page value', 'goal conversion rate', 'goal value', 'sessions per user',
]);

const fold = (s: string) => s.trim().toLowerCase();

/** Header lines that mark an export's header row; the `#` lines above it are skipped. */
export const headerHint = ['Sessions'];

/** The value `date` gets on a summary row of an export without a date dimension: not a date, so rejected. */
export const summaryMarker = 'summary row (Grand total) — not counted';

/** The period a table's `#` block states (`# Start date: 20230322`, `# End date: 20230418`), as YYYY-MM-DD. */
export function periodOf(preamble: readonly string[]): { start?: string; end?: string } {
  const day = (label: string) => {
    for (const line of preamble) {
      const m = new RegExp(String.raw`^#\s*${label} date:\s*(\d{4})(\d{2})(\d{2})\s*$`, 'i').exec(line);
      if (m) return `${m[1]}-${m[2]}-${m[3]}`;
    }
    return undefined;
  };
  const start = day('Start');
  const end = day('End');
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** The ISO day `n` days after `start` (YYYY-MM-DD). */
const addDays = (start: string, n: number) => new Date(Date.parse(`${start}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The web_sessions mapping for an export with this header. `date` is the `date` option; `preamble`
 * the `#` lines above the table, whose `# End date:` stands in for `date` when it is not given and
 * whose `# Start date:` dates an `Nth day` column. Throws CadenceErrors for what is missing.
 */
export function exportMapping(header: string[], dateOption?: string, preamble: readonly string[] = []): Record<string, FieldMapping> {
  const period = periodOf(preamble);
  const date = dateOption ?? period.end;
  const find = (role: keyof typeof names) => header.find((h) => (names[role] as readonly string[]).includes(fold(h)));
  const m: Record<string, FieldMapping> = {};
  const sessions = find('sessions');
  if (!sessions) {
    throw new CadenceError('CADENCE_CSV_MISSING_COLUMN', `The export has no Sessions column; its header is: ${header.join(', ')}.`, {
      hint: 'Export a GA4 report (e.g. Reports → Acquisition → Traffic acquisition → Share → Download CSV) that includes the Sessions metric.',
      details: { header },
    });
  }
  const dimensions = header.filter((h) => !metricNames.has(fold(h)));

  const dateCol = find('date');
  const dateHour = find('dateHour');
  const nthDay = find('nthDay');
  if (dateHour) {
    m.date = { column: dateHour, pattern: String.raw`^(\d{8})\d{2}$`, format: '%Y%m%d' };
    m.hour = { column: dateHour, pattern: String.raw`^\d{8}(\d{2})$` };
  } else if (dateCol) {
    m.date = { column: dateCol, format: ['%Y%m%d', '%Y-%m-%d', '%b %d, %Y', '%m/%d/%Y'] };
    const hour = find('hour');
    if (hour) m.hour = hour;
  } else if (nthDay) {
    // "0000", "0001", …: days since the table's start date, which only its `#` block says.
    if (!period.start || !period.end) {
      throw new CadenceError('CADENCE_CSV_MISSING_COLUMN', `The export's "${nthDay}" column counts days from the report's start date, but the lines above its table do not say the period (\`# Start date: …\` and \`# End date: …\`).`, {
        hint: 'Download the report from GA4 again without editing it (its # lines give the period), or export it with the Date dimension.',
        details: { header, preamble },
      });
    }
    const days = Math.round((Date.parse(period.end) - Date.parse(period.start)) / 86_400_000) + 1;
    m.date = { column: nthDay, pattern: String.raw`^0*(\d+)$`, map: Object.fromEntries(Array.from({ length: days }, (_, n) => [String(n), addDays(period.start!, n)])), format: '%Y-%m-%d' };
  } else if (date) {
    // No date dimension: every row gets `date`, except summary rows (first dimension "Grand total"
    // or every dimension empty), which get a marker the store rejects as not a date.
    m.date = dimensions.length
      ? {
          match: dimensions,
          patterns: [
            { value: summaryMarker, regex: String.raw`(?i)^\s*(grand )?totals?\b` },
            { value: summaryMarker, regex: String.raw`^\s*$` },
            { value: date, regex: '' },
          ],
        }
      : { value: date };
  } else {
    throw new CadenceError(
      'CADENCE_CSV_MISSING_COLUMN',
      `The export has no date dimension ("Date" or "Date + hour (YYYYMMDDHH)") — typical of Universal Analytics totals — no \`# End date:\` line above its table, and the \`date\` option is not set. Its header is: ${header.join(', ')}.`,
      {
        hint: 'Set the `date` option of the source to the last day of the period the export covers (e.g. date: "2017-12-31"), or export the report with the Date dimension.',
        details: { header },
      },
    );
  }

  const channel = find('channel');
  const sourceMedium = find('sourceMedium');
  const source = find('source');
  const medium = find('medium');
  if (sourceMedium) {
    m.source = { column: sourceMedium, pattern: '^(.*?) / ' };
    m.medium = { column: sourceMedium, pattern: ' / (.*)$' };
  } else {
    if (source) m.source = source;
    if (medium) m.medium = medium;
  }
  if (channel) {
    m.channel = { column: channel, map: channelMap, default: 'other' };
    m.channel_original = channel;
    m.is_social = { column: channel, map: socialMap, default: false };
  } else {
    const by = sourceMedium ? [sourceMedium] : [source, medium].filter((c): c is string => c !== undefined);
    if (by.length) {
      m.channel = { match: by, patterns: sourceRules };
      m.is_social = { match: by, patterns: sourceRules.map((r) => ({ regex: r.regex, value: String(socialChannels.has(r.value)) })) };
    } else {
      m.channel = { value: 'other' };
      m.is_social = { value: false };
    }
  }

  const simple: [string, keyof typeof names][] = [
    ['campaign', 'campaign'], ['landing_page', 'landingPage'], ['country', 'country'], ['device', 'device'],
    ['engaged_sessions', 'engaged'], ['users', 'users'], ['pageviews', 'pageviews'], ['conversions', 'conversions'],
    ['bounce_rate', 'bounce'], ['avg_time_on_page', 'duration'],
  ];
  m.sessions = sessions;
  for (const [field, role] of simple) {
    const col = find(role);
    if (col) m[field] = col;
  }

  // id: every dimension column (GA splits rows by dimensions Cadence does not store, e.g. Page
  // Title), plus the day (option or `# End date:`) when the export has no date dimension.
  if (dimensions.length) {
    m.id = dateCol || dateHour || nthDay || !date ? { hash: dimensions } : { template: `${date}\u001f${dimensions.map((d) => `{${d}}`).join('\u001f')}` };
  }
  return m;
}

export function exportSpec(o: Ga4Options): DelimitedFileSpec {
  return {
    file: o.file!,
    entity: 'web_sessions',
    stream: 'web_sessions',
    headerHint,
    stacked: o.table !== undefined ? { table: o.table } : {},
    columns: (header: string[], file: MappedFile) => exportMapping(header, o.date, file.preamble),
    ...(o.timezone !== undefined ? { timezone: o.timezone } : {}),
  };
}

export function checkExport(ctx: SourceContext<Ga4Options>): Promise<CheckResult> {
  return checkDelimitedFiles(ctx, exportSpec(ctx.options));
}

export function pullExport(ctx: SourceContext<Ga4Options>): AsyncGenerator<PullItem> {
  return readDelimitedFiles(ctx, exportSpec(ctx.options));
}
