/**
 * Links inside the site. Every href is made here from the configured base, so the site works
 * under a sub-path (e.g. /reports/) as well as at the root.
 */
import type { AudienceName } from '../core/schema/config.ts';

/** Path under the base of a monthly report page. */
export const monthlyReportPath = (month: string, audience: AudienceName): string => `monthly/${month}/${audience}/`;

/** The href of a path under the base ("" for the home page). */
export function href(base: string, path = ''): string {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base "${base}" must start and end with /`);
  return base + path.replace(/^\/+/, '');
}
