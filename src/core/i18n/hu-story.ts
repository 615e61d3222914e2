/**
 * The Hungarian sentences of the story layer (see en-story.ts, the reference): tone notes,
 * readable numbers, events, talking points, the sales summary, honest-comparison notes, next
 * steps per audience, voices and the employee digest's sharing guidance. Each export is typed with
 * its English counterpart, so the compiler proves the same keys, parameters and functions.
 *
 * Written for Hungarian word order, in the formal register of hu.ts (requests as formal plural
 * imperatives: "Ellenőrizzék", "Tájékoztassák"):
 * - numbers, percentages and dates take their endings as read (hu-grammar.ts: "412-re",
 *   "40%-kal", "szeptember 14-én", "2026. augusztushoz képest");
 * - a noun after a number stays singular ("5 eset", "21 említés");
 * - what cannot take an ending itself (a name, a title, a domain) stands before a noun that
 *   does ("a(z) „…” kampány", "a news.example oldalon megjelent „…” című cikkre");
 * - a series is counted through "száma" ("a megosztások száma … 900-ra nőtt"), so no verb has to
 *   agree with a plural;
 * - quoted names and words use „…”.
 */
import type * as En from './en-story.ts';
import type { CostText, StorySource } from './en-story.ts';
import type { FractionWord, RiseForm } from '../story/readable.ts';
import type { SampleNoun } from '../metrics/sample.ts';
import type { SeriesKey, WeekdayKey } from './en.ts';
import { a, andList, cap, multiple, num, onDay, periodWords, q, shareOf, suffix, type Suffix } from './hu-grammar.ts';

/** A formatted count reads as one ("1"). */
const isOne = (count: string) => count.trim() === '1';

/** A weekday: its name, "on" form and adjective ("hétfő", "hétfőn", "hétfői"). */
export const weekdays: Record<WeekdayKey, { name: string; on: string; adj: string }> = {
  Mon: { name: 'hétfő', on: 'hétfőn', adj: 'hétfői' },
  Tue: { name: 'kedd', on: 'kedden', adj: 'keddi' },
  Wed: { name: 'szerda', on: 'szerdán', adj: 'szerdai' },
  Thu: { name: 'csütörtök', on: 'csütörtökön', adj: 'csütörtöki' },
  Fri: { name: 'péntek', on: 'pénteken', adj: 'pénteki' },
  Sat: { name: 'szombat', on: 'szombaton', adj: 'szombati' },
  Sun: { name: 'vasárnap', on: 'vasárnap', adj: 'vasárnapi' },
};
/** "a szokásos hétfői érték". */
const typical = (k: WeekdayKey) => `a szokásos ${weekdays[k].adj} érték`;

/** What a rate or an average rests on: the noun after a count, and "out of" ("15 esetből"). */
const nouns: Record<SampleNoun, { one: string; of: string; many: string }> = {
  cases: { one: 'eset', of: 'esetből', many: 'eset' },
  deals: { one: 'üzlet', of: 'üzletből', many: 'üzlet' },
  leads: { one: 'lead', of: 'leadből', many: 'lead' },
  mentions: { one: 'említés', of: 'említésből', many: 'említés' },
  buyers: { one: 'vásárló', of: 'vásárlóból', many: 'vásárló' },
  clicks: { one: 'kattintás', of: 'kattintásból', many: 'kattintás' },
  posts: { one: 'bejegyzés', of: 'bejegyzésből', many: 'bejegyzés' },
  followers: { one: 'követő', of: 'követőből', many: 'követő' },
  people: { one: 'személy', of: 'személyből', many: 'személy' },
};

/** A series: counted ("900 megosztás"), as an object after a count ("900 megosztást") and its total as a subject ("a megosztások száma"). */
const series: Record<SeriesKey, { count: string; object: string; total: string }> = {
  mentions: { count: 'márkaemlítés', object: 'márkaemlítést', total: 'a márkaemlítések száma' },
  negative_mentions: { count: 'negatív említés', object: 'negatív említést', total: 'a negatív említések száma' },
  shares: { count: 'megosztás', object: 'megosztást', total: 'a megosztások száma' },
  hashtag_uses: { count: 'márkahashtag-használat', object: 'márkahashtag-használatot', total: 'a márkahashtagek használata' },
  new_followers: { count: 'új követő', object: 'új követőt', total: 'az új követők száma' },
};

