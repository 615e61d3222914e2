/**
 * The Italian sentences of the story layer (see en-story.ts, the reference): tone notes, readable
 * numbers, events, talking points, the sales summary, honest-comparison notes, next steps per
 * audience, voices and the employee digest's sharing guidance. Each export is typed with its
 * English counterpart, so the compiler proves the same keys, parameters and functions.
 *
 * Sentences are written for Italian word order, not translated fragment by fragment, in the formal
 * register of it.ts (imperatives in the plural: "Verificate", "Informate"):
 * - articles and articulated prepositions before a formatted number or date elide where the
 *   number is read with a vowel first ("l'8%", "dell'11 settembre", "all'1 settembre");
 * - a story's source carries its gender and number, so a preposition contracts with its article
 *   ("dai post su reddit", "alle conversazioni su …") and a pronoun agrees ("l'hanno rilanciata");
 * - the previous period is placed with the preposition its label takes ("ad agosto 2026", "nella
 *   settimana 37 del 2026", "nel 3º trimestre 2026", "il 13 settembre 2026");
 * - KPI labels and campaign names, of unknown gender, stand where no agreement is needed
 *   ("Copertura in aumento a …", "la campagna “…”");
 * - names and quoted words use “…”, as it.ts does.
 */
import type * as En from './en-story.ts';
import type { CostText, StorySource } from './en-story.ts';
import type { FractionWord, RiseForm } from '../story/readable.ts';
import type { SampleNoun } from '../metrics/sample.ts';
import type { SeriesKey, WeekdayKey } from './en.ts';
import { al, cap, dal, del, gli, il, s } from './it-grammar.ts';

/** A formatted count reads as one ("1"): the messages that get only the formatted text. */
const isOne = (count: string) => count.trim() === '1';

/** Numbers a message builds itself (multiples, folds, percentages of a rise), in Italian: "2,5", "12.000". */
const decimal = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });
const num = (n: number) => decimal.format(n);



