/**
 * The demo in every language with a catalog: its September 2026 is built once per language (and
 * once in English, the reference), and
 * - every page carries `<html lang>` of its language;
 * - no sentence of the September reports (their text, chart titles and descriptions, table
 *   captions, tile notes), of the "How to read these reports" page or of a KPI page is the English
 *   one: a text run that is also on the English page, has four words or more and still reads as
 *   English once the project's own texts (goal and metric labels written in cadence.config.ts, in
 *   English) and the data (quotes, names, titles) are left out, is a sentence the catalog missed;
 * - the built-in roadshow decks of Q3 (built in Korean and Hungarian) take their titles, slide
 *   titles and notes from the catalog, and no English slide text is left;
 * - the monthly team report in Korean and in Greek prints to PDF with its text extractable and no
 *   glyph missing: the Hangul and Greek letters of the printed page come back from the PDF
 *   (poppler's pdftotext, an independent reader), and the PDF embeds a font that has them.
 * Chromium and poppler parts are skipped, saying why, where /usr/bin/chromium or pdftotext is missing.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogOf, supportedLanguages } from '../../src/core/i18n/catalog.ts';
import { en } from '../../src/core/i18n/en.ts';
import { reviewLocales } from '../../src/core/i18n/review.ts';
import { createFormat } from '../../src/core/story/format.ts';
import { periodIdLabel } from '../../src/core/story/period-label.ts';
import { loadConfig } from '../../src/core/config/load.ts';
import type { CadenceConfig } from '../../src/core/schema/config.ts';
import { printPages } from '../../src/pdf/print.ts';
import { buildSite } from '../../src/site/build.ts';
import { havePoppler, pdftotext } from '../pdf/read-pdf.ts';

const locales = reviewLocales;
const languages = supportedLanguages.filter((l) => l !== 'en');
const deckLanguages = ['ko', 'hu'].filter((l) => languages.includes(l));
const chromium = '/usr/bin/chromium';
const haveChromium = existsSync(chromium);
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const run = promisify(execFile);

let projectDir: string;
let config: CadenceConfig;
const outDirs = new Map<string, string>();

/** The September pages every language is checked on (paths under the site folder). */
const september = ['monthly/2026-09/team', 'monthly/2026-09/sales', 'monthly/2026-09/leadership'];

beforeAll(async () => {
  const demoDir = inject('demoProjectDir');
  ({ config } = await loadConfig({ projectDir: demoDir }));
  projectDir = await mkdtemp(join(tmpdir(), 'cadence-languages-'));
  const cwd = process.cwd();
  process.chdir(projectDir);
  try {
    for (const lang of ['en', ...languages]) {
      const outDir = join(projectDir, `dist-${lang}`);
      await buildSite({ projectDir, config: { ...config, locale: locales[lang]! }, log: quiet, dataDir: resolve(demoDir, config.dataDir), outDir, period: '2026-09' });
      outDirs.set(lang, outDir);
    }
    // The third quarter, with its roadshow decks, in two languages of other scripts and grammars.
    for (const lang of deckLanguages) {
      const outDir = join(projectDir, `quarter-${lang}`);
      await buildSite({ projectDir, config: { ...config, locale: locales[lang]! }, log: quiet, dataDir: resolve(demoDir, config.dataDir), outDir, period: '2026-Q3' });
      outDirs.set(`${lang}-q3`, outDir);
    }
  } finally {
    process.chdir(cwd);
  }
}, 900_000);

afterAll(async () => {
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
});

const read = (lang: string, path: string) => readFile(join(outDirs.get(lang)!, path, 'index.html'), 'utf8');

/** Every page of a built site (paths of its index.html folders). */
async function allPages(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, prefix), { withFileTypes: true })) {
    if (!e.isDirectory()) {
      if (e.name === 'index.html') out.push(prefix);
      continue;
    }
    out.push(...(await allPages(dir, join(prefix, e.name))));
  }
  return out;
}