const fractionWords: Record<FractionWord, string> = {
  tenth: 'egytized',
  fifth: 'egyötöd',
  quarter: 'egynegyed',
  third: 'egyharmad',
  half: 'a fele',
  two_thirds: 'kétharmad',
  three_quarters: 'háromnegyed',
  all: 'az egész',
};

/** "egyszer", "kétszer", "ötször", "2,5-szer", "22-szer". */
const times = (n: number) => multiple(n, 'adv');

/** How a story's source is named: words before a head noun, which takes the case endings. */
interface Named {
  pre: string;
  head: string;
  plural: boolean;
}
const headForms: Record<string, Partial<Record<Suffix, string>>> = {
  oldal: { bol: 'oldalról' },
  hashtag: { ra: 'hashtagre', bol: 'hashtagből', rol: 'hashtagről' },
};
const inflect = (n: Named, s: Suffix) => `${n.pre}${headForms[n.head]?.[s] ?? suffix(n.head, s)}`;
const text = (n: Named) => `${n.pre}${n.head}`;

/** A page by its kind. */
const pageNoun: Record<string, string> = {
  news: 'cikk',
  blog: 'blogbejegyzés',
  forum: 'fórumtéma',
  review: 'értékelés',
  video: 'videó',
  podcast: 'podcastepizód',
  social: 'bejegyzés',
  other: 'tartalom',
};

function named(src: StorySource): Named {
  switch (src.kind) {
    case 'page': {
      const noun = pageNoun[src.sourceType ?? ''] ?? 'tartalom';
      const titled = src.title ? `${q(src.title)} című ` : '';
      if (src.domain) return { pre: `${a(src.domain)} oldalon megjelent ${titled}`, head: noun, plural: false };
      return { pre: titled ? `a ${titled}` : 'egy ', head: noun, plural: false };
    }
    case 'hashtag':
      return { pre: `a #${src.value} `, head: 'hashtag', plural: false };
    case 'account':
      return { pre: src.value ? `@${src.value.replace(/^@/, '')} ` : 'egyetlen fiók ', head: 'bejegyzései', plural: true };
    case 'domain':
      return { pre: `${a(src.value)} oldalon megjelent `, head: 'bejegyzések', plural: true };
    case 'platform':
      return { pre: `${a(src.value)} felületén megjelent `, head: 'bejegyzések', plural: true };
    case 'words':
      return { pre: src.words.length ? `${a(andList(src.words.map(q)))} témájú ` : 'a ', head: 'beszélgetések', plural: true };
  }
}

/** "a news.example oldalon megjelent „…” című cikk", "a #trailstories hashtag", "@anna_trail bejegyzései". */
export function sourcePhrase(src: StorySource): string {
  return text(named(src));
}

/** A rise as a headline says it, after "nőtt": "22-szeresére", "ötszörösére", "40%-kal", "nulláról 412-re". */
function riseWords(f: RiseForm, count: string): string {
  switch (f.form) {
    case 'fold':
      return multiple(f.fold, 'to');
    case 'times':
      return multiple(f.times, 'to');
    case 'percent':
      return suffix(`${num(f.percent)}%`, 'val');
    case 'from_none':
      return `${suffix('0', 'rol')} ${suffix(count, 'ra')}`;
  }
}

/** Against the typical weekday: "a szokásos keddi érték ötszöröse", "40%-kal több a szokásos keddi értéknél", "holott egy szokásos kedden egy sincs". */
function againstTypical(f: RiseForm, weekday: WeekdayKey): string {
  switch (f.form) {
    case 'fold':
      return `${typical(weekday)} ${multiple(f.fold, 'of')}`;
    case 'times':
      return `${typical(weekday)} ${multiple(f.times, 'of')}`;
    case 'percent':
      return `${suffix(`${num(f.percent)}%`, 'val')} több ${typical(weekday)}nél`;
    case 'from_none':
      return `holott egy szokásos ${weekdays[weekday].on} egy sincs`;
  }
}
/** The typical comparison as a clause after a figure: ", ami a szokásos … ötszöröse" / ", holott …". */
const whichIs = (f: RiseForm, weekday: WeekdayKey) => (f.form === 'from_none' ? `, ${againstTypical(f, weekday)}` : `, ami ${againstTypical(f, weekday)}`);

