/**
 * The English reasons a value is unavailable (`en.reasons`). A module of its own, importing
 * nothing, so the metrics core can word a reason in English (i18n/reason.ts) without loading the
 * whole catalog, which itself reads the built-in KPI definitions.
 */
export const reasons = {
  notComputed: 'not computed',
  noData: (p: { entity: string }) => `no ${p.entity} imported`,
  notProvided: (p: { entity: string; fields: string[] }) =>
    `the imported ${p.entity} carry no ${p.fields.length > 1 ? `${p.fields.slice(0, -1).join(', ')} or ${p.fields.at(-1)}` : p.fields[0]} for this period: no source maps ${p.fields.length > 1 ? 'them' : 'it'}`,
  notCovered: (p: { entity: string; period: string; from: string; to: string }) => `no ${p.entity} imported for ${p.period} (${p.entity} cover ${p.from} to ${p.to})`,
  noCompetitors: 'no competitors configured',
  noCompetitorsVoice: 'no competitors configured: share of voice compares the brand with its competitors',
  noTrackedMentionsIn: (p: { period: string }) => `no mentions of the brand or its competitors in ${p.period}`,
  noTrackedMentions: 'no mentions of the brand or its competitors',
  noVoice: 'no share of voice for the period',
  basePartial: (p: { period: string; from: string; to: string }) => `${p.period} is only partly covered by the data (${p.from} to ${p.to}), so the change cannot be measured against it`,
  noBaseValue: (p: { period: string; reason: string }) => `no value for ${p.period} to measure the change against (${p.reason})`,
  noBase: 'no base period',
  noOffersOrLeads: 'no offers or leads imported',
  noOffersOrLeadsFor: (p: { period: string }) => `no offers or leads imported for ${p.period}`,
  noOfferNamed: 'no offers imported and no lead names an offer',
  peopleWithheld: 'individual people are named in team reports only',
};
