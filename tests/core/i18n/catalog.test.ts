/**
 * The message catalogs (src/core/i18n): Italian has every key of the English reference (deep,
 * every built-in KPI id included), every message gives a whole sentence for sample parameters in
 * both languages, the English texts core writes (unavailable reasons, notes) are recognised and
 * re-worded, and the demo's September 2026 team model built with locale it-IT reads Italian, with
 * Italian number formatting (decimal comma, "." for thousands). The story layer's sentences
 * (`story`, `tone`, `readable`) are sampled one by one in story-catalog.test.ts.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it as test } from 'vitest';
import { en } from '../../../src/core/i18n/en.ts';
import { it } from '../../../src/core/i18n/it.ts';
import { catalogOf, languageOf, messagesFor, supportedLanguages } from '../../../src/core/i18n/catalog.ts';
import { leafPaths, renderEntries, reviewLocales } from '../../../src/core/i18n/review.ts';
import { messageSamples } from '../../../src/core/i18n/samples.ts';
import { localiseNote, localiseReason } from '../../../src/core/i18n/localise.ts';
import { because, reasonText, type Because } from '../../../src/core/i18n/reason.ts';
import { loadConfig } from '../../../src/core/config/load.ts';
import { coverageGap } from '../../../src/core/metrics/coverage.ts';
import { builtinKpis } from '../../../src/core/metrics/registry.ts';
import { monthPeriod } from '../../../src/core/periods/period.ts';
import { buildReportModels } from '../../../src/core/report/build.ts';
import { buildChecklist } from '../../../src/core/report/checklist.ts';
import type { ReportModel } from '../../../src/core/report/model.ts';
import type { CadenceConfig } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { createFormat } from '../../../src/core/story/format.ts';
import { periodLabel } from '../../../src/core/story/period-label.ts';

/** Every key path of a catalog ("findings.anomaly", "kpis.listening.reach.label"). */
const keys = (o: unknown) => leafPaths(o).map((p) => p.join('\u0000'));

