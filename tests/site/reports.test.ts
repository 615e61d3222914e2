/**
 * MDX reports: the frontmatter and component checks (with file:line:column), which file renders
 * which report (templates, project overrides, added reports), and a real build of a project whose
 * reports/ folder overrides the team's monthly report with prose and every component, and adds a
 * sales report of its own.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CadenceError } from '../../src/core/errors.ts';
import { buildSite, type BuildSiteResult } from '../../src/site/build.ts';
import { reportComponentNames } from '../../src/site/reports/component-names.ts';
import { checkComponents, reportDefinitions, templatesDir } from '../../src/site/reports/definitions.ts';
import { parseReportFile, sectionNames } from '../../src/site/reports/frontmatter.ts';
import { readdirSync } from 'node:fs';
import { writeDataFolder } from './fixtures/data-folder.ts';
import { sampleConfig, sampleRows } from './fixtures/sample.ts';

function thrown(fn: () => unknown): CadenceError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CadenceError) return e;
    throw e;
  }
  throw new Error('expected a CadenceError');
}

async function rejected(p: Promise<unknown>): Promise<CadenceError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CadenceError) return e;
    throw e;
  }
  throw new Error('expected a CadenceError');
}

const everyCadence = [
  { name: 'team' as const, cadences: ['daily', 'weekly', 'monthly', 'quarterly', 'annual'] as const },
  { name: 'sales' as const, cadences: ['weekly', 'monthly', 'quarterly', 'annual'] as const },
  { name: 'leadership' as const, cadences: ['monthly', 'quarterly', 'annual'] as const },
];

describe('report frontmatter', () => {
  it('reads audience, cadence, title and sections', () => {
    const parsed = parseReportFile('---\naudience: sales\ncadence: weekly\ntitle: "{audience} – {period}"\nsections: [findings, offers]\n---\n\nHello <Kpi id="x" />\n', 'r.mdx');
    expect(parsed.frontmatter).toEqual({ audience: 'sales', cadence: 'weekly', title: '{audience} – {period}', sections: ['findings', 'offers'] });
    expect(parsed.bodyLine).toBe(7);
    expect(parsed.body).toContain('Hello');
  });

  it('points at the bad value with its line and column', () => {
    const e = thrown(() => parseReportFile('---\naudience: team\ncadence: montly\n---\n', 'reports/x.mdx'));
    expect(e.code).toBe('CADENCE_REPORT_INVALID');
    expect(e.place).toMatchObject({ file: 'reports/x.mdx', line: 3, column: 10 });
    expect(e.detail).toContain('cadence: expected one of daily, weekly, monthly, quarterly, annual, found "montly"');

    const section = thrown(() => parseReportFile('---\naudience: team\ncadence: monthly\nsections:\n  - findings\n  - people\n  - peoples\n---\n', 'r.mdx'));
    expect(section.place).toMatchObject({ line: 7, column: 5 });
    expect(section.detail).toContain('sections.2');
    expect(section.detail).toContain('"peoples"');
  });

  it('refuses unknown keys, bad placeholders, bad YAML and a missing frontmatter', () => {
    const unknown = thrown(() => parseReportFile('---\naudience: team\ncadence: monthly\ncolour: red\n---\n', 'r.mdx'));
    expect(unknown.detail).toContain('unknown key colour');
    const placeholder = thrown(() => parseReportFile('---\naudience: team\ncadence: monthly\ntitle: "{month} report"\n---\n', 'r.mdx'));
    expect(placeholder.detail).toContain('{audience}, {period}, {brand}, {cadence}');
    expect(placeholder.place).toMatchObject({ line: 4, column: 8 });
    const yaml = thrown(() => parseReportFile('---\naudience: team\ncadence: [monthly\n---\n', 'r.mdx'));
    expect(yaml.detail).toContain('not valid YAML');
    expect(yaml.place.line).toBeGreaterThanOrEqual(3);
    const missing = thrown(() => parseReportFile('# A report\n', 'r.mdx'));
    expect(missing.detail).toContain('no frontmatter');
    expect(missing.place).toMatchObject({ line: 1, column: 1 });
    const noAudience = thrown(() => parseReportFile('---\ncadence: monthly\n---\n', 'r.mdx'));
    expect(noAudience.detail).toContain('audience: missing');
  });
});

describe('report components in MDX', () => {
  it('finds a misspelt component with its place and a suggestion', () => {
    const e = thrown(() => checkComponents('Intro.\n\n<Kpi id="a" />\n  <KpiGird stage="listening" />\n', 6, 'reports/team/monthly.mdx'));
    expect(e.place).toMatchObject({ file: 'reports/team/monthly.mdx', line: 9, column: 3 });
    expect(e.detail).toBe('<KpiGird> is not a report component');
    expect(e.hint).toContain('Did you mean <Kpi> or <KpiGrid> or <KpiTable>?');
  });

  it('accepts imported components, and ignores code blocks and inline code', () => {
    expect(() => checkComponents('import Badge from "./badge.astro";\nimport { A, B as C } from "./x.ts";\n<Badge /> <A/> <C/>\n', 1, 'r.mdx')).not.toThrow();
    expect(() => checkComponents('```mdx\n<Nope />\n```\nUse `<Nope />` like this.\n', 1, 'r.mdx')).not.toThrow();
  });

  it('lists exactly the components of src/site/components/report/', () => {
    const files = readdirSync(new URL('../../src/site/components/report/', import.meta.url))
      .filter((f) => f.endsWith('.astro') && f !== 'ReportView.astro')
      .map((f) => f.replace(/\.astro$/, ''))
      .sort();
    expect([...reportComponentNames].sort()).toEqual(files);
  });
});

describe('which file renders which report', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cadence-reports-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ships a template for every audience and cadence, each listing known sections', async () => {
    const defs = await reportDefinitions({ reportsDir: join(dir, 'none'), audiences: everyCadence });
    expect(defs.map((d) => d.key)).toEqual(everyCadence.flatMap((a) => a.cadences.map((c) => `${a.name}/${c}`)));
    for (const d of defs) {
      expect(d.origin).toBe('template');
      expect(d.file.startsWith(templatesDir)).toBe(true);
      expect(d.sections.length).toBeGreaterThan(3);
      expect(d.sections.every((s) => (sectionNames as readonly string[]).includes(s))).toBe(true);
    }
    const team = defs.find((d) => d.key === 'team/monthly')!;
    expect(team.sections.slice(0, 3)).toEqual(['findings', 'next-steps', 'checklist']);
    expect(defs.find((d) => d.key === 'sales/monthly')!.sections).toEqual(expect.arrayContaining(['prospects', 'offers']));
    expect(defs.find((d) => d.key === 'leadership/monthly')!.sections).toEqual(expect.arrayContaining(['goals', 'share-of-voice', 'wins-and-risks', 'asks']));
  });

  it('takes an override from reports/<audience>/<cadence>.mdx and adds the other files as reports', async () => {
    const reports = join(dir, 'a');
    await mkdir(join(reports, 'team'), { recursive: true });
    await writeFile(join(reports, 'team', 'monthly.mdx'), '---\naudience: team\ncadence: monthly\n---\nMine.\n');
    await writeFile(join(reports, 'social-selling.mdx'), '---\naudience: sales\ncadence: monthly\ntitle: Social selling\n---\n<Kpi id="selling.leads" />\n');
    await writeFile(join(reports, 'README.md'), 'not a report');
    const defs = await reportDefinitions({ reportsDir: reports, audiences: everyCadence });
    const team = defs.find((d) => d.key === 'team/monthly')!;
    expect(team).toMatchObject({ origin: 'project', file: join(reports, 'team', 'monthly.mdx'), slug: null });
    // No sections of its own: the template's.
    expect(team.sections[0]).toBe('findings');
    expect(defs.find((d) => d.key === 'sales/monthly/social-selling')).toMatchObject({ slug: 'social-selling', audience: 'sales', cadence: 'monthly', title: 'Social selling', origin: 'project' });
    // Only the sales audience built: the team override and nothing of the team.
    const salesOnly = await reportDefinitions({ reportsDir: reports, audiences: [everyCadence[1]!] });
    expect(salesOnly.map((d) => d.key)).toEqual(['sales/weekly', 'sales/monthly', 'sales/quarterly', 'sales/annual', 'sales/monthly/social-selling']);
  });

  it('refuses an override whose frontmatter disagrees with its name, a report for a cadence the audience does not get, and a bad name', async () => {
    const a = join(dir, 'b');
    await mkdir(join(a, 'team'), { recursive: true });
    await writeFile(join(a, 'team', 'monthly.mdx'), '---\naudience: sales\ncadence: monthly\n---\n');
    const mismatch = await rejected(reportDefinitions({ reportsDir: a, audiences: everyCadence }));
    expect(mismatch.detail).toContain('the file name makes it the team monthly report, but its frontmatter says audience sales');

    const b = join(dir, 'c');
    await mkdir(b, { recursive: true });
    await writeFile(join(b, 'daily-sales.mdx'), '---\naudience: sales\ncadence: daily\n---\n');
    const cadence = await rejected(reportDefinitions({ reportsDir: b, audiences: everyCadence }));
    expect(cadence.detail).toContain('the sales audience gets no daily reports');
    expect(cadence.hint).toContain("Add 'daily' to audiences.sales.cadences");

    const c = join(dir, 'd');
    await mkdir(c, { recursive: true });
    await writeFile(join(c, 'My Report.mdx'), '---\naudience: sales\ncadence: monthly\n---\n');
    expect((await rejected(reportDefinitions({ reportsDir: c, audiences: everyCadence }))).detail).toContain('cannot name a page');

    const d = join(dir, 'e');
    await mkdir(d, { recursive: true });
    await writeFile(join(d, 'x.mdx'), '---\naudience: sales\ncadence: monthly\n---\n\n<Kpi id="a" />\n<Findngs />\n');
    const component = await rejected(reportDefinitions({ reportsDir: d, audiences: everyCadence }));
    expect(component.place).toMatchObject({ file: join('e', 'x.mdx'), line: 7, column: 1 });
  });
});

describe('a project that overrides and adds reports, built with Astro', () => {
  let projectDir: string;
  let result: BuildSiteResult;
  const cwd = process.cwd();
  const read = (path: string) => readFile(join(result.outDir, path, 'index.html'), 'utf8');
  const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  beforeAll(async () => {
    projectDir = await mkdtemp(join(tmpdir(), 'cadence-mdx-'));
    await writeDataFolder(join(projectDir, 'data'), sampleRows());
    await mkdir(join(projectDir, 'reports', 'team'), { recursive: true });
    await writeFile(
      join(projectDir, 'reports', 'team', 'monthly.mdx'),
      `---
audience: team
cadence: monthly
title: "{brand} social, {period}"
sections: [checklist, anomalies]
---

## Our month in one line

Brand mentions came to <Value kpi="listening.mentions" />, a change of <Value kpi="listening.mentions" show="change" /> on the month before.

<Findings limit={2} />

<Kpi id="listening.mentions" />

<KpiGrid stage="selling" />

<Chart
  title="Brand mentions per month"
  description="Brand mentions in each month up to this one."
  spec={{
    data: { name: "history" },
    transform: [{ filter: "datum.kpi === 'listening.mentions'" }],
    mark: "bar",
    encoding: { x: { field: "period", type: "ordinal", title: null }, y: { field: "value", type: "quantitative", title: "Mentions" } },
  }}
/>

<Chart title="Brand mentions per day" spec={{ data: { name: "daily" }, transform: [{ filter: "datum.brand" }], mark: "line", encoding: { x: { field: "date", type: "temporal" }, y: { field: "mentions", type: "quantitative" } } }} />

<Table data="kpis" columns={["label", "value", "previous"]} where={{ stage: "selling" }} sort="label" caption="Selling figures" />

<ShareOfVoice />

<Sections />
`,
    );
    await writeFile(
      join(projectDir, 'reports', 'social-selling.mdx'),
      `---
audience: sales
cadence: monthly
title: Social selling
---

Leads from social: <Value kpi="selling.social_leads" />.

<Sections only={["offers"]} />
`,
    );
    const config = sampleConfig({ monthlyOnly: true });
    process.chdir(projectDir);
    result = await buildSite({ projectDir, config, log: { debug() {}, info() {}, warn() {}, error() {} } });
    process.chdir(cwd);
  });

  afterAll(async () => {
    process.chdir(cwd);
    await rm(projectDir, { recursive: true, force: true });
  });

  it('renders the override: its title, prose with values, and every component it uses', async () => {
    const html = await read('monthly/2026-09/team');
    const words = text(html);
    expect(html).toContain('<h1>Alpenglow social, September 2026</h1>');
    expect(html).toContain('<h2 id="our-month-in-one-line">Our month in one line</h2>');
    expect(words).toMatch(/Brand mentions came to [\d,]+ , a change of [+−-][\d.]+% on the month before/);
    // The chart: rendered SVG with its title, the description, and the drawn rows as a table.
    expect(html).toMatch(/<figure class="chart" data-chart="chart-brand-mentions-per-month">/);
    expect(html).toMatch(/<svg[^>]*>[\s\S]*?<title[^>]*>Brand mentions per month<\/title>/);
    expect(words).toContain('Brand mentions in each month up to this one.');
    expect(html).toMatch(/<th scope="row"><bdi>2026-08<\/bdi><\/th>/);
    // A temporal field is epoch milliseconds in Vega's view: its table reads days, left-aligned.
    const daily = /<figure class="chart" data-chart="chart-brand-mentions-per-day">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(daily).toContain('<th scope="col"><bdi>Date</bdi></th>');
    expect(daily).toMatch(/<th scope="row"><bdi>1 September 2026<\/bdi><\/th>/);
    expect(daily).not.toMatch(/\d{1,3}(,\d{3}){3,}/);
    expect(html).toContain('<caption>Selling figures</caption>');
    // Sections: only those the frontmatter lists, with their headings.
    expect(html).toContain('data-section="checklist"');
    expect(html).toContain('data-section="anomalies"');
    expect(html).not.toContain('data-section="definitions"');
    // Other audiences keep the built-in templates.
    const sales = await read('monthly/2026-09/sales');
    expect(sales).toContain('data-section="offers"');
    expect(sales).toContain('data-section="prospects"');
  });

  it('builds the added report for every period of its audience and cadence, linked from the main report', async () => {
    for (const month of ['2026-08', '2026-09']) {
      expect(result.pages).toContain(`/monthly/${month}/sales/social-selling/`);
    }
    const added = await read('monthly/2026-09/sales/social-selling');
    expect(added).toContain('<h1>Social selling</h1>');
    expect(text(added)).toMatch(/Leads from social: [\d,]+ \./);
    expect(added).toContain('data-section="offers"');
    const sales = await read('monthly/2026-09/sales');
    expect(sales).toContain('href="/monthly/2026-09/sales/social-selling/"');
    expect(result.pages).not.toContain('/monthly/2026-09/team/social-selling/');
  });

  it('fails the build with the file and component when a component is misused, and keeps the site already there', async () => {
    await writeFile(join(projectDir, 'reports', 'social-selling.mdx'), '---\naudience: sales\ncadence: monthly\n---\n\n<Kpi id="listening.nothing" />\n');
    process.chdir(projectDir);
    try {
      const e = await rejected(buildSite({ projectDir, config: sampleConfig({ monthlyOnly: true }), log: { debug() {}, info() {}, warn() {}, error() {} } }));
      expect(e.code).toBe('CADENCE_REPORT_INVALID');
      expect(e.message).toContain('<Kpi>: no KPI has the id "listening.nothing"');
      expect(e.message).toContain('social-selling.mdx');
    } finally {
      process.chdir(cwd);
    }
    // The previous site is untouched.
    expect(await read('monthly/2026-09/sales/social-selling')).toContain('<h1>Social selling</h1>');
  });
});

describe('the README example', () => {
  it('is a valid report whose components all exist', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Writing reports'));
    const example = /```mdx\n([\s\S]*?)```/.exec(section)![1]!;
    const parsed = parseReportFile(example, 'README.md');
    expect(parsed.frontmatter).toMatchObject({ audience: 'sales', cadence: 'monthly', sections: ['findings', 'offers'] });
    expect(() => checkComponents(parsed.body, parsed.bodyLine, 'README.md')).not.toThrow();
    for (const name of reportComponentNames) expect(section, name).toContain(`<${name}`);
    for (const name of sectionNames) expect(section, name).toContain(`\`${name}\``);
  });
});

describe('a site in Italian (site locale it-IT)', () => {
  let projectDir: string;
  let outDir: string;
  const cwd = process.cwd();

  beforeAll(async () => {
    projectDir = await mkdtemp(join(tmpdir(), 'cadence-it-'));
    await writeDataFolder(join(projectDir, 'data'), sampleRows());
    const config = { ...sampleConfig({ monthlyOnly: true }), locale: 'it-IT' };
    process.chdir(projectDir);
    try {
      outDir = (await buildSite({ projectDir, config, period: '2026-09', log: { debug() {}, info() {}, warn() {}, error() {} } })).outDir;
    } finally {
      process.chdir(cwd);
    }
  });
  afterAll(async () => {
    process.chdir(cwd);
    await rm(projectDir, { recursive: true, force: true });
  });

  it('writes every generated sentence, heading and number in Italian', async () => {
    const html = await readFile(join(outDir, 'monthly', '2026-09', 'team', 'index.html'), 'utf8');
    expect(html).toContain('<html lang="it"');
    expect(html).toMatch(/<h1>[^<]*settembre 2026<\/h1>/);
    expect(html).toContain('>Cosa spicca</h2>');
    expect(html).toContain('>I dati chiave</h2>');
    expect(html).toContain('agosto 2026');
    // Italian numbers: a decimal comma in percentages.
    expect(html).toMatch(/\d,\d\s?%/);
    // No English section heading or lede left.
    for (const english of ['What stands out', 'Key figures', 'compared with', 'How the figures are computed', 'All reports', 'What this measures']) {
      expect(html, english).not.toContain(english);
    }
  });
});
