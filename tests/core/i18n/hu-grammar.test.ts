/**
 * The Hungarian grammar helpers (src/core/i18n/hu-grammar.ts) and a few real messages of the
 * Hungarian catalog: endings follow the number, percentage or date as read, a noun after a count
 * stays singular, the article is "az" before a vowel sound.
 */
import { describe, expect, it as test } from 'vitest';
import { a, dayEnding, lastNumberWord, multiple, onDay, periodWords, shareOf, suffix, vowelFirst } from '../../../src/core/i18n/hu-grammar.ts';
import { hu } from '../../../src/core/i18n/hu.ts';

const counts = [0, 1, 2, 5, 21];

describe('numbers take the endings of their last spoken word', () => {
  test('the last word of a number', () => {
    expect(['0', '1', '2', '5', '21', '10', '40', '100', '1000', '2026', '1000000'].map(lastNumberWord)).toEqual([
      'nulla', 'egy', 'kettő', 'öt', 'egy', 'tíz', 'negyven', 'száz', 'ezer', 'hat', 'millió',
    ]);
  });

  test('the counts 0, 1, 2, 5 and 21 with -val/-vel, -ra/-re, -ban/-ben, -t, -s', () => {
    expect(counts.map((n) => suffix(String(n), 'val'))).toEqual(['0-val', '1-gyel', '2-vel', '5-tel', '21-gyel']);
    expect(counts.map((n) => suffix(String(n), 'ra'))).toEqual(['0-ra', '1-re', '2-re', '5-re', '21-re']);
    expect(counts.map((n) => suffix(String(n), 'ban'))).toEqual(['0-ban', '1-ben', '2-ben', '5-ben', '21-ben']);
    expect(counts.map((n) => suffix(String(n), 't'))).toEqual(['0-t', '1-et', '2-t', '5-öt', '21-et']);
    expect(counts.map((n) => suffix(String(n), 'os'))).toEqual(['0-s', '1-es', '2-es', '5-ös', '21-es']);
    expect(counts.map((n) => suffix(String(n), 'bol'))).toEqual(['0-ból', '1-ből', '2-ből', '5-ből', '21-ből']);
  });

  test('assimilation of -val/-vel to the last consonant as read', () => {
    const w = (n: string) => suffix(n, 'val');
    expect(['3', '4', '6', '7', '8', '9', '10', '20', '30', '40', '50', '100', '1000'].map(w)).toEqual([
      '3-mal', '4-gyel', '6-tal', '7-tel', '8-cal', '9-cel', '10-zel', '20-szal', '30-cal', '40-nel', '50-nel', '100-zal', '1000-rel',
    ]);
    expect(suffix('1 000 000', 'val')).toBe('1 000 000-val');
  });

  test('hu-HU formatted numbers: spaced thousands, decimal comma, percentages, amounts, units', () => {
    expect(suffix('1\u00a0234\u00a0567', 'ra')).toBe('1\u00a0234\u00a0567-re');
    expect(suffix('12,5', 'val')).toBe('12,5-del');
    expect(suffix('40%', 'val')).toBe('40%-kal');
    expect(suffix('40%', 'ra')).toBe('40%-ra');
    expect(suffix('40%', 'ban')).toBe('40%-ban');
    expect(suffix('40%', 'os')).toBe('40%-os');
    expect(suffix('12,5%', 'val')).toBe('12,5%-kal');
    expect(suffix('48\u00a0153\u00a0EUR', 'ba')).toBe('48\u00a0153\u00a0EUR-ba');
    expect(suffix('12 Ft', 'val')).toBe('12 Ft-tal');
    expect(suffix('5 nap', 'val')).toBe('5 nappal');
    expect(suffix('12,5 óra', 'ra')).toBe('12,5 órára');
    expect(suffix('+1,5%-pont', 'val')).toBe('+1,5%-ponttal');
  });

  test('a percentage as a share of something', () => {
    expect(shareOf('71%')).toBe('71%-a');
    expect(shareOf('35,5%', 't')).toBe('35,5%-át');
  });

  test('multiples: adverb, adjective, "times the value", "to … times"', () => {
    expect([2, 3, 5, 10].map((n) => multiple(n, 'adv'))).toEqual(['kétszer', 'háromszor', 'ötször', 'tízszer']);
    expect(multiple(5, 'of')).toBe('ötszöröse');
    expect(multiple(3, 'to')).toBe('háromszorosára');
    expect(multiple(22, 'to')).toBe('22-szeresére');
    expect(multiple(20, 'to')).toBe('20-szorosára');
    expect(multiple(2.5, 'of')).toBe('2,5-szerese');
  });
});

