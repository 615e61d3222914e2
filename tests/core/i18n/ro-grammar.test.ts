/**
 * Romanian grammar helpers (src/core/i18n/ro-grammar.ts) and a few real messages of the Romanian
 * catalog (ro.ts, ro-story.ts): a count and its noun (1 takes the singular, 0 and 2–19 the plural,
 * 20 and above "de" unless the last two digits are 01–19), counts read back from ro-RO text
 * ("1.020", "2,5"), periods placed with their preposition, lists joined with "și", „…” quotes.
 * Pure functions only.
 */
import { describe, expect, it as test } from 'vitest';
import { andList, cap, countNoun, countText, isOne, low, numberBefore, orList, parseCount, periodIn, periodOf, pluralForm, q } from '../../../src/core/i18n/ro-grammar.ts';
import { reasonText } from '../../../src/core/i18n/reason.ts';
import { ro } from '../../../src/core/i18n/ro.ts';
import { sourcePhrase, story, tone, readable } from '../../../src/core/i18n/ro-story.ts';
import { createFormat } from '../../../src/core/story/format.ts';
import { periodIdLabel, periodLabel } from '../../../src/core/story/period-label.ts';

const mention = { one: 'mențiune', few: 'mențiuni' };
const client = { one: 'client', few: 'clienți' };

describe('Romanian counts', () => {
  test('the plural form of a number: one, few (plural directly), other (plural with "de")', () => {
    expect([0, 1, 2, 5, 19, 20, 21, 100, 101, 119, 120, 1020, 1.5].map(pluralForm)).toEqual([
      'few', 'one', 'few', 'few', 'few', 'other', 'other', 'other', 'few', 'few', 'other', 'other', 'few',
    ]);
  });

  test('a count and its noun with 0, 1, 2, 5 and 21', () => {
    expect(countNoun(0, '0', mention)).toBe('0 mențiuni');
    expect(countNoun(1, '1', mention)).toBe('1 mențiune');
    expect(countNoun(2, '2', mention)).toBe('2 mențiuni');
    expect(countNoun(5, '5', mention)).toBe('5 mențiuni');
    expect(countNoun(21, '21', mention)).toBe('21 de mențiuni');
  });

  test('"de" after 20 and above, except when the last two digits are 01–19', () => {
    expect(countNoun(100, '100', client)).toBe('100 de clienți');
    expect(countNoun(101, '101', client)).toBe('101 clienți');
    expect(countNoun(119, '119', client)).toBe('119 clienți');
    expect(countNoun(120, '120', client)).toBe('120 de clienți');
    expect(countNoun(1020, '1.020', client)).toBe('1.020 de clienți');
    expect(countNoun(2.5, '2,5', { one: 'zi', few: 'zile' })).toBe('2,5 zile');
  });

  test('counts are read back from ro-RO text', () => {
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount('1.234.567')).toBe(1234567);
    expect(parseCount('2,5')).toBe(2.5);
    expect(parseCount('+12')).toBe(12);
    expect(parseCount('35,5\u00a0%')).toBe(35.5);
    expect(parseCount('none')).toBeNull();
    expect(countText('412', mention)).toBe('412 mențiuni');
    expect(countText('420', mention)).toBe('420 de mențiuni');
    expect(countText('313', mention)).toBe('313 mențiuni');
    expect(countText('1', mention)).toBe('1 mențiune');
    expect(countText('1.020', mention)).toBe('1.020 de mențiuni');
    expect(numberBefore('21')).toBe('21 de');
    expect(numberBefore('15')).toBe('15');
    expect(isOne('1')).toBe(true);
    expect(isOne('1,0')).toBe(false);
    expect(isOne('11')).toBe(false);
  });

  test('periods, lists, quotes and capitals', () => {
    expect(periodIn('august 2026')).toBe('în august 2026');
    expect(periodIn('săptămâna 37 din 2026')).toBe('în săptămâna 37 din 2026');
    expect(periodIn('trimestrul 2 din 2026')).toBe('în trimestrul 2 din 2026');
    expect(periodIn('13 septembrie 2026')).toBe('pe 13 septembrie 2026');
    expect(periodIn('2025')).toBe('în 2025');
    expect(periodIn('1 august 2026 – 31 august 2026')).toBe('în perioada 1 august 2026 – 31 august 2026');
    // Ids, as the CLI prints a reason.
    expect(periodIn('2026-09')).toBe('în 2026-09');
    expect(periodIn('2026-Q3')).toBe('în 2026-Q3');
    expect(periodIn('2026-09-14')).toBe('pe 2026-09-14');
    expect(periodOf('trimestrul 3 din 2026')).toBe('trimestrului 3 din 2026');
    expect(periodOf('săptămâna 37 din 2026')).toBe('săptămânii 37 din 2026');
    expect(periodOf('septembrie 2026')).toBe('lunii septembrie 2026');
    expect(periodOf('2025')).toBe('anului 2025');
    expect(periodOf('14 septembrie 2026')).toBe('zilei de 14 septembrie 2026');
    expect(periodOf('1 iulie 2026 – 30 septembrie 2026')).toBe('perioadei 1 iulie 2026 – 30 septembrie 2026');
    expect(periodOf('2026-Q3')).toBe('perioadei 2026-Q3');
    expect(andList(['a'])).toBe('a');
    expect(andList(['a', 'b', 'c'])).toBe('a, b și c');
    expect(orList(['a', 'b', 'c'])).toBe('a, b sau c');
    expect(q('Autumn launch')).toBe('„Autumn launch”');
    expect(cap('șapte')).toBe('Șapte');
    expect(low('Vânzări')).toBe('vânzări');
    expect(low('KPI')).toBe('KPI');
  });
});

