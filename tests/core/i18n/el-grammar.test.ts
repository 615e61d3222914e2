/**
 * The Greek grammar helpers (src/core/i18n/el-grammar.ts) and a few real messages of the Greek
 * catalog that depend on them: one/other forms with counts 0, 1, 2, 5 and 21 (numbers and
 * formatted strings, el-GR thousands "."), date articles ("στις 14", "στην 1η"), period labels
 * with their article and case, weekday genders, and the source phrases' cases.
 */
import { describe, expect, it as test } from 'vitest';
import { andList, apoTis, countOf, eosTis, fromTo, isOne, periodWords, s, sf, stis, tis, tisGen } from '../../../src/core/i18n/el-grammar.ts';
import { el } from '../../../src/core/i18n/el.ts';
import { story, tone } from '../../../src/core/i18n/el-story.ts';
import { en } from '../../../src/core/i18n/en.ts';
import { createFormat } from '../../../src/core/story/format.ts';
import { periodIdLabel, periodLabel } from '../../../src/core/story/period-label.ts';
import { reasonText } from '../../../src/core/i18n/reason.ts';

type Tree = { [key: string]: unknown };
function keys(o: unknown, path: string[] = []): string[] {
  if (typeof o !== 'object' || o === null) return [path.join('.')];
  return Object.entries(o as Tree).flatMap(([k, v]) => keys(v, [...path, k]));
}

describe('one/other forms', () => {
  test('only 1 takes the singular', () => {
    expect([0, 1, 2, 5, 21].map(isOne)).toEqual([false, true, false, false, false]);
    expect([0, 1, 2, 5, 21].map((n) => `${n} ${s(n, 'αναφορά', 'αναφορές')}`)).toEqual(['0 αναφορές', '1 αναφορά', '2 αναφορές', '5 αναφορές', '21 αναφορές']);
  });

  test('formatted counts are read back (el-GR groups thousands with ".")', () => {
    expect(countOf('1')).toBe(1);
    expect(countOf('1.234')).toBe(1234);
    expect(countOf('21')).toBe(21);
    expect(countOf('12,5')).toBe(12.5);
    expect(countOf('−3')).toBe(-3);
    expect(Number.isNaN(countOf('abc'))).toBe(true);
    expect(['0', '1', '2', '5', '21', '1.001'].map((c) => sf(c, 'πελάτης', 'πελάτες'))).toEqual(['πελάτες', 'πελάτης', 'πελάτες', 'πελάτες', 'πελάτες', 'πελάτες']);
  });

  test('lists join with "και"', () => {
    expect(andList(['α'])).toBe('α');
    expect(andList(['α', 'β', 'γ'])).toBe('α, β και γ');
  });
});