/** A preposition before a phrase, contracted with its article: "di la metà" → "della metà", "da i post" → "dai post". */
type Prep = 'di' | 'a' | 'da' | 'su';
const articles = ['il', 'lo', 'la', 'i', 'gli', 'le'];
const contracted: Record<Prep, string[]> = {
  di: ['del', 'dello', 'della', 'dei', 'degli', 'delle', "dell'"],
  a: ['al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'"],
  da: ['dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', "dall'"],
  su: ['sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', "sull'"],
};
function prep(p: Prep, text: string): string {
  if (text.startsWith("l'")) return `${contracted[p][6]}${text.slice(2)}`;
  const space = text.indexOf(' ');
  const at = space > 0 ? articles.indexOf(text.slice(0, space)) : -1;
  return at >= 0 ? `${contracted[p][at]}${text.slice(space)}` : `${p} ${text}`;
}

/**
 * The previous period as a sentence places it, from its Italian label (story/period-label.ts):
 * `in` for "when" ("contro 6 ad agosto 2026"), `to` after "rispetto" ("rispetto alla settimana 37 del 2026").
 */
function periodWords(label: string): { in: string; to: string } {
  const l = label.trim();
  if (/^settimana\b/i.test(l)) return { in: `nella ${l}`, to: `alla ${l}` };
  // "3º trimestre 2026": an ordinal ("terzo", "primo"), never elided.
  if (/trimestre/i.test(l)) return { in: `nel ${l}`, to: `al ${l}` };
  if (/^\d{4}$/.test(l)) return { in: `nel ${l}`, to: `al ${l}` };
  if (/\s[–-]\s/.test(l)) return { in: `nel periodo ${l}`, to: `al periodo ${l}` };
  if (/^\d{1,2}\s\p{L}+\s\d{4}$/u.test(l)) return { in: il(l), to: al(l) };
  if (/^\p{L}+\s\d{4}$/u.test(l)) {
    const a = /^[aeiou]/i.test(l) ? 'ad' : 'a';
    return { in: `${a} ${l}`, to: `${a} ${l}` };
  }
  return { in: `nel periodo precedente (${l})`, to: `al periodo precedente (${l})` };
}

/** A weekday with its gender (Sunday is the one feminine day) and plural. */
const weekdays: Record<WeekdayKey, { name: string; plural: string; fem: boolean }> = {
  Mon: { name: 'lunedì', plural: 'lunedì', fem: false },
  Tue: { name: 'martedì', plural: 'martedì', fem: false },
  Wed: { name: 'mercoledì', plural: 'mercoledì', fem: false },
  Thu: { name: 'giovedì', plural: 'giovedì', fem: false },
  Fri: { name: 'venerdì', plural: 'venerdì', fem: false },
  Sat: { name: 'sabato', plural: 'sabati', fem: false },
  Sun: { name: 'domenica', plural: 'domeniche', fem: true },
};
const wdName = (k: WeekdayKey) => weekdays[k].name;
/** "il lunedì", "la domenica". */
const wdThe = (k: WeekdayKey) => `${weekdays[k].fem ? 'la' : 'il'} ${weekdays[k].name}`;
/** "del lunedì", "della domenica". */
const wdOf = (k: WeekdayKey) => `${weekdays[k].fem ? 'della' : 'del'} ${weekdays[k].name}`;
/** "un lunedì tipico", "una domenica tipica". */
const wdTypical = (k: WeekdayKey) => (weekdays[k].fem ? `una ${weekdays[k].name} tipica` : `un ${weekdays[k].name} tipico`);
/** "4 lunedì", "1 domenica", "3 domeniche". */
const wdCount = (n: number, k: WeekdayKey) => `${n} ${s(n, weekdays[k].name, weekdays[k].plural)}`;

/** What a rate or an average rests on, with its gender ("troppo pochi casi", "troppo poche trattative"). */
const nouns: Record<SampleNoun, { one: string; other: string; fem: boolean }> = {
  cases: { one: 'caso', other: 'casi', fem: false },
  deals: { one: 'trattativa', other: 'trattative', fem: true },
  leads: { one: 'lead', other: 'lead', fem: false },
  mentions: { one: 'menzione', other: 'menzioni', fem: true },
  buyers: { one: 'acquirente', other: 'acquirenti', fem: false },
  clicks: { one: 'clic', other: 'clic', fem: false },
  posts: { one: 'post', other: 'post', fem: false },
  followers: { one: 'follower', other: 'follower', fem: false },
  people: { one: 'persona', other: 'persone', fem: true },
};
const noun = (n: number, k: SampleNoun) => s(n, nouns[k].one, nouns[k].other);

/** A series as counted things ("900 condivisioni") and as a subject with its article and gender. */
const series: Record<SeriesKey, { words: string; the: string; fem: boolean }> = {
  mentions: { words: 'menzioni del brand', the: 'le menzioni del brand', fem: true },
  negative_mentions: { words: 'menzioni negative', the: 'le menzioni negative', fem: true },
  shares: { words: 'condivisioni', the: 'le condivisioni', fem: true },
  hashtag_uses: { words: 'usi degli hashtag del brand', the: 'gli usi degli hashtag del brand', fem: false },
  new_followers: { words: 'nuovi follower', the: 'i nuovi follower', fem: false },
};

const smallNumbers = ['zero', 'una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci'];
const fractionWords: Record<FractionWord, string> = {
  tenth: 'un decimo',
  fifth: 'un quinto',
  quarter: 'un quarto',
  third: 'un terzo',
  half: 'la metà',
  two_thirds: 'due terzi',
  three_quarters: 'tre quarti',
  all: 'tutto',
};

/** "una volta", "il doppio", "il triplo", "cinque volte", "2,5 volte", "22 volte". */
const times = (n: number) =>
  n === 1 ? 'una volta' : n === 2 ? 'il doppio' : n === 3 ? 'il triplo' : Number.isInteger(n) && n >= 0 && n <= 10 ? `${smallNumbers[n]} volte` : `${num(n)} volte`;

/** How a story is named in a sentence, with the gender and number a preposition or a pronoun agrees with. */
interface Named {
  text: string;
  plural: boolean;
  fem: boolean;
  /** Ends with a quoted title, an apposition a comma closes before the verb. */
  titled: boolean;
}

/** A page by its kind: with its site ("un articolo di news.example") and without ("un articolo"). */
const pageNoun: Record<string, { on: (domain: string) => string; bare: string; fem: boolean }> = {
  news: { on: (d) => `un articolo di ${d}`, bare: 'un articolo', fem: false },
  blog: { on: (d) => `un post del blog ${d}`, bare: 'un post di un blog', fem: false },
  forum: { on: (d) => `una discussione sul forum ${d}`, bare: 'una discussione in un forum', fem: true },
  review: { on: (d) => `una recensione su ${d}`, bare: 'una recensione', fem: true },
  video: { on: (d) => `un video su ${d}`, bare: 'un video', fem: false },
  podcast: { on: (d) => `un podcast su ${d}`, bare: 'un podcast', fem: false },
  social: { on: (d) => `un post su ${d}`, bare: 'un post', fem: false },
  other: { on: (d) => `una pagina di ${d}`, bare: 'una pagina', fem: true },
};

/** "a, b e c". */
const andList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]}`);

function named(src: StorySource): Named {
  switch (src.kind) {
    case 'page': {
      const p = pageNoun[src.sourceType ?? ''] ?? pageNoun.other!;
      const where = src.domain ? p.on(src.domain) : p.bare;
      return { text: src.title ? `${where}, “${src.title}”` : where, plural: false, fem: p.fem, titled: Boolean(src.title) };
    }
    case 'hashtag':
      return { text: `#${src.value}`, plural: false, fem: false, titled: false };
    case 'account':
      return { text: src.value ? `i post di @${src.value.replace(/^@/, '')}` : 'i post di un solo account', plural: true, fem: false, titled: false };
    case 'domain':
    case 'platform':
      return { text: `i post su ${src.value}`, plural: true, fem: false, titled: false };
    case 'words':
      return { text: src.words.length ? `le conversazioni su ${andList(src.words.map((w) => `“${w}”`))}` : 'le conversazioni', plural: true, fem: true, titled: false };
  }
}

