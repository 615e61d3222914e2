/**
 * The schema of `cadence.config.ts`. Every field carries a description: the README's config
 * reference is written from the same words.
 */
import { z } from 'zod';

const names = (what: string) => z.array(z.string().min(1)).default([]).describe(what);

/** A name Cadence listens for: the brand, a competitor. */
export const trackedName = z.object({
  name: z.string().min(1).describe('Display name, e.g. "Alpenglow".'),
  aliases: names('Other names and product names that count as this name.'),
  keywords: names('Keywords a listening query uses for it.'),
  handles: names('Social handles, without @.'),
  hashtags: names('Hashtags, without #.'),
  website: z.string().optional().describe('Main website domain, e.g. alpenglow.example.'),
}).strict();

export const topic = z.object({
  name: z.string().min(1).describe('Industry topic, e.g. "ultralight hiking".'),
  keywords: names('Keywords of the topic.'),
}).strict();

export const person = z.object({
  name: z.string().min(1).describe('Person’s name.'),
  role: z.string().optional().describe('Role, e.g. "CEO" or "trail runner".'),
  handles: names('Social handles, without @.'),
}).strict();

/** A reference to an environment variable: the only way to give a secret. */
export const envRef = z.object({ env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name') }).strict();
export type EnvRef = z.infer<typeof envRef>;

export const sourceConfig = z
  .object({
    plugin: z
      .string()
      .min(1)
      .describe('Plugin name: a folder under plugins/ (csv, brandwatch, …) or an npm package name.'),
    options: z.record(z.string(), z.unknown()).default({}).describe('Options of the plugin (validated by the plugin’s own schema). Secrets as { env: "VAR" }.'),
    enabled: z.boolean().default(true).describe('Set false to skip this source in `cadence pull`.'),
    allowRejects: z
      .union([z.boolean(), z.number().min(0).max(1)])
      .optional()
      .describe(
        'Share of a stream’s rows (0–1) that may be rejected before the pull fails the stream and imports none of its rows; unset: 0.5 (more than half rejected fails), `true`: any share, even all. `cadence pull --allow-rejects` overrides it.',
      ),
  })
  .strict();

const kpiId = z.string().regex(/^[a-z]+\.[a-z0-9_]+$/, 'a KPI id such as selling.revenue');

export const goal = z
  .object({
    kpi: kpiId.describe('KPI id, e.g. "selling.revenue" or "listening.share_of_voice".'),
    label: z.string().optional().describe('How the goal is named in reports.'),
    period: z.enum(['month', 'quarter', 'year']).default('year').describe('Period the goal applies to.'),
    change: z.number().optional().describe('Relative change wanted versus `versus`, e.g. 0.10 for +10%.'),
    versus: z.enum(['previous_period', 'previous_year']).default('previous_year').describe('What `change` compares with.'),
    target: z.number().optional().describe('Absolute target value in the KPI’s unit (e.g. 35 for 35% share of voice).'),
  })
  .strict()
  .refine((g) => g.change !== undefined || g.target !== undefined, { message: 'a goal needs `change` or `target`' });

/** Settings of the typical-day baseline and the spike/drop detector. */
export const benchmarkConfig = z
  .object({
    windowDays: z.number().int().min(14).max(365).default(56).describe('Days before a day its typical-day baseline looks at (the same weekday only).'),
    threshold: z.number().positive().default(3.5).describe('Robust z-score (deviation from the weekday median ÷ 1.4826 MAD) from which a day is a spike or a drop.'),
    minVolume: z.number().int().min(0).default(20).describe('A spike needs at least this many on the day (a drop: this many expected), so quiet series do not alarm.'),
    cooldownDays: z.number().int().min(0).default(2).describe('Days after a spike or drop during which the same series is not flagged again.'),
    minSamples: z.number().int().min(2).default(4).describe('Same-weekday days the window must hold before a baseline is trusted (2 or more: one day has no spread).'),
  })
  .strict();

/** Service levels of the feedback loop (social care). */
export const slaConfig = z
  .object({
    target: z.number().min(0).max(1).default(0.9).describe('Share of care cases that must be triaged within 12 h and resolved within 24 h (0–1).'),
  })
  .strict();

/**
 * A metric made with defineMetric. The schema layer knows only its outline; the metrics core
 * checks every field (defineKpi) when it builds the registry.
 */
export interface MetricOutline {
  id: string;
  sql: (...args: never[]) => string;
}
const metricDefinition = z.custom<MetricOutline>(
  (v) => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && typeof (v as { sql?: unknown }).sql === 'function',
  { message: 'a metric made with defineMetric({ id, stage, label, unit, direction, definition, entities, sql })' },
);

export const cadences = ['daily', 'weekly', 'monthly', 'quarterly', 'annual'] as const;
export type CadenceName = (typeof cadences)[number];
export const audienceNames = ['team', 'sales', 'leadership'] as const;
export type AudienceName = (typeof audienceNames)[number];

const audience = z
  .object({
    title: z.string().optional().describe('Name of the audience in the site.'),
    cadences: z.array(z.enum(cadences)).describe('Which cadences this audience gets.'),
  })
  .strict();

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1f6feb');

export const siteConfig = z
  .object({
    title: z.string().default('Social report').describe('Site title.'),
    logo: z.string().optional().describe('Path to a logo image (SVG or PNG), relative to the project.'),
    base: z
      .string()
      .regex(/^\/([^?#]*\/)?$/, 'a path that starts and ends with /, e.g. /reports/')
      .default('/')
      .describe('Base path the site is served under, e.g. /reports/.'),
    url: z.string().url().optional().describe('Absolute URL of the site’s origin, e.g. https://reports.example.com (the base path is added); digests link to it. Without it, digest links are paths relative to the site.'),
    outDir: z.string().default('dist').describe('Where `cadence build` writes the site.'),
    colors: z
      .object({
        primary: colour.default('#1f4e79'),
        accent: colour.default('#e07a1f'),
        positive: colour.default('#1a7f37'),
        negative: colour.default('#cf222e'),
        text: colour.default('#1f2328'),
        background: colour.default('#ffffff'),
      })
      .strict()
      .prefault({})
      .describe('Brand colours used by pages and charts.'),
    font: z.string().optional().describe('CSS font-family for the site.'),
    footer: z.string().optional().describe('White-label footer text (replaces “Made with Cadence”).'),
  })
  .strict();

/** Where the KPI queries run: embedded DuckDB (the default) or a ClickHouse server or cluster. */
export const engineConfig = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('duckdb') }).strict(),
    z
      .object({
        kind: z.literal('clickhouse'),
        url: z.url({ protocol: /^https?$/ }).describe('The server’s HTTP interface, e.g. http://clickhouse.internal:8123.'),
        database: z.string().min(1).default('default').describe('The database Cadence’s session works in (it creates only temporary views and tables).'),
        user: z.string().min(1).default('default'),
        password: envRef.optional().describe('The password, as { env: "VAR" }.'),
        dataUrl: z
          .string()
          .min(1)
          .optional()
          .describe(
            'Where the server reads the data folder: a local path on the server (default: the project’s data folder, for a server on this machine) or an object-storage URL (https://…, s3://…) the folder is synced to.',
          ),
        cluster: z.string().min(1).optional().describe('With an object-storage dataUrl: read the files across this cluster (s3Cluster).'),
        dataCredentials: z
          .object({ accessKeyId: envRef, secretAccessKey: envRef })
          .strict()
          .optional()
          .describe('Object-storage keys for dataUrl, as { env: "VAR" } (omit when the server has its own).'),
      })
      .strict(),
  ])
  .default({ kind: 'duckdb' });
export type EngineConfig = z.infer<typeof engineConfig>;

export const configSchema = z
  .object({
    brand: trackedName.describe('The brand Cadence reports on.'),
    competitors: z.array(trackedName).default([]).describe('Competitors, for share of voice.'),
    topics: z.array(topic).default([]).describe('Industry topics to listen to.'),
    influencers: z.array(person).default([]).describe('Influencers and creators to track.'),
    publicFaces: z.array(person).default([]).describe('The company’s public-facing people (executives, ambassadors).'),
    timezone: z
      .string()
      .refine((tz) => isTimeZone(tz), { message: 'an IANA time zone such as Europe/Berlin' })
      .default('UTC')
      .describe('Reporting time zone: days, weeks and months are cut in this zone.'),
    locale: z
      .string()
      .superRefine((l, ctx) => {
        if (!isLocale(l)) ctx.addIssue({ code: 'custom', input: l, message: localeProblem(l) });
      })
      .default('en-GB')
      .describe('Locale (BCP 47) for numbers, dates and the language of the reports: English, Italian (it-IT), Korean (ko-KR), Romanian (ro-RO), Greek (el-GR) and Hungarian (hu-HU) are complete; another language writes English sentences with its own number and date formats.'),
    currency: z.string().length(3).default('EUR').describe('Reporting currency (ISO 4217).'),
    dataDir: z.string().default('data').describe('The normalized data folder, relative to the project.'),
    engine: engineConfig.describe('Where the KPI, list and benchmark queries run: { kind: "duckdb" } (embedded, the default) or { kind: "clickhouse", url, … }.'),
    reportsDir: z.string().default('reports').describe('The project’s MDX reports (overrides of the built-in templates, and added reports), relative to the project.'),
    sources: z.record(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'a lower-case name (letters, digits, - and _)'), sourceConfig).default({}).describe('Sources to pull, by name.'),
    goals: z.array(goal).default([]).describe('Business and brand goals shown in leadership reports.'),
    metrics: z.array(metricDefinition).default([]).describe('The project’s own KPIs, made with defineMetric (see “Adding a metric”).'),
    benchmarks: benchmarkConfig.prefault({}).describe('Typical-day baseline and spike detection.'),
    sla: slaConfig.prefault({}).describe('Service levels of social care.'),
    audiences: z
      .object({
        team: audience.default({ cadences: ['daily', 'weekly', 'monthly', 'quarterly', 'annual'] }),
        sales: audience.default({ cadences: ['weekly', 'monthly', 'quarterly', 'annual'] }),
        leadership: audience.default({ cadences: ['monthly', 'quarterly', 'annual'] }),
      })
      .strict()
      .prefault({})
      .describe('Which cadences each audience gets.'),
    site: siteConfig.prefault({}).describe('Site settings.'),
  })
  .strict();

