/**
 * CRM v3 objects → leads and deals records. Every property comes as a string (or null).
 */
import { channelOf, isSocialSource, lifecycle } from '../vocabulary.ts';

export interface CrmObject {
  id: string;
  properties: Record<string, string | null | undefined>;
  createdAt?: string;
  updatedAt?: string;
  archived?: boolean;
  associations?: { contacts?: { results?: { id: string | number; type?: string }[] } };
}

export const contactProperties = [
  'lifecyclestage',
  'hs_lifecyclestage_lead_date',
  'hs_lifecyclestage_marketingqualifiedlead_date',
  'hs_lifecyclestage_salesqualifiedlead_date',
  'hs_lifecyclestage_opportunity_date',
  'hs_lifecyclestage_customer_date',
  'hs_analytics_source',
  'hs_analytics_source_data_1',
  'createdate',
  'company',
  'country',
  'hs_object_id',
  'hs_lastmodifieddate',
];

export const dealProperties = ['dealname', 'dealstage', 'pipeline', 'amount', 'closedate', 'createdate', 'hs_is_closed_won', 'hs_is_closed', 'hs_lastmodifieddate', 'deal_currency_code'];

const str = (v: string | null | undefined) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** An ISO instant or epoch milliseconds (both occur) → Date, else null. */
export function instant(v: string | null | undefined): Date | null {
  const s = str(v);
  if (!s) return null;
  const d = /^\d{10,}$/.test(s) ? new Date(Number(s)) : new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

const num = (v: string | null | undefined) => {
  const s = str(v);
  if (s === undefined) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};

/** When an object was last modified (the incremental cursor follows this). */
export function modifiedAt(o: CrmObject): Date | null {
  return instant(o.properties.hs_lastmodifieddate) ?? instant(o.properties.lastmodifieddate) ?? instant(o.updatedAt);
}

export function leadRecord(o: CrmObject): Record<string, unknown> {
  const p = o.properties;
  const source = str(p.hs_analytics_source);
  return {
    id: String(o.id),
    created_at: instant(p.createdate) ?? instant(o.createdAt),
    lifecycle_stage: lifecycle(str(p.lifecyclestage)),
    became_mql_at: instant(p.hs_lifecyclestage_marketingqualifiedlead_date),
    became_sql_at: instant(p.hs_lifecyclestage_salesqualifiedlead_date),
    became_opportunity_at: instant(p.hs_lifecyclestage_opportunity_date),
    became_customer_at: instant(p.hs_lifecyclestage_customer_date),
    original_source: source ?? null,
    channel: channelOf(source),
    is_social: isSocialSource(source),
    company: str(p.company) ?? null,
    country: str(p.country) ?? null,
    archived: o.archived === true,
  };
}

export function firstContactId(o: CrmObject): string | undefined {
  const first = o.associations?.contacts?.results?.[0];
  return first ? String(first.id) : undefined;
}

/** `socialOf(contactId)`: whether that contact came from social (undefined when unknown). */
export function dealRecord(o: CrmObject, socialOf: (contactId: string) => boolean | undefined): Record<string, unknown> {
  const p = o.properties;
  const won = str(p.hs_is_closed_won) === 'true';
  const closed = str(p.hs_is_closed) === 'true';
  const leadId = firstContactId(o);
  return {
    id: String(o.id),
    created_at: instant(p.createdate) ?? instant(o.createdAt),
    closed_at: closed || won ? instant(p.closedate) : null,
    name: str(p.dealname) ?? null,
    stage: str(p.dealstage) ?? null,
    status: won ? 'won' : closed ? 'lost' : 'open',
    amount: num(p.amount),
    currency: str(p.deal_currency_code) ?? null,
    pipeline: str(p.pipeline) ?? null,
    lead_id: leadId ?? null,
    is_social: leadId ? (socialOf(leadId) ?? false) : false,
    archived: o.archived === true,
  };
}
