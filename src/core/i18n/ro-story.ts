/**
 * The Romanian sentences of the story layer (see en-story.ts, the reference): tone notes, readable
 * numbers, events, talking points, the sales summary, honest-comparison notes, next steps per
 * audience, voices and the employee digest's sharing guidance. Each export is typed with its
 * English counterpart, so the compiler proves the same keys, parameters and functions.
 *
 * Written for Romanian word order in the formal register of ro.ts (requests in the 2nd person
 * plural: "Verificați", "Informați"):
 * - a count meets its noun through ro-grammar.ts: "1 mențiune", "5 mențiuni", "21 de mențiuni";
 * - a story's source carries its gender and number, and its genitive-dative form, so a preposition
 *   that asks for the dative reads right ("datorită unui articol de pe news.example") and a pronoun
 *   agrees ("l-au preluat", "au preluat-o", "le-au preluat");
 * - weekdays (all feminine) read "o zi de luni obișnuită", "unei zile de luni";
 * - the previous period is placed with the preposition its label takes ("în august 2026", "în
 *   săptămâna 37 din 2026", "pe 13 septembrie 2026");
 * - KPI labels stand before a colon, where no agreement is needed ("Acoperire: creștere la …");
 * - names and quoted words use „…”.
 */
import type * as En from './en-story.ts';
import type { CostText, StorySource } from './en-story.ts';
import type { FractionWord, RiseForm } from '../story/readable.ts';
import type { SampleNoun } from '../metrics/sample.ts';
import type { SeriesKey, WeekdayKey } from './en.ts';
import { andList, cap, countNoun, countText, isOne, numberBefore, parseCount, periodIn, q, type Noun } from './ro-grammar.ts';

/** Numbers a message builds itself (multiples, folds), in Romanian: "2,5", "12.000". */
const decimal = new Intl.NumberFormat('ro-RO', { maximumFractionDigits: 1 });
const num = (n: number) => decimal.format(n);
/** A whole percentage a message builds itself: 40 → "40 %" (as Intl writes ro-RO percentages). */
const percentOf = (p: number) => new Intl.NumberFormat('ro-RO', { style: 'percent', maximumFractionDigits: 0 }).format(p / 100);

/** Weekday names (all feminine in Romanian). */
const weekdayNames: Record<WeekdayKey, string> = { Mon: 'luni', Tue: 'marți', Wed: 'miercuri', Thu: 'joi', Fri: 'vineri', Sat: 'sâmbătă', Sun: 'duminică' };
const wd = (k: WeekdayKey) => weekdayNames[k];
/** "o zi de luni obișnuită". */
const wdTypical = (k: WeekdayKey) => `o zi de ${wd(k)} obișnuită`;
/** "al unei zile de luni" after a neuter noun ("nivelul obișnuit …"). */
const wdOfTypical = (k: WeekdayKey) => `al unei zile de ${wd(k)}`;
/** "4 zile de luni", "1 zi de luni", "21 de zile de luni". */
const wdCount = (n: number, k: WeekdayKey) => countNoun(n, String(n), { one: `zi de ${wd(k)}`, few: `zile de ${wd(k)}` });
/** "luni, 8 septembrie" (placed before the number it dates: "900 luni" would read as months). */
const wdDay = (k: WeekdayKey, day: string) => `${wd(k)}, ${day}`;

/** What a rate or an average rests on, with the gender "prea puțini/puține" agrees with. */
const nouns: Record<SampleNoun, Noun & { masc: boolean }> = {
  cases: { one: 'caz', few: 'cazuri', masc: false },
  deals: { one: 'tranzacție', few: 'tranzacții', masc: false },
  leads: { one: 'lead', few: 'lead-uri', masc: false },
  mentions: { one: 'mențiune', few: 'mențiuni', masc: false },
  buyers: { one: 'cumpărător', few: 'cumpărători', masc: true },
  clicks: { one: 'clic', few: 'clicuri', masc: false },
  posts: { one: 'postare', few: 'postări', masc: false },
  followers: { one: 'urmăritor', few: 'urmăritori', masc: true },
  people: { one: 'persoană', few: 'persoane', masc: false },
};

