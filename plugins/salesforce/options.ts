/**
 * Options of the salesforce source: the REST API (`api`), report exports (`exports`), or both.
 */
import { fieldMapping, isTimeZone, z } from 'cadence/plugin';

export const defaultApiVersion = 'v61.0';
export const defaultTokenUrl = 'https://login.salesforce.com/services/oauth2/token';
export const defaultSocialLeadSources = ['Social', 'Social Media', 'Facebook', 'LinkedIn', 'Instagram', 'Twitter', 'X'];

const secret = (description: string) => z.string().min(1).meta({ secret: true, description });

export const apiOptions = z
  .object({
    instanceUrl: z.string().url().describe('Your org’s instance, e.g. https://acme.my.salesforce.com.'),
    apiVersion: z.string().regex(/^v\d+\.\d$/, 'an API version looks like v61.0').default(defaultApiVersion).describe('REST API version (default v61.0).'),
    accessToken: secret('OAuth access token: give it as { env: "SF_ACCESS_TOKEN" }. Refreshed when it expires; never written anywhere.'),
    refreshToken: secret('OAuth refresh token of the connected app: { env: "SF_REFRESH_TOKEN" }.'),
    clientId: z.string().min(1).describe('Consumer key of the connected app.'),
    clientSecret: secret('Consumer secret of the connected app: { env: "SF_CLIENT_SECRET" }.'),
    tokenUrl: z.string().url().default(defaultTokenUrl).describe('OAuth token endpoint (https://test.salesforce.com/services/oauth2/token for a sandbox).'),
    startDate: z.iso.date().optional().describe('First pull only: records modified on or after this day (YYYY-MM-DD, UTC). Default: everything.'),
    socialLeadSources: z.array(z.string().min(1)).default(defaultSocialLeadSources).describe('Lead Source values that count as social (case-insensitive).'),
  })
  .strict();

const exportFile = z
  .object({
    file: z.string().min(1).regex(/\.csv$/i, 'a Salesforce report export is a .csv file').refine((f) => !/[*?]/.test(f), 'give one file, without * or ?').describe('Path of the report export (CSV, "Details Only"), relative to the project.'),
    columns: z.record(z.string(), fieldMapping).optional().describe('Field → column (or value, template, …), applied over the built-in mapping of report labels.'),
  })
  .strict();

export const salesforceOptions = z
  .object({
    api: apiOptions.optional().describe('Pull leads and opportunities from the REST API.'),
    exports: z
      .object({ leads: exportFile.optional(), opportunities: exportFile.optional() })
      .strict()
      .optional()
      .describe('Report exports (CSV) of leads and opportunities.'),
    timezone: z.string().refine(isTimeZone, 'not an IANA time zone (e.g. Europe/London)').optional().describe('Time zone of the dates in report exports (default: the project’s).'),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (!o.api && !o.exports?.leads && !o.exports?.opportunities) ctx.addIssue({ code: 'custom', message: 'give `api` (the REST API) or `exports` (report files), or both' });
  });

export type SalesforceOptions = z.output<typeof salesforceOptions>;
export type ApiOptions = z.output<typeof apiOptions>;
