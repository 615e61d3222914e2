/**
 * The story layer's message catalogs (src/core/i18n/en-story.ts and it-story.ts): Italian has the
 * keys and the kinds (text or function) of English; every message, in both languages, gives a
 * whole text for realistic parameters (counts 0, 1, 2, 5 and 21, every rise form, every kind of
 * story source, with and without a cost, booleans both ways); the Italian sentence is not the
 * English one; and the Italian sentences agree with their counts, genders and the numbers and
 * dates their articles elide before. Pure functions only: no data, fast and deterministic.
 */
import { describe, expect, it as test } from 'vitest';
import * as en from '../../../src/core/i18n/en-story.ts';
import * as it from '../../../src/core/i18n/it-story.ts';
import type { CostText, StorySource } from '../../../src/core/i18n/en-story.ts';
import type { FractionWord, RiseForm } from '../../../src/core/story/readable.ts';
import { sampleNouns } from '../../../src/core/metrics/sample.ts';

type Tree = { [key: string]: unknown };
type Module = { tone: unknown; readable: unknown; story: unknown };
const english: Module = { tone: en.tone, readable: en.readable, story: en.story };
const italian: Module = { tone: it.tone, readable: it.readable, story: it.story };

/** Every leaf of a catalog with its path ("story.details.traced", "tone.labels.good"). */
function leaves(o: unknown, path: string[] = []): [string, unknown][] {
  if (typeof o !== 'object' || o === null) return [[path.join('.'), o]];
  return Object.entries(o as Tree).flatMap(([k, v]) => leaves(v, [...path, k]));
}
const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((x, k) => (x as Tree)?.[k], o);

/** Every combination of the values of each axis. */
function product<T extends Record<string, readonly unknown[]>>(axes: T): { [K in keyof T]: T[K][number] }[] {
  let out: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(axes)) out = out.flatMap((o) => values.map((v) => ({ ...o, [key]: v })));
  return out as { [K in keyof T]: T[K][number] }[];
}

const counts = [0, 1, 2, 5, 21];
const counted = counts.map((n) => ({ n, count: String(n) }));
const rises: RiseForm[] = [{ form: 'percent', percent: 40 }, { form: 'percent', percent: 8 }, { form: 'times', times: 2 }, { form: 'times', times: 2.5 }, { form: 'times', times: 5 }, { form: 'fold', fold: 22 }, { form: 'from_none' }];
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const series = ['mentions', 'negative_mentions', 'shares', 'hashtag_uses', 'new_followers'] as const;
const fractions: FractionWord[] = ['tenth', 'fifth', 'quarter', 'third', 'half', 'two_thirds', 'three_quarters', 'all'];
const bools = [true, false];

const sources: StorySource[] = [
  { kind: 'page', domain: 'news.example', title: 'Alpenglow richiama gli scarponi Summit 2', sourceType: 'news' },
  { kind: 'page', domain: 'news.example', title: null, sourceType: 'news' },
  ...['blog', 'forum', 'review', 'video', 'podcast', 'social', 'other', 'magazine'].map((sourceType): StorySource => ({ kind: 'page', domain: `${sourceType}.example`, title: null, sourceType })),
  { kind: 'page', domain: null, title: 'Richiamo degli scarponi', sourceType: 'forum' },
  { kind: 'page', domain: null, title: null, sourceType: null },
  { kind: 'hashtag', value: 'trailstories' },
  { kind: 'account', value: 'anna_trail' },
  { kind: 'account', value: null },
  { kind: 'domain', value: 'forum.example' },
  { kind: 'platform', value: 'reddit' },
  { kind: 'words', words: ['richiamo', 'rimborso'] },
  { kind: 'words', words: ['richiamo', 'rimborso', 'suole'] },
];
const maybeSources = [null, ...sources];
const costs: (CostText | null)[] = [
  null,
  { rate: '35,5%', refunds: '41', cases: '115', amount: '48.153 €', when: 'questo mese' },
  { rate: '8,2%', refunds: '1', cases: '12', amount: null, when: 'quel giorno' },
];
const previous = ['agosto 2026', 'settimana 37 del 2026', '2º trimestre 2026', '13 settembre 2026', '2025', '1 agosto 2026 – 31 agosto 2026'];

