/**
 * Campaign lifecycles seen from an earlier day. A build computes every campaign's weekly numbers
 * once, up to its latest day; a report on an earlier period sees each campaign as it stood at
 * that period's last day: the full weeks of age up to that day, classed again. (A week still
 * running on that day is left out, since its numbers include later days.)
 */
import { classifyLifecycle, defaultLifecycleSettings } from '../benchmarks/campaign-lifecycle.ts';
import type { CampaignLifecycle } from '../benchmarks/types.ts';
import { addDays } from '../benchmarks/typical-day.ts';
import type { Period } from '../periods/period.ts';

/**
 * The campaigns running during `period` (or in their two-week afterglow), as of the day `cut`;
 * `all` were computed as of `computedAsOf` (a day on or after `cut`).
 */
export function lifecyclesAsOf(all: readonly CampaignLifecycle[], computedAsOf: string, period: Pick<Period, 'firstDay' | 'lastDay'>, cut: string): CampaignLifecycle[] {
  const settings = defaultLifecycleSettings;
  const out: CampaignLifecycle[] = [];
  for (const c of all) {
    const windowEnd = c.endedOn ? addDays(c.endedOn, settings.afterEndDays) : null;
    if (c.startedOn > cut || c.startedOn > period.lastDay || (windowEnd !== null && windowEnd < period.firstDay)) continue;
    const last = windowEnd !== null && windowEnd < cut ? windowEnd : cut;
    const computedLast = windowEnd !== null && windowEnd < computedAsOf ? windowEnd : computedAsOf;
    // Seen from the same last day the weekly numbers were computed up to: nothing to redo.
    if (last >= computedLast) {
      out.push(c);
      continue;
    }
    const byAge = c.byAge.filter((w) => addDays(w.firstDay, 6) <= last);
    const lastFull = byAge[byAge.length - 1];
    const { lifecycle, numbers, why } = classifyLifecycle(byAge.map((w) => w.engagement), settings, { lastWeekAfterEnd: Boolean(lastFull && c.endedOn && lastFull.firstDay > c.endedOn) });
    const totals = byAge.reduce((t, x) => ({ reach: t.reach + x.reach, engagement: t.engagement + x.engagement, posts: t.posts + x.posts, mentions: t.mentions + x.mentions }), { reach: 0, engagement: 0, posts: 0, mentions: 0 });
    out.push({ ...c, lifecycle, numbers, why, byAge, totals });
  }
  return out;
}
