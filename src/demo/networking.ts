/**
 * Networking: links from other sites (an SEO tool's backlink export), earned media coverage of
 * Alpenglow and its competitors (a media-monitoring export), and the partnerships sheet the team
 * keeps by hand (German dates, percentages, values with thousands separators).
 */
import { SITES } from './authors.ts';
import { type Day, atLocal, daysSince } from './calendar.ts';
import { germanDate, mediaDateTime, money, percent, thousands, utcSeconds } from './format.ts';
import { mentionTitle, slug } from './mention-text.ts';
import { instantIn, type Tone } from './mentions.ts';
import type { Rng } from './random.ts';
import { AUTUMN, BRAND_SITE, CRISIS, QUERIES, TRAIL_STORIES } from './world.ts';
import type { ExportFile } from './write-csv.ts';

export const LINKS_FILE = 'inbound-links.csv';
export const MEDIA_FILE = 'earned-media.csv';
export const PARTNERSHIPS_FILE = 'partnerships.csv';

const REFERRERS = [
  ...SITES.map((s) => ({ domain: s.domain, dr: s.monthlyVisits > 1_000_000 ? 78 : s.monthlyVisits > 300_000 ? 64 : 41 })),
  { domain: 'wanderlust-notes.example', dr: 23 }, { domain: 'packlist.example', dr: 31 }, { domain: 'bergzeit-blog.example', dr: 28 },
  { domain: 'runnersworld-de.example', dr: 71 }, { domain: 'outdoor-deals.example', dr: 35 }, { domain: 'alpenverein-muenchen.example', dr: 55 },
];
const TARGETS = ['/', '/products/firn-shell-jacket', '/products/grat-30-pack', '/products/sella-trail-shoes', '/products/kamm-ul-tent', '/repair-service', '/trail-stories', '/autumn', '/firn-recall'];
const ANCHORS = ['Alpenglow', 'alpenglow.example', 'this jacket', 'Alpenglow repair service', 'here', 'Kamm UL tent review', 'Trail stories', 'new autumn collection'];

export function inboundLinks(rng: Rng, days: readonly Day[]): ExportFile {
  const rows: (string | number)[][] = [];
  const seen = new Set<string>();
  for (const day of days) {
    const autumn = daysSince(day, AUTUMN.start);
    const crisis = daysSince(day, CRISIS.day);
    const episode = day.iso >= TRAIL_STORIES.start && day.iso <= TRAIL_STORIES.end && (day.weekday === 4 || day.weekday === 5);
    let n = rng.poisson(2.4 + (autumn >= 0 && autumn < 14 ? 8 * Math.exp(-autumn / 3) : 0) + (episode ? 1.5 : 0) + (crisis >= 0 && crisis < 3 ? 9 : 0));
    for (let i = 0; i < n; i++) {
      const ref = rng.pick(REFERRERS);
      const target =
        crisis >= 0 && crisis < 3 && rng.chance(0.8) ? '/firn-recall' :
        autumn >= 0 && autumn < 14 && rng.chance(0.6) ? '/autumn' :
        episode && rng.chance(0.5) ? '/trail-stories' :
        rng.pick(TARGETS.slice(0, 6));
      const tone: Tone = target === '/firn-recall' ? 'negative' : rng.chance(0.6) ? 'positive' : 'neutral';
      const title = mentionTitle(rng, tone, 'Alpenglow', rng.pick(['Firn shell jacket', 'Grat 30 pack', 'Kamm UL tent', 'Sella trail shoes']));
      const source = `https://${ref.domain}/${slug(title)}-${rng.between(100, 9999)}`;
      const key = `${source} ${target}`;
      if (seen.has(key)) { n++; continue; }
      seen.add(key);
      const fromSocial = (autumn >= 0 && autumn < 14) || episode ? rng.chance(0.55) : rng.chance(0.18);
      rows.push([
        source, title, ref.domain, Math.max(1, Math.min(95, ref.dr + rng.between(-3, 3))), `https://${BRAND_SITE}${target}`,
        rng.pick(ANCHORS), utcSeconds(instantIn(rng, day)), fromSocial ? 'Yes' : 'No',
      ]);
    }
  }
  rows.sort((a, b) => (a[6] < b[6] ? -1 : a[6] > b[6] ? 1 : 0));
  return {
    name: LINKS_FILE,
    entity: 'inbound_links',
    header: ['Referring page URL', 'Referring page title', 'Referring domain', 'Domain rating', 'Target URL', 'Anchor', 'First seen', 'From social'],
    rows,
  };
}

