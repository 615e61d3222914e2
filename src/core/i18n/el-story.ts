/**
 * The Greek sentences of the story layer (see en-story.ts, the reference): tone notes, readable
 * numbers, events, talking points, the sales summary, honest-comparison notes, next steps per
 * audience, voices and the employee digest's sharing guidance. Each export is typed with its
 * English counterpart, so the compiler proves the same keys, parameters and functions.
 *
 * Written for Greek word order, in the formal register of el.ts (imperatives in the plural:
 * "Ελέγξτε", "Ενημερώστε"):
 * - a count picks the singular only for 1 (el-grammar.ts), a formatted count is read back;
 * - dates take "στις"/"από τις", the 1st "στην 1η"; a weekday its own gender ("μια τυπική
 *   Δευτέρα", "ένα τυπικό Σάββατο", "της Κυριακής");
 * - a story's source carries its case forms (nominative as a subject, accusative after a
 *   preposition, "σε" contracted with the article: "στο hashtag", "στις δημοσιεύσεις") and the
 *   pronoun that refers back to it ("το/την/τις κοινοποίησαν");
 * - KPI labels and campaign names, of unknown gender, stand where no agreement is needed
 *   ("Απήχηση: άνοδος σε …", "η καμπάνια «…»", "ο ανταγωνιστής …");
 * - the previous period is placed with its article and case ("τον Αύγουστο του 2026",
 *   "στο 2ο τρίμηνο 2026");
 * - the English semicolon is the Greek "·" (";" is the Greek question mark); quotes are «…».
 */
import type * as En from './en-story.ts';
import type { CostText, StorySource } from './en-story.ts';
import type { FractionWord, RiseForm } from '../story/readable.ts';
import type { SampleNoun } from '../metrics/sample.ts';
import type { SeriesKey, WeekdayKey } from './en.ts';
import { andList, apoTis, cap, fromTo, isOne, periodWords, s, sf, stis, tisGen, eosTis } from './el-grammar.ts';

/** Numbers a message builds itself, in Greek: "2,5", "12.000". */
const decimal = new Intl.NumberFormat('el-GR', { maximumFractionDigits: 1 });
const num = (n: number) => decimal.format(n);

type Gender = 'f' | 'n';

/** A weekday: its name, plural, gender and accusative article ("τη Δευτέρα", "το Σάββατο"). */
const weekdays: Record<WeekdayKey, { name: string; plural: string; gen: string; the: string; g: Gender }> = {
  Mon: { name: 'Δευτέρα', plural: 'Δευτέρες', gen: 'Δευτέρας', the: 'τη', g: 'f' },
  Tue: { name: 'Τρίτη', plural: 'Τρίτες', gen: 'Τρίτης', the: 'την', g: 'f' },
  Wed: { name: 'Τετάρτη', plural: 'Τετάρτες', gen: 'Τετάρτης', the: 'την', g: 'f' },
  Thu: { name: 'Πέμπτη', plural: 'Πέμπτες', gen: 'Πέμπτης', the: 'την', g: 'f' },
  Fri: { name: 'Παρασκευή', plural: 'Παρασκευές', gen: 'Παρασκευής', the: 'την', g: 'f' },
  Sat: { name: 'Σάββατο', plural: 'Σάββατα', gen: 'Σαββάτου', the: 'το', g: 'n' },
  Sun: { name: 'Κυριακή', plural: 'Κυριακές', gen: 'Κυριακής', the: 'την', g: 'f' },
};
/** "τη Δευτέρα 14 Σεπτεμβρίου 2026". */
const onDay = (k: WeekdayKey, day: string) => `${weekdays[k].the} ${weekdays[k].name} ${day}`;
/** "μια τυπική Δευτέρα", "ένα τυπικό Σάββατο" (nominative and accusative). */
const typical = (k: WeekdayKey) => (weekdays[k].g === 'n' ? `ένα τυπικό ${weekdays[k].name}` : `μια τυπική ${weekdays[k].name}`);
/** "μιας τυπικής Δευτέρας", "ενός τυπικού Σαββάτου". */
const typicalOf = (k: WeekdayKey) => (weekdays[k].g === 'n' ? `ενός τυπικού ${weekdays[k].gen}` : `μιας τυπικής ${weekdays[k].gen}`);
/** "τυπική Δευτέρα", "τυπικό Σάββατο". */
const typicalBare = (k: WeekdayKey) => `${weekdays[k].g === 'n' ? 'τυπικό' : 'τυπική'} ${weekdays[k].name}`;

