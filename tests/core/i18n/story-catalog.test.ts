/**
 * The Italian story sentences (src/core/i18n/it-story.ts) read as an Italian writes them: they agree
 * with their counts, genders and the numbers and dates their articles elide before, and the domain
 * of a page stands verbatim. Keys, kinds and a whole text for every sample of every catalog (counts
 * 0, 1, 2, 5 and 21, every rise form, every kind of story source, with and without a cost) are
 * checked for every language by catalog.test.ts, with the samples of src/core/i18n/samples.ts.
 */
import { describe, expect, it as test } from 'vitest';
import * as en from '../../../src/core/i18n/en-story.ts';
import * as it from '../../../src/core/i18n/it-story.ts';
import type { CostText, StorySource } from '../../../src/core/i18n/en-story.ts';

describe('the story catalogs', () => {
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
