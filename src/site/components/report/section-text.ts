/**
 * Headings and one-line introductions of the built-in report sections, from the message catalog
 * of the site's language.
 */
import type { SectionName } from '../../reports/frontmatter.ts';
import type { ReportContext } from './context.ts';
import { weekdayKey } from '../../../core/story/event-items.ts';

export interface SectionText {
  heading: string;
  intro?: string;
}

export function sectionText(ctx: ReportContext): Record<Exclude<SectionName, 'charts'>, SectionText> {
  const r = ctx.format.t.report;
  return {
    findings: { heading: r.findings },
    months: { heading: ctx.format.t.story.months.heading },
    voices: { heading: ctx.format.t.story.voices.heading, intro: ctx.format.t.story.voices.intro },
    'next-steps': { heading: r.nextSteps },
    'wins-and-risks': { heading: r.winsAndRisks },
    asks: { heading: r.asks, intro: r.asksIntro },
    checklist: { heading: r.checklist[ctx.page.cadence] },
    goals: { heading: r.goals },
    'key-figures': {
      heading: r.keyFigures,
      intro:
        ctx.page.report.period.kind === 'day'
          ? r.keyFiguresIntroDay({ day: ctx.periodLabel, weekday: weekdayKey(ctx.page.report.period.firstDay), previous: ctx.previousLabel })
          : r.keyFiguresIntro({ period: ctx.periodLabel, previous: ctx.previousLabel }),
    },
    stages: { heading: r.stagesHeading, intro: r.stagesIntro },
    anomalies: { heading: r.anomalies, intro: r.anomaliesIntro },
    people: { heading: r.people },
    'share-of-voice': { heading: r.shareOfVoice, intro: r.shareOfVoiceIntro },
    campaigns: { heading: r.campaigns },
    prospects: { heading: r.prospects },
    offers: { heading: r.offers },
    traffic: { heading: r.traffic, intro: r.trafficIntro },
    definitions: { heading: r.definitions },
  };
}