/** Argument lists to call each message function with. */
const samples: Record<string, unknown[][]> = {
  'tone.few': product({ c: counted, noun: sampleNouns }).map(({ c, noun }) => [{ ...c, noun }]),
  'tone.negativeOf': bools.map((mostly) => [{ negative: '155', volume: '214', mostly }]),
  'tone.negativeShare': bools.map((mostly) => [{ share: '72,4%', mostly }]),
  'tone.ofCount': product({ c: counted, noun: sampleNouns }).map(({ c, noun }) => [{ part: c.count, ...c, noun }]),
  'tone.versusTypical': product({ weekday: weekdays, times: ['5×', '2,5×', null] }).map((p) => [{ ...p, expected: '12' }]),
  'tone.timesOf': [1.04, 2.5, 5, 9.96, 22.4].map((times) => [{ times }]),
  'tone.noTypical': product({ weekday: weekdays, samples: counts }).map((p) => [{ ...p, needed: 4 }]),
  'readable.times': [1, 2, 2.5, 3, 5, 10, 12, 22].map((n) => [n]),
  'readable.fraction': fractions.map((w) => [w]),
  'readable.rise': rises.map((r) => [r, '412']),
  'readable.againstTypical': product({ r: rises, w: weekdays }).map(({ r, w }) => [r, w]),
  'story.negativeEvent': product({ rise: rises, weekday: ['Mon', 'Sun'], source: maybeSources, cost: costs, costFirst: bools }).map((p) => [{ ...p, count: '412', day: '14 settembre' }]),
  'story.campaignEvent': product({ metric: series, rise: rises, weekday: ['Tue', 'Sun'], firstDay: bools }).map((p) => [{ ...p, name: 'Lancio d’autunno', observed: '313', day: '1 settembre' }]),
  'story.spikeEvent': product({ metric: series, rise: rises, weekday: ['Mon', 'Sun'], source: maybeSources }).map((p) => [{ ...p, observed: '900', day: '8 settembre' }]),
  'story.dropEvent': product({ metric: series, weekday: weekdays }).map((p) => [{ ...p, observed: '4', expected: '95', day: '11 settembre' }]),
  'story.details.others': [
    [{ others: [{ metric: 'shares', observed: '900', expected: '200' }] }],
    [{ others: series.map((metric) => ({ metric, observed: '40', expected: '12' })) }],
  ],
  'story.details.traced': product({ source: sources, single: bools, share: ['71%', '8%', '100%'] }).map((p) => [p]),
  'story.details.words': [[{ words: ['richiamo'] }], [{ words: ['richiamo', 'rimborso', 'suole'] }]],
  'story.details.days': counted.map((c) => [{ ...c, from: '8 settembre', to: '11 settembre' }]),
  'story.details.care': product({ c: counted, expected: [null, '0', '1', '6'], amount: [null, '3.400 €'] }).map(({ c, expected, amount }) => [
    { theme: 'resi', cases: c.count === '0' ? '41' : c.count, expected, refunds: c.n, refundCount: c.count, amount },
  ]),
  'story.details.sla': (['triage', 'resolution'] as const).map((step) => [{ step, value: '71,0%', target: '90,0%' }]),
  'story.details.campaignClass': (['growing', 'steady', 'burst_and_fade'] as const).map((lifecycle) => [{ lifecycle, why: 'Picco nella settimana 2.' }]),
  'story.details.campaignDays': product({ c: counted, hashtag: [null, 'autunno'] }).map(({ c, hashtag }) => [{ ...c, hashtag }]),
  'story.details.shareOfVoice': [[{ share: '40,0%', previous: '31,0%' }]],
  'story.careCost': product({ amount: [null, '48.153 €'], previousRate: [null, '11,0%', '20,0%'], previous }).map((p) => [{ ...p, rate: '35,5%', refunds: '41', cases: '115' }]),
  'story.kpiChange': product({ up: bools, note: [null, 'in gran parte negative: 155 su 214'], previous }).map((p) => [{ ...p, label: 'Copertura', value: '1.234.567', change: '+12,0%' }]),
  'story.salesSummary': [
    ...product({
      pipeline: [null, '565.000 €'],
      pipelineChange: [null, { up: true, percent: '12,0%' }, { up: false, percent: '8,0%' }],
      won: [
        null,
        ...counted.map((c) => ({ ...c, average: '12.000 €', smaller: null, larger: null })),
        { n: 4, count: '4', average: '12.000 €', smaller: 'un terzo', larger: null },
        { n: 4, count: '4', average: '12.000 €', smaller: null, larger: 'la metà' },
      ],
      winRate: [null, { rate: '25,0%', closed: '16', previous: '30,0%' }, { rate: '100,0%', closed: '1', previous: null }],
    })
      // With no figure at all the summary is empty (no item): tested on its own below.
      .filter((p) => p.pipeline || p.won || p.winRate)
      .map((p) => [{ ...p, previous: 'agosto 2026' }]),
  ],
  'story.talkingPoint': product({ theme: [null, 'resi'], previousCases: [null, '6'], source: maybeSources, previous: ['agosto 2026', 'settimana 37 del 2026'] }).map((p) => [
    { ...p, cases: p.theme ? '17' : null },
  ]),
  'story.prospectsRising': previous.map((p) => [{ theme: 'resi', cases: '17', previousCases: '6', previous: p }]),
  'story.notes.noBaseline': product({ weekday: weekdays, samples: counts, needed: [1, 4] }).map((p) => [p]),
  'story.notes.noBaselinePeriod': product({ c: counted, needed: [1, 4] }).map(({ c, needed }) => [{ needed, days: c.n, count: c.count }]),
  'story.notes.baselineFrom': [[{ day: '8 settembre 2026' }], [{ day: '14 settembre 2026' }]],
  'story.notes.partialUntil': [[{ day: '24 febbraio 2026', time: '11:53' }], [{ day: '1 marzo 2026', time: '08:05' }]],
  'story.notes.partialFrom': [[{ day: '6 marzo 2026' }], [{ day: '11 marzo 2026' }]],
  'story.notes.partialTo': [[{ day: '24 febbraio 2026' }], [{ day: '8 febbraio 2026' }]],
  'story.notes.unmatched': [
    [{ unmatched: '120', listened: '1.450', share: '8,3%', all: false }],
    [{ unmatched: '1', listened: '40', share: '2,5%', all: false }],
    [{ unmatched: '9.093', listened: '9.093', share: '100,0%', all: true }],
  ],
  'story.notes.sentimentApart': product({ reputationUp: bools, ratioBefore: ['1,9', '2,1'] }).map((p) => [
    { ...p, reputation: p.reputationUp ? '+5,0 p.p.' : '−5,0 p.p.', net: p.reputationUp ? '−3,0 p.p.' : '+3,0 p.p.', neutralNow: '20,0%', neutralBefore: '30,0%', previous: 'agosto 2026', ratioNow: '2,1' },
  ]),
  'story.months.item': [[{ month: 'settembre 2026', text: 'Le menzioni negative sono raddoppiate.' }]],
  'story.voices.meta': product({ author: [null, 'anna_trail', '@anna_trail'], reach: [null, '12.000'] }).map((p) => [{ ...p, platform: 'x', day: '14 set' }]),
  'story.nextSteps.team.negative': product({ source: maybeSources, today: bools }).map((p) => [{ ...p, day: '11 settembre 2026' }]),
  'story.nextSteps.team.careSurge': [[{ theme: 'resi' }]],
  'story.nextSteps.team.campaign': [[{ name: 'Lancio d’autunno' }]],
  'story.nextSteps.team.spike': maybeSources.map((source) => [{ day: '8 settembre 2026', source }]),
  'story.nextSteps.team.drop': [[{ day: '14 settembre 2026' }], [{ day: '1 settembre 2026' }]],
  'story.nextSteps.team.goal': [[{ label: 'Lead dai social +10%' }]],
  'story.nextSteps.team.kpiWorse': [[{ label: 'Copertura' }]],
  'story.nextSteps.team.competitor': [[{ competitor: 'Nordwand' }]],
  'story.nextSteps.team.campaignFading': [[{ name: 'Lancio d’autunno' }]],
  'story.nextSteps.team.campaignGrowing': [[{ name: 'Serie sentieri' }]],
  'story.nextSteps.sales.talkingPoint': [[{ theme: null }], [{ theme: 'resi' }]],
  'story.nextSteps.sales.socialLeads': counted.map((c) => [{ count: c.count }]).concat([[{ count: '8' }], [{ count: '11' }], [{ count: '1.200' }]]),
  'story.nextSteps.sales.prospects': [[{ theme: 'resi' }]],
  'story.nextSteps.sales.goal': [[{ label: 'Lead dai social +10%' }]],
  'story.nextSteps.leadership.negative': product({ theme: [null, 'resi'], amount: [null, '3.400 €'] }).map((p) => [p]),
  'story.nextSteps.leadership.goalMissed': [[{ label: 'Lead dai social +10%' }]],
  'story.nextSteps.leadership.goalOffTrack': [[{ label: 'Lead dai social +10%' }]],
  'story.nextSteps.leadership.competitor': [[{ competitor: 'Nordwand' }]],
  'story.employee.guidance': maybeSources.map((source) => [{ source }]),
  'story.employee.campaign': [[{ name: 'Lancio d’autunno' }]],
  'story.employee.goalMet': [[{ label: 'Lead dai social +10%' }]],
  'story.employee.growing': [[{ name: 'Serie sentieri' }]],
};

