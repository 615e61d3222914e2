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
  associations?: {
    contacts?: { results?: { id: string | number; type?: string }[] };
    companies?: { results?: { id: string | number; type?: string }[] };
  };
}

/** A HubSpot company as the leads and deals see it: name → `company`, industry → `segment`. */
export interface CompanyInfo {
  name: string | null;
  industry: string | null;
}

/** `companyOf(id)`: the company with that id, or undefined when it is missing or archived. */
export type CompanyLookup = (companyId: string) => CompanyInfo | undefined;

export const companyProperties = ['name', 'domain', 'industry'];

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
  'associatedcompanyid',
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

/** The contact's primary company (`associatedcompanyid`), if it names one. */
export function contactCompanyId(o: CrmObject): string | undefined {
  const id = str(o.properties.associatedcompanyid) ?? (o.associations?.companies?.results?.[0]?.id !== undefined ? String(o.associations.companies.results[0].id) : undefined);
  return id && id !== '0' ? id : undefined;
}

/** The deal's company: the primary association (`deal_to_company`) if marked, else the first one. */
export function dealCompanyId(o: CrmObject): string | undefined {
  const all = o.associations?.companies?.results ?? [];
  const chosen = all.find((a) => a.type === 'deal_to_company') ?? all[0];
  return chosen ? String(chosen.id) : undefined;
}

/**
 * company/segment from an associated company; a reference to a company that is missing or archived
 * leaves both null. Without a reference, `fallback` (the contact's free-text `company` property).
 */
function companyFields(id: string | undefined, companyOf: CompanyLookup, fallback?: string): { company: string | null; segment: string | null } {
  if (!id) return { company: fallback ?? null, segment: null };
  const c = companyOf(id);
  return { company: c?.name ?? null, segment: c?.industry ?? null };
}

export function companyInfo(o: CrmObject): CompanyInfo {
  return { name: str(o.properties.name) ?? null, industry: str(o.properties.industry) ?? null };
}

export function leadRecord(o: CrmObject, companyOf: CompanyLookup = () => undefined): Record<string, unknown> {
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
    ...companyFields(contactCompanyId(o), companyOf, str(p.company)),
    country: str(p.country) ?? null,
    archived: o.archived === true,
  };
}

export function firstContactId(o: CrmObject): string | undefined {
  const first = o.associations?.contacts?.results?.[0];
  return first ? String(first.id) : undefined;
}

/** `socialOf(contactId)`: whether that contact came from social (undefined when unknown). */
export function dealRecord(o: CrmObject, socialOf: (contactId: string) => boolean | undefined, companyOf: CompanyLookup = () => undefined): Record<string, unknown> {
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
    ...companyFields(dealCompanyId(o), companyOf),
    archived: o.archived === true,
  };
}
