/**
 * The components an MDX report (or deck) can use without importing them; ReportView and DeckView
 * hand this map to the MDX body. Each reads the page being rendered from `Astro.locals`
 * (context.ts). The names are those of reports/component-names.ts, which the compiler holds to.
 */
import type { reportComponentNames } from '../../reports/component-names.ts';
import Anomalies from './Anomalies.astro';
import Asks from './Asks.astro';
import Campaigns from './Campaigns.astro';
import Chart from './Chart.astro';
import Charts from './Charts.astro';
import Checklist from './Checklist.astro';
import Definitions from './Definitions.astro';
import Findings from './Findings.astro';
import Goals from './Goals.astro';
import Kpi from './Kpi.astro';
import KpiGrid from './KpiGrid.astro';
import KpiTable from './KpiTable.astro';
import Months from './Months.astro';
import NextSteps from './NextSteps.astro';
import Offers from './Offers.astro';
import People from './People.astro';
import Prospects from './Prospects.astro';
import Sections from './Sections.astro';
import ShareOfVoice from './ShareOfVoice.astro';
import StorySummary from './StorySummary.astro';
import Table from './Table.astro';
import Traffic from './Traffic.astro';
import Value from './Value.astro';
import Voices from './Voices.astro';
import WinsAndRisks from './WinsAndRisks.astro';

export const reportComponents: Record<(typeof reportComponentNames)[number], unknown> = {
  Anomalies,
  Asks,
  Campaigns,
  Chart,
  Charts,
  Checklist,
  Definitions,
  Findings,
  Goals,
  Kpi,
  KpiGrid,
  KpiTable,
  Months,
  NextSteps,
  Offers,
  People,
  Prospects,
  Sections,
  ShareOfVoice,
  StorySummary,
  Table,
  Traffic,
  Value,
  Voices,
  WinsAndRisks,
};