/** A series as counted things ("900 de distribuiri") and as a subject with its article ("Distribuirile"). */
const series: Record<SeriesKey, Noun & { the: string }> = {
  mentions: { one: 'mențiune a brandului', few: 'mențiuni ale brandului', the: 'mențiunile brandului' },
  negative_mentions: { one: 'mențiune negativă', few: 'mențiuni negative', the: 'mențiunile negative' },
  shares: { one: 'distribuire', few: 'distribuiri', the: 'distribuirile' },
  hashtag_uses: { one: 'utilizare a hashtagurilor brandului', few: 'utilizări ale hashtagurilor brandului', the: 'utilizările hashtagurilor brandului' },
  new_followers: { one: 'urmăritor nou', few: 'urmăritori noi', the: 'urmăritorii noi' },
};

const smallNumbers = ['zero', 'o', 'două', 'trei', 'patru', 'cinci', 'șase', 'șapte', 'opt', 'nouă', 'zece'];
const fractionWords: Record<FractionWord, string> = {
  tenth: 'o zecime',
  fifth: 'o cincime',
  quarter: 'un sfert',
  third: 'o treime',
  half: 'jumătate',
  two_thirds: 'două treimi',
  three_quarters: 'trei sferturi',
  all: 'tot',
};

/** "o dată", "de două ori", "de cinci ori", "de 2,5 ori", "de 22 de ori". */
const times = (n: number) =>
  n === 1 ? 'o dată' : Number.isInteger(n) && n >= 2 && n <= 10 ? `de ${smallNumbers[n]} ori` : `de ${numberBefore(num(n))} ori`;

/** How a story is named in a sentence, with the forms a preposition or a pronoun agrees with. */
interface Named {
  /** Nominative-accusative: "un articol de pe news.example", "postările de pe reddit". */
  text: string;
  /** Genitive-dative: "unui articol de pe news.example", "postărilor de pe reddit". */
  dat: string;
  plural: boolean;
  fem: boolean;
  /** Ends with a quoted title, an apposition a comma closes before the verb. */
  titled: boolean;
}

/** A page by its kind: with its site and without, in both cases. */
const pageNoun: Record<string, { on: (d: string) => [string, string]; bare: [string, string]; fem: boolean }> = {
  news: { on: (d) => [`un articol de pe ${d}`, `unui articol de pe ${d}`], bare: ['un articol de presă', 'unui articol de presă'], fem: false },
  blog: { on: (d) => [`o postare de pe blogul ${d}`, `unei postări de pe blogul ${d}`], bare: ['o postare de blog', 'unei postări de blog'], fem: true },
  forum: { on: (d) => [`o discuție de pe forumul ${d}`, `unei discuții de pe forumul ${d}`], bare: ['o discuție de pe un forum', 'unei discuții de pe un forum'], fem: true },
  review: { on: (d) => [`o recenzie de pe ${d}`, `unei recenzii de pe ${d}`], bare: ['o recenzie', 'unei recenzii'], fem: true },
  video: { on: (d) => [`un videoclip de pe ${d}`, `unui videoclip de pe ${d}`], bare: ['un videoclip', 'unui videoclip'], fem: false },
  podcast: { on: (d) => [`un podcast de pe ${d}`, `unui podcast de pe ${d}`], bare: ['un podcast', 'unui podcast'], fem: false },
  social: { on: (d) => [`o postare de pe ${d}`, `unei postări de pe ${d}`], bare: ['o postare', 'unei postări'], fem: true },
  other: { on: (d) => [`o pagină de pe ${d}`, `unei pagini de pe ${d}`], bare: ['o pagină', 'unei pagini'], fem: true },
};

function named(src: StorySource): Named {
  switch (src.kind) {
    case 'page': {
      const p = pageNoun[src.sourceType ?? ''] ?? pageNoun.other!;
      const [text, dat] = src.domain ? p.on(src.domain) : p.bare;
      const title = src.title ? `, ${q(src.title)}` : '';
      return { text: `${text}${title}`, dat: `${dat}${title}`, plural: false, fem: p.fem, titled: Boolean(src.title) };
    }
    case 'hashtag':
      return { text: `hashtagul #${src.value}`, dat: `hashtagului #${src.value}`, plural: false, fem: false, titled: false };
    case 'account':
      return src.value
        ? { text: `postările contului @${src.value.replace(/^@/, '')}`, dat: `postărilor contului @${src.value.replace(/^@/, '')}`, plural: true, fem: true, titled: false }
        : { text: 'postările unui singur cont', dat: 'postărilor unui singur cont', plural: true, fem: true, titled: false };
    case 'domain':
    case 'platform':
      return { text: `postările de pe ${src.value}`, dat: `postărilor de pe ${src.value}`, plural: true, fem: true, titled: false };
    case 'words': {
      const about = src.words.length ? ` legate de ${andList(src.words.map(q))}` : '';
      return { text: `discuțiile${about}`, dat: `discuțiilor${about}`, plural: true, fem: true, titled: false };
    }
  }
}