/** What a rate or an average rests on, with its gender ("πολύ λίγα αιτήματα", "πολύ λίγες συμφωνίες"). */
const nouns: Record<SampleNoun, { one: string; other: string; g: 'm' | 'f' | 'n' }> = {
  cases: { one: 'αίτημα', other: 'αιτήματα', g: 'n' },
  deals: { one: 'συμφωνία', other: 'συμφωνίες', g: 'f' },
  leads: { one: 'lead', other: 'leads', g: 'n' },
  mentions: { one: 'αναφορά', other: 'αναφορές', g: 'f' },
  buyers: { one: 'αγοραστής', other: 'αγοραστές', g: 'm' },
  clicks: { one: 'κλικ', other: 'κλικ', g: 'n' },
  posts: { one: 'δημοσίευση', other: 'δημοσιεύσεις', g: 'f' },
  followers: { one: 'ακόλουθος', other: 'ακόλουθοι', g: 'm' },
  people: { one: 'άτομο', other: 'άτομα', g: 'n' },
};
const noun = (n: number, k: SampleNoun) => s(n, nouns[k].one, nouns[k].other);
const few = { m: 'πολύ λίγοι', f: 'πολύ λίγες', n: 'πολύ λίγα' };

/** A series: counted (accusative, one/other), as a subject (nominative plural with its article), and as a label. */
const series: Record<SeriesKey, { one: string; other: string; the: string; label: string }> = {
  mentions: { one: 'αναφορά του brand', other: 'αναφορές του brand', the: 'οι αναφορές του brand', label: 'αναφορές του brand' },
  negative_mentions: { one: 'αρνητική αναφορά', other: 'αρνητικές αναφορές', the: 'οι αρνητικές αναφορές', label: 'αρνητικές αναφορές' },
  shares: { one: 'κοινοποίηση', other: 'κοινοποιήσεις', the: 'οι κοινοποιήσεις', label: 'κοινοποιήσεις' },
  hashtag_uses: { one: 'χρήση των hashtag του brand', other: 'χρήσεις των hashtag του brand', the: 'οι χρήσεις των hashtag του brand', label: 'χρήσεις των hashtag του brand' },
  new_followers: { one: 'νέο ακόλουθο', other: 'νέους ακόλουθους', the: 'οι νέοι ακόλουθοι', label: 'νέοι ακόλουθοι' },
};
const counted = (k: SeriesKey, count: string) => `${count} ${sf(count, series[k].one, series[k].other)}`;

const smallNumbers = ['καμία', 'μία', 'δύο', 'τρεις', 'τέσσερις', 'πέντε', 'έξι', 'επτά', 'οκτώ', 'εννέα', 'δέκα'];
const fractionWords: Record<FractionWord, string> = {
  tenth: 'ένα δέκατο',
  fifth: 'ένα πέμπτο',
  quarter: 'ένα τέταρτο',
  third: 'ένα τρίτο',
  half: 'το μισό',
  two_thirds: 'τα δύο τρίτα',
  three_quarters: 'τα τρία τέταρτα',
  all: 'το σύνολο',
};

/** "μία φορά", "δύο φορές", "2,5 φορές", "22 φορές". */
const times = (n: number) => (n === 1 ? 'μία φορά' : Number.isInteger(n) && n >= 0 && n <= 10 ? `${smallNumbers[n]} φορές` : `${num(n)} φορές`);

/** A multiple as a neuter noun: "διπλάσιο", "πενταπλάσιο", "2,5πλάσιο", "22πλάσιο". */
const multipleWords: Record<number, string> = { 2: 'διπλάσιο', 3: 'τριπλάσιο', 4: 'τετραπλάσιο', 5: 'πενταπλάσιο', 6: 'εξαπλάσιο', 7: 'επταπλάσιο', 8: 'οκταπλάσιο', 9: 'εννεαπλάσιο', 10: 'δεκαπλάσιο' };
const multiple = (n: number) => multipleWords[n] ?? `${num(n)}πλάσιο`;
const riseMultiple = (f: RiseForm) => (f.form === 'fold' ? f.fold : f.form === 'times' ? f.times : 0);

/** How a story is named in a sentence: nominative (a subject), accusative (after a preposition), number and gender. */
interface Named {
  nom: string;
  acc: string;
  plural: boolean;
  g: Gender;
  /** Ends with a quoted title, an apposition a comma closes before the verb. */
  titled: boolean;
}

/** A page by its kind: with its site and without (indefinite article: nominative = accusative for these nouns). */
const pageNoun: Record<string, { on: (domain: string) => string; bare: string; g: Gender }> = {
  news: { on: (d) => `ένα άρθρο του ${d}`, bare: 'ένα άρθρο', g: 'n' },
  blog: { on: (d) => `μια ανάρτηση στο blog ${d}`, bare: 'μια ανάρτηση σε blog', g: 'f' },
  forum: { on: (d) => `μια συζήτηση στο φόρουμ ${d}`, bare: 'μια συζήτηση σε φόρουμ', g: 'f' },
  review: { on: (d) => `μια κριτική στο ${d}`, bare: 'μια κριτική', g: 'f' },
  video: { on: (d) => `ένα βίντεο στο ${d}`, bare: 'ένα βίντεο', g: 'n' },
  podcast: { on: (d) => `ένα podcast στο ${d}`, bare: 'ένα podcast', g: 'n' },
  social: { on: (d) => `μια δημοσίευση στο ${d}`, bare: 'μια δημοσίευση', g: 'f' },
  other: { on: (d) => `μια σελίδα του ${d}`, bare: 'μια σελίδα', g: 'f' },
};

