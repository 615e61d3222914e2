/**
 * The components an MDX report can use without importing them (src/site/components/report/, one
 * file each, handed to the MDX body by ReportView.astro). Checked before the build so a misspelt
 * component is reported with its file, line and column.
 */
export const reportComponentNames = [
  'Anomalies',
  'Asks',
  'Campaigns',
  'Chart',
  'Charts',
  'Checklist',
  'Definitions',
  'Findings',
  'Goals',
  'Kpi',
  'KpiGrid',
  'KpiTable',
  'Months',
  'NextSteps',
  'Offers',
  'People',
  'Prospects',
  'Sections',
  'ShareOfVoice',
  'StorySummary',
  'Table',
  'Traffic',
  'Value',
  'Voices',
  'WinsAndRisks',
] as const;