const entities = (s: string) =>
  s
    .replace(/&#x26;|&amp;/g, '&')
    .replace(/&#x3C;|&lt;/g, '<')
    .replace(/&#x3E;|&gt;/g, '>')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"');

/**
 * The text runs of a page: text between tags (and the chart's <title>/<desc>), without the data a
 * page quotes — blockquotes (mentions), the texts of posts and the names in lists of people.
 */
function runs(html: string): string[] {
  const body = html
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<blockquote[\s\S]*?<\/blockquote>/g, ' ')
    .replace(/<head>[\s\S]*?<\/head>/, ' ');
  return body
    .split(/<[^>]+>/)
    .map((s) => entities(s).replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

const englishWords = /(?<!\p{L})(the|and|of|to|with|against|from|was|were|this|than|rose|fell|no|not|is|are|in|on|by|for)(?!\p{L})/giu;

describe('the demo in every language', () => {
  it('builds every page with the <html lang> of its language', async () => {
    for (const lang of languages) {
      const pages = await allPages(outDirs.get(lang)!);
      expect(pages.length, lang).toBeGreaterThan(20);
      for (const p of pages) expect(await read(lang, p), `${lang} ${p}`).toMatch(new RegExp(`<html lang="${lang}"`));
    }
  });

  it('leaves no English catalog sentence on the September reports, the "How to read" page and the KPI pages', async () => {
    // The project's own texts, written in English in cadence.config.ts: kept as written.
    const own = [...config.goals.map((g) => g.label ?? ''), ...config.metrics.flatMap((m) => { const d = m as unknown as { label: string; definition: string; whenEmpty?: string }; return [d.label, d.definition, d.whenEmpty ?? '']; }), config.site.title, config.brand.name]
      .filter((s) => s.length > 3)
      .sort((a, b) => b.length - a.length);
    const kpiPages = (await allPages(outDirs.get('en')!)).filter((p) => p.startsWith('kpi/'));
    const paths = [...september, 'about', '', ...kpiPages];
    const found: string[] = [];
    for (const path of paths) {
      const english = new Set(runs(await read('en', path)));
      for (const lang of languages) {
        for (const r of runs(await read(lang, path))) {
          if (!english.has(r)) continue;
          let rest = r;
          for (const s of own) rest = rest.replaceAll(s, '');
          const hits = rest.match(englishWords) ?? [];
          if (rest.split(/\s+/).length >= 4 && hits.length >= 2) found.push(`${lang} /${path}: ${r}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('presents the built-in roadshow decks in the language: deck titles, slide titles, notes and chart titles from the catalog', async () => {
    const depts = ['product', 'sales', 'marketing', 'all-hands'] as const;
    const englishSlides = new Set(Object.values(en.deck.slides).flatMap((s) => [s.title, s.notes]));
    for (const lang of deckLanguages) {
      const t = catalogOf(lang)!;
      const format = createFormat(locales[lang]!, config.currency);
      const quarter = periodIdLabel('2026-Q3', format);
      for (const dept of depts) {
        const html = await read(`${lang}-q3`, `roadshow/2026-Q3/${dept}`);
        expect(html, `${lang} ${dept}`).toMatch(new RegExp(`<html lang="${lang}"`));
        const h1 = entities(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, '')).trim();
        const name = t.deck.departments[dept];
        expect(h1, `${lang} ${dept}`).toBe(dept === 'all-hands' ? t.deck.storyTitle({ dept: name, period: quarter }) : t.deck.title({ dept: name, period: quarter }));
        // Every slide but the cover (which carries the deck's title).
        const slideTitles = [...html.matchAll(/data-slide-title="([^"]*)"/g)].map((m) => entities(m[1]!)).filter((s) => s !== h1);
        expect(slideTitles.length, `${lang} ${dept}`).toBeGreaterThanOrEqual(4);
        for (const s of slideTitles) {
          expect(Object.values(t.deck.slides).map((x) => x.title), `${lang} ${dept}`).toContain(s);
          expect(englishSlides.has(s), `${lang} ${dept}: ${s}`).toBe(false);
        }
        for (const r of runs(html)) expect(englishSlides.has(r), `${lang} ${dept}: ${r}`).toBe(false);
      }
    }
  });

  it('localises the "How to read these reports" page', async () => {
    const en = await read('en', 'about');
    for (const lang of languages) {
      const html = await read(lang, 'about');
      const h1 = /<h1>([^<]*)<\/h1>/.exec(html)![1]!;
      expect(h1, lang).not.toBe(/<h1>([^<]*)<\/h1>/.exec(en)![1]);
      expect((html.match(/<h2>/g) ?? []).length, lang).toBe(4);
      expect(html, lang).toContain('Europe/Berlin');
    }
  });
});

/** The letters of a script in a text, each with its count. */
function letters(text: string, script: RegExp): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of text.normalize('NFC')) if (script.test(ch)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

describe.skipIf(!haveChromium || !havePoppler)(
  `the monthly team report in Korean and Greek on paper${haveChromium && havePoppler ? '' : ' (skipped: /usr/bin/chromium or poppler is missing)'}`,
  () => {
    const cases = [
      { lang: 'ko', script: /\p{Script=Hangul}/u, font: /Nanum|Gothic|CJK/i },
      { lang: 'el', script: /\p{Script=Greek}/u, font: /Sans|Serif|DejaVu|Liberation|Noto/i },
    ].filter((c) => languages.includes(c.lang));

    for (const { lang, script, font } of cases) {
      it(`${lang}: prints with every ${lang === 'ko' ? 'Hangul' : 'Greek'} letter of the page extractable, in an embedded font that has it`, async () => {
        const siteDir = outDirs.get(lang)!;
        const outDir = join(projectDir, `pdf-${lang}`);
        const result = await printPages({
          siteDir,
          base: config.site.base,
          pages: [{ cadence: 'monthly', period: '2026-09', audience: 'team', path: 'monthly/2026-09/team/' }],
          outDir,
          paper: 'A4',
          chromiumPath: chromium,
          log: quiet,
        });
        const file = result.reports[0]!.file;
        const pdf = await pdftotext(file);
        expect(pdf).not.toContain('\uFFFD');
        const html = await read(lang, 'monthly/2026-09/team');
        // The printed text of the page: its <main> without what print leaves out (details.data, links that only
        // work on screen), what only screen readers get (sr-only) and the charts' SVG titles and descriptions.
        const main = /<main[\s\S]*<\/main>/
          .exec(html)![0]
          .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
          .replace(/<details class="data">[\s\S]*?<\/details>/g, ' ')
          .replace(/<([a-z0-9]+)[^>]*class="(?:sr-only|screen-only|tile-more)"[^>]*>[\s\S]*?<\/\1>/g, ' ');
        const page = runs(main).join(' ');
        const want = letters(page, script);
        const got = letters(pdf, script);
        expect(want.size, 'the page has letters of the script').toBeGreaterThan(lang === 'ko' ? 200 : 40);
        // Every letter of the page comes back from the PDF (a missing glyph extracts as nothing or as another letter).
        const lost = [...want.keys()].filter((ch) => !got.has(ch));
        expect(lost, `letters not in the PDF text`).toEqual([]);
        // And in the page's amounts: the PDF holds what the page shows (a letter or two may differ where a
        // table cell wraps a word; header and footer add some).
        const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
        const short = [...want].filter(([ch, n]) => (got.get(ch) ?? 0) < n * 0.97 - 2).map(([ch, n]) => `${ch} ${got.get(ch) ?? 0}/${n}`);
        expect(short, 'letters fewer in the PDF than on the page').toEqual([]);
        expect(total(got)).toBeGreaterThanOrEqual(total(want) * 0.98);
        // The first heading and the first finding, whole, in reading order (spaces aside: lines break anywhere in Korean).
        const squash = (s: string) => s.replace(/\s+/g, '');
        const h1 = entities(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)![1]!);
        expect(squash(pdf)).toContain(squash(h1));
        const finding = /<li class="finding[^"]*">([\s\S]*?)<\/li>/.exec(html);
        if (finding) {
          const firstSentence = entities(finding[1]!.replace(/<span class="sr-only">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '')).split(/(?<=[.;:])\s/)[0]!;
          expect(squash(pdf), firstSentence).toContain(squash(firstSentence).slice(0, 40));
        }
        // The fonts the PDF embeds (pdffonts, poppler): one that has the script.
        const { stdout } = await run('/usr/bin/pdffonts', [file]);
        const names = stdout.split('\n').slice(2).map((l) => l.split(/\s+/)[0]!).filter(Boolean);
        expect(names.some((n) => font.test(n)), names.join(', ')).toBe(true);
      }, 120_000);
    }
  },
);