function named(src: StorySource): Named {
  switch (src.kind) {
    case 'page': {
      const p = pageNoun[src.sourceType ?? ''] ?? pageNoun.other!;
      const where = src.domain ? p.on(src.domain) : p.bare;
      const text = src.title ? `${where}, «${src.title}»` : where;
      return { nom: text, acc: text, plural: false, g: p.g, titled: Boolean(src.title) };
    }
    case 'hashtag':
      return { nom: `το hashtag #${src.value}`, acc: `το hashtag #${src.value}`, plural: false, g: 'n', titled: false };
    case 'account': {
      const whose = src.value ? `του @${src.value.replace(/^@/, '')}` : 'ενός μόνο λογαριασμού';
      return { nom: `οι δημοσιεύσεις ${whose}`, acc: `τις δημοσιεύσεις ${whose}`, plural: true, g: 'f', titled: false };
    }
    case 'domain':
    case 'platform':
      return { nom: `οι δημοσιεύσεις στο ${src.value}`, acc: `τις δημοσιεύσεις στο ${src.value}`, plural: true, g: 'f', titled: false };
    case 'words': {
      const about = src.words.length ? ` για ${andList(src.words.map((w) => `«${w}»`))}` : '';
      return { nom: `οι συζητήσεις${about}`, acc: `τις συζητήσεις${about}`, plural: true, g: 'f', titled: false };
    }
  }
}

/** "σε" before a phrase, contracted with its definite article: "στο hashtag", "στις δημοσιεύσεις", "σε ένα άρθρο". */
function se(acc: string): string {
  const m = /^(το|τα|τον|την|τη|τις|τους) /.exec(acc);
  return m ? `σ${acc}` : `σε ${acc}`;
}
/** "μετά το hashtag …", "μετά τις δημοσιεύσεις …", "μετά από ένα άρθρο …". */
const after = (acc: string) => (/^(το|τα|τον|την|τη|τις|τους) /.test(acc) ? `μετά ${acc}` : `μετά από ${acc}`);
/** The pronoun that refers back to a source: "το", "την", "τις". */
const itPronoun = (n: Named) => (n.plural ? 'τις' : n.g === 'f' ? 'την' : 'το');

/** "ένα άρθρο του news.example, «…»", "το hashtag #trailstories", "τις δημοσιεύσεις ενός μόνο λογαριασμού" (accusative). */
export function sourcePhrase(src: StorySource): string {
  return named(src).acc;
}

/** A rise after "αυξήθηκαν": "στο 22πλάσιο", "στο διπλάσιο", "κατά 40%", "από μηδέν σε 12". */
function riseWords(f: RiseForm, count: string): string {
  switch (f.form) {
    case 'fold':
      return `στο ${multiple(f.fold)}`;
    case 'times':
      return `στο ${multiple(f.times)}`;
    case 'percent':
      return `κατά ${num(f.percent)}%`;
    case 'from_none':
      return `από μηδέν σε ${count}`;
  }
}

/** "το πενταπλάσιο μιας τυπικής Τρίτης", "40% πάνω από μια τυπική Τρίτη", "ενώ μια τυπική Τρίτη έχει μηδέν". */
function againstTypical(f: RiseForm, weekday: WeekdayKey): string {
  switch (f.form) {
    case 'fold':
    case 'times':
      return `το ${multiple(riseMultiple(f))} ${typicalOf(weekday)}`;
    case 'percent':
      return `${num(f.percent)}% πάνω από ${typical(weekday)}`;
    case 'from_none':
      return `ενώ ${typical(weekday)} έχει μηδέν`;
  }
}

/** Negative mentions that doubled, tripled or quadrupled say so in one verb (passive, and active with singular/plural subject). */
const multiplied: Record<number, { past: string; one: string; many: string }> = {
  2: { past: 'διπλασιάστηκαν', one: 'διπλασίασε', many: 'διπλασίασαν' },
  3: { past: 'τριπλασιάστηκαν', one: 'τριπλασίασε', many: 'τριπλασίασαν' },
  4: { past: 'τετραπλασιάστηκαν', one: 'τετραπλασίασε', many: 'τετραπλασίασαν' },
};

