/**
 * The demo generator: a fictional outdoor brand, Alpenglow, from 2025-07-01 to 2026-09-30
 * (Europe/Berlin), written as the export files its team would download from their tools. The
 * demo project (`cadence.config.ts`) reads them through the csv source plugin like a real user.
 *
 * Deterministic: everything comes from the seed and fixed dates (no clock, no Math.random), so the
 * same seed gives byte-identical files. Hidden on purpose: a crisis on 2026-09-14, the Autumn
 * launch burst in September 2026 and the Trail stories series whose reach grows June–September.
 */
import { resolve } from 'node:path';
import type { EntityName } from '../core/schema/entities.ts';
import { buildAuthors } from './authors.ts';
import { brandwatchExport } from './brandwatch-export.ts';
import { buildCalendar } from './calendar.ts';
import { audiencesExport, campaignsExport, offersExport } from './campaigns.ts';
import { careCases } from './care.ts';
import { dealsExport, generateCrm, hubspotContactsExport, hubspotDealsExport, leadsExport } from './crm.ts';
import { eventMentions } from './mention-events.ts';
import { baselineMentions } from './mentions.ts';
import { earnedMedia, inboundLinks, partnershipsExport } from './networking.ts';
import { generateOrders, ordersExport } from './orders.ts';
import { followerSeries, followersAtStart, profileDays } from './owned-accounts.ts';
import { ownedPosts } from './owned-posts.ts';
import { Rng } from './random.ts';
import { sproutPostsExport, sproutProfilesExport } from './sprout-export.ts';
import { ga4Export, webSessions } from './web.ts';
import { type ExportFile, writeExport } from './write-csv.ts';

export const DEFAULT_SEED = 20260914;

/** Every file the demo writes, with the entity the demo config reads it into. */
export const DEMO_EXPORTS = {
  'mentions-brandwatch-style.csv': 'mentions',
  'sprout-post-performance.csv': 'posts',
  'sprout-profile-performance.csv': 'account_snapshots',
  'ga4-sessions.csv': 'web_sessions',
  'care-cases.csv': 'care_cases',
  'inbound-links.csv': 'inbound_links',
  'earned-media.csv': 'earned_media',
  'partnerships.csv': 'partnerships',
  'leads.csv': 'leads',
  'deals.csv': 'deals',
  'hubspot-crm-exports-all-contacts-2026-09-30.csv': 'leads',
  'hubspot-crm-exports-all-deals-2026-09-30.csv': 'deals',
  'orders.csv': 'orders',
  'campaigns.csv': 'campaigns',
  'offers.csv': 'offers',
  'retargeting-audiences.csv': 'retargeting_audiences',
} as const satisfies Record<string, EntityName>;
export const DEFAULT_OUT_DIR = 'data/exports';

export interface DemoOptions {
  /** Folder the export files are written to (created when missing). */
  outDir?: string;
  /** Seed of the generator; the same seed gives byte-identical files. */
  seed?: number;
}

export interface DemoResult {
  /** Absolute paths of the files written, in a fixed order. */
  files: string[];
  /** Data rows per file name (header and report lines not counted). */
  rows: Record<string, number>;
}

/** Builds every export in memory, in a fixed order. */
export function buildDemoExports(seed = DEFAULT_SEED): ExportFile[] {
  const root = new Rng(seed);
  const days = buildCalendar();
  const pool = buildAuthors(root.fork('authors'));

  const mentions = [...baselineMentions(root.fork('mentions'), pool, days), ...eventMentions(root.fork('mention-events'), pool, days)];

  const series = followerSeries(root.fork('followers'), days);
  const posts = ownedPosts(root.fork('posts'), days, (account, day) => followersAtStart(series, account, day));
  const profiles = profileDays(root.fork('profiles'), days, series, posts);

  const web = webSessions(root.fork('web'), days);
  const orders = generateOrders(root.fork('orders'), days);
  const crm = generateCrm(root.fork('crm'), days);

  return [
    brandwatchExport(mentions),
    sproutPostsExport(posts),
    sproutProfilesExport(profiles),
    ga4Export(web, days),
    careCases(root.fork('care'), pool, days, orders),
    inboundLinks(root.fork('links'), days),
    earnedMedia(root.fork('media'), days),
    partnershipsExport(),
    leadsExport(crm.leads),
    dealsExport(crm.deals),
    hubspotContactsExport(crm.leads),
    hubspotDealsExport(crm.deals),
    ordersExport(orders),
    campaignsExport(),
    offersExport(root.fork('offers'), days, orders),
    audiencesExport(root.fork('audiences'), days, web, posts, orders),
  ];
}

/** Generates the demo exports into `outDir` (default `data/exports/`, relative to the working directory). */
export async function generateDemo({ outDir = DEFAULT_OUT_DIR, seed = DEFAULT_SEED }: DemoOptions = {}): Promise<DemoResult> {
  const dir = resolve(outDir);
  const files: string[] = [];
  const rows: Record<string, number> = {};
  for (const file of buildDemoExports(seed)) {
    if ((DEMO_EXPORTS as Record<string, string>)[file.name] !== file.entity) throw new Error(`demo export ${file.name} is not listed in DEMO_EXPORTS`);
    files.push(await writeExport(dir, file));
    rows[file.name] = file.rows.length;
  }
  return { files, rows };
}
