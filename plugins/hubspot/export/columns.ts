/**
 * Field mappings of HubSpot's UI exports, made from each file's header: "Record ID" first, then
 * property LABELS (matched case-insensitively), only the columns the file has. Dates come in mixed
 * formats (see `dateFormats`); the e-mail is hashed, never stored.
 */
import type { FieldMapping } from 'cadence/plugin';
import { channelOfSource, lifecycleOf, socialOfSource } from '../vocabulary.ts';

/**
 * Date formats of export cells, tried in order: ISO 8601 (the store's `iso`: with `Z` or an offset
 * it is an instant and ignores the time zone option; without one it is wall time in it, as are
 * `2026-09-14 10:30` and `2026-09-14`), then US `09/14/2026` forms.
 */
export const dateFormats = [
  'iso',
  '%Y-%m-%d %H:%M',
  '%m/%d/%Y %H:%M',
  '%m/%d/%Y %I:%M %p',
  '%m/%d/%Y',
];

const fold = (s: string) => s.trim().toLowerCase();

function lookup(header: string[]) {
  const byName = new Map<string, string>();
  for (const h of header) if (!byName.has(fold(h))) byName.set(fold(h), h);
  return (...names: string[]) => names.map((n) => byName.get(fold(n))).find((h) => h !== undefined);
}

const dated = (column: string | undefined): FieldMapping | undefined => (column ? { column, format: dateFormats } : undefined);
const defined = (m: Record<string, FieldMapping | undefined>) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as Record<string, FieldMapping>;

export const contactsHeaderHint = ['Record ID', 'Create Date'];
export const dealsHeaderHint = ['Record ID', 'Deal Stage'];

export function contactColumns(header: string[]): Record<string, FieldMapping> {
  const has = lookup(header);
  const source = has('Original Source', 'Original Source Type');
  const email = has('Email');
  return defined({
    id: has('Record ID')!,
    created_at: dated(has('Create Date')),
    email_hash: email ? { hash: [email] } : undefined,
    lifecycle_stage: has('Lifecycle Stage') ? { column: has('Lifecycle Stage')!, map: lifecycleOf } : undefined,
    became_mql_at: dated(has('Became a Marketing Qualified Lead Date')),
    became_sql_at: dated(has('Became a Sales Qualified Lead Date')),
    became_opportunity_at: dated(has('Became an Opportunity Date', 'Became a Opportunity Date')),
    became_customer_at: dated(has('Became a Customer Date')),
    original_source: source,
    channel: source ? { column: source, map: { ...channelOfSource, '*': 'other' } } : undefined,
    is_social: source ? { column: source, map: socialOfSource, default: false } : { value: false },
    landing_page: has('First Page Seen'),
    company: has('Company Name', 'Company'),
    segment: has('Industry'),
    country: has('Country/Region', 'Country'),
  });
}

export function dealColumns(header: string[]): Record<string, FieldMapping> {
  const has = lookup(header);
  const stage = has('Deal Stage');
  const source = has('Original Source Type', 'Original Source');
  const contacts = has('Associated Contact IDs', 'Associated Contact');
  return defined({
    id: has('Record ID')!,
    created_at: dated(has('Create Date')),
    closed_at: dated(has('Close Date')),
    name: has('Deal Name'),
    stage,
    // Stage labels: HubSpot's default pipeline names its closing stages Closed Won / Closed Lost.
    status: stage ? { column: stage, map: { 'closed won': 'won', closedwon: 'won', 'closed lost': 'lost', closedlost: 'lost', '*': 'open' }, default: 'open' } : { value: 'open' },
    amount: has('Amount'),
    currency: has('Currency', 'Deal Currency Code'),
    pipeline: has('Pipeline'),
    lead_id: contacts ? { column: contacts, pattern: '^\\s*([^;,\\s]+)' } : undefined,
    company: has('Company Name', 'Associated Company'),
    segment: has('Industry'),
    lead_source: source,
    is_social: source ? { column: source, map: socialOfSource, default: false } : { value: false },
  });
}