describe('the Romanian catalog with counts', () => {
  test('report counts: 0, 1, 2, 5 and 21', () => {
    const counts = [0, 1, 2, 5, 21].map((n) => ro.site.home.reportCount({ n, count: String(n) }).split(' în total')[0]);
    expect(counts).toEqual(['0 rapoarte', '1 raport', '2 rapoarte', '5 rapoarte', '21 de rapoarte']);
  });

  test('spikes of the checklist', () => {
    const at = (n: number) => ro.checklist.activations({ n, count: String(n), day: '14 septembrie 2026', observed: '90', expected: '20', source: null });
    expect(at(1)).toMatch(/^1 vârf;/);
    expect(at(2)).toMatch(/^2 vârfuri;/);
    expect(at(21)).toMatch(/^21 de vârfuri;/);
  });

  test('the trailing-days sentence agrees with its count and weekday', () => {
    expect(ro.charts.trailingDays.day({ day: '14 septembrie 2026', weekday: 'Mon', n: 1, mentions: '1', typical: null, mark: null })).toBe(
      'Pe 14 septembrie 2026, brandul a avut 1 mențiune; încă nu există o valoare tipică pentru zilele de luni.',
    );
    expect(ro.charts.trailingDays.day({ day: '8 septembrie 2026', weekday: 'Tue', n: 41, mentions: '41', typical: '40', mark: null, negative: { mentions: '1', share: '2,4 %' } })).toBe(
      'Pe 8 septembrie 2026, brandul a avut 41 de mențiuni, în intervalul obișnuit pentru o zi de marți (valoare tipică: 40). Dintre acestea, 1 a fost negativă (2,4 %).',
    );
    expect(ro.charts.trailingDays.period({ period: 'săptămâna 27 din 2026', n: 1, mentions: '1', typical: '6', days: 1 })).toBe(
      'Săptămâna 27 din 2026: brandul a avut 1 mențiune, față de 6 într-o zi tipică.',
    );
  });

  test('days as a unit, and the sparkline of the last periods', () => {
    const f = createFormat('ro-RO', 'EUR');
    expect(f.value('days', 12.5)).toBe('12,5 zile');
    expect(f.value('days', 1)).toBe('1 zi');
    expect(f.value('days', 21)).toBe('21 de zile');
    expect(ro.site.sparkline({ label: 'Acoperire', n: 21, cadence: 'weekly', from: '1', to: '2' })).toBe('Acoperire, ultimele 21 de săptămâni: de la 1 la 2');
    expect(ro.site.sparkline({ label: 'Acoperire', n: 5, cadence: 'annual', from: '1', to: '2' })).toBe('Acoperire, ultimii 5 ani: de la 1 la 2');
    expect(ro.site.sparkline({ label: 'Acoperire', n: 1, cadence: 'quarterly', from: '1', to: '2' })).toBe('Acoperire, ultimul trimestru: de la 1 la 2');
  });

  test('period labels and units in Romanian', () => {
    const f = createFormat('ro-RO', 'EUR');
    expect(periodLabel({ kind: 'week', id: '2026-W37' } as never, f)).toBe('săptămâna 37 din 2026');
    expect(periodLabel({ kind: 'quarter', id: '2026-Q3' } as never, f)).toBe('trimestrul 3 din 2026');
    expect(periodLabel({ kind: 'month', id: '2026-09' } as never, f)).toBe('septembrie 2026');
    expect(periodLabel({ kind: 'year', id: '2025' } as never, f)).toBe('2025');
    expect(ro.deck.storyTitle({ dept: ro.deck.departments['all-hands'], period: periodLabel({ kind: 'quarter', id: '2026-Q3' } as never, f) })).toBe(
      'Întreaga companie: povestea trimestrului 3 din 2026',
    );
    expect(f.points(0.015)).toBe('+1,5 p.p.');
  });
});

