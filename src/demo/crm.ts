/**
 * Selling: the CRM (HubSpot style). Consumers subscribe to the newsletter; retailers, alpine
 * clubs, huts and companies become leads, move through MQL → SQL → opportunity, and get deals that
 * are won or lost. Social-sourced B2B leads convert a little better, as the sales report will show.
 * Dates are Berlin time without an offset, like a HubSpot UI export.
 */
import { type Day, OFFICE_WEEK, HOUR, DAY, atLocal, daysSince, weekFactor, yearlyFactor } from './calendar.ts';
import { localMinutes, money } from './format.ts';
import { OFFERS } from './orders.ts';
import type { Rng } from './random.ts';
import { AUTUMN, BRAND_SITE, CAMPAIGNS, type Campaign } from './world.ts';
import type { ExportFile } from './write-csv.ts';

export const LEADS_FILE = 'leads.csv';
export const DEALS_FILE = 'deals.csv';

const SOURCES: [string, number][] = [
  ['Organic Social', 20], ['Paid Social', 14], ['Organic Search', 24], ['Direct Traffic', 12], ['Email Marketing', 10],
  ['Referrals', 10], ['Paid Search', 6], ['Offline Sources', 4],
];
const SEGMENTS: [string, number, number][] = [
  // segment, weight among B2B leads, median deal size
  ['Outdoor retail', 35, 18_000], ['Alpine club', 20, 6_000], ['Corporate gifting', 18, 9_000], ['Mountain hut', 12, 4_000], ['Guiding school', 15, 7_000],
];
const COMPANY_A = ['Bergsport', 'Alpin', 'Gipfel', 'Hütten', 'Trail', 'Höhen', 'Wildspitz', 'Karwendel', 'Rax', 'Säntis', 'Dolomiti', 'Tatra'];
const COMPANY_B: Record<string, string[]> = {
  'Outdoor retail': ['Huber GmbH', 'Outfitters', 'Sport & Freizeit', 'Store', 'Ausrüstung KG'],
  'Alpine club': ['Alpenverein Sektion', 'Bergfreunde e.V.', 'Climbing Club'],
  'Corporate gifting': ['Solutions AG', 'Consulting', 'Software GmbH', 'Engineering'],
  'Mountain hut': ['Hütte', 'Alm', 'Berggasthof'],
  'Guiding school': ['Bergschule', 'Guides', 'Alpinschule'],
};
const FIRST = ['anna', 'lukas', 'sophie', 'felix', 'marie', 'jonas', 'lea', 'paul', 'hannah', 'elias', 'grace', 'james', 'giulia', 'daan', 'ingrid', 'omar'];
const LAST = ['mueller', 'schmidt', 'weber', 'huber', 'gruber', 'steiner', 'keller', 'brandt', 'taylor', 'jansen', 'rossi', 'nilsson', 'patel', 'novak'];
const COUNTRIES: [string, number][] = [['Germany', 55], ['Austria', 15], ['Switzerland', 13], ['Italy', 6], ['Netherlands', 5], ['United Kingdom', 6]];
const LANDING = ['/', '/newsletter', '/b2b/team-outfitting', '/b2b/retail-partners', '/trail-stories', '/autumn', '/repair-service', '/products/firn-shell-jacket'];

const OPEN_STAGES = ['Appointment Scheduled', 'Qualified To Buy', 'Presentation Scheduled', 'Decision Maker Bought-In', 'Contract Sent'];
const LIFECYCLE: Record<string, string> = {
  subscriber: 'Subscriber', lead: 'Lead', mql: 'Marketing Qualified Lead', sql: 'Sales Qualified Lead',
  opportunity: 'Opportunity', customer: 'Customer', evangelist: 'Evangelist',
};

export interface Lead {
  recordId: number;
  created: number;
  email: string;
  stage: keyof typeof LIFECYCLE;
  mql?: number;
  sql?: number;
  opportunity?: number;
  customer?: number;
  source: string;
  campaign?: Campaign;
  offer?: string;
  landing: string;
  company?: string;
  segment: string;
  country: string;
}

export interface Deal {
  recordId: number;
  name: string;
  created: number;
  closed?: number;
  stage: string;
  amount: number;
  lead: Lead;
}

function leadCampaign(day: Day): Campaign | undefined {
  return CAMPAIGNS.find((c) => day.iso >= c.start && day.iso <= c.end && (c.objective === 'leads' || c.objective === 'sales' || c.id === AUTUMN.id));
}

