/**
 * Lead and Opportunity records of the REST API as leads and deals. Field names are Salesforce's
 * standard API names; absent or null fields stay empty.
 */
export type SfRecord = Record<string, unknown>;

export const leadFields = ['Id', 'CreatedDate', 'Status', 'LeadSource', 'Company', 'Country', 'IsConverted', 'ConvertedDate', 'ConvertedOpportunityId', 'IsDeleted', 'SystemModstamp'];
export const opportunityFields = ['Id', 'Name', 'CreatedDate', 'CloseDate', 'StageName', 'Amount', 'LeadSource', 'IsWon', 'IsClosed', 'IsDeleted', 'AccountId', 'Account.Name', 'SystemModstamp'];

const str = (v: unknown): string | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
};

/** Salesforce datetimes ("2026-09-14T10:30:00.000+0000") and dates ("2026-09-14", as UTC midnight). */
export function parseSfDate(v: unknown): Date | null {
  const s = str(v);
  if (!s) return null;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(d.getTime()) ? null : d;
}

export const isSocialSource = (source: string | null, social: string[]) => !!source && social.some((s) => s.trim().toLowerCase() === source.toLowerCase());

/** Lead Status → lifecycle stage: converted leads are opportunities; the rest by their status. */
function lifecycleOf(r: SfRecord): string {
  if (r.IsConverted === true) return 'opportunity';
  const status = (str(r.Status) ?? '').toLowerCase();
  if (/unqualified|not converted|disqualified|junk/.test(status)) return 'other';
  if (/qualified/.test(status)) return 'sql';
  return 'lead';
}

export function leadRecord(r: SfRecord, social: string[]): Record<string, unknown> {
  const source = str(r.LeadSource);
  return {
    id: str(r.Id),
    created_at: parseSfDate(r.CreatedDate),
    lifecycle_stage: lifecycleOf(r),
    became_opportunity_at: r.IsConverted === true ? parseSfDate(r.ConvertedDate) : null,
    original_source: source,
    is_social: isSocialSource(source, social),
    company: str(r.Company),
    country: str(r.Country),
    archived: r.IsDeleted === true,
  };
}

export function dealStatus(isWon: unknown, isClosed: unknown): 'open' | 'won' | 'lost' {
  if (isWon === true) return 'won';
  return isClosed === true ? 'lost' : 'open';
}

export function opportunityRecord(r: SfRecord, social: string[]): Record<string, unknown> {
  const source = str(r.LeadSource);
  const account = r.Account && typeof r.Account === 'object' ? (r.Account as SfRecord) : undefined;
  const amount = typeof r.Amount === 'number' && Number.isFinite(r.Amount) ? r.Amount : null;
  return {
    id: str(r.Id),
    created_at: parseSfDate(r.CreatedDate),
    closed_at: r.IsClosed === true ? parseSfDate(r.CloseDate) : null,
    name: str(r.Name),
    stage: str(r.StageName),
    status: dealStatus(r.IsWon, r.IsClosed),
    amount,
    company: account ? str(account.Name) : null,
    lead_source: source,
    is_social: isSocialSource(source, social),
    archived: r.IsDeleted === true,
  };
}