/** "un articol de pe news.example, „Alpenglow recheamă …”", "hashtagul #trailstories", "postările unui singur cont", "postările de pe reddit". */
export function sourcePhrase(src: StorySource): string {
  return named(src).text;
}

/** A rise after "au crescut": "de 22 de ori", "de două ori", "cu 40 %", "de la zero la 412". */
function riseWords(f: RiseForm, count: string): string {
  switch (f.form) {
    case 'fold':
      return `de ${numberBefore(num(f.fold))} ori`;
    case 'times':
      return times(f.times);
    case 'percent':
      return `cu ${percentOf(f.percent)}`;
    case 'from_none':
      return `de la zero la ${count}`;
  }
}

/** "de cinci ori nivelul obișnuit al unei zile de marți", "cu 40 % peste nivelul obișnuit al unei zile de marți". */
function againstTypical(f: RiseForm, weekday: WeekdayKey): string {
  const level = `nivelul obișnuit ${wdOfTypical(weekday)}`;
  switch (f.form) {
    case 'fold':
      return `de ${numberBefore(num(f.fold))} ori ${level}`;
    case 'times':
      return f.times === 1 ? `cât ${level}` : `${times(f.times)} ${level}`;
    case 'percent':
      return `cu ${percentOf(f.percent)} peste ${level}`;
    case 'from_none':
      return `față de zero într-${wdTypical(weekday)}`;
  }
}

/** Negative mentions that doubled or tripled say so in one verb. */
const multiplied: Record<number, { past: string; verb: string }> = {
  2: { past: 's-au dublat', verb: 'dublat' },
  3: { past: 's-au triplat', verb: 'triplat' },
};

/** The negative mentions' rise, as a predicate ("au crescut de 22 de ori") and as what a cause did ("a dublat mențiunile negative"). */
function negativeRise(f: RiseForm, count: string, plural: boolean): { past: string; caused: string } {
  const aux = plural ? 'au' : 'a';
  const m = f.form === 'times' ? multiplied[f.times] : undefined;
  if (m) return { past: m.past, caused: `${aux} ${m.verb} mențiunile negative` };
  return { past: `au crescut ${riseWords(f, count)}`, caused: `${aux} făcut ca mențiunile negative să crească ${riseWords(f, count)}` };
}

/** The refund cost after an event: "; în această lună, rambursările au vizat 35,5 % din cazurile de asistență, în valoare de 48.153 EUR". */
const costClause = (c: CostText | null) =>
  c ? `; ${c.when}, rambursările au vizat ${c.rate} din cazurile de asistență${c.amount ? `, în valoare de ${c.amount}` : ''}` : '';

/** "l-au preluat", "au preluat-o", "le-au preluat". */
const sharedIt = (n: Named) => (n.plural ? 'le-au preluat' : n.fem ? 'au preluat-o' : 'l-au preluat');

const campaignClasses: Record<'growing' | 'steady' | 'burst_and_fade', string> = {
  growing: 'Continuă să crească',
  steady: 'Rămâne stabilă',
  burst_and_fade: 'A explodat, apoi s-a stins',
};

/** "1 zi", "o zi" after "într-": the days of a stretch. */
const days = (n: number, count: string) => countNoun(n, count, { one: 'zi', few: 'zile' });
const inDays = (n: number, count: string) => (n === 1 ? 'într-o zi' : `în ${days(n, count)}`);