describe('dates and periods', () => {
  test('dates take "τις", the 1st "την 1η"', () => {
    expect(tis('14 Σεπτεμβρίου 2026')).toBe('τις 14 Σεπτεμβρίου 2026');
    expect(tis('1 Σεπτεμβρίου 2026')).toBe('την 1η Σεπτεμβρίου 2026');
    expect(tis('21 Σεπτεμβρίου')).toBe('τις 21 Σεπτεμβρίου');
    expect(stis('14 Σεπ')).toBe('στις 14 Σεπ');
    expect(stis('1 Σεπ')).toBe('στην 1η Σεπ');
    expect(apoTis('1 Ιουλίου 2026')).toBe('από την 1η Ιουλίου 2026');
    expect(eosTis('30 Σεπτεμβρίου 2026')).toBe('έως τις 30 Σεπτεμβρίου 2026');
    expect(fromTo('1 Σεπτεμβρίου 2026', '30 Σεπτεμβρίου 2026')).toBe('από την 1η Σεπτεμβρίου 2026 έως τις 30 Σεπτεμβρίου 2026');
    expect(tisGen('14 Σεπτεμβρίου')).toBe('της 14ης Σεπτεμβρίου');
    expect(tisGen('1 Σεπτεμβρίου')).toBe('της 1ης Σεπτεμβρίου');
    expect(tisGen('30 Σεπτεμβρίου')).toBe('της 30ής Σεπτεμβρίου');
    // Not a date (an ISO day): no article.
    expect(fromTo('2025-07-01', '2026-08-31')).toBe('από 2025-07-01 έως 2026-08-31');
  });

  test('Intl el-GR labels, and period labels with article and case', () => {
    const f = createFormat('el-GR', 'EUR');
    expect(f.t).toBe(el);
    expect(f.day('2026-09-14')).toBe('14 Σεπτεμβρίου 2026');
    expect(periodLabel({ kind: 'week', id: '2026-W37' } as never, f)).toBe('εβδομάδα 37 του 2026');
    expect(periodLabel({ kind: 'quarter', id: '2026-Q3' } as never, f)).toBe('3ο τρίμηνο 2026');
    expect(periodLabel({ kind: 'month', id: '2026-09' } as never, f)).toBe('Σεπτέμβριος 2026');
    expect(periodLabel({ kind: 'year', id: '2025' } as never, f)).toBe('2025');
    expect(periodWords('Αύγουστος 2026')).toEqual({ the: 'τον Αύγουστο του 2026', in: 'τον Αύγουστο του 2026', of: 'του Αυγούστου 2026' });
    expect(periodWords('Μάιος 2026').of).toBe('του Μαΐου 2026');
    expect(periodWords('εβδομάδα 37 του 2026')).toEqual({ the: 'την εβδομάδα 37 του 2026', in: 'την εβδομάδα 37 του 2026', of: 'της εβδομάδας 37 του 2026' });
    expect(periodWords('2ο τρίμηνο 2026')).toEqual({ the: 'το 2ο τρίμηνο 2026', in: 'στο 2ο τρίμηνο 2026', of: 'του 2ου τριμήνου 2026' });
    expect(periodWords('2025')).toEqual({ the: 'το 2025', in: 'το 2025', of: 'του 2025' });
    expect(periodWords('13 Σεπτεμβρίου 2026').in).toBe('στις 13 Σεπτεμβρίου 2026');
    expect(periodWords('1 Σεπτεμβρίου 2026').the).toBe('την 1η Σεπτεμβρίου 2026');
    expect(periodWords('2026-09').the).toBe('την περίοδο 2026-09');
    expect(f.points(0.015)).toBe('+1,5 π.μ.');
    expect(f.value('days', 1)).toBe('1 ημέρα');
    expect(f.value('days', 12.5)).toBe('12,5 ημέρες');
    expect(f.value('hours', 21)).toBe('21 ώρες');
  });
});