/** The negative mentions' rise as a predicate ("αυξήθηκαν στο 22πλάσιο") and as what a cause did to them ("ανέβασε τις αρνητικές αναφορές στο 22πλάσιο"). */
function negativeRise(f: RiseForm, count: string, plural: boolean): { past: string; caused: string } {
  const m = f.form === 'times' ? multiplied[f.times] : undefined;
  if (m) return { past: m.past, caused: `${plural ? m.many : m.one} τις αρνητικές αναφορές` };
  return { past: `αυξήθηκαν ${riseWords(f, count)}`, caused: `${plural ? 'ανέβασαν' : 'ανέβασε'} τις αρνητικές αναφορές ${riseWords(f, count)}` };
}

/** "· αυτόν τον μήνα οι επιστροφές χρημάτων έφτασαν στο 35,5% των αιτημάτων εξυπηρέτησης, ύψους 48.153 €". */
const costClause = (c: CostText | null) =>
  c ? `· ${c.when} οι επιστροφές χρημάτων έφτασαν στο ${c.rate} των αιτημάτων εξυπηρέτησης${c.amount ? `, ύψους ${c.amount}` : ''}` : '';

const campaignClasses: Record<'growing' | 'steady' | 'burst_and_fade', string> = {
  growing: 'Συνεχίζει να αναπτύσσεται',
  steady: 'Παραμένει σταθερή',
  burst_and_fade: 'Εκτοξεύθηκε και έσβησε',
};

/** "«Φθινοπωρινό λανσάρισμα»" as the campaign it names: "η καμπάνια «…»". */
const campaign = (name: string) => `η καμπάνια «${name}»`;

export const tone: typeof En.tone = {
  labels: { good: 'Καλά νέα', bad: 'Χρειάζεται προσοχή', mixed: 'Μικτά νέα', neutral: 'Αξίζει προσοχής' },
  few: (p) =>
    isOne(p.n) ? `${p.count} ${nouns[p.noun].one}: δεν αρκεί για σύγκριση` : `${p.count} ${nouns[p.noun].other}: ${few[nouns[p.noun].g]} για σύγκριση`,
  duringNegative: 'αυξήθηκε μαζί με τις αρνητικές αναφορές: δεν λογίζεται ως καλό νέο',
  negativeOf: (p) => `${p.mostly ? 'κυρίως' : 'εν μέρει'} αρνητικές αναφορές: ${p.negative} από ${p.volume}`,
  negativeShare: (p) => `${p.mostly ? 'κυρίως' : 'εν μέρει'} από αρνητικές αναφορές: το ${p.share} της αύξησης προήλθε από αυτές`,
  partial: 'έως τώρα: χωρίς σύγκριση',
  noise: 'εντός της συνήθους διακύμανσης',
  typical: 'εντός του τυπικού εύρους',
  ofCount: (p) => `${p.part} από ${p.count} ${noun(p.n, p.noun)}`,
  versusTypical: (p) => (p.times ? `${p.times} σε σχέση με ${typical(p.weekday)} (${p.expected})` : `${cap(typicalBare(p.weekday))}: ${p.expected}`),
  timesOf: (p) => `${num(p.times >= 10 ? Math.round(p.times) : Math.round(p.times * 10) / 10)}×`,
  noTypical: (p) => `δεν υπάρχει ακόμη ${typicalBare(p.weekday)} (${p.samples} από ${p.needed})`,
};

export const readable: typeof En.readable = {
  times,
  fraction: (w) => fractionWords[w],
  rise: riseWords,
  againstTypical,
};