export function earnedMedia(rng: Rng, days: readonly Day[]): ExportFile {
  const names = QUERIES.filter((q) => q.kind === 'brand' || q.kind === 'competitor');
  const news = SITES.filter((s) => s.kind === 'news' || s.kind === 'blog');
  const rows: { at: number; cells: (string | number)[] }[] = [];
  const urls = new Set<string>();
  const add = (at: number, about: string, tone: Tone, title: string, site = rng.pick(news), url?: string) => {
    const link = url ?? `https://${site.domain}/${slug(title)}-${rng.between(1000, 99999)}`;
    if (urls.has(link)) return;
    urls.add(link);
    const reach = Math.round(site.monthlyVisits * rng.range(0.9, 1.1));
    const relevance = site.kind === 'blog' ? rng.range(0.75, 0.98) : rng.range(0.45, 0.9);
    rows.push({
      at,
      cells: [
        mediaDateTime(at), site.name, title, link, rng.pick(['Petra Albers', 'Jakob Lind', 'Mara Stoll', 'Chris Doyle', 'Elif Aydın', 'Ruth Baker']),
        thousands(reach), tone[0].toUpperCase() + tone.slice(1), percent(relevance, 0), money(reach * 0.0021 * relevance), about,
      ],
    });
  };
  for (const day of days) {
    for (const q of names) {
      const n = rng.poisson(q.perDay / 70);
      for (let i = 0; i < n; i++) {
        const tone = rng.weighted([['positive', q.sentiment.positive], ['neutral', q.sentiment.neutral], ['negative', q.sentiment.negative]] as [Tone, number][]);
        add(instantIn(rng, day), q.name, tone, mentionTitle(rng, tone, q.name, rng.pick(q.things)));
      }
    }
    const autumn = daysSince(day, AUTUMN.start);
    if (autumn >= 0 && autumn < 6) {
      for (let i = 0; i < [6, 4, 2, 1, 1, 1][autumn]; i++) add(instantIn(rng, day), 'Alpenglow', 'positive', rng.pick(['Alpenglow\'s autumn collection: warmer, lighter, repairable', 'First look: the Alpenglow autumn range', 'Tested: the new Alpenglow autumn layers']));
    }
    if (day.iso >= TRAIL_STORIES.start && day.iso <= TRAIL_STORIES.end && day.weekday === 5 && rng.chance(0.25 + daysSince(day, TRAIL_STORIES.start) / 200)) {
      add(instantIn(rng, day), 'Alpenglow', 'positive', 'Trail stories: the creator series everyone is watching', rng.pick(news));
    }
    const crisis = daysSince(day, CRISIS.day);
    if (crisis === 0) {
      add(atLocal(day, 8, 5, 12), 'Alpenglow', 'negative', CRISIS.title, SITES.find((s) => s.domain === CRISIS.domain), CRISIS.url);
      for (let i = 0; i < 5; i++) add(atLocal(day, rng.between(9, 20), rng.int(60), 0), 'Alpenglow', 'negative', rng.pick(['Firn recall: what Alpenglow customers need to know', 'Alpenglow jacket recall widens questions about seam tape', 'Rückruf: Alpenglow nimmt Firn-Jacke zurück']));
    }
    if (crisis === 1) add(atLocal(day, 14, 0, 0), 'Alpenglow', 'neutral', 'Alpenglow CEO apologises, promises full refunds for Firn jacket');
  }
  rows.sort((a, b) => a.at - b.at);
  return {
    name: MEDIA_FILE,
    entity: 'earned_media',
    header: ['Published', 'Outlet', 'Headline', 'URL', 'Author', 'Reach', 'Sentiment', 'Relevance', 'AVE (EUR)', 'About'],
    rows: rows.map((r) => r.cells),
  };
}

export function partnershipsExport(): ExportFile {
  const rows: [string, string, string, string, string, string, number, number][] = [
    ['Bergwacht Bayern', 'community', '2025-07-15', '', 'Partner', 'Active', 0.7, 8_000],
    ['Zugspitz Trail Cup', 'sponsorship', '2025-08-01', '2025-08-31', 'Us', 'Ended', 0.85, 24_000],
    ['Hüttenwerk Kaffee', 'co-marketing', '2025-10-01', '2026-03-31', 'Partner', 'Ended', 0.45, 6_500],
    ['Alpenverein Sektion München', 'community', '2025-11-10', '', 'Us', 'Active', 0.8, 12_000],
    ['Repair Café Netzwerk', 'community', '2026-01-20', '', 'Partner', 'Active', 0.6, 3_000],
    ['Trail Notes (blog)', 'creator', '2026-02-01', '2026-07-31', 'Partner', 'Ended', 0.55, 4_500],
    ['Stubai Bergführer', 'co-marketing', '2026-03-15', '', 'Us', 'Active', 0.75, 9_800],
    ['Lena Hofer', 'creator', '2026-05-15', '2026-10-31', 'Us', 'Active', 0.9, 14_000],
    ['Jonas Brandt', 'creator', '2026-05-15', '2026-10-31', 'Us', 'Active', 0.88, 11_000],
    ['Mia Castell', 'creator', '2026-05-20', '2026-10-31', 'Partner', 'Active', 0.86, 12_500],
    ['Dolomiti Hut Network', 'sponsorship', '2026-06-10', '', 'Partner', 'Active', 0.65, 18_000],
    ['Gear Journal', 'co-marketing', '2026-08-20', '', 'Partner', 'Active', 0.5, 7_000],
    ['Nordic Trail Series', 'sponsorship', '2026-10-15', '2027-03-31', 'Partner', 'Proposed', 0.6, 20_000],
    ['Climate Neutral Outdoor', 'community', '2026-11-01', '', 'Us', 'Proposed', 0.7, 5_000],
  ];
  return {
    name: PARTNERSHIPS_FILE,
    entity: 'partnerships',
    header: ['Partner', 'Type', 'Start date', 'End date', 'Initiated by', 'Status', 'Relevance', 'Estimated value (EUR)'],
    rows: rows.map(([partner, kind, start, endOn, by, status, relevance, value]) => [
      partner, kind, germanDate(start), endOn ? germanDate(endOn) : '', by, status, percent(relevance, 0), thousands(value),
    ]),
  };
}
