/**
 * The demo's report pages read as their readers read them (built from the shared demo data folder,
 * one period at a time, into a scratch project; the HTML is checked, no browser needed):
 * - /daily/2026-09-14/team/: no volume tile of the recall day is good news; the first finding is
 *   the recall, 22-fold against a typical Monday, its site a link to the article, with quotes;
 * - /monthly/2026-09/leadership/: wins (both goals met, social leads up) beside risks (the recall
 *   with its refund rate and refunded amount first); no launch-hashtag rise among the risks;
 * - /monthly/2026-09/sales/: the sales figures and the recall talking point first, distinct steps;
 * - /monthly/2026-09/team/: a rate on 15 cases is shown with its count, uncoloured;
 * - /quarterly/2026-Q3/leadership/ and the Q3 all-hands deck: July, August and September each
 *   have an item; the story slide holds the headline, wins, risks, a chart and a quote;
 * - the Italian September pages carry no English sentence of the catalog.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/core/config/load.ts';
import type { CadenceConfig } from '../../src/core/schema/config.ts';
import { buildSite } from '../../src/site/build.ts';

const RECALL_URL = 'https://news.example/alpenglow-jacket-recall';
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
let projectDir: string;
let config: CadenceConfig;
const pages = new Map<string, string>();

/** Builds one period of the demo (in `locale`) and reads the pages asked for. */
async function build(period: string, paths: string[], locale?: string): Promise<void> {
  const demoDir = inject('demoProjectDir');
  const outDir = join(projectDir, `dist-${period}-${locale ?? 'en'}`);
  const cwd = process.cwd();
  process.chdir(projectDir);
  try {
    await buildSite({ projectDir, config: locale ? { ...config, locale } : config, log: quiet, dataDir: resolve(demoDir, config.dataDir), outDir, period });
  } finally {
    process.chdir(cwd);
  }
  for (const p of paths) pages.set(`${locale ?? 'en'}:${p}`, await readFile(join(outDir, p, 'index.html'), 'utf8'));
}

