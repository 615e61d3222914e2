/**
 * Options of the ga4 source: a downloaded GA4 (or Universal Analytics) export (`file`), or the
 * GA4 Data API (`api`), never both.
 */
import { isTimeZone, z } from 'cadence/plugin';

/** The Data API root. */
export const defaultBaseUrl = 'https://analyticsdata.googleapis.com';

export const apiOptions = z
  .object({
    propertyId: z
      .union([z.number().int().positive(), z.string().regex(/^\d+$/, 'a GA4 property id is a number (Admin → Property details), not a G-… measurement id')])
      .describe('Numeric id of the GA4 property.'),
    token: z
      .string()
      .min(1)
      .meta({ secret: true, description: 'OAuth 2.0 access token with the analytics.readonly scope: give it as { env: "GA4_TOKEN" }. Never written anywhere.' }),
    baseUrl: z.string().url().default(defaultBaseUrl).describe('API root (default https://analyticsdata.googleapis.com).'),
    startDate: z.iso.date().describe('First day (YYYY-MM-DD) of the first pull; later pulls continue from the last complete day pulled.'),
    pageSize: z.number().int().min(1).max(250000).default(10000).describe('Rows per request (the API allows up to 250,000).'),
  })
  .strict();

export const ga4Options = z
  .object({
    file: z.string().min(1).optional().describe('Path of a GA4 or Universal Analytics CSV export, relative to the project; a * in the file name reads every match.'),
    api: apiOptions.optional().describe('Pull from the GA4 Data API (runReport) instead of a file.'),
    timezone: z.string().refine(isTimeZone, 'not an IANA time zone (e.g. Europe/Madrid)').optional().describe('Time zone of the property (default: the project’s); decides which day is complete for the API.'),
    date: z.iso
      .date()
      .optional()
      .describe('Exports without a date dimension (e.g. Universal Analytics totals): the day every row is stored under — the last day of the period the export covers. Default: the export’s `# End date:` line, when it has one.'),
    table: z
      .union([z.number().int().positive(), z.string().trim().min(1)])
      .optional()
      .describe('A file holding several tables (GA4 “Reports snapshot”): the one to read, by position in the file (1 = first) or header line as written (e.g. "Session default channel group,Sessions"). Default: the one table with a Sessions column.'),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.file === undefined && o.api === undefined) ctx.addIssue({ code: 'custom', message: 'give either `file` (an export) or `api` (the GA4 Data API)' });
    if (o.file !== undefined && o.api !== undefined) ctx.addIssue({ code: 'custom', message: 'give either `file` or `api`, not both (configure two sources to use both)' });
    if (o.api !== undefined && (o.table !== undefined || o.date !== undefined)) ctx.addIssue({ code: 'custom', message: '`table` and `date` are for a `file` export, not for the Data API' });
  });

export type Ga4Options = z.output<typeof ga4Options>;
export type Ga4ApiOptions = z.output<typeof apiOptions>;
