/**
 * Options of the talkwalker source: either an export (`file`, default `exports/talkwalker*.csv`)
 * or the Search API (`api`). One object schema rather than a union, so that the host finds the
 * secret `api.token` and resolves `{ env }` in it.
 */
import { delimitedFileOptions, z } from 'cadence/plugin';

export const defaultFile = 'exports/talkwalker*.csv';
export const defaultBaseUrl = 'https://api.talkwalker.com';

/** A date (2026-01-01) or date-time (2026-01-01T08:00, optionally with Z or an offset). */
const startDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'expected a date such as 2026-01-01 or a date-time such as 2026-01-01T08:00:00Z');

export const apiOptions = z
  .object({
    baseUrl: z.string().url().default(defaultBaseUrl).describe('API root (default https://api.talkwalker.com).'),
    token: z
      .string()
      .min(1)
      .meta({ secret: true })
      .describe('Talkwalker access token: give it as { env: "TALKWALKER_TOKEN" }. Talkwalker takes it as the access_token query parameter; Cadence never prints or stores it.'),
    projectId: z.string().min(1).describe('Id of the Talkwalker project (GET /api/v1/search/info lists the projects of a token).'),
    query: z.string().min(1).optional().describe('Talkwalker query (`q`) run inside the project, e.g. "acme OR #acme".'),
    topic: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe('Id(s) of project topics to restrict the results to (`topic`).'),
    startDate: startDate.describe('Oldest publication date fetched on the first pull; a date without an offset is in `timezone` (default: the project’s).'),
    pageSize: z.number().int().min(1).max(500).default(500).describe('Results per request (`hpp`, at most 500).'),
    requestsPerMinute: z.number().int().min(1).max(240).default(60).describe('Requests per minute; Talkwalker allows 60 per minute on project searches.'),
  })
  .strict();

export const talkwalkerOptions = delimitedFileOptions
  .extend({
    file: z.string().min(1).optional().describe(`Export to read (a * pattern reads every match), relative to the project; default ${defaultFile}. Leave out with \`api\`.`),
    api: apiOptions.optional().describe('Pull from the Search API instead of an export.'),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.api && o.file !== undefined) ctx.addIssue({ code: 'custom', path: ['file'], message: 'give either `file` (an export) or `api`, not both' });
    if (o.api && (o.delimiter !== undefined || o.headerRow !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['api'], message: '`delimiter` and `headerRow` are options of an export, not of `api`' });
    }
  });

export type TalkwalkerOptions = z.output<typeof talkwalkerOptions>;
export type ApiOptions = z.output<typeof apiOptions>;