/** "un articolo di news.example, “Alpenglow richiama …”", "#trailstories", "i post di un solo account", "i post su reddit". */
export function sourcePhrase(src: StorySource): string {
  return named(src).text;
}

/** A rise after "sono salite": "di 22 volte", "al doppio", "di cinque volte", "del 40%", "da zero a 12". */
function riseWords(f: RiseForm, count: string): string {
  switch (f.form) {
    case 'fold':
      return `di ${num(f.fold)} volte`;
    case 'times':
      return f.times === 2 ? 'al doppio' : f.times === 3 ? 'al triplo' : `di ${times(f.times)}`;
    case 'percent':
      return del(`${num(f.percent)}%`);
    case 'from_none':
      return `da zero a ${count}`;
  }
}

/** "cinque volte il valore tipico del martedì", "il 40% in più del valore tipico del martedì". */
function againstTypical(f: RiseForm, weekday: WeekdayKey): string {
  const of = wdOf(weekday);
  switch (f.form) {
    case 'fold':
      return `${num(f.fold)} volte il valore tipico ${of}`;
    case 'times':
      return f.times === 2 || f.times === 3 ? `${times(f.times)} del valore tipico ${of}` : `${times(f.times)} il valore tipico ${of}`;
    case 'percent':
      return `${il(`${num(f.percent)}%`)} in più del valore tipico ${of}`;
    case 'from_none':
      return `mentre di solito ${wdThe(weekday)} è a zero`;
  }
}

