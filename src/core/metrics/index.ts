/** The metrics core: KPIs, their engine, lists and chart series, computed with SQL over the data folder. */
export * from './kpi.ts';
export * from './registry.ts';
export * from './compare.ts';
export * from './compute.ts';
export * from './audiences.ts';
export * from './data-days.ts';
export { unmatchedMentions, unmatchedWarning } from './unmatched.ts';
export type { DailyMentionsSeries, DailyMentionsPoint } from './series/daily-mentions.ts';
export type { WeeklyLeadsSeries, WeeklyLeadsPoint } from './series/weekly-leads.ts';
export type { ShareOfVoiceSeries, ShareOfVoicePoint } from './series/share-of-voice.ts';
export type { TrackedName } from './tracked-names.ts';
export { computeLists } from './lists/index.ts';
export type { ReportLists } from './lists/index.ts';