export const story: typeof En.story = {
  negativeEvent: (p) => {
    const when = onDay(p.weekday, p.day);
    const cost = costClause(p.cost);
    if (p.costFirst && p.source) {
      const n = named(p.source);
      const rise = negativeRise(p.rise, p.count, n.plural);
      return `${cap(n.nom)}${n.titled ? ',' : ''} ${rise.caused} σε σχέση με ${typical(p.weekday)}, ${when}${cost}.`;
    }
    const rise = negativeRise(p.rise, p.count, true);
    return `${cap(when)} οι αρνητικές αναφορές ${rise.past} σε σχέση με ${typical(p.weekday)}${p.source ? `, ${after(sourcePhrase(p.source))}` : ''}${cost}.`;
  },
  campaignEvent: (p) =>
    p.firstDay
      ? `${cap(campaign(p.name))} συγκέντρωσε ${counted(p.metric, p.observed)} την πρώτη της ημέρα (${p.day}), ${againstTypical(p.rise, p.weekday)}.`
      : `${cap(campaign(p.name))} συγκέντρωσε ${counted(p.metric, p.observed)} ${onDay(p.weekday, p.day)}, ${againstTypical(p.rise, p.weekday)}.`,
  spikeEvent: (p) =>
    `${cap(onDay(p.weekday, p.day))} ${series[p.metric].the} ανήλθαν σε ${p.observed}, ${againstTypical(p.rise, p.weekday)}` +
    (p.source ? `, κυρίως από ${sourcePhrase(p.source)}.` : '· η άνοδος δεν οφείλεται σε κάποιον μεμονωμένο λογαριασμό, ιστότοπο ή hashtag.'),
  dropEvent: (p) =>
    `${cap(onDay(p.weekday, p.day))} ${series[p.metric].the} μειώθηκαν σε ${p.observed}, έναντι τυπικής τιμής ${p.expected}: ` +
    'ελέγξτε τα ερωτήματα ακρόασης και τις συνδέσεις πριν βγάλετε οποιοδήποτε συμπέρασμα.',
  details: {
    others: (p) => `Την ίδια ημέρα: ${p.others.map((o) => `${series[o.metric].label} ${o.observed} (τυπική τιμή ${o.expected})`).join('· ')}.`,
    traced: (p) => {
      const n = named(p.source);
      return p.single
        ? `Το ${p.share} της αύξησης προέρχεται από ${n.acc}${n.titled ? ',' : ''} και από τους λογαριασμούς που ${itPronoun(n)} κοινοποίησαν.`
        : `Το μεγαλύτερο μέρος της αύξησης (${p.share}) προήλθε από ${n.acc}.`;
    },
    words: (p) => `Οι πιο συχνές λέξεις: ${p.words.map((w) => `«${w}»`).join(', ')}.`,
    days: (p) => `Ξεχώρισε σε ${p.count} ${s(p.n, 'ημέρα', 'ημέρες')}, ${fromTo(p.from, p.to)}.`,
    care: (p) => {
      const cases = `${p.cases} ${sf(p.cases, 'αίτημα', 'αιτήματα')} για το θέμα «${p.theme}»`;
      const usual = p.expected === null ? 'συνήθως κανένα' : `αναμένονταν περίπου ${p.expected}`;
      const refunds = p.refunds ? `· ${p.refundCount} ${isOne(p.refunds) ? 'κατέληξε' : 'κατέληξαν'} σε επιστροφή χρημάτων${p.amount ? ` (${p.amount})` : ''}` : '';
      return `Εκείνη την εβδομάδα η εξυπηρέτηση πελατών δέχθηκε ${cases} (${usual})${refunds}.`;
    },
    sla: (p) =>
      `Η εξυπηρέτηση πελατών δεν πέτυχε τον στόχο ${p.step === 'triage' ? 'διαλογής εντός 12 ωρών' : 'επίλυσης εντός 24 ωρών'}: το ${p.value} των αιτημάτων εξυπηρετήθηκε εγκαίρως, έναντι στόχου ${p.target}.`,
    campaignClass: (p) => `${campaignClasses[p.lifecycle]}: ${p.why}`,
    campaignDays: (p) =>
      `${p.hashtag ? `Το #${p.hashtag}` : 'Η καμπάνια'} ενίσχυσε τη συζήτηση σε ${p.count} ${s(p.n, 'ημέρα', 'ημέρες')} αυτής της περιόδου.`,
    shareOfVoice: (p) => `Share of voice εκείνη την ημέρα: ${p.share} (${p.previous} την προηγούμενη ημέρα).`,
  },
  costWhen: { day: 'εκείνη την ημέρα', week: 'αυτή την εβδομάδα', month: 'αυτόν τον μήνα', quarter: 'αυτό το τρίμηνο', year: 'φέτος', range: 'σε αυτή την περίοδο' },
  careCost: (p) =>
    `Οι επιστροφές χρημάτων έφτασαν στο ${p.rate} των αιτημάτων εξυπηρέτησης (${p.refunds} από ${p.cases})${p.amount ? `, ύψους ${p.amount}` : ''}` +
    `${p.previousRate ? `, έναντι ${p.previousRate} ${periodWords(p.previous).in}` : ''}.`,
  kpiChange: (p) =>
    `${p.label}: ${p.up ? 'άνοδος' : 'πτώση'} σε ${p.value}, ${p.change} σε σύγκριση με ${periodWords(p.previous).the}${p.note ? ` (${p.note})` : ''}.`,
  salesSummary: (p) => {
    const parts: string[] = [];
    const previous = periodWords(p.previous);
    if (p.pipeline) {
      const change = p.pipelineChange ? `, ${p.pipelineChange.up ? 'αυξημένο' : 'μειωμένο'} κατά ${p.pipelineChange.percent.replace(/^[+\u2212-]/, '')} σε σύγκριση με ${previous.the}` : '';
      parts.push(`το pipeline ανέρχεται σε ${p.pipeline}${change}`);
    }
    if (p.won) {
      const w = p.won;
      const one = isOne(w.n);
      const moved = w.smaller ? `, ${one ? 'μικρότερη' : 'μικρότερες'} κατά ${w.smaller}` : w.larger ? `, ${one ? 'μεγαλύτερη' : 'μεγαλύτερες'} κατά ${w.larger}` : '';
      parts.push(one ? `η μία κερδισμένη συμφωνία απέφερε ${w.average}${moved}` : `οι ${w.count} κερδισμένες συμφωνίες απέφεραν κατά μέσο όρο ${w.average}${moved}`);
    }
    if (p.winRate) {
      const r = p.winRate;
      const closed = `${r.closed} ${sf(r.closed, 'κλεισμένη συμφωνία', 'κλεισμένες συμφωνίες')}`;
      parts.push(`ποσοστό επιτυχίας ${r.rate} σε ${closed}${r.previous ? ` (${r.previous} ${previous.in})` : ''}`);
    }
    return parts.length ? `${cap(parts.join('· '))}.` : '';
  },
  talkingPoint: (p) => {
    const answer = 'προετοιμαστείτε για την ερώτηση και παραπέμψτε τους στην ανακοίνωση της εταιρείας.';
    if (p.theme) {
      const questions = p.cases === null ? '' : `${p.cases} ${sf(p.cases, 'ερώτηση', 'ερωτήσεις')}`;
      const before = p.previousCases ? `έναντι ${p.previousCases} ${periodWords(p.previous).in}` : '';
      const figures = [questions, before].filter(Boolean).join(', ');
      return `Οι πελάτες ρωτούν για το θέμα «${p.theme}»${figures ? ` (${figures})` : ''}${p.source ? ` ${after(sourcePhrase(p.source))}` : ''}: ${answer}`;
    }
    return `Οι πελάτες ενδέχεται να ρωτήσουν για ${p.source ? sourcePhrase(p.source) : 'την είδηση'}: ${answer}`;
  },
  prospectsRising: (p) =>
    `Οι υποψήφιοι πελάτες ρωτούν περισσότερο για το θέμα «${p.theme}»: ${p.cases} ${sf(p.cases, 'ερώτηση', 'ερωτήσεις')}, έναντι ${p.previousCases} ${periodWords(p.previous).in}.`,
  notes: {
    noBaseline: (p) => {
      const w = weekdays[p.weekday];
      const has = p.samples === 0 ? `τα δεδομένα δεν περιλαμβάνουν ${w.g === 'n' ? 'κανένα' : 'καμία'}` : `τα δεδομένα περιλαμβάνουν ${p.samples}`;
      return `Δεν υπάρχει ακόμη τυπική ημέρα: για ${typical(p.weekday)} χρειάζονται δεδομένα από ${p.needed} ${s(p.needed, w.name, w.plural)}, ενώ ${has}.`;
    },
    noBaselinePeriod: (p) =>
      `Δεν υπάρχει ακόμη τυπική ημέρα: ο εντοπισμός αιχμών και πτώσεων απαιτεί ${p.needed} ${s(p.needed, 'εβδομάδα', 'εβδομάδες')} δεδομένων για κάθε ημέρα της εβδομάδας, ` +
      `ενώ τα δεδομένα καλύπτουν ${p.count} ${s(p.days, 'ημέρα', 'ημέρες')}.`,
    baselineFrom: (p) => `Οι αιχμές και οι πτώσεις ελέγχονται ${apoTis(p.day)} και μετά: νωρίτερα, κάθε ημέρα της εβδομάδας είχε πολύ λίγες προηγούμενες εβδομάδες δεδομένων.`,
    partialUntil: (p) => `Έως τώρα: δεδομένα ${eosTis(p.day)}, ώρα ${p.time.replace(/\.$/, '')}. Τα μεγέθη δεν συγκρίνονται με πλήρεις περιόδους.`,
    partialFrom: (p) => `Τα δεδομένα ξεκινούν ${stis(p.day)}: η περίοδος υπολογίζεται από τότε και δεν συγκρίνεται σαν να ήταν πλήρης.`,
    partialTo: (p) => `Έως τώρα: δεδομένα ${eosTis(p.day)}. Τα μεγέθη δεν συγκρίνονται με πλήρεις περιόδους.`,
    unmatched: (p) => {
      const of = sf(p.listened, `από ${p.listened} αναφορά που συλλέχθηκε`, `από τις ${p.listened} αναφορές που συλλέχθηκαν`);
      if (p.all)
        return `${sf(p.listened, `Η ${p.listened} αναφορά που συλλέχθηκε δεν κατονομάζει`, `Καμία ${of} δεν κατονομάζει`)} το brand, κάποιον ανταγωνιστή ή κάποιο παρακολουθούμενο θέμα, οπότε δεν υπολογίζεται στις αναφορές του brand ούτε στο share of voice.`;
      return sf(
        p.unmatched,
        `${p.unmatched} ${of} (${p.share}) δεν κατονομάζει ούτε το brand ούτε κάποιον ανταγωνιστή ή παρακολουθούμενο θέμα· δεν υπολογίζεται στις αναφορές του brand ούτε στο share of voice.`,
        `${p.unmatched} ${of} (${p.share}) δεν κατονομάζουν ούτε το brand ούτε κάποιον ανταγωνιστή ή παρακολουθούμενο θέμα· δεν υπολογίζονται στις αναφορές του brand ούτε στο share of voice.`,
      );
    },
    sentimentApart: (p) => {
      const up = p.reputationUp;
      const ratio = p.ratioBefore === p.ratioNow ? `παρέμεινε ${p.ratioNow}` : `πέρασε από ${p.ratioBefore} σε ${p.ratioNow}`;
      return (
        `Ο δείκτης φήμης ${up ? 'αυξήθηκε' : 'μειώθηκε'} (${p.reputation}), ενώ το καθαρό sentiment ${up ? 'μειώθηκε' : 'αυξήθηκε'} (${p.net}): ` +
        `οι ουδέτερες αναφορές ήταν ${up ? 'λιγότερες' : 'περισσότερες'} (${p.neutralNow} έναντι ${p.neutralBefore} ${periodWords(p.previous).in}), κάτι που επηρεάζει τον δείκτη φήμης, ` +
        `ενώ ο λόγος θετικών προς αρνητικές αναφορές ${ratio}.`
      );
    },
  },
  months: {
    heading: 'Μήνα προς μήνα',
    nothing: 'Τίποτα αξιοσημείωτο.',
    item: (p) => `${cap(p.month)}: ${p.text}`,
  },
  voices: {
    heading: 'Τι είπαν οι χρήστες',
    intro: 'Πραγματικές αναφορές πίσω από την εικόνα της περιόδου, όπως τις εντόπισε το εργαλείο ακρόασης.',
    empty: 'Καμία αναφορά με κείμενο σε αυτή την περίοδο.',
    meta: (p) =>
      [p.author ? (/^[\p{L}\p{N}_.]+$/u.test(p.author) ? `@${p.author}` : p.author) : null, p.platform, p.day, p.reach ? `απήχηση ${p.reach}` : null].filter(Boolean).join(' · '),
    open: 'Άνοιγμα',
    quotesLabel: 'Τι είπαν σχετικά',
  },
  nextSteps: {
    team: {
      negative: (p) =>
        `Ενημερώστε${p.today ? ' σήμερα' : ''} την εξυπηρέτηση πελατών και τους εκπροσώπους τύπου για ${p.source ? sourcePhrase(p.source) : `τις αρνητικές αναφορές ${tisGen(p.day)}`}, ` +
        'συμφωνήστε μια προσωρινή δήλωση και απαντήστε όπου συζητείται το θέμα.',
      careSurge: (p) => `Ενισχύστε την εξυπηρέτηση πελατών μέχρι να διεκπεραιωθούν τα αιτήματα για το θέμα «${p.theme}» και ελέγξτε ξανά το SLA την επόμενη περίοδο.`,
      campaign: (p) => `Καταγράψτε τι απογείωσε την καμπάνια «${p.name}» (τις καλύτερες δημοσιεύσεις και τους λογαριασμούς της) για το επόμενο λανσάρισμα.`,
      spike: (p) => `Ευχαριστήστε και ενισχύστε τους λογαριασμούς πίσω από την άνοδο ${tisGen(p.day)}${p.source ? ` (${sourcePhrase(p.source)})` : ''}.`,
      drop: (p) => `Ελέγξτε ότι τα ερωτήματα ακρόασης και οι συνδέσεις των πηγών λειτούργησαν ${stis(p.day)} και στη συνέχεια αναζητήστε καμπάνια ή κανάλι σε παύση.`,
      goal: (p) => `Επανεξετάστε το σχέδιο για τον στόχο «${p.label}» με τον υπεύθυνό του: αποφασίστε τι αλλάζει ή επαναπροσδιορίστε τον στόχο.`,
      sla: 'Ενισχύστε την εξυπηρέτηση πελατών στις ώρες αιχμής ή αυστηροποιήστε τους κανόνες διαλογής, και ελέγξτε ξανά το SLA την επόμενη περίοδο.',
      kpiWorse: (p) => `Διερευνήστε γιατί μεταβλήθηκε το μέγεθος «${p.label}»: η σελίδα του περιέχει τον ορισμό και το ιστορικό του.`,
      competitor: (p) => `Δείτε τι δημοσίευσε ο ανταγωνιστής ${p.competitor} σε αυτή την περίοδο και αν απαντά σε κάτι που ζητά το κοινό σας.`,
      campaignFading: (p) => `Ανανεώστε την καμπάνια «${p.name}» με νέο περιεχόμενο ή αποσύρετέ την, και σχεδιάστε τη συνέχεια πριν από το επόμενο λανσάρισμα.`,
      campaignGrowing: (p) => `Συνεχίστε να τροφοδοτείτε την καμπάνια «${p.name}» και διαθέστε της προϋπολογισμό όσο εξακολουθεί να αναπτύσσεται.`,
      refunds: 'Ρωτήστε την εξυπηρέτηση πελατών και την ομάδα προϊόντος από ποιες παραγγελίες προήλθαν οι επιστροφές χρημάτων και αν η αιτία έχει διορθωθεί.',
    },
    sales: {
      talkingPoint: (p) =>
        `Συμφωνήστε με την ομάδα social media μια σύντομη απάντηση ${p.theme ? `για το θέμα «${p.theme}»` : 'για την είδηση'} για τις κλήσεις με πελάτες, με βάση την ανακοίνωση της εταιρείας.`,
      pipeline: 'Εξετάστε με τους υπευθύνους τους τις συμφωνίες που βγήκαν από το pipeline αυτόν τον μήνα, καθώς και ποιες από τις ανοιχτές μπορούν να κλείσουν τον επόμενο μήνα.',
      socialLeads: (p) =>
        sf(p.count, 'Επικοινωνήστε με το μοναδικό lead από τα social media όσο το ενδιαφέρον είναι ακόμη ζωντανό.', `Επικοινωνήστε με τα ${p.count} leads από τα social media όσο το ενδιαφέρον τους είναι ακόμη ζωντανό.`),
      prospects: (p) => `Ετοιμάστε μια απάντηση για το θέμα «${p.theme}»: οι υποψήφιοι πελάτες ρωτούν όλο και περισσότερο γι’ αυτό.`,
      winRate: 'Αναζητήστε κοινή αιτία στις συμφωνίες που χάθηκαν αυτόν τον μήνα.',
      goal: (p) => `Συμφωνήστε με τη διοίκηση τι αλλάζει για τον στόχο «${p.label}».`,
    },
    leadership: {
      negative: (p) =>
        `Αποφασίστε για πρόσθετο προσωπικό στην εξυπηρέτηση πελατών μέχρι να διεκπεραιωθούν τα αιτήματα${p.theme ? ` για το θέμα «${p.theme}»` : ''}${p.amount ? `: οι επιστροφές χρημάτων τους έχουν κοστίσει έως τώρα ${p.amount}` : ''}.`,
      goalMissed: (p) => `Αποφασίστε αν θα αλλάξει το σχέδιο για τον στόχο «${p.label}» ή αν θα επαναπροσδιοριστεί ο στόχος.`,
      goalOffTrack: (p) => `Αποφασίστε ποια υποστήριξη χρειάζεται ο στόχος «${p.label}» για να επανέλθει σε τροχιά.`,
      sla: 'Εγκρίνετε ενίσχυση της εξυπηρέτησης πελατών για τις ώρες αιχμής: ο στόχος επιπέδου εξυπηρέτησης (SLA) δεν επιτεύχθηκε.',
      competitor: (p) => `Ζητήστε από το marketing μια απάντηση στην άνοδο του ανταγωνιστή ${p.competitor} στο share of voice.`,
      pipeline: 'Ζητήστε από τις πωλήσεις το σχέδιο για την αναπλήρωση του pipeline.',
    },
  },
  employee: {
    guidanceHeading: 'Αν σας ρωτήσουν',
    guidance: (p) =>
      `Ίσως σας ρωτήσουν για ${p.source ? sourcePhrase(p.source) : 'μια είδηση που μας αφορά'}. ` +
      'Παρακαλούμε μη σχολιάσετε οι ίδιοι: παραπέμψτε στην ανακοίνωση της εταιρείας και προωθήστε τις ερωτήσεις δημοσιογράφων στην ομάδα επικοινωνίας.',
    proudHeading: 'Για τι μπορούμε να είμαστε περήφανοι',
    campaign: (p) => `${cap(campaign(p.name))} έκανε τον κόσμο να μιλά για εμάς αυτόν τον μήνα.`,
    goalMet: (p) => `Πετύχαμε τον στόχο μας: ${p.label}.`,
    growing: (p) => `${cap(campaign(p.name))} συνεχίζει να αναπτύσσεται εβδομάδα με την εβδομάδα.`,
    nothingProud: 'Αυτόν τον μήνα δεν έχουμε καμπάνια ή στόχο να γιορτάσουμε· οι καλύτερες δημοσιεύσεις μας ακολουθούν παρακάτω.',
  },
};