/** The negative mentions' rise as a predicate: "a szokásos hétfői érték 22-szeresére nőtt", "40%-kal a szokásos hétfői érték fölé emelkedett". */
function negativeRise(f: RiseForm, count: string, weekday: WeekdayKey): string {
  switch (f.form) {
    case 'fold':
    case 'times':
      return `${typical(weekday)} ${riseWords(f, count)} nőtt`;
    case 'percent':
      return `${riseWords(f, count)} ${typical(weekday)} fölé emelkedett`;
    case 'from_none':
      return `${suffix(count, 'ra')} nőtt, holott egy szokásos ${weekdays[weekday].on} egy sincs`;
  }
}

/** "szeptember 14-én, hétfőn". */
const onWeekday = (day: string, weekday: WeekdayKey) => `${onDay(day)}, ${weekdays[weekday].on}`;

/** The refund cost after an event: "; ebben a hónapban a visszatérítések az ügyfélszolgálati esetek 35,5%-át érintették, 48 153 EUR értékben". */
const costClause = (c: CostText | null) =>
  c ? `; ${c.when} a visszatérítések az ügyfélszolgálati esetek ${shareOf(c.rate, 't')} érintették${c.amount ? `, ${c.amount} értékben` : ''}` : '';

const campaignClasses: Record<'growing' | 'steady' | 'burst_and_fade', string> = {
  growing: 'Folyamatosan növekszik',
  steady: 'Stabil marad',
  burst_and_fade: 'Hirtelen felfutott, majd lecsengett',
};

/** "a(z) „Őszi indulás” kampány". */
const campaign = (name: string) => `${a(q(name))} kampány`;
/** "a(z) „visszáru” témában". */
const theme = (t: string) => `${a(q(t))} témában`;

export const tone: typeof En.tone = {
  labels: { good: 'Jó hír', bad: 'Figyelmet igényel', mixed: 'Vegyes kép', neutral: 'Érdemes tudni' },
  few: (p) => `${p.count} ${nouns[p.noun].one}: túl kevés az összehasonlításhoz`,
  duringNegative: 'a negatív említésekkel együtt nőtt, ezért nem számít jó hírnek',
  negativeOf: (p) => `${p.mostly ? 'nagyrészt' : 'részben'} negatív: ${suffix(p.volume, 'bol')} ${p.negative}`,
  negativeShare: (p) => `${p.mostly ? 'nagyrészt' : 'részben'} negatív: a növekedés ${shareOf(p.share)} negatív említésekből származott`,
  partial: 'részidőszak: nincs összehasonlítás',
  noise: 'a szokásos ingadozáson belül',
  typical: 'a szokásos sávon belül',
  ofCount: (p) => `${p.count} ${nouns[p.noun].of} ${p.part}`,
  versusTypical: (p) => (p.times ? `${p.times} ${typical(p.weekday)}hez képest (${p.expected})` : `szokásos ${weekdays[p.weekday].adj} érték: ${p.expected}`),
  timesOf: (p) => `${num(p.times >= 10 ? Math.round(p.times) : Math.round(p.times * 10) / 10)}×`,
  noTypical: (p) => `még nincs szokásos ${weekdays[p.weekday].adj} érték (${p.samples}/${p.needed})`,
};

export const readable: typeof En.readable = {
  times,
  fraction: (w) => fractionWords[w],
  rise: riseWords,
  againstTypical,
};