/** Negative mentions that doubled, tripled or quadrupled say so in one verb. */
const multiplied: Record<number, { past: string; verb: string }> = {
  2: { past: 'raddoppiate', verb: 'raddoppiare' },
  3: { past: 'triplicate', verb: 'triplicare' },
  4: { past: 'quadruplicate', verb: 'quadruplicare' },
};

/** The negative mentions' rise, as a predicate ("sono salite di 22 volte") and as what a cause made them do ("far salire le menzioni negative di 22 volte"). */
function negativeRise(f: RiseForm, count: string): { past: string; caused: string } {
  const m = f.form === 'times' ? multiplied[f.times] : undefined;
  if (m) return { past: `sono ${m.past}`, caused: `${m.verb} le menzioni negative` };
  return { past: `sono salite ${riseWords(f, count)}`, caused: `salire le menzioni negative ${riseWords(f, count)}` };
}

/** The refund cost after an event: "; questo mese i rimborsi sono arrivati al 35,5% dei casi di assistenza, per 48.153 €". */
const costClause = (c: CostText | null) =>
  c ? `; ${c.when} i rimborsi sono arrivati ${al(c.rate)} dei casi di assistenza${c.amount ? `, per ${c.amount}` : ''}` : '';

/** "l'hanno rilanciato", "l'hanno rilanciata", "li hanno rilanciati", "le hanno rilanciate". */
const sharedIt = (n: Named) => (n.plural ? (n.fem ? 'le hanno rilanciate' : 'li hanno rilanciati') : n.fem ? "l'hanno rilanciata" : "l'hanno rilanciato");

const campaignClasses: Record<'growing' | 'steady' | 'burst_and_fade', string> = {
  growing: 'Continua a crescere',
  steady: 'Resta stabile',
  burst_and_fade: 'È esplosa e si è spenta',
};

export const tone: typeof En.tone = {
  labels: { good: 'Buona notizia', bad: 'Richiede attenzione', mixed: 'Notizia mista', neutral: 'Da notare' },
  few: (p) =>
    p.n === 1
      ? `${p.count} ${nouns[p.noun].one}: non basta per un confronto`
      : `${p.count} ${nouns[p.noun].other}: ${nouns[p.noun].fem ? 'troppo poche' : 'troppo pochi'} per un confronto`,
  duringNegative: 'cresce insieme alle menzioni negative, quindi non conta come buona notizia',
  negativeOf: (p) => `${p.mostly ? 'in gran parte' : 'in parte'} menzioni negative: ${p.negative} su ${p.volume}`,
  negativeShare: (p) => `${p.mostly ? 'in gran parte' : 'in parte'} negativo: ${il(p.share)} dell'aumento viene da menzioni negative`,
  partial: 'dati parziali: nessun confronto',
  noise: 'entro la variabilità abituale',
  typical: "nell'intervallo abituale",
  ofCount: (p) => `${p.part} su ${p.count} ${noun(p.n, p.noun)}`,
  versusTypical: (p) => (p.times ? `${p.times} il valore tipico ${wdOf(p.weekday)} (${p.expected})` : `valore tipico ${wdOf(p.weekday)}: ${p.expected}`),
  timesOf: (p) => `${num(p.times >= 10 ? Math.round(p.times) : Math.round(p.times * 10) / 10)}×`,
  noTypical: (p) => `${weekdays[p.weekday].fem ? 'ancora nessuna' : 'ancora nessun'} ${wdName(p.weekday)} ${weekdays[p.weekday].fem ? 'tipica' : 'tipico'} (${p.samples} su ${p.needed})`,
};

export const readable: typeof En.readable = {
  times,
  fraction: (w) => fractionWords[w],
  rise: riseWords,
  againstTypical,
};

