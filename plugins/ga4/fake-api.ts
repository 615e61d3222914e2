/**
 * A local stand-in for the GA4 Data API's runReport, as Google documents it: Bearer auth, offset +
 * limit paging over rows ordered by date, `rowCount`, Google's `{ error: { code, message, status } }`
 * answers. `fault` lets a test answer a given request differently (429, 401, bad JSON, a delay).
 */
import type { ServerResponse } from 'node:http';
import { startTestServer } from 'cadence/testkit';

export interface FakeRow {
  dims: Record<string, string>;
  mets: Record<string, string>;
}

export interface SeenRequest {
  n: number;
  path: string;
  authorization: string | undefined;
  body: { dateRanges: { startDate: string; endDate: string }[]; dimensions: { name: string }[]; metrics: { name: string }[]; offset?: number; limit?: number };
}

/** Answers request `n` itself when it returns true. */
export type Fault = (r: SeenRequest, res: ServerResponse) => boolean | Promise<boolean>;

export const googleError = (res: ServerResponse, code: number, status: string, message: string) => {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { code, message, status } }));
};

export async function startFakeGa4(o: { token: string; propertyId: string; rows: FakeRow[]; fault?: Fault }) {
  const seen: SeenRequest[] = [];
  const server = await startTestServer(async (req, res) => {
    const body = req.body ? (JSON.parse(req.body) as SeenRequest['body']) : ({} as SeenRequest['body']);
    const r: SeenRequest = { n: seen.length + 1, path: req.url ?? '', authorization: req.headers.authorization, body };
    seen.push(r);
    if (o.fault && (await o.fault(r, res))) return;
    if (req.method !== 'POST' || req.url !== `/v1beta/properties/${o.propertyId}:runReport`) return googleError(res, 404, 'NOT_FOUND', `Requested entity was not found.`);
    if (req.headers.authorization !== `Bearer ${o.token}`) return googleError(res, 401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token.');
    const range = body.dateRanges[0]!;
    const compact = (d: string) => d.replaceAll('-', '');
    const dimNames = body.dimensions.map((d) => d.name);
    const metNames = body.metrics.map((m) => m.name);
    const matching = o.rows
      .filter((row) => row.dims.date! >= compact(range.startDate) && row.dims.date! <= compact(range.endDate))
      .sort((a, b) => a.dims.date!.localeCompare(b.dims.date!));
    const offset = body.offset ?? 0;
    const page = matching.slice(offset, offset + (body.limit ?? 10000));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        dimensionHeaders: dimNames.map((name) => ({ name })),
        metricHeaders: metNames.map((name) => ({ name, type: 'TYPE_INTEGER' })),
        ...(page.length ? { rows: page.map((row) => ({ dimensionValues: dimNames.map((d) => ({ value: row.dims[d] ?? '' })), metricValues: metNames.map((m) => ({ value: row.mets[m] ?? '0' })) })) } : {}),
        rowCount: matching.length,
        metadata: { currencyCode: 'EUR', timeZone: 'Europe/Madrid' },
        kind: 'analyticsData#runReport',
      }),
    );
  });
  return { url: server.url, seen, close: () => server.close() };
}

const groups = ['Organic Social', 'Paid Social', 'Organic Search', 'Direct', 'Email', 'Referral'];
const sources = [['instagram.com', 'referral'], ['facebook', 'cpc'], ['google', 'organic'], ['(direct)', '(none)'], ['newsletter', 'email'], ['news.example', 'referral']];

/** `perDay` rows for each day from `start` (YYYY-MM-DD), `days` days long. */
export function makeRows(start: string, days: number, perDay: number): FakeRow[] {
  const rows: FakeRow[] = [];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.parse(`${start}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    for (let i = 0; i < perDay; i++) {
      const g = i % groups.length;
      rows.push({
        dims: {
          date, sessionDefaultChannelGroup: groups[g]!, sessionSource: sources[g]![0]!, sessionMedium: sources[g]![1]!, sessionCampaignName: i < groups.length ? '(not set)' : `camp_${i}`,
          landingPage: `/page-${i}`, country: i % 2 ? 'Spain' : 'France', deviceCategory: i % 3 ? 'mobile' : 'desktop',
        },
        mets: {
          sessions: String(10 + d * 10 + i), engagedSessions: String(5 + i), totalUsers: String(9 + i), screenPageViews: String(20 + i), keyEvents: String(i % 3),
          bounceRate: (0.25 + i / 100).toFixed(4), averageSessionDuration: (30.5 + i).toFixed(1),
        },
      });
    }
  }
  return rows;
}
