/**
 * Networking KPIs: what others publish about and link to the brand, and the partnerships it
 * keeps.
 *
 * Decisions:
 * - Earned media counts for the brand when `matched_name` is the brand or one of its aliases, else
 *   `matched_kind = 'brand'` (as listening mentions, `ctx.isBrand`), else — unlike mentions — when
 *   the row has neither `matched_kind` nor `matched_name`: a press-coverage export is the brand's
 *   own clipping list and carries no tag, while a listening export mixes every query. Rows about competitors, topics or other names are left out. Mentions and reach use
 *   this one filter, so reach is always the reach of the counted articles.
 * - Reach is a sum over the articles that carry one. A period without brand articles has a reach
 *   of 0; a period with articles of which none has a reach is unavailable, never 0.
 * - Partnerships are a level, not a flow: a partnership counts in every period it overlaps
 *   (started on or before the last day, not ended before the first day), so a month is not the
 *   sum of its days (`aggregation: 'rate'`) and the value needs only rows, not rows dated in the
 *   period (`coverage: 'rows'`). Proposed partnerships are not partnerships yet; a partnership
 *   without a status counts as agreed.
 */
import { defineKpi, type KpiSqlContext } from '../kpi.ts';

/** SQL predicate: the earned media item (alias `e`) is about the brand, or untagged. */
const aboutBrand = (c: KpiSqlContext) => `(${c.isBrand('e')} OR (e.matched_kind IS NULL AND e.matched_name IS NULL))`;

export const inboundLinksKpi = defineKpi({
  id: 'networking.inbound_links',
  stage: 'networking',
  label: 'New inbound links',
  unit: 'count',
  direction: 'up',
  definition: 'Links from other sites to the brand’s site first seen in the period.',
  entities: ['inbound_links'],
  sql: (c) => `SELECT pd.period, count(*) AS value FROM inbound_links l ${c.byPeriod('l.first_seen_at')} GROUP BY pd.period`,
});

const brandMediaRule =
  'An item is about the brand when its tracked name is the brand or one of its aliases, or its tracked kind is “brand”, or it carries no tracked kind or name at all; items about competitors, topics or other names are left out.';

export const earnedMediaKpi = defineKpi({
  id: 'networking.earned_media_mentions',
  stage: 'networking',
  label: 'Earned media mentions',
  unit: 'count',
  direction: 'up',
  definition: `Articles, podcasts and videos about the brand (earned, not paid) published in the period, by the local day of publication. ${brandMediaRule}`,
  entities: ['earned_media'],
  attention: 'own',
  sql: (c) => `
    SELECT pd.period, count(*) AS value, count(*) FILTER (WHERE e.sentiment = 'negative') AS negative
    FROM earned_media e ${c.byPeriod('e.published_at')} WHERE ${aboutBrand(c)} GROUP BY pd.period`,
});

export const earnedMediaReachKpi = defineKpi({
  id: 'networking.earned_media_reach',
  stage: 'networking',
  label: 'Earned media reach',
  unit: 'count',
  direction: 'up',
  definition: `Sum of the audience (monthly visits, circulation or subscribers of the outlet) of the earned media items about the brand published in the period, by the local day of publication; items without a reach are left out of the sum. ${brandMediaRule} The estimated media value (AVE) and the mean relevance of the same items are shown alongside.`,
  entities: ['earned_media'],
  fields: { earned_media: ['reach'] },
  whenEmpty: 'no earned media about the brand with a known reach in the period',
  attention: 'own',
  sql: (c) => `
    WITH agg AS (
      SELECT pd.period, sum(e.reach) AS reach, count(*) AS items, count(e.reach) AS items_with_reach,
             coalesce(sum(e.reach) FILTER (WHERE e.sentiment = 'negative'), 0) AS negative_reach,
             sum(e.value) AS media_value, avg(e.relevance) AS mean_relevance
      FROM earned_media e ${c.byPeriod('e.published_at')} WHERE ${aboutBrand(c)} GROUP BY pd.period)
    SELECT p.period, CASE WHEN a.period IS NULL THEN 0 ELSE a.reach END AS value,
           coalesce(a.items, 0) AS items, coalesce(a.items_with_reach, 0) AS items_with_reach, a.media_value, a.mean_relevance,
           coalesce(a.negative_reach, 0) AS negative
    FROM ${c.periods} p LEFT JOIN agg a ON a.period = p.period`,
});

export const partnershipsKpi = defineKpi({
  id: 'networking.partnerships',
  stage: 'networking',
  label: 'Active partnerships',
  unit: 'count',
  direction: 'up',
  aggregation: 'rate',
  coverage: 'rows',
  definition:
    'Strategic partnerships active at some time in the period: started on or before its last day and not ended before its first day (no end day, or an end day on or after the first day). Proposed partnerships are left out; a partnership without a status counts as agreed. Alongside: how many of them started in the period, and how many the partner initiated.',
  entities: ['partnerships'],
  sql: (c) => `
    SELECT p.period, count(*) AS value,
           count(*) FILTER (WHERE s.started_on >= p.first_day) AS new_partnerships,
           count(*) FILTER (WHERE s.initiated_by = 'partner') AS partner_initiated
    FROM ${c.periods} p JOIN partnerships s ON s.started_on < p.end_day AND (s.ended_on IS NULL OR s.ended_on >= p.first_day)
    WHERE coalesce(s.status, 'active') <> 'proposed'
    GROUP BY p.period`,
});

export const networkingKpis = [inboundLinksKpi, earnedMediaKpi, earnedMediaReachKpi, partnershipsKpi];
