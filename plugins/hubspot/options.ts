/**
 * Options of the hubspot source: the CRM v3 API (`api`), HubSpot UI exports (`exports`), or both
 * (the API then wins: configure two sources to read both).
 */
import { fieldMapping, isTimeZone, z } from 'cadence/plugin';

export const defaultBaseUrl = 'https://api.hubapi.com';

export const apiOptions = z
  .object({
    baseUrl: z.string().url().default(defaultBaseUrl).describe('API root (default https://api.hubapi.com).'),
    token: z
      .string()
      .min(1)
      .meta({ secret: true, description: 'Private app access token: give it as { env: "HUBSPOT_TOKEN" }. Never written anywhere.' }),
    startDate: z.iso.date().optional().describe('Only records created or modified on or after this day (YYYY-MM-DD, UTC) on the first pull; default: every record.'),
  })
  .strict();

const exportFile = z
  .object({
    file: z.string().min(1).regex(/\.csv$/i, 'a HubSpot export is a .csv file (or a pattern ending in .csv)').describe('Path of the export, relative to the project; a * in the file name reads every match.'),
    columns: z.record(z.string(), fieldMapping).optional().describe('Field → column, value, template or hash, applied over the built-in mapping (e.g. custom properties).'),
  })
  .strict();

export const hubspotOptions = z
  .object({
    api: apiOptions.optional().describe('Pull contacts and deals from the CRM v3 API.'),
    exports: z
      .object({
        deals: exportFile.optional().describe('hubspot-crm-exports-all-deals-YYYY-MM-DD.csv as downloaded.'),
        contacts: exportFile.optional().describe('The contacts export as downloaded.'),
      })
      .strict()
      .optional()
      .describe('HubSpot UI exports (CSV).'),
    timezone: z.string().refine(isTimeZone, 'not an IANA time zone (e.g. Europe/Berlin)').optional().describe('Time zone of the HubSpot account: export dates are wall time in it (default: the project time zone).'),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (!o.api && !o.exports?.deals && !o.exports?.contacts) ctx.addIssue({ code: 'custom', message: 'give `api` (the CRM v3 API) or `exports` (deals and/or contacts CSV files)' });
    if (o.api && o.exports) ctx.addIssue({ code: 'custom', message: 'give either `api` or `exports`, not both (configure two sources to use both)' });
  });

export type HubspotOptions = z.output<typeof hubspotOptions>;
export type ApiOptions = z.output<typeof apiOptions>;