const page = (path: string, locale = 'en') => {
  const html = pages.get(`${locale}:${path}`);
  if (!html) throw new Error(`page ${path} (${locale}) not built`);
  return html;
};
/** The visible text of some HTML: tags dropped, entities read, spaces collapsed, direction isolates (invisible) dropped. */
const text = (html: string) =>
  html
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x26;|&amp;/g, '&')
    .replace(/&#x3C;|&lt;/g, '<')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
/** The HTML of the section of a report (`<section data-section="…">`). */
const section = (html: string, name: string) => {
  const m = new RegExp(`<section[^>]*data-section="${name}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
  if (!m) throw new Error(`no section ${name}`);
  return m[1]!;
};
/** The `<li>` items of the first list in some HTML, outer HTML each (nested lists kept with their item). */
function items(html: string, className = 'finding'): string[] {
  const out: string[] = [];
  const re = new RegExp(`<li class="${className}[^"]*"`, 'g');
  for (const m of html.matchAll(re)) {
    let depth = 0;
    let i = m.index!;
    for (; i < html.length; i++) {
      if (html.startsWith('<li', i)) depth++;
      else if (html.startsWith('</li>', i) && --depth === 0) break;
    }
    out.push(html.slice(m.index!, i + 5));
  }
  return out.filter((x, k) => !out.slice(0, k).some((y) => y.includes(x)));
}
/** The tile of a KPI label: its HTML. */
const tile = (html: string, label: string) => {
  const m = new RegExp(`<li class="tile[^"]*">\\s*<p class="tile-label">${label}</p>[\\s\\S]*?</li>`).exec(html);
  if (!m) throw new Error(`no tile ${label}`);
  return m[0];
};

beforeAll(async () => {
  const demoDir = inject('demoProjectDir');
  ({ config } = await loadConfig({ projectDir: demoDir }));
  projectDir = await mkdtemp(join(tmpdir(), 'cadence-story-pages-'));
  await cp(join(demoDir, 'reports'), join(projectDir, 'reports'), { recursive: true });
  await build('2026-09-14', ['daily/2026-09-14/team']);
  await build('2026-09', ['monthly/2026-09/team', 'monthly/2026-09/sales', 'monthly/2026-09/leadership']);
  await build('2026-Q3', ['quarterly/2026-Q3/leadership', 'roadshow/2026-Q3/all-hands']);
  await build('2026-09', ['monthly/2026-09/team', 'monthly/2026-09/sales', 'monthly/2026-09/leadership'], 'it-IT');
}, 600_000);

afterAll(async () => {
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
});

describe('/daily/2026-09-14/team/: the recall day', () => {
  it('shows no volume of the day as good news', () => {
    const html = page('daily/2026-09-14/team');
    for (const label of ['Brand mentions', 'Shares of brand mentions', 'Reach', 'Share of voice', 'Brand hashtag uses']) {
      const t = tile(html, label);
      expect(t, label).not.toMatch(/class="tile-change change good"/);
      expect(t, label).toMatch(/class="tile-change change (bad|mixed|flat)"/);
    }
    expect(text(tile(html, 'Brand mentions'))).toContain('3.3× a typical Monday (64) (worse) mostly negative: 155 of 214 +269% vs 13 September 2026');
  });

  it('opens with the recall: 22-fold against a typical Monday, the article linked, real quotes', () => {
    const first = items(section(page('daily/2026-09-14/team'), 'findings'))[0]!;
    expect(first).toMatch(/^<li class="finding bad">/);
    expect(text(first)).toMatch(/^Needs attention: Negative mentions rose 22-fold against a typical Monday on 14 September after a news\.example story, “Alpenglow recalls Firn rain jackets/);
    expect(first).toContain(`<a href="${RECALL_URL}">news.example</a>`);
    const quotes = first.match(/<blockquote class="quote negative">/g) ?? [];
    expect(quotes.length).toBe(2);
    expect(text(first)).toContain('Petra Albers · news · 14 Sept · 2,400,000 reach · Open');
    // The author from data is isolated (FSI … PDI): a right-to-left name cannot reorder the line.
    expect(first).toContain('\u2068Petra Albers\u2069 · news');
  });
});

describe('/monthly/2026-09/leadership/: wins and risks side by side', () => {
  const groups = () => {
    const html = section(page('monthly/2026-09/leadership'), 'wins-and-risks');
    const group = (tone: string) => new RegExp(`<div class="wins-risks-group ${tone}">([\\s\\S]*?)</div>\\s*(?=<div|$)`).exec(html)?.[1] ?? '';
    return { wins: text(group('good')), risks: items(group('bad')).map(text), html };
  };

  it('has both met goals and the social-leads rise among the wins', () => {
    const { wins, html } = groups();
    expect(html).toContain('wins-risks side-by-side');
    expect(wins).toContain('Goal met: Share of voice of 35% — 39.3% against 35.0% for Q3 2026.');
    expect(wins).toContain('Goal met: Audience +5% a quarter — 11.1% against 5.0% for Q3 2026.');
    expect(wins).toContain('Leads from social rose to 376, +54.7% on August 2026.');
  });

  it('leads the risks with the recall, its refund rate and refunded amount; no launch rise is a risk', () => {
    const { risks } = groups();
    expect(risks[0]).toMatch(/drove negative mentions up 22-fold against a typical Monday on 14 September; refunds reached 35\.5% of care cases, €48,153 this month\./);
    for (const r of risks) expect(r).not.toMatch(/alpenglowautumn|Autumn launch/);
    // The asks follow from them.
    expect(text(section(page('monthly/2026-09/leadership'), 'asks'))).toMatch(/Decide on extra care staff until the “Firn jacket recall” cases are cleared/);
  });
});

describe('/monthly/2026-09/sales/: what a salesperson needs', () => {
  it('opens with the sales figures and the recall talking point, and gives distinct next steps', () => {
    const html = page('monthly/2026-09/sales');
    const found = items(section(html, 'findings')).map(text);
    expect(found[0]).toBe('Needs attention: Pipeline is €565,100, down 16.3% on August 2026; the 16 deals won averaged €9,441, a third smaller; win rate 39.0% of 41 closed (41.7% in August 2026).');
    expect(found[1]).toMatch(/^Of note: Customers are asking about returns \(17 questions, 6 in August 2026\) after a news\.example story/);
    const steps = [...section(html, 'next-steps').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(new Set(steps).size).toBe(steps.length);
    expect(text(html)).not.toMatch(/single source|\bexcess\b/);
  });
});

describe('/monthly/2026-09/team/: a rate on too few cases', () => {
  it('shows retention with its count, uncoloured, and no finding about it', () => {
    const html = page('monthly/2026-09/team');
    const t = tile(html, 'Retention rate');
    expect(t).toMatch(/class="tile-change change flat"/);
    expect(text(t)).toContain('15 cases: too few to compare');
    expect(text(section(html, 'findings'))).not.toMatch(/Retention/);
  });
});

describe('Q3: the whole quarter', () => {
  it('names an item of July, August and September in the leadership report', () => {
    const months = items(section(page('quarterly/2026-Q3/leadership'), 'months')).map(text);
    expect(months.map((m) => m.split(':')[0])).toEqual(['July 2026', 'August 2026', 'September 2026']);
    expect(months[0]).toMatch(/9 July/);
    expect(months[2]).toMatch(/14 September/);
    const wr = text(section(page('quarterly/2026-Q3/leadership'), 'wins-and-risks'));
    expect(wr).toMatch(/Wins .*Goal met/);
    expect(wr).toMatch(/Risks .*news\.example story/);
  });

  it('tells the story on the all-hands deck: headline, wins, risks, one chart, one quote; then month by month', () => {
    const deck = page('roadshow/2026-Q3/all-hands');
    const slides = deck.split('<section class="slide').slice(1);
    const story = slides.find((s) => s.includes('The story of the quarter'))!;
    expect(text(story)).toMatch(/A news\.example story, “Alpenglow recalls .*”, drove negative mentions up 22-fold/);
    expect(story).toContain('<h3>Wins</h3>');
    expect(story).toContain('<h3>Risks</h3>');
    expect((story.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(1);
    expect((story.match(/<blockquote class="quote/g) ?? []).length).toBe(1);
    const months = slides.find((s) => s.includes('Month by month'))!;
    for (const m of ['July 2026', 'August 2026', 'September 2026']) expect(text(months)).toContain(`${m}:`);
  });
});

describe('Italian: every sentence of the story in Italian', () => {
  /** English words the catalog's sentences use and Italian ones never do. */
  const english = /\b(the|rose|fell|against|typical|mentions|customers|asking|refunds|reached|drove|goal|leads|next|what|care|cases|story|week|month)\b/i;
  /** Data (quotes, quoted names and titles, the config's goal names) is left as written. */
  const strip = (s: string) =>
    s
      .replace(/<blockquote[\s\S]*?<\/blockquote>/g, ' ')
      .replace(/“[^”]*”/g, '“…”')
      .replace(/Revenue \+10% on the same quarter last year|Share of voice of 35%|Audience \+5% a quarter/g, '(obiettivo)');

  it('writes the findings, wins and risks, notes and next steps in Italian', () => {
    for (const [path, sections] of [
      ['monthly/2026-09/team', ['findings', 'next-steps']],
      ['monthly/2026-09/sales', ['findings', 'next-steps']],
      ['monthly/2026-09/leadership', ['wins-and-risks', 'asks']],
    ] as const) {
      const html = page(path, 'it-IT');
      expect(html).toContain('<html lang="it"');
      for (const name of sections) {
        const t = text(strip(section(html, name)));
        expect(t.length, `${path} ${name}`).toBeGreaterThan(40);
        expect(t, `${path} ${name}: ${t}`).not.toMatch(english);
      }
      // The tiles' notes too (a rise partly carried by negatives, too few cases).
      for (const note of html.matchAll(/<p class="tile-note">([^<]*)<\/p>/g)) expect(note[1], path).not.toMatch(english);
    }
  });
});