/**
 * Messages whose Italian may equal the English for some parameters: a label with a number
 * ("12×"), a list item that only joins its parameters, a quote's meta line of names and dates.
 */
const mayBeSame = new Set(['tone.timesOf', 'story.months.item', 'story.voices.meta']);

const clean = (s: unknown, where: string) => {
  expect(typeof s, where).toBe('string');
  expect((s as string).trim().length, where).toBeGreaterThan(0);
  expect(s, where).not.toMatch(/undefined|NaN|null|\[object|\{|\}/);
  expect(s, where).not.toMatch(/\s{2,}|\s[,.;:]/);
};

/** English words an Italian sentence must not contain (loan words of it.ts, like "share of voice", aside). */
const englishWords = /\b(the|and|of|on|to|by|from|rose|fell|times|typical|was|were|against|fold|none)\b/i;
const italianText = (s: string) => s.replace(/share of voice/gi, '');

const call = (m: Module, path: string, args: unknown[]) => (at(m, path) as (...a: unknown[]) => unknown)(...args);

describe('the story catalogs', () => {
  test('Italian has exactly the keys of English, with a function where English has one', () => {
    const enLeaves = leaves(english);
    const itLeaves = leaves(italian);
    expect(itLeaves.map(([p]) => p).sort()).toEqual(enLeaves.map(([p]) => p).sort());
    for (const [path, value] of enLeaves) expect(typeof at(italian, path), path).toBe(typeof value);
  });

  test('every message function has sample parameters', () => {
    const fns = leaves(english)
      .filter(([, v]) => typeof v === 'function')
      .map(([p]) => p);
    expect(fns.filter((p) => !samples[p])).toEqual([]);
    expect(Object.keys(samples).filter((p) => !fns.includes(p))).toEqual([]);
  });

  test('every message gives a whole text in both languages, and the Italian is not the English', () => {
    for (const [path, value] of leaves(english)) {
      const variants = typeof value === 'function' ? samples[path]! : [null];
      for (const args of variants) {
        const where = `${path} ${JSON.stringify(args)}`;
        const enText = args ? call(english, path, args) : value;
        const itText = args ? call(italian, path, args) : at(italian, path);
        clean(enText, `en ${where}`);
        clean(itText, `it ${where}`);
        expect(italianText(itText as string), `it ${where}`).not.toMatch(englishWords);
        if (!mayBeSame.has(path)) expect(itText, where).not.toBe(enText);
      }
    }
  });

  test('the messages that may read the same differ where they carry words', () => {
    expect(it.tone.timesOf({ times: 2.5 })).toBe('2,5×');
    expect(en.tone.timesOf({ times: 2.5 })).toBe('2.5×');
    expect(it.story.voices.meta({ platform: 'x', day: '14 set', reach: '12.000', author: 'anna' })).toBe('@anna · x · 14 set · 12.000 di copertura');
    expect(it.story.months.item({ month: 'settembre 2026', text: 'Nulla.' })).toBe('Settembre 2026: Nulla.');
  });

  test('the domain of a page stands verbatim in every sentence that names it (the renderer links it)', () => {
    const page: StorySource = { kind: 'page', domain: 'news.example', title: 'Alpenglow richiama gli scarponi', sourceType: 'news' };
    expect(it.sourcePhrase(page)).toBe('un articolo di news.example, “Alpenglow richiama gli scarponi”');
    const sentences = [
      it.story.negativeEvent({ rise: { form: 'fold', fold: 22 }, count: '412', weekday: 'Mon', day: '14 settembre', source: page, cost: null, costFirst: false }),
      it.story.negativeEvent({ rise: { form: 'fold', fold: 22 }, count: '412', weekday: 'Mon', day: '14 settembre', source: page, cost: null, costFirst: true }),
      it.story.spikeEvent({ metric: 'shares', observed: '900', rise: { form: 'times', times: 5 }, weekday: 'Mon', day: '14 settembre', source: page }),
      it.story.details.traced({ share: '71%', source: { ...page, title: null }, single: true }),
      it.story.talkingPoint({ theme: 'resi', cases: '17', previousCases: '6', previous: 'agosto 2026', source: page }),
      it.story.nextSteps.team.negative({ day: '14 settembre 2026', source: page, today: false }),
      it.story.employee.guidance({ source: page }),
    ];
    for (const s of sentences) expect(s).toContain('news.example');
  });
});

describe('Italian story sentences', () => {
  const monday = { count: '412', weekday: 'Mon' as const, day: '14 settembre' };

  test('a negative event leads with the rise, in the words a reader repeats', () => {
    const page: StorySource = { kind: 'page', domain: 'news.example', title: 'Alpenglow richiama gli scarponi', sourceType: 'news' };
    const cost: CostText = { rate: '8,2%', refunds: '41', cases: '115', amount: '48.153 €', when: 'questo mese' };
    expect(it.story.negativeEvent({ ...monday, rise: { form: 'fold', fold: 22 }, source: page, cost, costFirst: false })).toBe(
      'Le menzioni negative sono salite di 22 volte lunedì 14 settembre, rispetto a un lunedì tipico, dopo un articolo di news.example, “Alpenglow richiama gli scarponi”; questo mese i rimborsi sono arrivati all\'8,2% dei casi di assistenza, per 48.153 €.',
    );
    expect(it.story.negativeEvent({ ...monday, rise: { form: 'times', times: 2 }, source: null, cost: null, costFirst: false })).toBe('Le menzioni negative sono raddoppiate lunedì 14 settembre, rispetto a un lunedì tipico.');
    expect(it.story.negativeEvent({ ...monday, rise: { form: 'percent', percent: 8 }, source: null, cost: null, costFirst: false })).toBe("Le menzioni negative sono salite dell'8% lunedì 14 settembre, rispetto a un lunedì tipico.");
    expect(it.story.negativeEvent({ ...monday, rise: { form: 'from_none' }, source: null, cost: null, costFirst: false })).toBe('Le menzioni negative sono salite da zero a 412 lunedì 14 settembre, rispetto a un lunedì tipico.');
    // Leadership: the cause first, its verb agreeing with it.
    expect(it.story.negativeEvent({ ...monday, rise: { form: 'times', times: 5 }, source: page, cost: null, costFirst: true })).toBe(
      'Un articolo di news.example, “Alpenglow richiama gli scarponi”, ha fatto salire le menzioni negative di cinque volte lunedì 14 settembre, rispetto a un lunedì tipico.',
    );
    expect(it.story.negativeEvent({ ...monday, rise: { form: 'times', times: 3 }, source: { kind: 'platform', value: 'reddit' }, cost: null, costFirst: true })).toBe(
      'I post su reddit hanno fatto triplicare le menzioni negative lunedì 14 settembre, rispetto a un lunedì tipico.',
    );
  });

  test('rises against the typical weekday: multiples, folds, percentages, and Sunday is feminine', () => {
    expect(it.readable.againstTypical({ form: 'times', times: 2 }, 'Tue')).toBe('il doppio del valore tipico del martedì');
    expect(it.readable.againstTypical({ form: 'times', times: 5 }, 'Tue')).toBe('cinque volte il valore tipico del martedì');
    expect(it.readable.againstTypical({ form: 'fold', fold: 22 }, 'Sun')).toBe('22 volte il valore tipico della domenica');
    expect(it.readable.againstTypical({ form: 'percent', percent: 8 }, 'Sun')).toBe("l'8% in più del valore tipico della domenica");
    expect(it.readable.againstTypical({ form: 'from_none' }, 'Sun')).toBe('mentre di solito la domenica è a zero');
    expect(it.readable.times(1)).toBe('una volta');
    expect(it.readable.times(2.5)).toBe('2,5 volte');
    expect(it.readable.fraction('half')).toBe('la metà');
    expect(it.story.campaignEvent({ name: 'Lancio d’autunno', metric: 'mentions', observed: '313', rise: { form: 'times', times: 5 }, weekday: 'Tue', day: '1 settembre', firstDay: true })).toBe(
      "“Lancio d’autunno” ha portato 313 menzioni del brand nel suo primo giorno, l'1 settembre, cinque volte il valore tipico del martedì.",
    );
    expect(it.story.spikeEvent({ metric: 'new_followers', observed: '900', rise: { form: 'fold', fold: 12 }, weekday: 'Sun', day: '13 settembre', source: { kind: 'account', value: 'anna' } })).toBe(
      'I nuovi follower sono saliti a 900 domenica 13 settembre, 12 volte il valore tipico della domenica, soprattutto grazie ai post di @anna.',
    );
  });

  test('counts pick singular or plural, and nouns their gender', () => {
    expect(it.tone.few({ n: 1, count: '1', noun: 'deals' })).toBe('1 trattativa: non basta per un confronto');
    expect(it.tone.few({ n: 21, count: '21', noun: 'deals' })).toBe('21 trattative: troppo poche per un confronto');
    expect(it.tone.few({ n: 5, count: '5', noun: 'cases' })).toBe('5 casi: troppo pochi per un confronto');
    expect(it.tone.ofCount({ part: '15', n: 15, count: '15', noun: 'cases' })).toBe('15 su 15 casi');
    expect(it.tone.noTypical({ weekday: 'Sun', samples: 1, needed: 4 })).toBe('ancora nessuna domenica tipica (1 su 4)');
    expect(it.story.details.days({ n: 2, count: '2', from: '8 settembre', to: '11 settembre' })).toBe("Ha spiccato in 2 giorni, dall'8 settembre all'11 settembre.");
    expect(it.story.details.campaignDays({ n: 1, count: '1', hashtag: null })).toBe('La campagna ha animato la conversazione in 1 giorno di questo periodo.');
    expect(it.story.notes.noBaseline({ weekday: 'Sun', samples: 0, needed: 4 })).toBe(
      'Ancora nessun giorno tipico: per una domenica tipica servono i dati di 4 domeniche, e questi dati non ne contengono nessuna.',
    );
    expect(it.story.notes.noBaselinePeriod({ needed: 1, days: 1, count: '1' })).toBe(
      'Ancora nessun giorno tipico: per trovare picchi e cali servono 1 settimana di dati per ogni giorno della settimana, e questi dati coprono 1 giorno.',
    );
    expect(it.story.nextSteps.sales.socialLeads({ count: '1' })).toBe("Ricontattate l'unico lead arrivato dai social finché è caldo.");
    expect(it.story.nextSteps.sales.socialLeads({ count: '80' })).toBe('Ricontattate gli 80 lead arrivati dai social finché sono caldi.');
    expect(it.story.details.care({ theme: 'resi', cases: '41', expected: '6', refunds: 1, refundCount: '1', amount: null })).toBe(
      "Quella settimana l'assistenza ha ricevuto 41 casi sul tema “resi” (di solito circa 6); 1 si è chiuso con un rimborso.",
    );
  });

  test('a source agrees with the preposition and the pronoun that follow it', () => {
    const words: StorySource = { kind: 'words', words: ['richiamo', 'rimborso'] };
    expect(it.story.details.traced({ share: '80%', source: words, single: true })).toBe("L'80% dell'aumento risale alle conversazioni su “richiamo” e “rimborso” e agli account che le hanno rilanciate.");
    expect(it.story.details.traced({ share: '71%', source: { kind: 'page', domain: 'forum.example', title: null, sourceType: 'forum' }, single: true })).toBe(
      "Il 71% dell'aumento risale a una discussione sul forum forum.example e agli account che l'hanno rilanciata.",
    );
    expect(it.story.details.traced({ share: '71%', source: { kind: 'account', value: null }, single: false })).toBe("La parte maggiore dell'aumento (71%) è arrivata dai post di un solo account.");
    expect(it.story.talkingPoint({ theme: null, cases: null, previousCases: null, previous: 'agosto 2026', source: null })).toBe(
      "I clienti potrebbero chiedervi della notizia: preparatevi alla domanda e indirizzateli alla dichiarazione dell'azienda.",
    );
  });

  test('the previous period takes the preposition its label needs, and numbers and dates elide', () => {
    const change = { label: 'Copertura', up: true, value: '1.234', change: '+12,0%', note: null };
    expect(it.story.kpiChange({ ...change, previous: 'agosto 2026' })).toBe('Copertura in aumento a 1.234: +12,0% rispetto ad agosto 2026.');
    expect(it.story.kpiChange({ ...change, previous: 'settembre 2026' })).toBe('Copertura in aumento a 1.234: +12,0% rispetto a settembre 2026.');
    expect(it.story.kpiChange({ ...change, previous: 'settimana 37 del 2026' })).toBe('Copertura in aumento a 1.234: +12,0% rispetto alla settimana 37 del 2026.');
    expect(it.story.kpiChange({ ...change, previous: '1º trimestre 2026' })).toBe('Copertura in aumento a 1.234: +12,0% rispetto al 1º trimestre 2026.');
    expect(it.story.kpiChange({ ...change, previous: '8 settembre 2026' })).toBe("Copertura in aumento a 1.234: +12,0% rispetto all'8 settembre 2026.");
    expect(it.story.careCost({ rate: '8,5%', refunds: '41', cases: '115', amount: null, previousRate: '11,0%', previous: 'settimana 37 del 2026' })).toBe(
      "I rimborsi sono arrivati all'8,5% dei casi di assistenza (41 su 115), contro l'11,0% nella settimana 37 del 2026.",
    );
    expect(it.story.nextSteps.team.spike({ day: '11 settembre 2026', source: null })).toBe("Ringraziate e amplificate gli account dietro l'aumento dell'11 settembre 2026.");
    expect(it.story.notes.partialFrom({ day: '1 settembre 2026' })).toBe("I dati iniziano l'1 settembre 2026: il periodo è contato da quel giorno e non è confrontato come se fosse completo.");
    expect(
      it.story.salesSummary({
        pipeline: '565.000 €',
        pipelineChange: { up: false, percent: '8,0%' },
        won: { n: 4, count: '4', average: '12.000 €', smaller: it.readable.fraction('half'), larger: null },
        winRate: { rate: '25,0%', closed: '1', previous: '30,0%' },
        previous: 'agosto 2026',
      }),
    ).toBe(
      "La pipeline vale 565.000 €, in calo dell'8,0% rispetto ad agosto 2026; le 4 trattative vinte valgono in media 12.000 €, in calo della metà; il tasso di successo è del 25,0% su 1 trattativa chiusa (il 30,0% ad agosto 2026).",
    );
    expect(it.story.salesSummary({ pipeline: null, pipelineChange: null, won: null, winRate: null, previous: 'agosto 2026' })).toBe('');
  });
});