describe('the Romanian story layer', () => {
  test('sample nouns agree in number and gender: "prea puțini urmăritori", "prea puține cazuri"', () => {
    expect(tone.few({ n: 0, count: '0', noun: 'cases' })).toBe('0 cazuri: prea puține pentru o comparație');
    expect(tone.few({ n: 1, count: '1', noun: 'cases' })).toBe('1 caz: insuficient pentru o comparație');
    expect(tone.few({ n: 5, count: '5', noun: 'followers' })).toBe('5 urmăritori: prea puțini pentru o comparație');
    expect(tone.few({ n: 21, count: '21', noun: 'deals' })).toBe('21 de tranzacții: prea puține pentru o comparație');
    expect(tone.ofCount({ part: '2', n: 21, count: '21', noun: 'mentions' })).toBe('2 din 21 de mențiuni');
  });

  test('multiples read as Romanian says them', () => {
    expect([1, 2, 2.5, 5, 12, 22].map(readable.times)).toEqual(['o dată', 'de două ori', 'de 2,5 ori', 'de cinci ori', 'de 12 ori', 'de 22 de ori']);
    expect(readable.rise({ form: 'fold', fold: 22 }, '412')).toBe('de 22 de ori');
    expect(readable.rise({ form: 'percent', percent: 40 }, '412')).toBe('cu 40\u00a0%');
    expect(readable.rise({ form: 'from_none' }, '412')).toBe('de la zero la 412');
  });

  test('a source in the dative after "datorită", and a pronoun that agrees with it', () => {
    const page = { kind: 'page', domain: 'news.example', title: 'Alpenglow recheamă ghetele', sourceType: 'news' } as const;
    expect(sourcePhrase(page)).toBe('un articol de pe news.example, „Alpenglow recheamă ghetele”');
    expect(story.details.traced({ share: '71\u00a0%', source: { ...page, title: null }, single: true })).toBe('71\u00a0% din creștere se datorează unui articol de pe news.example și conturilor care l-au preluat.');
    expect(story.details.traced({ share: '71\u00a0%', source: { kind: 'platform', value: 'reddit' }, single: true })).toBe('71\u00a0% din creștere se datorează postărilor de pe reddit și conturilor care le-au preluat.');
    expect(
      story.spikeEvent({ metric: 'shares', observed: '900', rise: { form: 'times', times: 5 }, weekday: 'Mon', day: '8 septembrie', source: { kind: 'page', domain: 'forum.example', title: null, sourceType: 'forum' } }),
    ).toBe('Luni, 8 septembrie, distribuirile au urcat la 900, de cinci ori nivelul obișnuit al unei zile de luni, mai ales datorită unei discuții de pe forumul forum.example.');
  });

  test('the recall headline, with the cost', () => {
    expect(
      story.negativeEvent({
        rise: { form: 'fold', fold: 22 },
        count: '412',
        weekday: 'Mon',
        day: '14 septembrie',
        source: { kind: 'page', domain: 'news.example', title: null, sourceType: 'news' },
        cost: { rate: '35,5\u00a0%', refunds: '41', cases: '115', amount: '48.153 EUR', when: story.costWhen.month },
        costFirst: false,
      }),
    ).toBe(
      'Mențiunile negative au crescut de 22 de ori pe 14 septembrie, față de o zi de luni obișnuită, după un articol de pe news.example; în această lună, rambursările au vizat 35,5\u00a0% din cazurile de asistență, în valoare de 48.153 EUR.',
    );
  });

  test('counted days and care cases', () => {
    const days = [0, 1, 2, 5, 21].map((n) => story.details.campaignDays({ n, count: String(n), hashtag: null }));
    expect(days.map((d) => d.replace('Campania a animat conversația ', '').replace(' din această perioadă.', ''))).toEqual(['în 0 zile', 'într-o zi', 'în 2 zile', 'în 5 zile', 'în 21 de zile']);
    expect(story.details.care({ theme: 'retururi', cases: '21', expected: null, refunds: 1, refundCount: '1', amount: null })).toBe(
      'În acea săptămână, echipa de asistență a primit 21 de cazuri pe tema „retururi” (de obicei niciunul); unul dintre ele s-a încheiat cu rambursare.',
    );
  });
});