describe('real messages', () => {
  test('the Greek catalog has every key of English', () => {
    expect(keys(el).sort()).toEqual(keys(en).sort());
  });

  test('counts 0, 1, 2, 5, 21', () => {
    const reports = [0, 1, 2, 5, 21].map((n) => el.site.home.reportCount({ n, count: String(n) }).split(' συνολικά')[0]);
    expect(reports).toEqual(['0 εκθέσεις', '1 έκθεση', '2 εκθέσεις', '5 εκθέσεις', '21 εκθέσεις']);
    expect(el.checklist.activations({ n: 1, count: '1', day: '14 Σεπτεμβρίου 2026', observed: '90', expected: '20', source: null })).toBe(
      '1 αιχμή· σημειώθηκε στις 14 Σεπτεμβρίου 2026 (90 έναντι τυπικής τιμής 20).',
    );
    expect(el.checklist.activations({ n: 21, count: '21', day: '1 Σεπτεμβρίου 2026', observed: '90', expected: '20', source: { dimension: 'hashtag', value: '#alpenglow' } })).toBe(
      '21 αιχμές· η μεγαλύτερη στην 1η Σεπτεμβρίου 2026 (90 έναντι τυπικής τιμής 20), και οφείλεται σε ένα μόνο hashtag: #alpenglow.',
    );
    expect(tone.few({ n: 1, count: '1', noun: 'cases' })).toBe('1 αίτημα: δεν αρκεί για σύγκριση');
    expect(tone.few({ n: 5, count: '5', noun: 'deals' })).toBe('5 συμφωνίες: πολύ λίγες για σύγκριση');
    expect(tone.few({ n: 2, count: '2', noun: 'buyers' })).toBe('2 αγοραστές: πολύ λίγοι για σύγκριση');
    expect(tone.few({ n: 0, count: '0', noun: 'people' })).toBe('0 άτομα: πολύ λίγα για σύγκριση');
    expect(el.charts.trailingDays.period({ period: 'εβδομάδα 27 του 2026', n: 1, mentions: '1', typical: '6', days: 1 })).toBe(
      'Την εβδομάδα 27 του 2026 το brand είχε 1 αναφορά, έναντι 6 σε 1 τυπική ημέρα.',
    );
    expect(el.charts.trailingDays.period({ period: 'εβδομάδα 38 του 2026', n: 1200, mentions: '1.200', typical: '700', days: 7 })).toBe(
      'Την εβδομάδα 38 του 2026 το brand είχε 1.200 αναφορές, έναντι 700 σε μια τυπική εβδομάδα.',
    );
    expect(el.deck.gapCases({ cases: '1', negative: '0' })).toBe('1 αίτημα, 0 αρνητικά');
    expect(el.deck.gapCases({ cases: '21', negative: '1' })).toBe('21 αιτήματα, 1 αρνητικό');
  });

  test('weekdays agree in gender, dates and periods take their articles', () => {
    expect(el.report.ledeDay({ day: '14 Σεπτεμβρίου 2026', weekday: 'Mon', previous: '13 Σεπτεμβρίου 2026' })).toBe(
      '14 Σεπτεμβρίου 2026: σύγκριση πρώτα με μια τυπική Δευτέρα και έπειτα με τις 13 Σεπτεμβρίου 2026.',
    );
    expect(el.report.ledeDay({ day: '12 Σεπτεμβρίου 2026', weekday: 'Sat', previous: '11 Σεπτεμβρίου 2026' })).toMatch(/με ένα τυπικό Σάββατο/);
    expect(el.report.lede({ range: 'Από την 1η Σεπτεμβρίου 2026 έως τις 30 Σεπτεμβρίου 2026', previous: 'Αύγουστος 2026' })).toBe(
      'Από την 1η Σεπτεμβρίου 2026 έως τις 30 Σεπτεμβρίου 2026, σε σύγκριση με τον Αύγουστο του 2026.',
    );
    expect(el.report.range({ from: '1 Σεπτεμβρίου 2026', to: '30 Σεπτεμβρίου 2026' })).toBe('Από την 1η Σεπτεμβρίου 2026 έως τις 30 Σεπτεμβρίου 2026');
    expect(story.kpiChange({ label: 'Απήχηση', up: true, value: '1.234', change: '+12,0%', previous: '2ο τρίμηνο 2026', note: null })).toBe(
      'Απήχηση: άνοδος σε 1.234, +12,0% σε σύγκριση με το 2ο τρίμηνο 2026.',
    );
    expect(story.notes.noBaseline({ weekday: 'Sun', samples: 0, needed: 4 })).toBe(
      'Δεν υπάρχει ακόμη τυπική ημέρα: για μια τυπική Κυριακή χρειάζονται δεδομένα από 4 Κυριακές, ενώ τα δεδομένα δεν περιλαμβάνουν καμία.',
    );
    expect(story.notes.noBaseline({ weekday: 'Sat', samples: 1, needed: 1 })).toBe(
      'Δεν υπάρχει ακόμη τυπική ημέρα: για ένα τυπικό Σάββατο χρειάζονται δεδομένα από 1 Σάββατο, ενώ τα δεδομένα περιλαμβάνουν 1.',
    );
  });

  test('a story source takes its case and its pronoun', () => {
    const page = { kind: 'page', domain: 'news.example', title: 'Η Alpenglow ανακαλεί', sourceType: 'news' } as const;
    const account = { kind: 'account', value: 'anna_trail' } as const;
    const rise = { form: 'times', times: 3 } as const;
    expect(story.negativeEvent({ rise, count: '300', weekday: 'Mon', day: '14 Σεπτεμβρίου', source: page, cost: null, costFirst: false })).toBe(
      'Τη Δευτέρα 14 Σεπτεμβρίου οι αρνητικές αναφορές τριπλασιάστηκαν σε σχέση με μια τυπική Δευτέρα, μετά από ένα άρθρο του news.example, «Η Alpenglow ανακαλεί».',
    );
    expect(story.negativeEvent({ rise: { form: 'fold', fold: 22 }, count: '300', weekday: 'Sat', day: '12 Σεπτεμβρίου', source: account, cost: null, costFirst: true })).toBe(
      'Οι δημοσιεύσεις του @anna_trail ανέβασαν τις αρνητικές αναφορές στο 22πλάσιο σε σχέση με ένα τυπικό Σάββατο, το Σάββατο 12 Σεπτεμβρίου.',
    );
    expect(story.details.traced({ share: '60%', source: account, single: true })).toBe(
      'Το 60% της αύξησης προέρχεται από τις δημοσιεύσεις του @anna_trail και από τους λογαριασμούς που τις κοινοποίησαν.',
    );
    expect(story.spikeEvent({ metric: 'new_followers', observed: '900', rise: { form: 'percent', percent: 40 }, weekday: 'Tue', day: '1 Σεπτεμβρίου', source: { kind: 'hashtag', value: 'trailstories' } })).toBe(
      'Την Τρίτη 1 Σεπτεμβρίου οι νέοι ακόλουθοι ανήλθαν σε 900, 40% πάνω από μια τυπική Τρίτη, κυρίως από το hashtag #trailstories.',
    );
    expect(story.campaignEvent({ name: 'Φθινόπωρο', metric: 'shares', observed: '1', rise: { form: 'from_none' }, weekday: 'Sun', day: '13 Σεπτεμβρίου', firstDay: false })).toBe(
      'Η καμπάνια «Φθινόπωρο» συγκέντρωσε 1 κοινοποίηση την Κυριακή 13 Σεπτεμβρίου, ενώ μια τυπική Κυριακή έχει μηδέν.',
    );
  });

  test('reasons name periods by label (report pages) or by id (CLI), and data fields as words', () => {
    const f = createFormat('el-GR', 'EUR');
    const labels = { period: (id: string) => periodIdLabel(id, f), day: (d: string) => f.day(d) };
    const notCovered = { key: 'notCovered', entity: 'care_cases', period: '2026-09', from: '2025-07-01', to: '2026-08-31' } as const;
    expect(reasonText(notCovered, { ...el, labels })).toBe(
      'δεν έχουν εισαχθεί δεδομένα για τον Σεπτέμβριο του 2026 (αιτήματα εξυπηρέτησης: τα δεδομένα καλύπτουν το διάστημα από την 1η Ιουλίου 2025 έως τις 31 Αυγούστου 2026)',
    );
    expect(reasonText(notCovered, el)).toBe('δεν έχουν εισαχθεί δεδομένα για την περίοδο 2026-09 (αιτήματα εξυπηρέτησης: τα δεδομένα καλύπτουν το διάστημα από 2025-07-01 έως 2026-08-31)');
    expect(reasonText({ key: 'noTrackedMentionsIn', period: '2026-Q3' }, { ...el, labels })).toBe('καμία αναφορά του brand ή των ανταγωνιστών του στο 3ο τρίμηνο 2026');
    expect(reasonText({ key: 'basePartial', period: '2025-Q3', from: '2025-07-02', to: '2025-09-30' }, { ...el, labels })).toBe(
      'τα δεδομένα καλύπτουν μόνο εν μέρει το 3ο τρίμηνο 2025 (από τις 2 Ιουλίου 2025 έως τις 30 Σεπτεμβρίου 2025), οπότε η μεταβολή δεν μπορεί να μετρηθεί σε σχέση με αυτή την περίοδο',
    );
    expect(reasonText({ key: 'noBaseValue', period: '2025', base: { reason: 'no base period', why: { key: 'noBase' } } }, { ...el, labels })).toBe(
      'δεν υπάρχει τιμή για το 2025 ως βάση για τη μέτρηση της μεταβολής· δεν υπάρχει περίοδος αναφοράς',
    );
    expect(reasonText({ key: 'notProvided', entity: 'mentions', fields: ['engagement', 'likes', 'comments', 'shares'] }, el)).toBe(
      'τα δεδομένα που εισήχθησαν (αναφορές) δεν καταγράφουν αλληλεπιδράσεις, likes, σχόλια ή κοινοποιήσεις για αυτή την περίοδο: καμία πηγή δεν παρέχει αυτά τα στοιχεία',
    );
    expect(reasonText({ key: 'notProvided', entity: 'deals', fields: ['amount'] }, el)).toBe(
      'τα δεδομένα που εισήχθησαν (συμφωνίες) δεν καταγράφουν ποσό για αυτή την περίοδο: καμία πηγή δεν παρέχει αυτό το στοιχείο',
    );
  });

  test('deck titles take the period in its case; run-in lists use the Greek ano teleia', () => {
    expect(el.deck.storyTitle({ dept: el.deck.departments['all-hands'], period: '3ο τρίμηνο 2026' })).toBe('Όλη η εταιρεία: η ιστορία του 3ου τριμήνου 2026');
    expect(el.deck.title({ dept: el.deck.departments.product, period: '3ο τρίμηνο 2026' })).toBe('Roadshow (Προϊόν): 3ο τρίμηνο 2026');
    expect(el.listSeparator).toBe('· ');
    expect(el.listSeparator).not.toMatch(/;/);
  });
});
