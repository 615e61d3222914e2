/**
 * Options of the brandwatch source: either a downloaded export (`file`) or the Consumer Research
 * API (`api`), never both.
 */
import { fieldMapping, isTimeZone, z } from 'cadence/plugin';

/** Brandwatch's API root. */
export const defaultBaseUrl = 'https://api.brandwatch.com';

export const apiOptions = z
  .object({
    baseUrl: z.string().url().default(defaultBaseUrl).describe('API root (default https://api.brandwatch.com).'),
    token: z
      .string()
      .min(1)
      .meta({ secret: true, description: 'API access token: give it as { env: "BRANDWATCH_TOKEN" }. Never written anywhere.' }),
    projectId: z
      .union([z.number().int().positive(), z.string().regex(/^\d+$/, 'a project id is a number')])
      .describe('Id of the Brandwatch project holding the queries.'),
    queryIds: z.array(z.number().int().positive()).min(1).describe('Ids of the queries to pull mentions of.'),
    startDate: z.iso.date().describe('First day (YYYY-MM-DD, UTC) of the first pull; later pulls continue from where the last one stopped.'),
    pageSize: z.number().int().min(1).max(5000).default(5000).describe('Mentions per request (1–5000; Brandwatch allows at most 5000).'),
  })
  .strict();

export const brandwatchOptions = z
  .object({
    file: z
      .string()
      .min(1)
      .regex(/\.(csv|xlsx)$/i, 'an export is a .csv or .xlsx file (or a pattern ending in .csv or .xlsx)')
      .optional()
      .describe('Path of the export, relative to the project (CSV or XLSX as downloaded); a * in the file name reads every match, e.g. exports/brandwatch*.csv.'),
    timezone: z
      .string()
      .refine(isTimeZone, 'not an IANA time zone (e.g. Europe/London)')
      .optional()
      .describe('Time zone chosen when the export was made: its dates are wall time in it (default UTC).'),
    columns: z
      .record(z.string(), fieldMapping)
      .optional()
      .describe('Export only: mention field → column, value, template, hash, sum or match, applied over the built-in mapping (for columns it does not know, e.g. your own tags).'),
    api: apiOptions.optional().describe('Pull from the Consumer Research API instead of a file.'),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.file === undefined && o.api === undefined) ctx.addIssue({ code: 'custom', message: 'give either `file` (an export) or `api` (the Consumer Research API)' });
    if (o.file !== undefined && o.api !== undefined) ctx.addIssue({ code: 'custom', message: 'give either `file` or `api`, not both (configure two sources to use both)' });
  });

export type BrandwatchOptions = z.output<typeof brandwatchOptions>;
export type ApiOptions = z.output<typeof apiOptions>;