/** A working-hours instant some days after `from` (exponential wait, mean in days). */
function later(rng: Rng, from: number, meanDays: number): number {
  const t = from + Math.max(HOUR, rng.exponential(meanDays) * DAY);
  const hour = new Date(t).getUTCHours();
  if (hour < 6) return t + (8 - hour) * HOUR;
  if (hour > 18) return t + (32 - hour) * HOUR;
  return t;
}

export function generateCrm(rng: Rng, days: readonly Day[]): { leads: Lead[]; deals: Deal[] } {
  const end = days[days.length - 1].end;
  const leads: Lead[] = [];
  const deals: Deal[] = [];
  let recordId = 51_200;
  let dealId = 18_400_000_000;
  const emails = new Set<string>();
  for (const day of days) {
    const c = leadCampaign(day);
    const lift = c ? (c.objective === 'leads' ? 2.2 : c.id === AUTUMN.id ? 1 + 1.5 * Math.exp(-daysSince(day, c.start) / 5) : 1.4) : 1;
    const n = rng.poisson(17 * weekFactor(OFFICE_WEEK, day) * yearlyFactor(day, 0.15) * lift * (1 + (0.12 * day.index) / 365));
    for (let i = 0; i < n; i++) {
      const b2b = rng.chance(0.24);
      const source = c && rng.chance(0.4) ? rng.pick(['Organic Social', 'Paid Social', 'Email Marketing']) : rng.weighted(SOURCES);
      const social = source === 'Organic Social' || source === 'Paid Social';
      const created = atLocal(day, rng.between(7, 21), rng.int(60));
      let email = '';
      while (email === '' || emails.has(email)) email = `${rng.pick(FIRST)}.${rng.pick(LAST)}${rng.between(1, 999)}@example.${rng.pick(['com', 'org', 'net'])}`;
      emails.add(email);
      const seg = b2b ? rng.weighted(SEGMENTS.map((s) => [s, s[1]] as [typeof s, number])) : undefined;
      const lead: Lead = {
        recordId: recordId += rng.between(1, 40),
        created,
        email,
        stage: b2b ? 'lead' : 'subscriber',
        source,
        campaign: c && (social || source === 'Email Marketing') ? c : undefined,
        offer: !b2b && rng.chance(0.5) ? (OFFERS.find((o) => o.campaign?.id === c?.id)?.id ?? 'TRAIL10') : undefined,
        landing: `https://${BRAND_SITE}${b2b ? rng.pick(LANDING.slice(2, 4)) : rng.pick(LANDING)}`,
        company: seg ? `${rng.pick(COMPANY_A)} ${rng.pick(COMPANY_B[seg[0]])}` : undefined,
        segment: seg ? seg[0] : 'Consumer',
        country: rng.weighted(COUNTRIES),
      };
      const reached = (t: number) => t < end;
      if (!b2b) {
        if (rng.chance(0.42)) lead.stage = 'lead';
        const bought = later(rng, created, 12);
        if (rng.chance(social ? 0.17 : 0.14) && reached(bought)) {
          lead.customer = bought;
          lead.stage = rng.chance(0.05) ? 'evangelist' : 'customer';
        }
      } else {
        const mql = later(rng, created, 4);
        if (rng.chance(social ? 0.76 : 0.68) && reached(mql)) {
          lead.mql = mql;
          lead.stage = 'mql';
          const sql = later(rng, mql, 6);
          if (rng.chance(social ? 0.6 : 0.52) && reached(sql)) {
            lead.sql = sql;
            lead.stage = 'sql';
            const opp = later(rng, sql, 5);
            if (rng.chance(0.62) && reached(opp)) {
              lead.opportunity = opp;
              lead.stage = 'opportunity';
              const amount = Math.round(rng.lognormal(seg![2], 0.55) / 50) * 50;
              const closeAt = later(rng, opp, 40);
              const won = rng.chance(social ? 0.48 : 0.4);
              const closed = reached(closeAt) ? closeAt : undefined;
              if (closed && won) {
                lead.customer = closed;
                lead.stage = 'customer';
              }
              deals.push({
                recordId: dealId += rng.between(3, 900),
                name: `${lead.company} – ${rng.pick(['season order', 'team outfitting', 'rental fleet', 'member kit', 'staff jackets'])}`,
                created: opp,
                closed,
                stage: closed ? (won ? 'Closed Won' : 'Closed Lost') : OPEN_STAGES[Math.min(OPEN_STAGES.length - 1, Math.floor((end - opp) / (6 * DAY)))],
                amount,
                lead,
              });
            }
          }
        }
      }
      leads.push(lead);
    }
  }
  return { leads, deals: deals.sort((a, b) => a.created - b.created || a.recordId - b.recordId) };
}