describe('dates take the endings of their day, read as an ordinal', () => {
  test('"on" a day: 1-jén, 2-án, 3-án, … 31-én', () => {
    const days = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 20, 21, 22, 30, 31];
    expect(days.map((d) => `${d}-${dayEnding(d, 'on')}`)).toEqual([
      '1-jén', '2-án', '3-án', '4-én', '5-én', '6-án', '7-én', '8-án', '9-én', '10-én', '11-én', '12-én', '14-én', '20-án', '21-én', '22-én', '30-án', '31-én',
    ]);
  });

  test('dates from the hu-HU formatter', () => {
    expect(onDay('2026. szeptember 14.')).toBe('2026. szeptember 14-én');
    expect(onDay('szept. 1.')).toBe('szept. 1-jén');
    expect(suffix('2026. szeptember 14.', 'i')).toBe('2026. szeptember 14-i');
    expect(suffix('2026. szeptember 1.', 'i')).toBe('2026. szeptember 1-jei');
    expect(suffix('2026. szeptember 14.', 'ig')).toBe('2026. szeptember 14-ig');
    expect(suffix('2026. szeptember 14.', 'tol')).toBe('2026. szeptember 14-étől');
    expect(suffix('2026. szeptember 3.', 'tol')).toBe('2026. szeptember 3-ától');
  });

  test('months, weeks, quarters and years as a sentence places them', () => {
    expect(periodWords('2026. szeptember')).toMatchObject({ in: '2026. szeptemberben', to: '2026. szeptemberhez' });
    expect(periodWords('2026. augusztus')).toMatchObject({ in: '2026. augusztusban', to: '2026. augusztushoz' });
    expect(periodWords('2026. 37. hét')).toMatchObject({ in: 'a 2026. 37. héten', to: 'a 2026. 37. héthez' });
    expect(periodWords('2026. III. negyedév')).toMatchObject({ in: 'a 2026. III. negyedévben', to: 'a 2026. III. negyedévhez' });
    expect(periodWords('2025')).toMatchObject({ in: '2025-ben', to: '2025-höz' });
    expect(periodWords('2026. szeptember 13.')).toMatchObject({ in: '2026. szeptember 13-án', to: '2026. szeptember 13-ához' });
  });
});

describe('the article before a vowel sound', () => {
  test('numbers read with a vowel first take "az"', () => {
    expect(counts.map((n) => a(String(n)))).toEqual(['a 0', 'az 1', 'a 2', 'az 5', 'a 21']);
    expect(['50', '40%', '5%', '1\u00a0000', '12', '100'].map(a)).toEqual(['az 50', 'a 40%', 'az 5%', 'az 1\u00a0000', 'a 12', 'a 100']);
    expect(vowelFirst('„Autumn launch”')).toBe(true);
    expect(a('Summitra')).toBe('a Summitra');
    expect(a('III. negyedév')).toBe('a III. negyedév');
    expect(a('I. negyedév')).toBe('az I. negyedév');
  });
});

describe('real messages of the Hungarian catalog', () => {
  test('a noun after a count stays singular for 0, 1, 2, 5 and 21', () => {
    expect(counts.map((n) => hu.tone.few({ n, count: String(n), noun: 'cases' }))).toEqual(
      counts.map((n) => `${n} eset: túl kevés az összehasonlításhoz`),
    );
    expect(counts.map((n) => hu.site.home.reportCount({ n, count: String(n) }))).toEqual(
      counts.map((n) => `Összesen ${n} jelentés; mindegyik hivatkozik az előtte és utána következő időszakra.`),
    );
    expect(counts.map((n) => hu.story.details.days({ n, count: String(n), from: 'szeptember 8.', to: 'szeptember 11.' }))).toEqual(
      counts.map((n) => `${n} napon emelkedett ki, szeptember 8. és szeptember 11. között.`),
    );
  });

  test('articles and endings on counts inside sentences', () => {
    const notes = counts.map((n) => hu.notes.openDealsWithoutAmount({ missing: '1', open: String(n) }));
    expect(notes[1]).toBe('az 1 nyitott üzletből 1 nem tartalmaz összeget, ezért nem szerepel az értékben');
    expect(notes[4]).toBe('a 21 nyitott üzletből 1 nem tartalmaz összeget, ezért nem szerepel az értékben');
    expect(hu.story.nextSteps.sales.socialLeads({ count: '1' })).toContain('egyetlen leadet');
    expect(hu.story.nextSteps.sales.socialLeads({ count: '5' })).toContain('érkezett 5 leadet');
  });

  test('a negative event names the rise, the day and the weekday in Hungarian order', () => {
    expect(hu.story.negativeEvent({ rise: { form: 'fold', fold: 22 }, count: '412', weekday: 'Mon', day: 'szeptember 14.', source: null, cost: null, costFirst: false })).toBe(
      'A negatív említések száma szeptember 14-én, hétfőn a szokásos hétfői érték 22-szeresére nőtt.',
    );
    expect(hu.story.negativeEvent({ rise: { form: 'percent', percent: 40 }, count: '412', weekday: 'Sun', day: 'szeptember 2.', source: null, cost: null, costFirst: false })).toBe(
      'A negatív említések száma szeptember 2-án, vasárnap 40%-kal a szokásos vasárnapi érték fölé emelkedett.',
    );
  });

  test('a change against the previous period takes "-hoz képest" on its label', () => {
    expect(hu.story.kpiChange({ label: 'Elérés', up: true, value: '1\u00a0234\u00a0567', change: '+12,0%', previous: '2026. augusztus', note: null })).toBe(
      'Elérés: 1\u00a0234\u00a0567-re nőtt (+12,0% 2026. augusztushoz képest).',
    );
    expect(hu.site.versus({ previous: '2026. 37. hét' })).toBe('a 2026. 37. héthez képest');
    expect(hu.period.week({ week: '37', year: '2026' })).toBe('2026. 37. hét');
    expect(hu.period.quarter({ quarter: 'Q3', year: '2026' })).toBe('2026. III. negyedév');
  });

  test('the days of a trailing-days chart', () => {
    expect(hu.charts.trailingDays.day({ day: '2026. szeptember 14.', weekday: 'Mon', n: 412, mentions: '412', typical: '95', mark: 'spike', negative: { mentions: '1', share: '0,2%' } })).toBe(
      '2026. szeptember 14-én a márkaemlítések száma 412-re nőtt (szokásos hétfői érték: 95). Ebből 1 negatív volt (0,2%).',
    );
  });
});