export const tone: typeof En.tone = {
  labels: { good: 'Vești bune', bad: 'Necesită atenție', mixed: 'Vești amestecate', neutral: 'De reținut' },
  few: (p) =>
    p.n === 1
      ? `${countNoun(p.n, p.count, nouns[p.noun])}: insuficient pentru o comparație`
      : `${countNoun(p.n, p.count, nouns[p.noun])}: prea ${nouns[p.noun].masc ? 'puțini' : 'puține'} pentru o comparație`,
  duringNegative: 'a crescut odată cu mențiunile negative, deci nu este considerată o veste bună',
  negativeOf: (p) => `${p.mostly ? 'în mare parte' : 'parțial'} negative: ${p.negative} din ${p.volume}`,
  negativeShare: (p) => `${p.mostly ? 'în mare parte' : 'parțial'} negativ: ${p.share} din creștere provine din mențiuni negative`,
  partial: 'date parțiale: fără comparație',
  noise: 'în limitele variației obișnuite',
  typical: 'în intervalul obișnuit',
  ofCount: (p) => `${p.part} din ${countNoun(p.n, p.count, nouns[p.noun])}`,
  versusTypical: (p) => (p.times ? `${p.times} față de ${wdTypical(p.weekday)} (${p.expected})` : `${wdTypical(p.weekday)}: ${p.expected}`),
  timesOf: (p) => `${num(p.times >= 10 ? Math.round(p.times) : Math.round(p.times * 10) / 10)}×`,
  noTypical: (p) => `încă nu există o zi de ${wd(p.weekday)} tipică (${p.samples} din ${p.needed})`,
};

export const readable: typeof En.readable = {
  times,
  fraction: (w) => fractionWords[w],
  rise: riseWords,
  againstTypical,
};

