/**
 * Links inside the site. Every href is made here from the configured base, so the site works
 * under a sub-path (e.g. /reports/) as well as at the root.
 */
import type { AudienceName, CadenceName } from '../core/schema/config.ts';

/** Path under the base of a report page: "monthly/2026-09/team/", "daily/2026-09-14/sales/". */
export const reportPath = (cadence: CadenceName, period: string, audience: AudienceName): string => `${cadence}/${period}/${audience}/`;

/** Path under the base of a monthly report page. */
export const monthlyReportPath = (month: string, audience: AudienceName): string => reportPath('monthly', month, audience);

/** The href of a path under the base ("" for the home page). */
export function href(base: string, path = ''): string {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base "${base}" must start and end with /`);
  return base + path.replace(/^\/+/, '');
}

/** Path under the base of a KPI's page: "kpi/listening-mentions/". */
export const kpiPath = (id: string): string => `kpi/${id.replace(/[._]/g, '-')}/`;

/** Path of a project-added report ("monthly/2026-09/sales/social-selling/"). */
export const addedReportPath = (cadence: CadenceName, period: string, audience: AudienceName, slug: string): string => `${reportPath(cadence, period, audience)}${slug}/`;