/** What a user writes (defaults optional). */
export type CadenceConfigInput = z.input<typeof configSchema>;
/** What the rest of Cadence sees (defaults applied). */
export type CadenceConfig = z.output<typeof configSchema>;

/** Typed helper for cadence.config.ts; validation happens when Cadence loads the file. */
export function defineConfig(config: CadenceConfigInput): CadenceConfigInput {
  return config;
}

/**
 * Whether `locale` is a well-formed BCP 47 tag (Intl.getCanonicalLocales accepts it) that this
 * runtime's Intl formats numbers in — a language it has data for, not a silent fallback to
 * another one. `en_GB` (an underscore) and `xx` are refused.
 */
export function isLocale(locale: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    return canonical !== undefined && Intl.NumberFormat.supportedLocalesOf(canonical).length === 1 && Intl.DateTimeFormat.supportedLocalesOf(canonical).length === 1;
  } catch {
    return false;
  }
}

/** "expected a BCP 47 locale …, found "en_GB" — did you mean en-GB?" */
function localeProblem(locale: string): string {
  const fixed = locale.trim().replace(/_/g, '-');
  const guess = fixed !== locale && isLocale(fixed) ? ` — did you mean ${Intl.getCanonicalLocales(fixed)[0]}?` : '';
  return `expected a BCP 47 locale that Node.js formats numbers and dates in (en-GB, en-US, de-DE, it-IT, …), found ${JSON.stringify(locale)}${guess}`;
}

/** Whether `tz` is an IANA time zone this runtime knows (Europe/Berlin, UTC, …). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