/** Messages that may read the same as the English (names, numbers, loan words, a join of parameters). */
const sameInBoth = new Set([
  'charts.marks.campaign', 'units.hours', 'period.range', 'report.pageTitle', 'report.heading', 'goals.change', 'goals.withReason', 'checklist.person',
  'site.kpiPage.title', 'charts.shareOfVoice.caption', 'tone.timesOf', 'story.months.item', 'story.voices.meta', 'pdf.pageOf', 'language',
]);
const words = (s: string) => s.trim().split(/\s+/).length;
const clean = (s: unknown, where = String(s)) => {
  expect(typeof s, where).toBe('string');
  expect((s as string).trim().length, where).toBeGreaterThan(0);
  expect(s, where).not.toMatch(/undefined|NaN|\bnull\b|\[object|\{|\}|\$\{/);
};

/** English words no sentence of another language contains (its loan words, like "share of voice" or "lead", aside). */
// Word boundaries of any script (\b only knows ASCII letters: it splits the Romanian "Toți" before "ț").
const englishWords = /(?<!\p{L})(the|and|of|on|to|by|from|rose|fell|times|typical|was|were|against|fold|none|with|this|period|mentions)(?!\p{L})/iu;
const loanWords = /share of voice|social media/gi;

/** Keys whose values choose a form (an enum), not data a sentence quotes. */
const enumKeys = new Set(['kind', 'form', 'lifecycle', 'metric', 'weekday', 'step', 'mark', 'trend', 'level', 'dimension', 'cadence', 'noun', 'sourceType', 'series']);

/** The string values among a message's arguments: data (names, themes, reasons) the sentence quotes. */
function argStrings(args: unknown, key = ''): string[] {
  if (enumKeys.has(key)) return [];
  if (typeof args === 'string') return [args];
  if (Array.isArray(args)) return args.flatMap((a) => argStrings(a));
  if (args && typeof args === 'object') return Object.entries(args).flatMap(([k, v]) => argStrings(v, k));
  return [];
}

const others = supportedLanguages.filter((l) => l !== 'en');

describe('catalogs', () => {
  test('every catalog is complete: the keys of English, every built-in KPI with its label, definition and reason', () => {
    expect(Object.keys(en.kpis).sort()).toEqual(builtinKpis.map((k) => k.id).sort());
    expect(builtinKpis.length).toBe(49);
    for (const lang of others) {
      const t = catalogOf(lang)!;
      expect(t.language, lang).toBe(lang);
      expect(keys(t).sort(), lang).toEqual(keys(en).sort());
      for (const k of builtinKpis) {
        const text = t.kpis[k.id];
        expect(text, `${lang} ${k.id}`).toBeDefined();
        expect(text!.label.trim().length, `${lang} ${k.id}`).toBeGreaterThan(0);
        expect(text!.definition.trim().length, `${lang} ${k.id}`).toBeGreaterThan(40);
        expect(text!.definition, `${lang} ${k.id}`).not.toBe(k.definition);
        // A reason exactly where the KPI has an English one.
        expect(Boolean(text!.whenEmpty), `${lang} ${k.id}`).toBe(Boolean(k.whenEmpty));
        if (k.whenEmpty) expect(text!.whenEmpty, `${lang} ${k.id}`).not.toBe(k.whenEmpty);
      }
    }
    for (const lang of others) {
      // A loan word may stay as the label ("Share of voice"), a few at most.
      const same = builtinKpis.filter((k) => catalogOf(lang)!.kpis[k.id]!.label === k.label).map((k) => k.id);
      expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThanOrEqual(6);
    }
    for (const k of builtinKpis) {
      // English reports read what the KPI definitions say (the README is generated from them).
      expect(en.kpis[k.id]).toEqual({ label: k.label, definition: k.definition, ...(k.whenEmpty ? { whenEmpty: k.whenEmpty } : {}) });
    }
  });

  test('every message function has sample values (src/core/i18n/samples.ts)', () => {
    expect(() => renderEntries(en, createFormat('en-GB', 'EUR'), createFormat('en-GB', 'EUR'), { all: true })).not.toThrow();
  });

  for (const lang of others) {
    test(`every ${lang} message gives a whole text for every sample, formatted in its locale, and not the English one`, () => {
      const f = createFormat(reviewLocales[lang]!, 'EUR');
      expect(f.t).toBe(catalogOf(lang));
      const own = renderEntries(f.t, f, f, { all: true });
      const english = renderEntries(en, f, f, { all: true });
      const samples = messageSamples(f);
      expect(own.length).toBeGreaterThan(600);
      // Every problem at once (a translator fixes them in one pass): "path #sample: problem: text".
      const problems: string[] = [];
      for (const [i, entry] of own.entries()) {
        const args = samples[entry.path] ?? [];
        for (const [k, [, text]] of entry.texts.entries()) {
          const where = `${entry.path} #${k}`;
          if (typeof text !== 'string' || !text.trim()) problems.push(`${where}: empty`);
          else if (/undefined|NaN|\bnull\b|\[object|\{|\}|\$\{/.test(text)) problems.push(`${where}: a value did not render: ${text}`);
          else if (/ {2,}| [,.;:](?!\d)/.test(text)) problems.push(`${where}: spacing: ${text}`);
          const enText = english[i]!.texts[k]![1];
          if (entry.path.endsWith('.label') && entry.path.startsWith('kpis.')) continue;
          if (!sameInBoth.has(entry.path) && words(enText) >= 4 && text === enText) problems.push(`${where}: the English sentence: ${text}`);
          // No English word left, once the data the sentence quotes is taken out.
          let rest = text.replace(loanWords, '');
          for (const s of argStrings(args[k]).sort((a, b) => b.length - a.length)) if (s.length > 1) rest = rest.replaceAll(s, '');
          const word = englishWords.exec(rest);
          if (word && entry.path !== 'language' && text !== enText) problems.push(`${where}: English word "${word[0]}": ${text}`);
        }
      }
      expect(problems, `${problems.length} problems`).toEqual([]);
    });
  }

  test('a locale picks its language by the language subtag', () => {
    expect(supportedLanguages).toEqual(['en', 'it', 'ko', 'ro', 'el', 'hu']);
    expect(messagesFor('ko-KR').language).toBe('ko');
    expect(messagesFor('hu-HU').language).toBe('hu');
    expect(messagesFor('el').language).toBe('el');
    expect(messagesFor('ro-MD').language).toBe('ro');
    expect(messagesFor('it-IT')).toBe(it);
    expect(messagesFor('it-CH')).toBe(it);
    expect(messagesFor('IT')).toBe(it);
    expect(messagesFor('en-GB')).toBe(en);
    expect(messagesFor('de-DE')).toBe(en);
    expect(messagesFor('')).toBe(en);
    expect(languageOf('it_IT')).toBe('it');
    expect(createFormat('it-IT', 'EUR').t).toBe(it);
    expect(createFormat('en-GB', 'EUR').t).toBe(en);
  });

  test('plural forms follow the count', () => {
    expect(en.site.home.reportCount({ n: 1, count: '1' })).toMatch(/^1 report in all/);
    expect(en.site.home.reportCount({ n: 2, count: '2' })).toMatch(/^2 reports in all/);
    expect(en.checklist.activations({ n: 1, count: '1', day: 'd', observed: '1', expected: '1', source: null })).toMatch(/^1 spike;/);
    expect(it.checklist.activations({ n: 1, count: '1', day: 'd', observed: '1', expected: '1', source: null })).toMatch(/^1 picco;/);
    expect(it.checklist.activations({ n: 2, count: '2', day: 'd', observed: '1', expected: '1', source: null })).toMatch(/^2 picchi;/);
  });

  test('the trailing-days sentences agree with their counts and weekdays, and elide in Italian', () => {
    const d = { typical: '6', mark: null } as const;
    // English: one/other forms of the week total and its typical days.
    expect(en.charts.trailingDays.period({ period: 'week 27 of 2026', n: 1, mentions: '1', typical: '6', days: 1 })).toBe('In week 27 of 2026 the brand had 1 mention, against 6 in 1 typical day.');
    expect(en.charts.trailingDays.period({ period: 'week 38 of 2026', n: 2, mentions: '2', typical: '6', days: 7 })).toBe('In week 38 of 2026 the brand had 2 mentions, against 6 in a typical week.');
    const one = { days: [{ day: '8 Aug', mentions: '300' }], more: 0 };
    const six = { days: ['1', '2', '3', '4'].map((x) => ({ day: `${x} Sept`, mentions: '9' })), more: 2 };
    expect(en.charts.trailingDays.window({ own: true, lastDay: 'x', spikes: one, drops: six })).toBe(
      'Earlier in the 28 days: a spike on 8 Aug (300); drops on 1 Sept (9), 2 Sept (9), 3 Sept (9), 4 Sept (9) and 2 more.',
    );
    // Italian: "l'1", "l'8", "dell'"/"della" before the day and the weekday; Sunday is feminine.
    expect(it.charts.trailingDays.day({ day: '1 settembre 2026', weekday: 'Sun', n: 3, mentions: '3', ...d })).toBe(
      "L'1 settembre 2026 il brand ha avuto 3 menzioni, nell'intervallo abituale della domenica (valore tipico 6).",
    );
    expect(it.charts.trailingDays.day({ day: '14 settembre 2026', weekday: 'Mon', n: 1, mentions: '1', typical: null, mark: null })).toBe(
      "Il 14 settembre 2026 il brand ha avuto 1 menzione; non c'è ancora un valore tipico per il lunedì.",
    );
    expect(it.charts.trailingDays.window({ own: false, lastDay: '8 settembre 2026', spikes: { days: [{ day: '8 ago', mentions: '300' }], more: 0 }, drops: null })).toBe(
      "Nei 28 giorni fino all'8 settembre 2026: un picco l'8 ago (300).",
    );
    expect(it.charts.trailingDays.window({ own: true, lastDay: 'x', spikes: null, drops: { days: [{ day: '1 set', mentions: '2' }, { day: '2 set', mentions: '3' }], more: 0 } })).toBe(
      'Nel resto dei 28 giorni: cali nei giorni 1 set (2) e 2 set (3).',
    );
    const five = { days: ['1', '2', '3', '4'].map((x) => ({ day: `${x} set`, mentions: '9' })), more: 1 };
    expect(it.charts.trailingDays.window({ own: true, lastDay: 'x', spikes: five, drops: null })).toBe('Nel resto dei 28 giorni: picchi nei giorni 1 set (9), 2 set (9), 3 set (9), 4 set (9) e un altro.');
  });

  test('Italian formats units, periods and changes', () => {
    const f = createFormat('it-IT', 'EUR');
    expect(f.value('days', 12.5)).toBe('12,5 giorni');
    expect(f.value('percent', 0.123)).toBe('12,3%');
    expect(f.points(0.015)).toBe('+1,5 p.p.');
    expect(f.change('percent', { absolute: 0.015, relative: 0.1, show: 'points', trend: 'up', good: true })).toBe('+1,5 p.p.');
    expect(periodLabel({ kind: 'week', id: '2026-W37' } as never, f)).toBe('settimana 37 del 2026');
    expect(periodLabel({ kind: 'quarter', id: '2026-Q3' } as never, f)).toBe('3º trimestre 2026');
    expect(periodLabel({ kind: 'month', id: '2026-09' } as never, f)).toBe('settembre 2026');
    // English is unchanged.
    const g = createFormat('en-GB', 'EUR');
    expect(g.value('days', 12.5)).toBe('12.5 days');
    expect(g.points(0.015)).toBe('+1.5 pp');
    expect(periodLabel({ kind: 'week', id: '2026-W37' } as never, g)).toBe('week 37 of 2026');
  });
});

describe('reasons and notes core writes', () => {
  const manifest = { entities: { care_cases: { rows: 10, firstDate: '2025-07-01', lastDate: '2026-08-31' } } } as never;
  const sept = { id: '2026-09', firstDay: '2026-09-01', lastDay: '2026-09-30' } as never;

  const asBecause = (v: unknown) => v as Because;

  test('coverage gaps read in Italian with the entity and the range, from the key and values they carry', () => {
    const notCovered = coverageGap(manifest, ['care_cases'], sept);
    const noData = coverageGap(manifest, ['orders'], sept);
    expect(notCovered).toEqual({ available: false, code: 'not_covered', reason: 'no care cases imported for 2026-09 (care cases cover 2025-07-01 to 2026-08-31)', why: { key: 'notCovered', entity: 'care_cases', period: '2026-09', from: '2025-07-01', to: '2026-08-31' } });
    expect(localiseReason(asBecause(notCovered), it)).toBe('nessun dato importato per 2026-09 (casi di assistenza: i dati coprono dal 2025-07-01 al 2026-08-31)');
    expect(localiseReason(asBecause(noData), it)).toBe('nessun dato importato (ordini)');
    // English is kept as written.
    expect(localiseReason(asBecause(noData), en)).toBe('no orders imported');
    // Every key of the catalog's reasons words the same in English through reason.ts as en.ts.
    expect(reasonText({ key: 'noOffersOrLeadsFor', period: '2026-09' })).toBe(en.reasons.noOffersOrLeadsFor({ period: '2026-09' }));
    expect(reasonText({ key: 'noOffersOrLeadsFor', period: '2026-09' }, it)).toBe('nessuna offerta né lead importati per 2026-09');
    for (const key of ['notComputed', 'noCompetitors', 'noCompetitorsVoice', 'noTrackedMentions', 'noVoice', 'noBase', 'noOffersOrLeads', 'noOfferNamed', 'peopleWithheld'] as const) {
      expect(reasonText({ key }), key).toBe(en.reasons[key]);
      expect(reasonText({ key }, it), key).toBe(it.reasons[key]);
    }
  });

  test('every KPI reason, and the benchmark reasons, have an Italian wording', () => {
    for (const k of builtinKpis) {
      if (k.whenEmpty) expect(reasonText({ key: 'whenEmpty', kpi: k.id, text: k.whenEmpty }, it), k.id).toBe(it.kpis[k.id]!.whenEmpty);
      const required = k.requires?.({ brand: { name: 'B' }, competitors: [], timezone: 'UTC', currency: 'EUR' } as never);
      if (required) expect(typeof required === 'string' ? required : reasonText(required, it), k.id).toBe(it.reasons.noCompetitors);
    }
    const nested = because({ key: 'noBaseValue', period: '2025-Q3', base: because({ key: 'noData', entity: 'orders' }) });
    expect(nested.reason).toBe('no value for 2025-Q3 to measure the change against (no orders imported)');
    expect(localiseReason(nested, it)).toBe('nessun valore per 2025-Q3 rispetto a cui misurare la variazione (nessun dato importato (ordini))');
    expect(localiseReason(because({ key: 'noTrackedMentionsIn', period: '2026-09' }), it)).toBe('nessuna menzione del brand o dei suoi concorrenti in 2026-09');
    // A project metric's own reason (no key) is kept, and so is its own "when empty" text.
    expect(localiseReason({ reason: 'the CRM export is late' }, it)).toBe('the CRM export is late');
    expect(reasonText({ key: 'whenEmpty', kpi: 'project.crm_calls', text: 'no calls logged' }, it)).toBe('no calls logged');
  });

  test('notes keep their numbers, formatted in Italian', () => {
    const f = createFormat('it-IT', 'EUR');
    expect(localiseNote('12.5% of the reach is estimated (reach kind estimated, unknown or not given)', it, f)).toBe('il 12,5% della copertura è stimato (tipo di copertura stimato, sconosciuto o non indicato)');
    // Italian groups thousands from five digits on (CLDR): 12.000, but 1200.
    expect(localiseNote("12000 of 15000 posts have no follower count of their own; the account's follower snapshot on the publishing day stands in for it", it, f)).toMatch(/^12\.000 post su 15\.000 non hanno/);
  });
});

describe('the demo September 2026 team model in Italian', () => {
  let reader: DataReader;
  let config: CadenceConfig;
  let italian: ReportModel;
  let english: ReportModel;
  const f = createFormat('it-IT', 'EUR');
  const englishWords = /(?<!\p{L})(the|compared with|against|of the|and|rose|fell|was|were)(?!\p{L})/u;
  /** The config's own goal names (the project's text, in whatever language it is written) left out. */
  const own = (s: string) => config.goals.reduce((x, g) => (g.label ? x.replaceAll(g.label, '«goal»') : x), s);

  beforeAll(async () => {
    const dir = inject('demoProjectDir');
    ({ config } = await loadConfig({ projectDir: dir }));
    reader = await openReader(join(dir, config.dataDir));
    const periods = [monthPeriod('2026-09', config.timezone)];
    [italian] = await buildReportModels({ reader, config: { ...config, locale: 'it-IT' }, periods, audiences: ['team'], asOf: '2026-10-01' });
    [english] = await buildReportModels({ reader, config: { ...config, locale: 'en-GB' }, periods, audiences: ['team'], asOf: '2026-10-01' });
  }, 180_000);

  afterAll(async () => {
    await reader?.close();
  });

  test('findings are the same, told in Italian', () => {
    expect(italian.findings.map((x) => x.kind)).toEqual(english.findings.map((x) => x.kind));
    expect(italian.findings.length).toBeGreaterThan(0);
    for (const finding of italian.findings) {
      expect(own(finding.headline), finding.headline).not.toMatch(englishWords);
      clean(finding.headline);
    }
    // The planted recall of 14 September: the same event, told in Italian with an Italian date.
    const recall = italian.findings.find((x) => x.kind === 'event' && x.date === '2026-09-14')!;
    expect(recall.headline).toMatch(/14 settembre/);
    expect(recall.headline).toContain('news.example');
    for (const d of recall.details ?? []) expect(own(d), d).not.toMatch(englishWords);
    // Numbers use the Italian decimal comma somewhere (percentages, changes).
    expect(italian.findings.some((x) => /\d,\d/.test(x.headline))).toBe(true);
    expect(italian.findings.some((x) => /\d\.\d/.test(x.headline) && !/\d\.\d{3}\b/.test(x.headline))).toBe(false);
  });

  test('next steps and the checklist are Italian', () => {
    const steps = italian.story.nextSteps.map((x) => x.text);
    expect(steps.length).toBeGreaterThan(0);
    for (const s of [...steps, ...italian.story.notes]) {
      expect(own(s)).not.toMatch(englishWords);
      clean(s);
    }
    const checklist = buildChecklist(italian, f);
    expect(checklist.map((c) => c.question)).toEqual([it.checklist.competitiveQuestion, it.checklist.monthly.campaigns]);
    for (const item of checklist) {
      expect(own(item.answer), item.answer).not.toMatch(englishWords);
      clean(item.answer);
    }
    // "Alpenglow ha il 41,2% delle menzioni …": the share with a decimal comma.
    expect(checklist[0]!.answer).toMatch(/ ha il \d+,\d%/);
  });

  test('KPI labels, definitions and reasons come from the Italian table', () => {
    for (const k of italian.kpis) {
      if (k.custom) continue;
      expect(k.label).toBe(it.kpis[k.id]!.label);
      expect(k.definition).toBe(it.kpis[k.id]!.definition);
      if (k.reason) expect(k.reason, k.id).not.toMatch(englishWords);
    }
    const mentions = italian.kpis.find((k) => k.id === 'listening.mentions')!;
    expect(mentions.label).toBe('Menzioni del brand');
    // Same values as the English model: only the words change.
    expect(italian.kpis.map((k) => k.value)).toEqual(english.kpis.map((k) => k.value));
    // Campaign sentences are Italian too.
    for (const c of italian.campaigns) expect(c.why).not.toMatch(englishWords);
    // English stays as the KPI definitions say.
    expect(english.kpis.find((k) => k.id === 'listening.mentions')!.label).toBe('Brand mentions');
  });
});