const when = (t: number | undefined) => (t === undefined ? '' : localMinutes(t));

export function leadsExport(leads: readonly Lead[]): ExportFile {
  return {
    name: LEADS_FILE,
    entity: 'leads',
    newline: '\r\n',
    header: [
      'Record ID', 'Email', 'Create Date', 'Lifecycle Stage', 'Became a Marketing Qualified Lead Date', 'Became a Sales Qualified Lead Date',
      'Became an Opportunity Date', 'Became a Customer Date', 'Original Source', 'UTM Campaign', 'Offer Code', 'First Page Seen', 'Company Name',
      'Industry', 'Country/Region',
    ],
    rows: leads.map((l) => [
      l.recordId, l.email, when(l.created), LIFECYCLE[l.stage], when(l.mql), when(l.sql), when(l.opportunity), when(l.customer),
      l.source, l.campaign?.id ?? '', l.offer ?? '', l.landing, l.company ?? '', l.segment, l.country,
    ]),
  };
}

export function dealsExport(deals: readonly Deal[]): ExportFile {
  return {
    name: DEALS_FILE,
    entity: 'deals',
    newline: '\r\n',
    header: ['Record ID', 'Deal Name', 'Deal Stage', 'Pipeline', 'Amount', 'Currency', 'Create Date', 'Close Date', 'Associated Contact IDs', 'Company Name', 'Industry', 'Original Source Type'],
    rows: deals.map((d) => [
      d.recordId, d.name, d.stage, 'Wholesale', money(d.amount), 'EUR', localMinutes(d.created),
      // HubSpot writes a close date without a time when nobody set one: mixed formats, on purpose.
      d.closed === undefined ? '' : d.recordId % 3 === 0 ? localMinutes(d.closed).slice(0, 10) : localMinutes(d.closed),
      d.lead.recordId, d.lead.company ?? '', d.lead.segment, d.lead.source,
    ]),
  };
}

export const HUBSPOT_CONTACTS_FILE = 'hubspot-crm-exports-all-contacts-2026-09-30.csv';
export const HUBSPOT_DEALS_FILE = 'hubspot-crm-exports-all-deals-2026-09-30.csv';

/** HubSpot UI label of an original source (the demo's "Organic Social" is HubSpot's "Social Media"). */
const HUBSPOT_SOURCE: Record<string, string> = { 'Organic Social': 'Social Media', 'Paid Social': 'Paid Social' };

/** The same contacts as a HubSpot UI export: "Record ID" first, then property labels. */
export function hubspotContactsExport(leads: readonly Lead[]): ExportFile {
  return {
    name: HUBSPOT_CONTACTS_FILE,
    entity: 'leads',
    newline: '\r\n',
    header: [
      'Record ID', 'Email', 'Create Date', 'Lifecycle Stage', 'Became a Marketing Qualified Lead Date', 'Became a Sales Qualified Lead Date',
      'Became an Opportunity Date', 'Became a Customer Date', 'Original Source', 'UTM Campaign', 'Offer Code', 'First Page Seen', 'Company Name',
      'Industry', 'Country/Region',
    ],
    rows: leads.map((l) => [
      l.recordId, l.email, when(l.created), LIFECYCLE[l.stage], when(l.mql), when(l.sql), when(l.opportunity), when(l.customer),
      HUBSPOT_SOURCE[l.source] ?? l.source, l.campaign?.id ?? '', l.offer ?? '', l.landing, l.company ?? '', l.segment, l.country,
    ]),
  };
}

/** The same deals as `hubspot-crm-exports-all-deals-YYYY-MM-DD.csv` (Close Date with or without a time). */
export function hubspotDealsExport(deals: readonly Deal[]): ExportFile {
  return {
    name: HUBSPOT_DEALS_FILE,
    entity: 'deals',
    newline: '\r\n',
    header: ['Record ID', 'Deal Name', 'Deal Stage', 'Close Date', 'Deal owner', 'Amount', 'Pipeline', 'Currency', 'Create Date', 'Associated Contact IDs', 'Company Name', 'Industry', 'Original Source Type'],
    rows: deals.map((d) => [
      d.recordId, d.name, d.stage,
      d.closed === undefined ? '' : d.recordId % 3 === 0 ? localMinutes(d.closed).slice(0, 10) : localMinutes(d.closed),
      '', money(d.amount), 'Wholesale', 'EUR', localMinutes(d.created), d.lead.recordId, d.lead.company ?? '', d.lead.segment, HUBSPOT_SOURCE[d.lead.source] ?? d.lead.source,
    ]),
  };
}
