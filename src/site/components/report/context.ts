/**
 * What the report components of an MDX report read: the page being rendered, the site model and
 * the formatter. The report view puts it in `Astro.locals` before it renders the MDX body, so an
 * author writes `<Kpi id="listening.brand_mentions" />` with no model plumbing; a component used
 * outside a report fails with a clear error.
 */
import { CadenceError } from '../../../core/errors.ts';
import type { Format } from '../../../core/story/format.ts';
import type { ReportDefinition } from '../../reports/definitions.ts';
import type { ReportPage, SiteModel } from '../../site-model.ts';

export interface ReportContext {
  page: ReportPage;
  model: SiteModel;
  format: Format;
  definition: ReportDefinition;
  /** "September 2026". */
  periodLabel: string;
  /** "August 2026". */
  previousLabel: string;
}

const KEY = 'cadenceReport';

export function setReportContext(locals: object, context: ReportContext): void {
  (locals as Record<string, unknown>)[KEY] = context;
}

export function reportContext(locals: object, component: string): ReportContext {
  const context = (locals as Record<string, unknown>)[KEY] as ReportContext | undefined;
  if (!context) {
    throw new CadenceError('CADENCE_REPORT_INVALID', `<${component}> can only be used in a report (an MDX file of templates/reports or the project's reports folder)`);
  }
  return context;
}

/** An error in a report's use of a component, naming the report file. */
export function componentError(context: ReportContext, component: string, detail: string, hint?: string): CadenceError {
  return new CadenceError('CADENCE_REPORT_INVALID', `<${component}>: ${detail}`, { place: { file: context.definition.file }, ...(hint ? { hint } : {}) });
}