describe('reasons with period labels, days and field names', () => {
  const f = createFormat('ro-RO', 'EUR');
  const labelled = { ...ro, labels: { period: (id: string) => periodIdLabel(id, f), day: (d: string) => f.day(d) } };

  test('field names read as ordinary words', () => {
    expect(reasonText({ key: 'notProvided', entity: 'mentions', fields: ['reach'] }, ro)).toBe(
      'datele importate (mențiuni) nu conțin informații despre acoperire pentru această perioadă: nicio sursă nu le furnizează',
    );
    expect(reasonText({ key: 'notProvided', entity: 'mentions', fields: ['engagement', 'likes', 'comments', 'shares'] }, ro)).toBe(
      'datele importate (mențiuni) nu conțin informații despre interacțiuni, aprecieri, comentarii sau distribuiri pentru această perioadă: nicio sursă nu le furnizează',
    );
  });

  test('labels on report pages, ids from the CLI', () => {
    expect(reasonText({ key: 'noTrackedMentionsIn', period: '2026-09' }, labelled)).toBe('nicio mențiune a brandului sau a concurenților săi în septembrie 2026');
    expect(reasonText({ key: 'noTrackedMentionsIn', period: '2026-09-14' }, labelled)).toBe('nicio mențiune a brandului sau a concurenților săi pe 14 septembrie 2026');
    expect(reasonText({ key: 'noTrackedMentionsIn', period: '2025' }, labelled)).toBe('nicio mențiune a brandului sau a concurenților săi în 2025');
    expect(reasonText({ key: 'noTrackedMentionsIn', period: '2026-09' }, ro)).toBe('nicio mențiune a brandului sau a concurenților săi în 2026-09');
    expect(reasonText({ key: 'notCovered', entity: 'care_cases', period: '2026-Q3', from: '2025-07-01', to: '2026-08-31' }, labelled)).toBe(
      'nu au fost importate cazuri de asistență pentru trimestrul 3 din 2026 (datele despre cazuri de asistență acoperă intervalul 1 iulie 2025 – 31 august 2026)',
    );
    expect(reasonText({ key: 'noBaseValue', period: '2025-W37', base: { reason: 'x', why: { key: 'noOffersOrLeadsFor', period: '2025-W37' } } }, labelled)).toBe(
      'nu există o valoare pentru săptămâna 37 din 2025 față de care să se măsoare variația (nu au fost importate oferte sau lead-uri pentru săptămâna 37 din 2025)',
    );
  });
});