export const story: typeof En.story = {
  negativeEvent: (p) => {
    const rise = negativeRise(p.rise, p.count);
    // "lunedì 14 settembre, rispetto a un lunedì tipico": the comparison the rise is read against.
    const when = `${wdName(p.weekday)} ${p.day}, rispetto a ${wdTypical(p.weekday)},`;
    const cost = costClause(p.cost);
    if (p.costFirst && p.source) {
      const n = named(p.source);
      return `${cap(n.text)}${n.titled ? ',' : ''} ${n.plural ? 'hanno' : 'ha'} fatto ${rise.caused} ${when.slice(0, -1)}${cost}.`;
    }
    return `Le menzioni negative ${rise.past} ${p.source ? `${when} dopo ${sourcePhrase(p.source)}` : when.slice(0, -1)}${cost}.`;
  },
  campaignEvent: (p) =>
    p.firstDay
      ? `“${p.name}” ha portato ${p.observed} ${series[p.metric].words} nel suo primo giorno, ${il(p.day)}, ${againstTypical(p.rise, p.weekday)}.`
      : `“${p.name}” ha portato ${p.observed} ${series[p.metric].words} ${wdName(p.weekday)} ${p.day}, ${againstTypical(p.rise, p.weekday)}.`,
  spikeEvent: (p) =>
    `${cap(series[p.metric].the)} sono ${series[p.metric].fem ? 'salite' : 'saliti'} a ${p.observed} ${wdName(p.weekday)} ${p.day}, ${againstTypical(p.rise, p.weekday)}` +
    (p.source ? `, soprattutto grazie ${prep('a', sourcePhrase(p.source))}.` : '; nessuna fonte da sola lo spiega.'),
  dropEvent: (p) =>
    `${cap(series[p.metric].the)} sono ${series[p.metric].fem ? 'scese' : 'scesi'} a ${p.observed} ${wdName(p.weekday)} ${p.day}, contro un valore tipico di ${p.expected}: ` +
    'verificate le query di ascolto e le connessioni prima di trarne conclusioni.',
  details: {
    others: (p) => `Lo stesso giorno: ${p.others.map((o) => `${o.observed} ${series[o.metric].words} (valore tipico ${o.expected})`).join('; ')}.`,
    traced: (p) => {
      const n = named(p.source);
      return p.single
        ? `${cap(il(p.share))} dell'aumento risale ${prep('a', n.text)}${n.titled ? ',' : ''} e agli account che ${sharedIt(n)}.`
        : `La parte maggiore dell'aumento (${p.share}) è arrivata ${prep('da', n.text)}.`;
    },
    words: (p) => `Le parole più usate: ${p.words.map((w) => `“${w}”`).join(', ')}.`,
    days: (p) => `Ha spiccato in ${p.count} ${s(p.n, 'giorno', 'giorni')}, ${dal(p.from)} ${al(p.to)}.`,
    care: (p) => {
      const cases = `${p.cases} ${isOne(p.cases) ? 'caso' : 'casi'} sul tema “${p.theme}”`;
      const usual = p.expected === null ? 'di solito nessuno' : `di solito circa ${p.expected}`;
      const refunds = p.refunds
        ? `; ${p.refundCount} ${p.refunds === 1 ? 'si è chiuso' : 'si sono chiusi'} con un rimborso${p.amount ? ` (${p.amount})` : ''}`
        : '';
      return `Quella settimana l'assistenza ha ricevuto ${cases} (${usual})${refunds}.`;
    },
    sla: (p) =>
      `L'assistenza ha mancato l'obiettivo di ${p.step === 'triage' ? 'smistamento entro 12 ore' : 'risoluzione entro 24 ore'}: ${il(p.value)} dei casi nei tempi, contro un obiettivo ${del(p.target)}.`,
    campaignClass: (p) => `${campaignClasses[p.lifecycle]}: ${p.why}`,
    campaignDays: (p) => `${p.hashtag ? `#${p.hashtag}` : 'La campagna'} ha animato la conversazione in ${p.count} ${s(p.n, 'giorno', 'giorni')} di questo periodo.`,
    shareOfVoice: (p) => `Share of voice quel giorno: ${p.share} (${p.previous} il giorno prima).`,
  },
  costWhen: { day: 'quel giorno', week: 'questa settimana', month: 'questo mese', quarter: 'questo trimestre', year: "quest'anno", range: 'nel periodo' },
  careCost: (p) =>
    `I rimborsi sono arrivati ${al(p.rate)} dei casi di assistenza (${p.refunds} su ${p.cases})${p.amount ? `, per ${p.amount}` : ''}` +
    `${p.previousRate ? `, contro ${il(p.previousRate)} ${periodWords(p.previous).in}` : ''}.`,
  kpiChange: (p) => `${p.label} in ${p.up ? 'aumento' : 'calo'} a ${p.value}: ${p.change} rispetto ${periodWords(p.previous).to}${p.note ? ` (${p.note})` : ''}.`,
  salesSummary: (p) => {
    const parts: string[] = [];
    const previous = periodWords(p.previous);
    if (p.pipeline) {
      const change = p.pipelineChange ? `, in ${p.pipelineChange.up ? 'crescita' : 'calo'} ${del(p.pipelineChange.percent)} rispetto ${previous.to}` : '';
      parts.push(`la pipeline vale ${p.pipeline}${change}`);
    }
    if (p.won) {
      const w = p.won;
      const moved = w.smaller ? `, in calo ${prep('di', w.smaller)}` : w.larger ? `, in crescita ${prep('di', w.larger)}` : '';
      parts.push(w.n === 1 ? `l'unica trattativa vinta vale ${w.average}${moved}` : `le ${w.count} trattative vinte valgono in media ${w.average}${moved}`);
    }
    if (p.winRate) {
      const r = p.winRate;
      const closed = isOne(r.closed) ? `${r.closed} trattativa chiusa` : `${r.closed} trattative chiuse`;
      parts.push(`il tasso di successo è ${del(r.rate)} su ${closed}${r.previous ? ` (${il(r.previous)} ${previous.in})` : ''}`);
    }
    return parts.length ? `${cap(parts.join('; '))}.` : '';
  },
  talkingPoint: (p) => {
    const answer = "preparatevi alla domanda e indirizzateli alla dichiarazione dell'azienda.";
    if (p.theme) {
      const questions = p.cases === null ? '' : `${p.cases} ${isOne(p.cases) ? 'domanda' : 'domande'}`;
      const before = p.previousCases ? `contro ${p.previousCases} ${periodWords(p.previous).in}` : '';
      const figures = [questions, before].filter(Boolean).join(', ');
      return `I clienti chiedono informazioni sul tema “${p.theme}”${figures ? ` (${figures})` : ''}${p.source ? ` dopo ${sourcePhrase(p.source)}` : ''}: ${answer}`;
    }
    return `I clienti potrebbero chiedervi ${prep('di', p.source ? sourcePhrase(p.source) : 'la notizia')}: ${answer}`;
  },
  prospectsRising: (p) => `I potenziali clienti fanno più domande sul tema “${p.theme}”: ${p.cases}, contro ${p.previousCases} ${periodWords(p.previous).in}.`,
  notes: {
    noBaseline: (p) => {
      const w = weekdays[p.weekday];
      const has = p.samples === 0 ? `questi dati non ne contengono ${w.fem ? 'nessuna' : 'nessuno'}` : `questi dati ne contengono ${p.samples}`;
      return `Ancora nessun giorno tipico: per ${wdTypical(p.weekday)} servono i dati di ${wdCount(p.needed, p.weekday)}, e ${has}.`;
    },
    noBaselinePeriod: (p) =>
      `Ancora nessun giorno tipico: per trovare picchi e cali servono ${p.needed} ${s(p.needed, 'settimana', 'settimane')} di dati per ogni giorno della settimana, ` +
      `e questi dati coprono ${p.count} ${s(p.days, 'giorno', 'giorni')}.`,
    baselineFrom: (p) => `Picchi e cali sono cercati ${dal(p.day)} in poi: prima, ogni giorno della settimana aveva alle spalle troppo poche settimane di dati.`,
    partialUntil: (p) => `Dati parziali: fino alle ${p.time} ${del(p.day)}. Le cifre non vengono confrontate con periodi completi.`,
    partialFrom: (p) => `I dati iniziano ${il(p.day)}: il periodo è contato da quel giorno e non è confrontato come se fosse completo.`,
    partialTo: (p) => `Dati parziali: fino ${al(p.day)}. Le cifre non vengono confrontate con periodi completi.`,
    unmatched: (p) =>
      p.all
        ? `Nessuna delle ${p.listened} menzioni raccolte nomina il brand, un concorrente o un tema seguito: nessuna è contata tra le menzioni del brand o nella quota di voce.`
        : p.unmatched === '1'
          ? `1 delle ${p.listened} menzioni raccolte (${p.share}) non nomina né il brand né un concorrente o un tema seguito: non è contata tra le menzioni del brand né nella quota di voce.`
          : `${p.unmatched} delle ${p.listened} menzioni raccolte (${p.share}) non nominano né il brand né un concorrente o un tema seguito: non sono contate tra le menzioni del brand né nella quota di voce.`,
    sentimentApart: (p) => {
      const up = p.reputationUp;
      const ratio = p.ratioBefore === p.ratioNow ? `sono rimaste a ${p.ratioNow}` : `sono passate da ${p.ratioBefore} a ${p.ratioNow}`;
      return (
        `La reputazione è ${up ? 'salita' : 'scesa'} (${p.reputation}) mentre il sentiment netto è ${up ? 'sceso' : 'salito'} (${p.net}): ` +
        `le menzioni neutre sono ${up ? 'diminuite' : 'aumentate'} (${il(p.neutralNow)} contro ${il(p.neutralBefore)} ${periodWords(p.previous).in}), e questo sposta la reputazione; ` +
        `le menzioni positive per ogni menzione negativa ${ratio}.`
      );
    },
  },
  months: {
    heading: 'Mese per mese',
    nothing: 'Nulla da segnalare.',
    item: (p) => `${cap(p.month)}: ${p.text}`,
  },
  voices: {
    heading: 'Cosa hanno detto le persone',
    intro: 'Menzioni reali dietro la storia del periodo, così come le ha trovate lo strumento di ascolto.',
    empty: 'Nessuna menzione con un testo in questo periodo.',
    meta: (p) => [p.author ? `@${p.author.replace(/^@/, '')}` : null, p.platform, p.day, p.reach ? `${p.reach} di copertura` : null].filter(Boolean).join(' · '),
    open: 'Apri',
    quotesLabel: 'Cosa ne hanno detto le persone',
  },
  nextSteps: {
    team: {
      negative: (p) =>
        `Informate${p.today ? ' oggi stesso' : ''} l'assistenza clienti e i portavoce ${p.source ? prep('su', sourcePhrase(p.source)) : `sulle menzioni negative ${del(p.day)}`}, ` +
        'concordate una dichiarazione di attesa e rispondete dove se ne discute.',
      careSurge: (p) => `Rafforzate l'assistenza finché i casi sul tema “${p.theme}” non saranno smaltiti, e ricontrollate lo SLA il prossimo periodo.`,
      campaign: (p) => `Annotate cosa ha fatto decollare la campagna “${p.name}” (i post e gli account migliori) per il prossimo lancio.`,
      spike: (p) => `Ringraziate e amplificate gli account dietro l'aumento ${del(p.day)}${p.source ? ` (${sourcePhrase(p.source)})` : ''}.`,
      drop: (p) => `Verificate che le query di ascolto e le connessioni alle fonti abbiano funzionato ${il(p.day)}, poi cercate una campagna o un canale in pausa.`,
      goal: (p) => `Rivedete il piano per “${p.label}” con il suo responsabile: decidete cosa cambiare, o ridefinite l'obiettivo.`,
      sla: "Rafforzate l'assistenza nelle ore di punta o rendete più rigide le regole di smistamento, e ricontrollate lo SLA il prossimo periodo.",
      kpiWorse: (p) => `Capite perché è cambiato il dato “${p.label}”: la sua pagina ne riporta la definizione e lo storico.`,
      competitor: (p) => `Guardate cosa ha pubblicato ${p.competitor} in questo periodo, e se risponde a qualcosa che il vostro pubblico chiede.`,
      campaignFading: (p) => `Rinnovate la campagna “${p.name}” con nuovi contenuti o chiudetela, e pianificate il seguito prima del prossimo lancio.`,
      campaignGrowing: (p) => `Continuate ad alimentare la campagna “${p.name}” e datele budget finché cresce.`,
      refunds: "Chiedete all'assistenza e al team di prodotto da quali ordini vengono i rimborsi, e se la causa è stata risolta.",
    },
    sales: {
      talkingPoint: (p) =>
        `Concordate con il team social una breve risposta ${p.theme ? `sul tema “${p.theme}”` : 'sulla notizia'} per le chiamate con i clienti, basata sulla dichiarazione dell'azienda.`,
      pipeline: 'Rivedete con i rispettivi responsabili le trattative uscite dalla pipeline questo mese, e quali di quelle aperte possono chiudersi il mese prossimo.',
      socialLeads: (p) =>
        isOne(p.count) ? "Ricontattate l'unico lead arrivato dai social finché è caldo." : `Ricontattate ${gli(p.count)} lead arrivati dai social finché sono caldi.`,
      prospects: (p) => `Preparate una risposta sul tema “${p.theme}”: i potenziali clienti ne chiedono sempre di più.`,
      winRate: 'Cercate un motivo comune nelle trattative perse questo mese.',
      goal: (p) => `Concordate con la direzione cosa cambiare per “${p.label}”.`,
    },
    leadership: {
      negative: (p) =>
        `Decidete se rafforzare l'assistenza finché i casi${p.theme ? ` sul tema “${p.theme}”` : ''} non saranno smaltiti${p.amount ? `: finora i loro rimborsi sono costati ${p.amount}` : ''}.`,
      goalMissed: (p) => `Decidete se cambiare il piano per “${p.label}” o ridefinire l'obiettivo.`,
      goalOffTrack: (p) => `Decidete di quale sostegno ha bisogno “${p.label}” per tornare in linea.`,
      sla: "Approvate un rafforzamento dell'assistenza nelle ore di punta: l'obiettivo di livello di servizio non è stato raggiunto.",
      competitor: (p) => `Chiedete al marketing una risposta ai guadagni di share of voice di ${p.competitor}.`,
      pipeline: 'Chiedete alle vendite il piano per riempire di nuovo la pipeline.',
    },
  },
  employee: {
    guidanceHeading: 'Se ve lo chiedono',
    guidance: (p) =>
      `Potrebbero chiedervi ${p.source ? prep('di', sourcePhrase(p.source)) : 'di una notizia che ci riguarda'}. ` +
      "Per favore non commentate personalmente: indirizzate le persone alla dichiarazione dell'azienda e passate le domande dei giornalisti al team comunicazione.",
    proudHeading: 'Di cosa possiamo essere orgogliosi',
    campaign: (p) => `“${p.name}” ha fatto parlare di noi questo mese.`,
    goalMet: (p) => `Abbiamo raggiunto il nostro obiettivo: ${p.label}.`,
    growing: (p) => `“${p.name}” continua a crescere settimana dopo settimana.`,
    nothingProud: 'Nessuna campagna o obiettivo da festeggiare questo mese; i nostri post migliori sono qui sotto.',
  },
};