export const story: typeof En.story = {
  negativeEvent: (p) => {
    const when = `pe ${p.day}, față de ${wdTypical(p.weekday)}`;
    const cost = costClause(p.cost);
    if (p.costFirst && p.source) {
      const n = named(p.source);
      const rise = negativeRise(p.rise, p.count, n.plural);
      return `${cap(n.text)}${n.titled ? ',' : ''} ${rise.caused} ${when}${cost}.`;
    }
    const rise = negativeRise(p.rise, p.count, false);
    return `Mențiunile negative ${rise.past} ${when}${p.source ? `, după ${sourcePhrase(p.source)}` : ''}${cost}.`;
  },
  campaignEvent: (p) =>
    p.firstDay
      ? `${q(p.name)} a adus ${countText(p.observed, series[p.metric])} în prima sa zi, ${p.day}, ${againstTypical(p.rise, p.weekday)}.`
      : `${q(p.name)} a adus ${wdDay(p.weekday, p.day)}, ${countText(p.observed, series[p.metric])}, ${againstTypical(p.rise, p.weekday)}.`,
  spikeEvent: (p) =>
    `${cap(wdDay(p.weekday, p.day))}, ${series[p.metric].the} au urcat la ${p.observed}, ${againstTypical(p.rise, p.weekday)}` +
    (p.source ? `, mai ales datorită ${named(p.source).dat}.` : '; niciun cont, site sau hashtag nu explică singur creșterea.'),
  dropEvent: (p) =>
    `${cap(wdDay(p.weekday, p.day))}, ${series[p.metric].the} au scăzut la ${p.observed}, față de un nivel obișnuit de ${p.expected}: ` +
    'verificați interogările de monitorizare și conexiunile înainte de a trage vreo concluzie.',
  details: {
    others: (p) => `În aceeași zi: ${p.others.map((o) => `${countText(o.observed, series[o.metric])} (de obicei ${o.expected})`).join('; ')}.`,
    traced: (p) => {
      const n = named(p.source);
      return p.single
        ? `${cap(p.share)} din creștere se datorează ${n.dat}${n.titled ? ',' : ''} și conturilor care ${sharedIt(n)}.`
        : `Cea mai mare parte a creșterii (${p.share}) a venit de la ${n.text}.`;
    },
    words: (p) => `Cele mai folosite cuvinte: ${p.words.map(q).join(', ')}.`,
    days: (p) =>
      p.n === 1
        ? `S-a remarcat într-o singură zi${p.from === p.to ? `, ${p.from}` : `, între ${p.from} și ${p.to}`}.`
        : `S-a remarcat ${inDays(p.n, p.count)}, de la ${p.from} până la ${p.to}.`,
    care: (p) => {
      const cases = `${countText(p.cases, { one: 'caz', few: 'cazuri' })} pe tema ${q(p.theme)}`;
      const usual = p.expected === null || parseCount(p.expected) === 0 ? 'de obicei niciunul' : `de obicei în jur de ${p.expected}`;
      const refunds = p.refunds
        ? `; ${p.refunds === 1 ? (isOne(p.cases) ? 'acesta s-a încheiat' : 'unul dintre ele s-a încheiat') : `${p.refundCount} dintre ele s-au încheiat`} cu rambursare${p.amount ? ` (${p.amount})` : ''}`
        : '';
      return `În acea săptămână, echipa de asistență a primit ${cases} (${usual})${refunds}.`;
    },
    sla: (p) =>
      `Echipa de asistență a ratat ținta de ${p.step === 'triage' ? 'triere în 12 ore' : 'rezolvare în 24 de ore'}: ${p.value} din cazuri au fost tratate la timp, față de o țintă de ${p.target}.`,
    campaignClass: (p) => `${campaignClasses[p.lifecycle]}: ${p.why}`,
    campaignDays: (p) => `${p.hashtag ? `Hashtagul #${p.hashtag}` : 'Campania'} a animat conversația ${inDays(p.n, p.count)} din această perioadă.`,
    shareOfVoice: (p) => `Share of voice în acea zi: ${p.share} (${p.previous} în ziua precedentă).`,
  },
  costWhen: { day: 'în acea zi', week: 'în această săptămână', month: 'în această lună', quarter: 'în acest trimestru', year: 'în acest an', range: 'în această perioadă' },
  careCost: (p) =>
    `Rambursările au vizat ${p.rate} din cazurile de asistență (${p.refunds} din ${p.cases})${p.amount ? `, în valoare de ${p.amount}` : ''}` +
    `${p.previousRate ? `, față de ${p.previousRate} ${periodIn(p.previous)}` : ''}.`,
  kpiChange: (p) => `${p.label}: ${p.up ? 'creștere' : 'scădere'} la ${p.value}, ${p.change} față de ${p.previous}${p.note ? ` (${p.note})` : ''}.`,
  salesSummary: (p) => {
    const parts: string[] = [];
    if (p.pipeline) {
      const change = p.pipelineChange ? `, ${p.pipelineChange.up ? 'în creștere' : 'în scădere'} cu ${p.pipelineChange.percent} față de ${p.previous}` : '';
      parts.push(`pipeline-ul valorează ${p.pipeline}${change}`);
    }
    if (p.won) {
      const w = p.won;
      const moved = w.smaller ? `, cu ${w.smaller} mai puțin` : w.larger ? `, cu ${w.larger} mai mult` : '';
      const average = w.smaller ? `, cu ${w.smaller} mai mică` : w.larger ? `, cu ${w.larger} mai mare` : '';
      if (w.n === 0) parts.push('nicio tranzacție câștigată');
      else if (w.n === 1) parts.push(`singura tranzacție câștigată valorează ${w.average}${moved}`);
      else parts.push(`cele ${countNoun(w.n, w.count, { one: 'tranzacție câștigată', few: 'tranzacții câștigate' })} au avut o valoare medie de ${w.average}${average}`);
    }
    if (p.winRate) {
      const r = p.winRate;
      const closed = countText(r.closed, { one: 'tranzacție închisă', few: 'tranzacții închise' });
      parts.push(`rata de câștig este de ${r.rate} din ${closed}${r.previous ? ` (${r.previous} ${periodIn(p.previous)})` : ''}`);
    }
    return parts.length ? `${cap(parts.join('; '))}.` : '';
  },
  talkingPoint: (p) => {
    const answer = 'pregătiți-vă pentru această întrebare și îndrumați-i către declarația oficială a companiei.';
    if (p.theme) {
      const questions = p.cases === null ? '' : countText(p.cases, { one: 'întrebare', few: 'întrebări' });
      const before = p.previousCases ? `față de ${p.previousCases} ${periodIn(p.previous)}` : '';
      const figures = [questions, before].filter(Boolean).join(', ');
      return `Clienții întreabă despre ${q(p.theme)}${figures ? ` (${figures})` : ''}${p.source ? `, după ${sourcePhrase(p.source)}` : ''}: ${answer}`;
    }
    return `Clienții ar putea întreba despre ${p.source ? sourcePhrase(p.source) : 'această știre'}: ${answer}`;
  },
  prospectsRising: (p) =>
    `Potențialii clienți întreabă tot mai des despre ${q(p.theme)}: ${countText(p.cases, { one: 'întrebare', few: 'întrebări' })}, față de ${p.previousCases} ${periodIn(p.previous)}.`,
  notes: {
    noBaseline: (p) => {
      const has = p.samples === 0 ? 'datele de acum nu conțin niciuna' : p.samples === 1 ? 'datele de acum conțin doar una' : `datele de acum conțin doar ${p.samples}`;
      return `Încă nu există o zi tipică: pentru ${wdTypical(p.weekday)} sunt necesare date din ${wdCount(p.needed, p.weekday)}, iar ${has}.`;
    },
    noBaselinePeriod: (p) =>
      `Încă nu există o zi tipică: vârfurile și scăderile necesită date din ${countNoun(p.needed, String(p.needed), { one: 'săptămână', few: 'săptămâni' })} pentru fiecare zi a săptămânii, ` +
      `iar datele de acum acoperă ${days(p.days, p.count)}.`,
    baselineFrom: (p) => `Vârfurile și scăderile sunt verificate începând cu ${p.day}: înainte de această dată, zilele săptămânii nu aveau suficiente săptămâni anterioare de date.`,
    partialUntil: (p) => `Date parțiale: până la ora ${p.time} din ${p.day}. Indicatorii nu sunt comparați cu perioade complete.`,
    partialFrom: (p) => `Datele încep pe ${p.day}: perioada este calculată de la această dată și nu este comparată ca și cum ar fi completă.`,
    partialTo: (p) => `Date parțiale: până la ${p.day}. Indicatorii nu sunt comparați cu perioade complete.`,
    unmatched: (p) => {
      const listened = countText(p.listened, { one: 'mențiune colectată', few: 'mențiuni colectate' });
      if (p.all) return `Niciuna dintre cele ${listened} nu numește brandul, un concurent sau un subiect urmărit, așa că niciuna nu este numărată ca mențiune a brandului sau în share of voice.`;
      return isOne(p.unmatched)
        ? `1 dintre cele ${listened} (${p.share}) nu numește nici brandul, nici vreun concurent sau subiect urmărit; nu este numărată ca mențiune a brandului și nici în share of voice.`
        : `${p.unmatched} dintre cele ${listened} (${p.share}) nu numesc nici brandul, nici vreun concurent sau subiect urmărit; acestea nu sunt numărate ca mențiuni ale brandului și nici în share of voice.`;
    },
    sentimentApart: (p) => {
      const up = p.reputationUp;
      const ratio = p.ratioBefore === p.ratioNow ? `a rămas ${p.ratioNow}` : `a trecut de la ${p.ratioBefore} la ${p.ratioNow}`;
      return (
        `Reputația a ${up ? 'crescut' : 'scăzut'} (${p.reputation}), în timp ce sentimentul net a ${up ? 'scăzut' : 'crescut'} (${p.net}): ` +
        `au existat ${up ? 'mai puține' : 'mai multe'} mențiuni neutre (${p.neutralNow}, față de ${p.neutralBefore} ${periodIn(p.previous)}), ceea ce influențează reputația, ` +
        `iar raportul dintre mențiunile pozitive și cele negative ${ratio}.`
      );
    },
  },
  months: {
    heading: 'Lună de lună',
    nothing: 'Nimic notabil.',
    item: (p) => `${cap(p.month)}: ${p.text}`,
  },
  voices: {
    heading: 'Ce au spus oamenii',
    intro: 'Mențiuni reale din spatele poveștii acestei perioade, așa cum le-a găsit instrumentul de monitorizare.',
    empty: 'Nicio mențiune cu text în această perioadă.',
    meta: (p) =>
      [p.author ? (/^[\p{L}\p{N}_.]+$/u.test(p.author) ? `@${p.author}` : p.author) : null, p.platform, p.day, p.reach ? `acoperire ${p.reach}` : null].filter(Boolean).join(' · '),
    open: 'Deschideți',
    quotesLabel: 'Ce au spus oamenii despre acest subiect',
  },
  nextSteps: {
    team: {
      negative: (p) =>
        `Informați${p.today ? ' chiar astăzi' : ''} echipa de asistență și purtătorii de cuvânt despre ${p.source ? sourcePhrase(p.source) : `mențiunile negative din ${p.day}`}, ` +
        'stabiliți o declarație provizorie și răspundeți acolo unde se discută subiectul.',
      careSurge: (p) => `Suplimentați echipa de asistență până la rezolvarea cazurilor pe tema ${q(p.theme)} și verificați din nou SLA-ul în perioada următoare.`,
      campaign: (p) => `Notați ce a propulsat campania ${q(p.name)} (cele mai bune postări și conturi), pentru următoarea lansare.`,
      spike: (p) => `Mulțumiți și amplificați conturile din spatele creșterii din ${p.day}${p.source ? ` (${sourcePhrase(p.source)})` : ''}.`,
      drop: (p) => `Verificați dacă interogările de monitorizare și conexiunile la surse au funcționat pe ${p.day}, apoi căutați o campanie sau un canal pus pe pauză.`,
      goal: (p) => `Revizuiți împreună cu responsabilul său planul pentru ${q(p.label)}: decideți ce se schimbă sau redefiniți obiectivul.`,
      sla: 'Suplimentați echipa de asistență în orele de vârf sau înăspriți regulile de triere și verificați din nou SLA-ul în perioada următoare.',
      kpiWorse: (p) => `Analizați de ce s-a modificat indicatorul ${q(p.label)}: pagina sa conține definiția și istoricul.`,
      competitor: (p) => `Analizați ce a publicat ${p.competitor} în această perioadă și dacă răspunde unei nevoi a publicului dumneavoastră.`,
      campaignFading: (p) => `Reîmprospătați campania ${q(p.name)} cu conținut nou sau încheiați-o și planificați continuarea înainte de următoarea lansare.`,
      campaignGrowing: (p) => `Continuați să alimentați campania ${q(p.name)} și alocați-i buget cât timp încă este în creștere.`,
      refunds: 'Întrebați echipele de asistență și de produs din ce comenzi provin rambursările și dacă a fost remediată cauza.',
    },
    sales: {
      talkingPoint: (p) =>
        `Stabiliți împreună cu echipa social media un răspuns scurt despre ${p.theme ? q(p.theme) : 'acest subiect'} pentru discuțiile cu clienții, pe baza declarației oficiale a companiei.`,
      pipeline: 'Revizuiți împreună cu responsabilii lor tranzacțiile care au ieșit din pipeline luna aceasta și pe cele deschise care se pot închide luna viitoare.',
      socialLeads: (p) =>
        isOne(p.count)
          ? 'Contactați cât mai curând singurul lead venit din social media, cât timp interesul este încă viu.'
          : `Contactați cât mai curând cele ${countText(p.count, { one: 'lead venit', few: 'lead-uri venite' })} din social media, cât timp interesul este încă viu.`,
      prospects: (p) => `Pregătiți un răspuns despre ${q(p.theme)}: potențialii clienți întreabă tot mai des despre acest subiect.`,
      winRate: 'Căutați un motiv comun în tranzacțiile pierdute luna aceasta.',
      goal: (p) => `Stabiliți împreună cu conducerea ce se schimbă pentru ${q(p.label)}.`,
    },
    leadership: {
      negative: (p) =>
        `Decideți asupra suplimentării echipei de asistență până la rezolvarea cazurilor${p.theme ? ` pe tema ${q(p.theme)}` : ''}${p.amount ? `: rambursările aferente au costat până acum ${p.amount}` : ''}.`,
      goalMissed: (p) => `Decideți dacă schimbați planul pentru ${q(p.label)} sau redefiniți obiectivul.`,
      goalOffTrack: (p) => `Decideți ce sprijin este necesar pentru ca ${q(p.label)} să revină pe traiectorie.`,
      sla: 'Aprobați suplimentarea echipei de asistență în orele de vârf: ținta privind nivelul serviciului (SLA) a fost ratată.',
      competitor: (p) => `Cereți echipei de marketing un răspuns la câștigurile de share of voice ale concurentului ${p.competitor}.`,
      pipeline: 'Cereți echipei de vânzări planul pentru reumplerea pipeline-ului.',
    },
  },
  employee: {
    guidanceHeading: 'Dacă vi se pun întrebări',
    guidance: (p) =>
      `Este posibil să fiți întrebați despre ${p.source ? sourcePhrase(p.source) : 'o știre despre compania noastră'}. ` +
      'Vă rugăm să nu comentați personal: îndrumați persoanele către declarația oficială a companiei și transmiteți întrebările jurnaliștilor echipei de comunicare.',
    proudHeading: 'Motive de mândrie',
    campaign: (p) => `${q(p.name)} a făcut ca lumea să vorbească despre noi luna aceasta.`,
    goalMet: (p) => `Ne-am atins obiectivul: ${p.label}.`,
    growing: (p) => `${q(p.name)} continuă să crească de la o săptămână la alta.`,
    nothingProud: 'Luna aceasta nu avem nicio campanie sau obiectiv de sărbătorit; cele mai bune postări ale noastre sunt mai jos.',
  },
};