export const story: typeof En.story = {
  negativeEvent: (p) => {
    const rise = negativeRise(p.rise, p.count, p.weekday);
    const cost = costClause(p.cost);
    if (p.costFirst && p.source) return `${cap(sourcePhrase(p.source))} nyomán a negatív említések száma ${onWeekday(p.day, p.weekday)} ${rise}${cost}.`;
    return `A negatív említések száma ${onWeekday(p.day, p.weekday)} ${rise}${p.source ? `, ${sourcePhrase(p.source)} nyomán` : ''}${cost}.`;
  },
  campaignEvent: (p) =>
    p.firstDay
      ? `${cap(campaign(p.name))} az első napján, ${onDay(p.day)} ${p.observed} ${series[p.metric].object} hozott${whichIs(p.rise, p.weekday)}.`
      : `${cap(campaign(p.name))} ${onWeekday(p.day, p.weekday)} ${p.observed} ${series[p.metric].object} hozott${whichIs(p.rise, p.weekday)}.`,
  spikeEvent: (p) =>
    `${cap(series[p.metric].total)} ${onWeekday(p.day, p.weekday)} ${suffix(p.observed, 'ra')} nőtt${whichIs(p.rise, p.weekday)}` +
    (p.source ? `, elsősorban ${sourcePhrase(p.source)} nyomán.` : '; ezt egyetlen fiók, oldal vagy hashtag sem magyarázza.'),
  dropEvent: (p) =>
    `${cap(series[p.metric].total)} ${onWeekday(p.day, p.weekday)} ${suffix(p.observed, 'ra')} esett vissza a szokásos ${p.expected} helyett: ` +
    'mielőtt következtetést vonnának le belőle, ellenőrizzék a figyelési lekérdezéseket és a kapcsolatokat.',
  details: {
    others: (p) => `Ugyanazon a napon: ${p.others.map((o) => `${o.observed} ${series[o.metric].count} (szokásos érték: ${o.expected})`).join('; ')}.`,
    traced: (p) => {
      const n = named(p.source);
      return p.single
        ? `A növekedés ${shareOf(p.share)} ${inflect(n, 'ra')} és az ${n.plural ? 'azokat' : 'azt'} megosztó fiókokra vezethető vissza.`
        : `A növekedés legnagyobb része (${p.share}) ${inflect(n, 'bol')} származott.`;
    },
    words: (p) => `A leggyakoribb szavak: ${p.words.map(q).join(', ')}.`,
    days: (p) => `${p.count} napon emelkedett ki, ${p.from} és ${p.to} között.`,
    care: (p) => {
      const usual = p.expected === null ? 'általában egy sem érkezik' : `a várható érték kb. ${p.expected}`;
      const refunds = p.refunds ? `; ebből ${p.refundCount} visszatérítéssel zárult${p.amount ? ` (${p.amount})` : ''}` : '';
      return `Azon a héten ${p.cases} ügyfélszolgálati eset érkezett ${theme(p.theme)} (${usual})${refunds}.`;
    },
    sla: (p) =>
      `Az ügyfélszolgálat nem teljesítette ${p.step === 'triage' ? 'a 12 órán belüli besorolásra' : 'a 24 órán belüli megoldásra'} vonatkozó célt: ` +
      `az esetek ${shareOf(p.value, 't')} ${p.step === 'triage' ? 'sorolták be' : 'oldották meg'} időben, a kitűzött ${p.target} helyett.`,
    campaignClass: (p) => `${campaignClasses[p.lifecycle]}: ${p.why}`,
    campaignDays: (p) => `${p.hashtag ? `A #${p.hashtag} hashtag` : 'A kampány'} ebben az időszakban ${p.count} napon élénkítette a beszélgetést.`,
    shareOfVoice: (p) => `Share of voice aznap: ${p.share} (előző nap: ${p.previous}).`,
  },
  costWhen: { day: 'aznap', week: 'ezen a héten', month: 'ebben a hónapban', quarter: 'ebben a negyedévben', year: 'ebben az évben', range: 'ebben az időszakban' },
  careCost: (p) =>
    `A visszatérítések az ügyfélszolgálati esetek ${shareOf(p.rate, 't')} érintették (${suffix(p.cases, 'bol')} ${p.refunds})${p.amount ? `, ${p.amount} értékben` : ''}` +
    `${p.previousRate ? `; ${periodWords(p.previous).in} ez az arány ${p.previousRate} volt` : ''}.`,
  kpiChange: (p) =>
    `${p.label}: ${suffix(p.value, 'ra')} ${p.up ? 'nőtt' : 'csökkent'} (${p.change} ${periodWords(p.previous).to} képest${p.note ? `; ${p.note}` : ''}).`,
  salesSummary: (p) => {
    const parts: string[] = [];
    const previous = periodWords(p.previous);
    if (p.pipeline) {
      const change = p.pipelineChange ? `, ${previous.to} képest ${suffix(p.pipelineChange.percent, 'val')} ${p.pipelineChange.up ? 'több' : 'kevesebb'}` : '';
      parts.push(`a pipeline értéke ${p.pipeline}${change}`);
    }
    if (p.won) {
      const w = p.won;
      const moved = w.smaller ? `, az előző időszakinál ${suffix(w.smaller, 'val')} kisebb` : w.larger ? `, az előző időszakinál ${suffix(w.larger, 'val')} nagyobb` : '';
      parts.push(w.n === 1 ? `az egyetlen megnyert üzlet értéke ${w.average}${moved}` : `${a(w.count)} megnyert üzlet átlagos értéke ${w.average}${moved}`);
    }
    if (p.winRate) {
      const r = p.winRate;
      parts.push(`a nyerési arány ${r.rate} ${a(r.closed)} lezárt üzlet alapján${r.previous ? ` (${previous.in}: ${r.previous})` : ''}`);
    }
    return parts.length ? `${cap(parts.join('; '))}.` : '';
  },
  talkingPoint: (p) => {
    const answer = 'készüljenek fel a kérdésre, és irányítsák őket a vállalat hivatalos közleményéhez.';
    if (p.theme) {
      const questions = p.cases === null ? '' : `${p.cases} kérdés`;
      const before = p.previousCases ? `${periodWords(p.previous).in} ${p.previousCases}` : '';
      const figures = [questions, before].filter(Boolean).join(', ');
      return `Az ügyfelek ${a(q(p.theme))} témáról kérdeznek${figures ? ` (${figures})` : ''}${p.source ? `, ${sourcePhrase(p.source)} nyomán` : ''}: ${answer}`;
    }
    return `Az ügyfelek ${p.source ? inflect(named(p.source), 'rol') : 'a hírről'} is kérdezhetnek: ${answer}`;
  },
  prospectsRising: (p) => `Az érdeklődők egyre többet kérdeznek ${a(q(p.theme))} témáról: ${p.cases} kérdés (${periodWords(p.previous).in}: ${p.previousCases}).`,
  notes: {
    noBaseline: (p) => {
      const w = weekdays[p.weekday];
      const has = p.samples === 0 ? 'ezekben az adatokban egy sincs' : `ezekben az adatokban ${p.samples} van`;
      return `Még nincs szokásos napi érték: ${typical(p.weekday)}hez ${p.needed} ${w.name} adataira van szükség, ${has}.`;
    },
    noBaselinePeriod: (p) =>
      `Még nincs szokásos napi érték: a kiugrások és visszaesések vizsgálatához a hét minden napjára ${p.needed} hétnyi adat kell, ` +
      `ezek az adatok pedig ${p.count} napot fednek le.`,
    baselineFrom: (p) => `A jelentés ${suffix(p.day, 'tol')} vizsgálja a kiugrásokat és visszaeséseket: korábban a hét napjaihoz túl kevés korábbi hét adata állt rendelkezésre.`,
    partialUntil: (p) => `Részleges adatok: ${p.day} ${p.time}-ig. Az értékek nincsenek teljes időszakokkal összevetve.`,
    partialFrom: (p) => `Az adatok ${onDay(p.day)} kezdődnek: az időszak ettől a naptól számít, és nem teljes időszakként szerepel az összehasonlításokban.`,
    partialTo: (p) => `Részleges adatok: ${suffix(p.day, 'ig')}. Az értékek nincsenek teljes időszakokkal összevetve.`,
    unmatched: (p) =>
      p.all
        ? `A begyűjtött ${p.listened} említés egyike sem nevezi meg a márkát, versenytársat vagy követett témát, ezért egyik sem számít márkaemlítésnek, és a share of voice számításában sem szerepel.`
        : `A begyűjtött ${p.listened} említésből ${p.unmatched} (${p.share}) sem a márkát, sem versenytársat vagy követett témát nem nevez meg; ezek nem számítanak márkaemlítésnek, és a share of voice számításában sem szerepelnek.`,
    sentimentApart: (p) => {
      const up = p.reputationUp;
      const ratio = p.ratioBefore === p.ratioNow ? `${p.ratioNow} maradt` : `${suffix(p.ratioBefore, 'rol')} ${suffix(p.ratioNow, 'ra')} változott`;
      return (
        `A reputációs index ${up ? 'javult' : 'romlott'} (${p.reputation}), miközben a nettó szentiment ${up ? 'romlott' : 'javult'} (${p.net}): ` +
        `${up ? 'kevesebb' : 'több'} említés volt semleges (${p.neutralNow}, ${periodWords(p.previous).in} ${p.neutralBefore}), és ez mozgatja a reputációs indexet; ` +
        `az egy negatív említésre jutó pozitív említések száma eközben ${ratio}.`
      );
    },
  },
  months: {
    heading: 'Hónapról hónapra',
    nothing: 'Nem történt kiemelkedő esemény.',
    item: (p) => `${cap(p.month)}: ${p.text}`,
  },
  voices: {
    heading: 'Mit mondtak az emberek',
    intro: 'Valós említések az időszak eseményei mögül, ahogyan a figyelőeszköz megtalálta őket.',
    empty: 'Ebben az időszakban nincs szöveges említés.',
    meta: (p) =>
      [p.author ? (/^[\p{L}\p{N}_.]+$/u.test(p.author) ? `@${p.author}` : p.author) : null, p.platform, p.day, p.reach ? `${p.reach} elérés` : null].filter(Boolean).join(' · '),
    open: 'Megnyitás',
    quotesLabel: 'Mit mondtak róla',
  },
  nextSteps: {
    team: {
      negative: (p) =>
        `Tájékoztassák${p.today ? ' még ma' : ''} az ügyfélszolgálatot és a szóvivőket ${p.source ? inflect(named(p.source), 'rol') : `${a(suffix(p.day, 'i'))} negatív említésekről`}, ` +
        'egyeztessenek egy előzetes nyilatkozatot, és válaszoljanak ott, ahol a témáról beszélnek.',
      careSurge: (p) => `Erősítsék meg az ügyfélszolgálatot, amíg ${a(q(p.theme))} témájú esetek el nem fogynak, és a következő időszakban ellenőrizzék újra az SLA teljesülését.`,
      campaign: (p) => `Jegyezzék fel, mitől lendült fel ${campaign(p.name)} (legjobb bejegyzései és fiókjai), és használják fel a következő bevezetésnél.`,
      spike: (p) =>
        `Köszönjék meg a támogatást a ${suffix(p.day, 'i')} növekedés mögött álló fiókoknak, és osszák meg tovább a tartalmaikat${p.source ? ` (${sourcePhrase(p.source)})` : ''}.`,
      drop: (p) => `Ellenőrizzék, hogy ${onDay(p.day)} lefutottak-e a figyelési lekérdezések és a forráskapcsolatok, majd keressenek szüneteltetett kampányt vagy csatornát.`,
      goal: (p) => `Tekintsék át ${a(q(p.label))} cél tervét a felelősével: döntsenek a változtatásokról, vagy tűzzék ki újra a célt.`,
      sla: 'Erősítsék meg az ügyfélszolgálatot a legforgalmasabb órákban, vagy szigorítsák a besorolási szabályokat, és a következő időszakban ellenőrizzék újra az SLA teljesülését.',
      kpiWorse: (p) => `Vizsgálják meg, miért változott ${a(q(p.label))} mutató: az oldalán megtalálják a definícióját és az előzményeit.`,
      competitor: (p) => `Nézzék meg, mit tett közzé ${a(p.competitor)} ebben az időszakban, és választ ad-e valamire, amit a közönségük keres.`,
      campaignFading: (p) => `Frissítsék ${campaign(p.name)}t új tartalommal, vagy zárják le, és a következő bevezetés előtt tervezzék meg a folytatást.`,
      campaignGrowing: (p) => `Lássák el továbbra is tartalommal ${campaign(p.name)}t, és biztosítsanak rá költségkeretet, amíg növekszik.`,
      refunds: 'Kérdezzék meg az ügyfélszolgálatot és a termékcsapatot, mely rendelésekből származnak a visszatérítések, és megszűnt-e már a kiváltó ok.',
    },
    sales: {
      talkingPoint: (p) =>
        `Egyeztessenek a social csapattal egy rövid választ ${p.theme ? theme(p.theme) : 'a hírrel kapcsolatban'} az ügyfélhívásokhoz, a vállalat hivatalos közleménye alapján.`,
      pipeline: 'Tekintsék át a felelősökkel az ebben a hónapban a pipeline-ból kikerült üzleteket, és azt, hogy a nyitottak közül melyek zárulhatnak a következő hónapban.',
      socialLeads: (p) =>
        isOne(p.count)
          ? 'Keressék meg mielőbb a közösségi médiából érkezett egyetlen leadet, amíg még érdeklődik.'
          : `Keressék meg mielőbb a közösségi médiából érkezett ${p.count} leadet, amíg még érdeklődnek.`,
      prospects: (p) => `Készítsenek választ ${theme(p.theme)}: az érdeklődők egyre többet kérdeznek róla.`,
      winRate: 'Keressenek közös okot az ebben a hónapban elvesztett üzletekben.',
      goal: (p) => `Egyeztessék a vezetőséggel, mi változzon ${a(q(p.label))} cél érdekében.`,
    },
    leadership: {
      negative: (p) =>
        `Döntsenek az ügyfélszolgálat ideiglenes megerősítéséről, amíg ${p.theme ? `${a(q(p.theme))} témájú` : 'az'} esetek el nem fogynak` +
        `${p.amount ? `: a visszatérítések eddig ${suffix(p.amount, 'ba')} kerültek` : ''}.`,
      goalMissed: (p) => `Döntsenek arról, hogy módosítják-e ${a(q(p.label))} cél tervét, vagy újra kitűzik a célt.`,
      goalOffTrack: (p) => `Döntsenek arról, milyen támogatás kell ahhoz, hogy ${a(q(p.label))} cél ismét teljesíthető legyen.`,
      sla: 'Hagyják jóvá az ügyfélszolgálat megerősítését a legforgalmasabb órákra: a szolgáltatási szintre vonatkozó cél nem teljesült.',
      competitor: (p) => `Kérjenek a marketingcsapattól választ arra, hogy ${a(p.competitor)} egyre nagyobb részt szerez a beszélgetésekből (share of voice).`,
      pipeline: 'Kérjék az értékesítéstől a pipeline újratöltésének tervét.',
    },
  },
  employee: {
    guidanceHeading: 'Ha kérdezik Önöket',
    guidance: (p) =>
      `Előfordulhat, hogy kérdéseket kapnak ${p.source ? inflect(named(p.source), 'rol') : 'egy rólunk szóló hírről'}. ` +
      'Kérjük, ne nyilatkozzanak saját nevükben: irányítsák az érdeklődőket a vállalat hivatalos közleményéhez, az újságírók kérdéseit pedig továbbítsák a kommunikációs csapatnak.',
    proudHeading: 'Amire büszkék lehetünk',
    campaign: (p) => `${cap(campaign(p.name))} ebben a hónapban beszédtémává tett minket.`,
    goalMet: (p) => `Elértük a célunkat: ${p.label}.`,
    growing: (p) => `${cap(campaign(p.name))} hétről hétre növekszik.`,
    nothingProud: 'Ebben a hónapban nincs ünnepelnivaló kampány vagy cél; legjobb bejegyzéseinket alább találják.',
  },
};

