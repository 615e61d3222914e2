/**
 * The Romanian message catalog. Typed `Messages`, so it has every key of the English reference;
 * the `kpis` table (label, definition and empty reason of every built-in KPI, by id) is checked
 * by a test. Sentences are written for Romanian word order in the formal register (requests in
 * the 2nd person plural), not translated fragment by fragment:
 * - a count meets its noun through ro-grammar.ts ("1 raport", "5 rapoarte", "40 de rapoarte");
 * - labels of unknown gender (KPI names, audience titles) stand where no agreement is needed
 *   ("Acoperire: creștere la …", "Raport lunar pentru vânzări");
 * - dates and periods are placed with the preposition they take ("pe 14 septembrie 2026",
 *   "în august 2026", "din 14 septembrie", "în 2025": a year's label is the bare year); after a
 *   noun a period takes the genitive ("povestea trimestrului 3 din 2026"); reasons get labels on
 *   pages and ids from the CLI, and read with both ("în septembrie 2026", "în 2026-09");
 * - data fields a reason names are ordinary words after "informații despre" ("nu conțin
 *   informații despre acoperire"), not quoted schema names, so the pronoun agrees with
 *   "informații" whatever the fields ("nicio sursă nu le furnizează");
 * - names and quoted texts use „…”.
 */
import type { Messages } from './catalog.ts';
import { readable, story, tone } from './ro-story.ts';
import type { CadenceKey, DayList, DimensionKey, KpiText, SeriesKey, WeekdayKey } from './en.ts';
import { cap, countNoun, countText, isOne, low, numberBefore, orList, periodIn, periodOf, q, s, type Noun } from './ro-grammar.ts';

/** A fraction as a whole percentage, as Intl writes it in ro-RO ("60 %"). */
const pct = (x: number) => new Intl.NumberFormat('ro-RO', { style: 'percent', maximumFractionDigits: 0 }).format(x);

const dayNoun: Noun = { one: 'zi', few: 'zile' };

/** A dimension with its forms: "un singur autor", "autorul X". */
const dim: Record<DimensionKey, { one: string; the: string }> = {
  source: { one: 'o singură sursă', the: 'sursa' },
  domain: { one: 'un singur domeniu', the: 'domeniul' },
  author: { one: 'un singur autor', the: 'autorul' },
  hashtag: { one: 'un singur hashtag', the: 'hashtagul' },
  url: { one: 'un singur URL', the: 'URL-ul' },
};

/** Weekday names (all feminine): "o zi de luni obișnuită". */
const weekdayNames: Record<WeekdayKey, string> = { Mon: 'luni', Tue: 'marți', Wed: 'miercuri', Thu: 'joi', Fri: 'vineri', Sat: 'sâmbătă', Sun: 'duminică' };
const typicalWeekday = (k: WeekdayKey) => `o zi de ${weekdayNames[k]} obișnuită`;

/** The checklist's counted things, with their singular ("1 mențiune negativă"). */
const whatNouns: Record<string, Noun> = {
  'mențiuni negative': { one: 'mențiune negativă', few: 'mențiuni negative' },
  'mențiuni ale brandului': { one: 'mențiune a brandului', few: 'mențiuni ale brandului' },
  distribuiri: { one: 'distribuire', few: 'distribuiri' },
  'urmăritori noi': { one: 'urmăritor nou', few: 'urmăritori noi' },
};
const countWhat = (value: string, what: string) => countText(value, whatNouns[what] ?? { one: what, few: what });

/** Series after "Vârf:" / "Scădere:" on a chart mark. */
const seriesMarks: Record<SeriesKey, string> = {
  mentions: 'mențiuni ale brandului',
  negative_mentions: 'mențiuni negative',
  shares: 'distribuiri',
  hashtag_uses: 'utilizări ale hashtagurilor brandului',
  new_followers: 'urmăritori noi',
};

/** "un vârf pe 3 sept. (412)", "vârfuri pe 25 aug. (300) și 27 aug. (200)", "… 28 aug. (90) și încă 2". */
function dayList(l: DayList, one: string, many: string): string {
  const items = l.days.map((d) => `${d.day} (${d.mentions})`);
  if (l.days.length + l.more === 1) return `${one} pe ${items[0]}`;
  const listed = l.more ? `${items.join(', ')} și încă ${l.more}` : `${items.slice(0, -1).join(', ')} și ${items[items.length - 1]}`;
  return `${many} pe ${listed}`;
}

const cadences: Record<CadenceKey, string> = { daily: 'Zilnic', weekly: 'Săptămânal', monthly: 'Lunar', quarterly: 'Trimestrial', annual: 'Anual' };

/** "ultimele 12 luni", "ultimii 5 ani", "ultima zi": the periods of a sparkline. */
const lastPeriods: Record<CadenceKey | 'none', { one: string; last: string; noun: Noun }> = {
  daily: { one: 'ultima zi', last: 'ultimele', noun: { one: 'zi', few: 'zile' } },
  weekly: { one: 'ultima săptămână', last: 'ultimele', noun: { one: 'săptămână', few: 'săptămâni' } },
  monthly: { one: 'ultima lună', last: 'ultimele', noun: { one: 'lună', few: 'luni' } },
  quarterly: { one: 'ultimul trimestru', last: 'ultimele', noun: { one: 'trimestru', few: 'trimestre' } },
  annual: { one: 'ultimul an', last: 'ultimii', noun: { one: 'an', few: 'ani' } },
  none: { one: 'ultima perioadă', last: 'ultimele', noun: { one: 'perioadă', few: 'perioade' } },
};

const perPost =
  'Varianta per_1000_followers dă același număr raportat la 1.000 de urmăritori: suma lor × 1.000 ÷ suma urmăritorilor din momentul postării, pentru postările care au ambele valori.';
const aboutBrand =
  'Un material privește brandul când numele urmărit este brandul sau unul dintre aliasurile sale, când tipul urmărit este „brand” sau când nu are niciun tip sau nume urmărit; materialele despre concurenți, subiecte sau alte nume sunt excluse.';

const kpis: Record<string, KpiText> = {
  'listening.mentions': {
    label: 'Mențiuni ale brandului',
    definition:
      'Mențiunile brandului (numele său sau aliasurile sale) publicate în perioadă, din toate sursele de monitorizare. Mențiunile care nu corespund niciunui nume urmărit (nici brandul, nici un concurent, un subiect sau o persoană din configurație) rămân neatribuite: nu sunt numărate aici, iar raportul arată câte au fost.',
  },
  'listening.negative_mentions': {
    label: 'Mențiuni negative ale brandului',
    definition: 'Mențiunile brandului cu sentiment negativ publicate în perioadă (primul număr al scanării de criză).',
  },
  'listening.shares': {
    label: 'Distribuiri ale mențiunilor brandului',
    definition:
      'Distribuirile, repostările și retweeturile mențiunilor brandului publicate în perioadă, așa cum le numără instrumentul de monitorizare (mențiunile fără număr de distribuiri contează cu 0).',
  },
  'listening.hashtag_uses': {
    label: 'Utilizări ale hashtagurilor brandului',
    definition:
      'Mențiunile brandului publicate în perioadă care conțin unul dintre hashtagurile brandului (brand.hashtags în configurație; orice hashtag, dacă nu este configurat niciunul).',
  },
  'listening.reach': {
    label: 'Acoperire',
    definition:
      'Suma acoperirii (audiența potențială, așa cum o definește instrumentul de monitorizare: urmăritori, fani, vizualizări de pagină) mențiunilor brandului publicate în perioadă; mențiunile fără acoperire sunt excluse. Valoarea este marcată ca estimată când o parte din ea provine din mențiuni a căror acoperire este o estimare sau de tip necunoscut, iar nota arată ce pondere. Acoperirea însumează audiențe care se suprapun, deci este o limită superioară a numărului de persoane atinse.',
    whenEmpty: 'nicio mențiune a brandului cu acoperire în perioadă',
  },
  'listening.reputation_score': {
    label: 'Scor de reputație',
    definition:
      'Ponderea mențiunilor pozitive minus ponderea celor negative, dintre mențiunile brandului cu sentiment publicate în perioadă: (pozitive − negative) ÷ (pozitive + neutre + negative). Mențiunile neutre contează la numitor; mențiunile fără sentiment sunt excluse. Valoarea variază între −100 % și +100 %.',
    whenEmpty: 'nicio mențiune a brandului cu sentiment în perioadă',
  },
  'listening.net_sentiment': {
    label: 'Sentiment net',
    definition: '(Pozitive − negative) ÷ (pozitive + negative), din mențiunile brandului din perioadă; mențiunile neutre sunt excluse (formula Talkwalker).',
    whenEmpty: 'nicio mențiune a brandului cu sentiment pozitiv sau negativ în perioadă',
  },
  'listening.negative_share': {
    label: 'Ponderea mențiunilor negative',
    definition:
      'Mențiunile negative ale brandului ÷ mențiunile brandului cu sentiment (pozitiv, neutru sau negativ), publicate în perioadă; mențiunile fără sentiment sunt excluse. Arată cât din conversația despre brand este negativă, indiferent de volumul ei.',
    whenEmpty: 'nicio mențiune a brandului cu sentiment în perioadă',
  },
  'listening.share_of_voice': {
    label: 'Share of voice',
    definition: 'Mențiunile brandului ÷ (mențiunile brandului + mențiunile concurenților configurați) din perioadă.',
    whenEmpty: 'nicio mențiune a brandului sau a concurenților săi în perioadă',
  },
  'listening.share_of_voice_engagement': {
    label: 'Share of voice (interacțiuni)',
    definition:
      'Interacțiunile la mențiunile brandului ÷ interacțiunile la mențiunile brandului și ale concurenților configurați, publicate în perioadă (interacțiunile așa cum le raportează instrumentul de monitorizare, altfel aprecieri + comentarii + distribuiri; mențiunile fără niciuna dintre aceste valori sunt excluse).',
    whenEmpty: 'nicio interacțiune la mențiunile brandului sau ale concurenților săi în perioadă',
  },
  'listening.share_of_voice_reach': {
    label: 'Share of voice (acoperire)',
    definition:
      'Acoperirea mențiunilor brandului ÷ acoperirea mențiunilor brandului și ale concurenților configurați, publicate în perioadă (acoperirea însumată așa cum o raportează instrumentul de monitorizare; mențiunile fără acoperire sunt excluse).',
    whenEmpty: 'nicio acoperire a mențiunilor brandului sau ale concurenților săi în perioadă',
  },
  'listening.retention_rate': {
    label: 'Rata de retenție',
    definition:
      'Cazurile de asistență deschise în perioadă al căror client a rămas (a cumpărat din nou sau a reînnoit) ÷ cazurile de asistență deschise în perioadă cu rezultat cunoscut; cazurile fără un rezultat de retenție înregistrat sunt excluse.',
    whenEmpty: 'niciun caz de asistență cu rezultat de retenție cunoscut deschis în perioadă',
  },
  'listening.refund_rate': {
    label: 'Rata de rambursare',
    definition:
      'Cazurile de asistență deschise în perioadă care s-au încheiat cu o rambursare ÷ toate cazurile de asistență deschise în perioadă; un caz fără indicator de rambursare contează ca nerambursat. Indisponibilă când cazurile de asistență importate nu înregistrează nicio rambursare. Suma rambursată este afișată alături.',
    whenEmpty: 'niciun caz de asistență deschis în perioadă sau cazurile de asistență importate nu înregistrează rambursări',
  },
  'listening.product_gaps': {
    label: 'Lacune de produs identificate',
    definition:
      'Temele distincte de lacune de produs dintre cazurile de asistență de tipul „lacună de produs” deschise în perioadă: temele sunt comparate cu litere mici și fără spații la capete, iar un caz fără temă contează ca o lacună separată. Numărul acestor cazuri este afișat alături.',
  },
  'listening.content_gaps': {
    label: 'Lacune de conținut identificate',
    definition:
      'Temele distincte de lacune de conținut dintre cazurile de asistență de tipul „lacună de conținut” deschise în perioadă: temele sunt comparate cu litere mici și fără spații la capete, iar un caz fără temă contează ca o lacună separată. Numărul acestor cazuri este afișat alături.',
  },
  'listening.triage_within_12h': {
    label: 'Triate în 12 h',
    definition:
      'Cazurile de asistență deschise în perioadă care au fost triate și repartizate în cel mult 12 ore de la primul mesaj primit ÷ toate cazurile de asistență deschise în perioadă; un caz netriat (încă) contează ca ratat. Indisponibil când cazurile de asistență importate nu înregistrează niciun moment de triere.',
    whenEmpty: 'niciun caz de asistență deschis în perioadă sau cazurile de asistență importate nu înregistrează momentele de triere',
  },
  'listening.resolved_within_24h': {
    label: 'Rezolvate în 24 h',
    definition:
      'Cazurile de asistență deschise în perioadă care au fost rezolvate în cel mult 24 de ore de la primul mesaj primit ÷ toate cazurile de asistență deschise în perioadă; un caz nerezolvat (încă) contează ca ratat. Indisponibil când cazurile de asistență importate nu înregistrează niciun moment de rezolvare.',
    whenEmpty: 'niciun caz de asistență deschis în perioadă sau cazurile de asistență importate nu înregistrează momentele de rezolvare',
  },
  'listening.median_first_response_hours': {
    label: 'Timp median până la primul răspuns',
    definition:
      'Numărul median de ore de la primul mesaj primit până la primul răspuns al brandului, pentru cazurile de asistență deschise în perioadă care au un răspuns (ore calendaristice, nu ore lucrătoare); media este afișată alături. Cazurile fără răspuns sunt excluse.',
    whenEmpty: 'niciun caz de asistență cu un prim răspuns deschis în perioadă',
  },
  'listening.median_resolution_hours': {
    label: 'Timp median de rezolvare',
    definition:
      'Numărul median de ore de la primul mesaj primit până la rezolvare, pentru cazurile de asistență deschise în perioadă care sunt rezolvate (ore calendaristice, nu ore lucrătoare); media este afișată alături. Cazurile nerezolvate sunt excluse.',
    whenEmpty: 'niciun caz de asistență rezolvat deschis în perioadă',
  },
  'influencing.engagement_rate_impressions': {
    label: 'Rata de interacțiune (la afișări)',
    definition: 'Interacțiunile ÷ afișările postărilor proprii publicate în perioadă (metrici pe toată durata de viață; postările fără afișări sunt excluse).',
    whenEmpty: 'nicio postare cu afișări și interacțiuni publicată în perioadă',
  },
  'influencing.engagement_rate_reach': {
    label: 'Rata de interacțiune (la acoperire)',
    definition:
      'Interacțiunile ÷ acoperirea (persoane unice atinse): suma interacțiunilor împărțită la suma acoperirii postărilor proprii publicate în perioadă (după ziua locală a publicării; metrici pe toată durata de viață). Postările fără acoperire sau fără număr de interacțiuni sunt excluse.',
    whenEmpty: 'nicio postare cu acoperire și interacțiuni publicată în perioadă',
  },
  'influencing.engagement_rate_followers': {
    label: 'Rata de interacțiune (la urmăritori)',
    definition:
      'Interacțiunile ÷ urmăritorii din momentul postării: suma interacțiunilor împărțită la suma urmăritorilor conturilor în momentul publicării fiecărei postări, pentru postările proprii publicate în perioadă (după ziua locală a publicării) care au un număr de interacțiuni și un număr de urmăritori mai mare decât 0. Când o postare nu are număr de urmăritori, se folosește instantaneul urmăritorilor contului din ziua publicării, iar valoarea este marcată ca estimată.',
    whenEmpty: 'nicio postare cu interacțiuni și număr de urmăritori publicată în perioadă',
  },
  'influencing.amplification_rate': {
    label: 'Rata de amplificare (distribuiri pe postare)',
    definition: `Distribuiri pe postare: suma distribuirilor împărțită la numărul postărilor proprii publicate în perioadă (după ziua locală a publicării) a căror rețea raportează distribuirile; postările fără număr de distribuiri sunt excluse. ${perPost}`,
    whenEmpty: 'nicio postare cu număr de distribuiri publicată în perioadă',
  },
  'influencing.applause_rate': {
    label: 'Rata de aprobare (aprecieri pe postare)',
    definition: `Aprecieri pe postare: suma aprecierilor (reacții de orice fel, când o rețea nu raportează numărul de aprecieri) împărțită la numărul postărilor proprii publicate în perioadă (după ziua locală a publicării) care au un număr de aprecieri sau de reacții; postările fără niciunul sunt excluse. ${perPost}`,
    whenEmpty: 'nicio postare cu număr de aprecieri sau de reacții publicată în perioadă',
  },
  'influencing.conversation_rate': {
    label: 'Rata de conversație (comentarii pe postare)',
    definition: `Comentarii pe postare: suma comentariilor împărțită la numărul postărilor proprii publicate în perioadă (după ziua locală a publicării) a căror rețea raportează comentariile; postările fără număr de comentarii sunt excluse. ${perPost}`,
    whenEmpty: 'nicio postare cu număr de comentarii publicată în perioadă',
  },
  'influencing.audience_growth_rate': {
    label: 'Rata de creștere a audienței',
    definition:
      'Urmăritorii noi neți ÷ audiența de la începutul perioadei, pentru conturile proprii cu instantanee ale urmăritorilor în perioadă. Audiența inițială este ultimul instantaneu al fiecărui cont dinaintea perioadei (în cel mult 31 de zile), altfel primul său instantaneu din perioadă; audiența finală este ultimul său instantaneu din perioadă.',
    whenEmpty: 'niciun număr de urmăritori în instantaneele conturilor din perioadă',
  },
  'influencing.new_followers': {
    label: 'Urmăritori noi',
    definition:
      'Urmăritorii câștigați de conturile proprii în zilele perioadei (urmăritorii noi din instantanee; acolo unde se cunoaște doar creșterea netă, partea ei pozitivă).',
    whenEmpty: 'niciun câștig de urmăritori în instantaneele conturilor din perioadă',
  },
  'influencing.web_sessions': {
    label: 'Sesiuni web',
    definition: 'Sesiunile pe site-ul brandului în zilele perioadei, din toate canalele (grupurile de canale din exportul de analiză web); sesiunile din social media sunt afișate alături.',
  },
  'influencing.social_traffic': {
    label: 'Sesiuni din social media',
    definition: 'Sesiunile web al căror canal este social media organic sau plătit, în zilele perioadei.',
  },
  'influencing.social_traffic_share': {
    label: 'Ponderea social media în sesiunile web',
    definition: 'Sesiunile din social media (organic sau plătit) ÷ toate sesiunile web din zilele perioadei: cât din traficul site-ului aduce social media.',
    whenEmpty: 'nicio sesiune web în perioadă',
  },
  'influencing.click_through_rate': {
    label: 'Rata de clic (la afișări)',
    definition:
      'Clicurile pe linkuri ÷ afișări: suma clicurilor împărțită la suma afișărilor postărilor proprii publicate în perioadă (după ziua locală a publicării; metrici pe toată durata de viață). Sunt luate în calcul doar postările care au atât număr de clicuri, cât și afișări.',
    whenEmpty: 'nicio postare cu clicuri și afișări publicată în perioadă',
  },
  'influencing.offer_awareness': {
    label: 'Notorietatea ofertelor',
    definition:
      'Persoanele care au văzut o ofertă în social media: suma afișărilor zilnice ale ofertelor în zilele perioadei, pe toate canalele, cu excepția e-mailului (canalele numite email, e-mail sau newsletter și rândurile fără canal sunt excluse). O persoană care a văzut oferte în mai multe zile sau pe mai multe canale este numărată de fiecare dată. O perioadă cu rânduri de oferte în social media, dar fără număr de afișări, este indisponibilă; o perioadă fără rânduri de oferte în social media are valoarea 0.',
    whenEmpty: 'în perioadă au fost afișate oferte în social media, dar fără număr de afișări',
  },
  'influencing.retargeting_list_growth': {
    label: 'Creșterea listelor de retargeting',
    definition:
      'Creșterea audiențelor de retargeting: (dimensiunea la final − dimensiunea la început) ÷ dimensiunea la început, însumate pentru audiențele cu o dimensiune într-o zi a perioadei. Dimensiunea inițială este ultima dimensiune a fiecărei audiențe dinaintea perioadei (în cel mult 31 de zile), altfel prima sa dimensiune din perioadă; dimensiunea finală este ultima sa dimensiune din perioadă.',
    whenEmpty: 'nicio dimensiune a audiențelor de retargeting în perioadă',
  },
  'networking.inbound_links': {
    label: 'Backlinkuri noi',
    definition: 'Linkurile de pe alte site-uri către site-ul brandului observate pentru prima dată în perioadă.',
  },
  'networking.earned_media_mentions': {
    label: 'Apariții în earned media',
    definition: `Articolele, podcasturile și videoclipurile despre brand (câștigate, nu plătite) publicate în perioadă, după ziua locală a publicării. ${aboutBrand}`,
  },
  'networking.earned_media_reach': {
    label: 'Acoperirea în earned media',
    definition: `Suma audienței (vizite lunare, tiraj sau abonați ai publicației) aparițiilor în earned media despre brand publicate în perioadă, după ziua locală a publicării; aparițiile fără acoperire sunt excluse din sumă. ${aboutBrand} Valoarea media estimată (AVE) și relevanța medie ale acelorași apariții sunt afișate alături.`,
    whenEmpty: 'nicio apariție în earned media despre brand cu acoperire cunoscută în perioadă',
  },
  'networking.partnerships': {
    label: 'Parteneriate active',
    definition:
      'Parteneriatele strategice active la un moment dat în perioadă: începute cel târziu în ultima ei zi și neîncheiate înainte de prima ei zi (fără dată de încheiere sau cu o dată de încheiere egală cu prima zi ori ulterioară acesteia). Parteneriatele propuse sunt excluse; un parteneriat fără stare contează ca agreat. Alături: câte au început în perioadă și câte au fost inițiate de partener.',
  },
  'selling.leads': {
    label: 'Lead-uri',
    definition: 'Contactele create în CRM în perioadă, din toate canalele (înregistrările șterse sau arhivate sunt excluse).',
  },
  'selling.social_leads': {
    label: 'Lead-uri din social media',
    definition: 'Lead-urile create în perioadă care provin din social media (după canal, sursa originală, sursa lead-ului sau UTM).',
  },
  'selling.offer_conversion_rate': {
    label: 'Rata de conversie a ofertelor',
    definition:
      'Conversiile (valorificări sau înscrieri) ÷ clicurile pe oferte, însumate pe rândurile de oferte ale tuturor canalelor din zilele perioadei; rândurile fără număr de clicuri sau de conversii sunt excluse.',
    whenEmpty: 'niciun clic pe oferte în perioadă',
  },
  'selling.lead_to_customer_rate': {
    label: 'Rata lead → client',
    definition:
      'Dintre lead-urile create în perioadă (după ziua locală a creării, fără înregistrările arhivate), ponderea celor care au devenit clienți: au o dată de devenire client sau etapa ciclului de viață este client sau evanghelist. Lead-urile fiecărei luni sunt urmărite ca grup: conversiile contează oricând au avut loc, până la cele mai recente date, așa că perioadele cele mai recente au valori scăzute până când lead-urile lor au avut timp să se convertească.',
    whenEmpty: 'niciun lead creat în perioadă',
  },
  'selling.win_rate': {
    label: 'Rata de câștig',
    definition: 'Tranzacțiile câștigate ÷ tranzacțiile câștigate sau pierdute, dintre tranzacțiile închise în perioadă (tranzacțiile arhivate sunt excluse).',
    whenEmpty: 'nicio tranzacție câștigată sau pierdută în perioadă',
  },
  'selling.deals_won': {
    label: 'Tranzacții câștigate',
    definition: 'Tranzacțiile câștigate în perioadă, după ziua locală a închiderii (tranzacțiile arhivate sunt excluse); cele provenite din social media sunt afișate alături.',
  },
  'selling.won_value': {
    label: 'Valoarea câștigată',
    definition:
      'Suma totală a tranzacțiilor câștigate în perioadă, după ziua locală a închiderii (tranzacțiile arhivate sunt excluse); tranzacțiile câștigate fără valoare nu pot fi incluse, iar nota arată câte sunt. Partea provenită din tranzacțiile din social media este afișată alături.',
    whenEmpty: 'niciuna dintre tranzacțiile câștigate în perioadă nu are o valoare',
  },
  'selling.average_deal_size': {
    label: 'Valoarea medie a tranzacțiilor',
    definition:
      'Suma totală ÷ numărul tranzacțiilor câștigate în perioadă, după ziua locală a închiderii; tranzacțiile arhivate și tranzacțiile câștigate fără valoare sunt excluse.',
    whenEmpty: 'nicio tranzacție câștigată în perioadă',
  },
  'selling.pipeline_value': {
    label: 'Valoarea pipeline-ului',
    definition:
      'Suma totală a tranzacțiilor deschise la sfârșitul perioadei: create înainte de sfârșitul perioadei și fie încă deschise, fie închise (câștigate sau pierdute) după sfârșitul ei. Tranzacțiile arhivate sunt excluse; o tranzacție deschisă contează indiferent de data de închidere pe care o are. Tranzacțiile deschise fără valoare nu pot fi incluse: nota arată câte sunt, iar când niciuna dintre tranzacțiile deschise nu are o valoare, indicatorul este indisponibil, niciodată 0. Partea provenită din tranzacțiile din social media este afișată alături.',
    whenEmpty: 'niciuna dintre tranzacțiile deschise la sfârșitul perioadei nu are o valoare',
  },
  'selling.revenue': {
    label: 'Venituri',
    definition: 'Valoarea comenzilor plasate în perioadă (după reduceri), fără comenzile rambursate.',
  },
  'selling.buyer_recency_days': {
    label: 'Recența cumpărătorilor',
    definition:
      'Mediana, pentru clienții care au plasat o comandă în cele 365 de zile care se încheie în ultima zi a perioadei, a numărului de zile de la ultima astfel de comandă a fiecărui client până în acea ultimă zi (zile calendaristice locale: o comandă din ultima zi contează 0 zile). Comenzile rambursate sunt excluse.',
    whenEmpty: 'nicio comandă în cele 365 de zile dinaintea sfârșitului perioadei',
  },
  'selling.buyer_frequency': {
    label: 'Comenzi pe cumpărător',
    definition: 'Comenzile plasate în perioadă ÷ clienții distincți care le-au plasat, după ziua locală a comenzii; comenzile rambursate sunt excluse.',
    whenEmpty: 'nicio comandă în perioadă',
  },
};

export const ro: Messages = {
  language: 'ro',
  story,
  tone,
  readable,
  units: {
    hours: (p) => `${p.value} h`,
    days: (p) => countText(p.value, dayNoun),
    points: (p) => `${p.value} p.p.`,
  },
  period: {
    week: (p) => `săptămâna ${p.week} din ${p.year}`,
    quarter: (p) => `trimestrul ${p.quarter.replace(/^Q/i, '')} din ${p.year}`,
    range: (p) => `${p.from} – ${p.to}`,
    year: (p) => p.year,
  },
  weekdays: { Mon: 'lun.', Tue: 'mar.', Wed: 'mie.', Thu: 'joi', Fri: 'vin.', Sat: 'sâm.', Sun: 'dum.' },
  stages: { listening: 'Ascultare', influencing: 'Influență', networking: 'Relaționare', selling: 'Vânzare' },
  series: {
    mentions: 'Mențiuni ale brandului',
    negative_mentions: 'Mențiuni negative',
    shares: 'Distribuiri',
    hashtag_uses: 'Utilizări ale hashtagurilor brandului',
    new_followers: 'Urmăritori noi',
  },
  dimensions: { source: 'sursă', domain: 'domeniu', author: 'autor', hashtag: 'hashtag', url: 'URL' },
  // After "informații despre" (reasons.notProvided): ordinary words, no quotes.
  fields: {
    author_handle: 'identificatorul autorului',
    author_name: 'numele autorului',
    amount: 'valoare',
    comments: 'comentarii',
    engagement: 'interacțiuni',
    hashtags: 'hashtaguri',
    likes: 'aprecieri',
    reach: 'acoperire',
    sentiment: 'sentiment',
    shares: 'distribuiri',
    text: 'text',
  },
  // One quote's kind, in its meta line ("Petra Albers · presă · 14 sept.").
  sourceTypes: { news: 'presă', blog: 'blog', forum: 'forum', review: 'recenzie', video: 'video', podcast: 'podcast', social: 'social media', magazine: 'revistă', other: 'altă sursă' },
  listSeparator: '; ',
  entities: {
    mentions: 'mențiuni',
    posts: 'postări',
    account_snapshots: 'instantanee ale conturilor',
    care_cases: 'cazuri de asistență',
    campaigns: 'campanii',
    leads: 'lead-uri',
    deals: 'tranzacții',
    orders: 'comenzi',
    web_sessions: 'sesiuni web',
    offers: 'oferte',
    earned_media: 'apariții în earned media',
    inbound_links: 'backlinkuri',
    partnerships: 'parteneriate',
    retargeting_audiences: 'audiențe de retargeting',
  },
  findings: {
    slaMissed: (p) =>
      `SLA-ul de asistență a fost ratat: ${p.value} din cazuri au fost ${p.step === 'triage' ? 'triate în 12 ore' : 'rezolvate în 24 de ore'}, față de o țintă de ${p.target}.`,
    competitorGained: (p) => `${p.competitor} a câștigat ${p.points} în share of voice și a ajuns la ${p.share} din mențiuni (${p.brand}: ${p.brandShare}).`,
    campaignFading: (p) => `${q(p.name)} a explodat, apoi s-a stins: ${p.why}`,
    campaignGrowing: (p) => `${q(p.name)} continuă să crească: ${p.why}`,
    goalMet: (p) => `Obiectiv atins: ${p.label} — ${p.value} față de ținta de ${p.target} pentru ${p.goalPeriod}.`,
    goalMissed: (p) => `Obiectiv ratat: ${p.label} — ${p.value} față de ținta de ${p.target} pentru ${p.goalPeriod}.`,
    onTrack: (p) =>
      `Pe traiectorie: ${p.label} — estimare ${p.projected} față de ținta de ${p.target} (${p.elapsed} din ${countNoun(p.total, String(p.total), dayNoun)} din ${p.goalPeriod}).`,
    offTrack: (p) =>
      `În afara traiectoriei: ${p.label} — estimare ${p.projected} față de ținta de ${p.target} (${p.elapsed} din ${countNoun(p.total, String(p.total), dayNoun)} din ${p.goalPeriod}).`,
  },
  checklist: {
    noFigure: (p) => `Nicio valoare pentru ${p.what}: ${p.reason}.`,
    notComputed: 'necalculat',
    noTypical: (p) => `${countWhat(p.value, p.what)}; încă nu există o zi tipică pentru comparație (prea puține zile anterioare).`,
    versusTypical: (p) =>
      `${countWhat(p.value, p.what)}, ${p.level === 'high' ? `mult peste nivelul obișnuit de ${p.expected}` : p.level === 'low' ? `mult sub nivelul obișnuit de ${p.expected}` : `în limitele obișnuite (${p.expected})`} pentru această zi a săptămânii.`,
    what: { negative: 'mențiuni negative', mentions: 'mențiuni ale brandului', shares: 'distribuiri', followers: 'urmăritori noi' },
    notShown: (p) => `Nu se afișează: ${p.reason}.`,
    notAvailable: (p) => `Indisponibil: ${p.reason}.`,
    person: (p) => `${p.author} (${p.platform}, ${p.weekday} ${p.hours})`,
    unknownPlatform: 'necunoscută',
    activationsQuestion: 'Activări: au existat vârfuri de distribuiri sau de utilizare a hashtagurilor?',
    activationsQuestionWhere: 'Activări: au existat vârfuri de distribuiri sau de utilizare a hashtagurilor și de unde au provenit?',
    noActivation: 'Niciun vârf de distribuiri sau de utilizare a hashtagurilor brandului în această perioadă.',
    noActivationOnly: (p) =>
      p.measured === 'shares'
        ? `Niciun vârf de distribuiri în această perioadă; utilizarea hashtagurilor brandului nu este afișată: ${p.reason}.`
        : `Niciun vârf de utilizare a hashtagurilor brandului în această perioadă; distribuirile nu sunt afișate: ${p.reason}.`,
    activations: (p) =>
      `${countNoun(p.n, p.count, { one: 'vârf', few: 'vârfuri' })}; cel mai mare pe ${p.day} (${p.observed} față de un nivel obișnuit de ${p.expected})${p.source ? `, provenit de la ${dim[p.source.dimension].one}: ${p.source.value}` : ''}.`,
    competitiveQuestion: 'Poziția concurențială: unde se situează brandul față de cei mai apropiați concurenți?',
    noTrackedMentions: 'Nicio mențiune a brandului sau a concurenților săi.',
    competitive: (p) =>
      `${p.brand} are ${p.share} din mențiuni (${p.rank === 1 ? 'primul loc' : `locul ${p.rank}`} din ${p.of}${p.change === null ? '' : `, ${p.change} față de perioada precedentă`}); media concurenților este de ${p.average}.`,
    campaignsTooYoung: 'Campaniile sunt prea recente pentru o evaluare (mai puțin de trei săptămâni complete).',
    noCampaign: 'Nicio campanie nu s-a desfășurat în această perioadă.',
    campaigns: (p) =>
      p.campaigns.map((c) => `${q(c.name)}: ${{ growing: 'în creștere', steady: 'stabilă', burst_and_fade: 'a explodat, apoi s-a stins' }[c.lifecycle]}`).join('; ') + '.',
    daily: {
      crisis: 'Scanare de criză: ia amploare ceva foarte negativ?',
      chatter: 'Conversații: cât se vorbește, față de o zi obișnuită?',
      detractors: 'Detractori: cine se plânge, unde și când?',
      noDetractor: 'Astăzi nimeni nu a scris două sau mai multe mențiuni negative.',
      advocates: 'Susținători: cine ia apărarea brandului?',
      noAdvocate: 'Astăzi nimeni nu a scris două sau mai multe mențiuni pozitive.',
      benchmark: 'Reperul zilnic: distribuiri și urmăritori noi',
    },
    weekly: {
      advocacy: 'Susținere: cine a susținut brandul, mai mult sau mai puțin decât de obicei?',
      noAdvocate: 'Niciun susținător în această săptămână (două sau mai multe mențiuni pozitive).',
      reputation: (p) =>
        `Reputația ${p.trend === 'up' ? 'a crescut' : p.trend === 'down' ? 'a scăzut' : 'a rămas stabilă'} (${p.change} față de săptămâna precedentă).`,
    },
    monthly: { campaigns: 'Analiza campaniilor: crește acoperirea pe măsură ce campaniile se maturizează sau acestea explodează și se sting?' },
    quarterly: {
      wins: 'Succesele trimestrului',
      noWin: 'Niciun rezultat nu se remarcă drept succes.',
      lessons: 'Lecțiile trimestrului',
      noLesson: 'Nimic nu a mers semnificativ prost.',
      campaigns: 'Inițiativele majore: cum au performat campaniile?',
    },
    annual: {
      review: 'Bilanțul anului: mai bine sau mai rău decât anul precedent?',
      better: (p) => `${p.better} din ${numberBefore(p.of)} indicatori cu o valoare de acum un an au evoluat în direcția bună.`,
      noYearAgo: 'Niciun indicator nu are o valoare de acum un an cu care să fie comparat.',
      channels: 'Mixul de canale: cât trafic aduce social media?',
      sessions: (p) => `${countText(p.sessions, { one: 'sesiune', few: 'sesiuni' })} din social media în acest an.`,
      noAnalytics: 'nu există date de analiză web',
      tactics: 'Tactici: ce campanii păstrăm și la care renunțăm?',
    },
  },
  campaigns: {
    why(p) {
      const last = `ultima săptămână completă${p.lastWeekAfterEnd ? ' (după încheiere)' : ''} la ${pct(p.lastToPeak)} din vârf`;
      const trend = `interacțiuni în ${p.trend >= 0 ? 'creștere' : 'scădere'} cu ${pct(Math.abs(p.trend))} pe săptămână`;
      const weeks = countNoun(p.weeks, String(p.weeks), { one: 'săptămână completă', few: 'săptămâni complete' });
      if (p.lifecycle === 'too_early') return `${cap(weeks)} de la lansare până acum; sunt necesare ${p.needed}.`;
      if (p.noEngagement) return `Nicio interacțiune în ${weeks} (constant la zero).`;
      if (p.lifecycle === 'burst_and_fade') return `Vârf în săptămâna ${p.peakWeek}, ${last}.`;
      if (p.lifecycle === 'growing') return `${cap(trend)} (tendință calculată prin metoda celor mai mici pătrate), ${last}.`;
      return `${cap(trend)}, vârf în săptămâna ${p.peakWeek}, ${last}.`;
    },
    classes: { growing: 'În creștere', steady: 'Stabilă', burst_and_fade: 'Explozie și declin', too_early: 'Prea devreme pentru o concluzie' },
    none: 'Nicio campanie nu s-a desfășurat în această perioadă.',
    since: (p) => `De la ${p.day}: ${countText(p.engagement, { one: 'interacțiune', few: 'interacțiuni' })}, acoperire ${p.reach}.`,
  },
  goals: {
    target: (p) => `${p.kpi}: țintă ${p.target}`,
    change: (p) => `${p.kpi}: ${p.change}`,
    status: { met: 'Atins', missed: 'Ratat', on_track: 'Pe traiectorie', off_track: 'În afara traiectoriei', unknown: 'Încă necunoscut' },
    none: 'Niciun obiectiv din configurație nu privește acești indicatori.',
    caption: 'Progresul față de obiective',
    columns: { goal: 'Obiectiv', soFar: 'Până acum', headingFor: 'Estimare', target: 'Țintă', status: 'Stare' },
    days: (p) => `(${p.goalPeriod}, ${p.elapsed} din ${countNoun(p.total, String(p.total), dayNoun)})`,
    withReason: (p) => `${p.status}: ${p.reason}`,
  },
  reasons: {
    notComputed: 'necalculat',
    noData: (p) => `nu au fost importate ${p.entity}`,
    notProvided: (p) => `datele importate (${p.entity}) nu conțin informații despre ${orList(p.fields)} pentru această perioadă: nicio sursă nu le furnizează`,
    notCovered: (p) => `nu au fost importate ${p.entity} pentru ${p.period} (datele despre ${p.entity} acoperă intervalul ${p.from} – ${p.to})`,
    noCompetitors: 'nu sunt configurați concurenți',
    noCompetitorsVoice: 'nu sunt configurați concurenți: share of voice compară brandul cu concurenții săi',
    noTrackedMentionsIn: (p) => `nicio mențiune a brandului sau a concurenților săi ${periodIn(p.period)}`,
    noTrackedMentions: 'nicio mențiune a brandului sau a concurenților săi',
    noVoice: 'nu există share of voice pentru această perioadă',
    basePartial: (p) => `datele acoperă doar parțial ${p.period} (${p.from} – ${p.to}), așa că variația nu poate fi măsurată față de această perioadă`,
    noBaseValue: (p) => `nu există o valoare pentru ${p.period} față de care să se măsoare variația (${p.reason})`,
    noBase: 'nu există o perioadă de referință',
    noOffersOrLeads: 'nu au fost importate oferte sau lead-uri',
    noOffersOrLeadsFor: (p) => `nu au fost importate oferte sau lead-uri pentru ${p.period}`,
    noOfferNamed: 'nu au fost importate oferte și niciun lead nu menționează o ofertă',
    peopleWithheld: 'persoanele sunt numite individual doar în rapoartele pentru echipa social media',
  },
  notes: {
    followersFromSnapshot: (p) =>
      `${p.estimated} din ${numberBefore(p.posts)} postări ${isOne(p.estimated) ? 'nu are propriul număr' : 'nu au propriul număr'} de urmăritori; în locul acestuia se folosește instantaneul urmăritorilor contului din ziua publicării`,
    reachEstimated: (p) => `${p.share}\u00a0% din acoperire este estimată (tip de acoperire estimat, necunoscut sau nespecificat)`,
    openDealsWithoutAmount: (p) =>
      isOne(p.open) ? 'singura tranzacție deschisă nu are o valoare și nu este inclusă în total' : `${p.missing} din cele ${numberBefore(p.open)} tranzacții deschise ${isOne(p.missing) ? 'nu are o valoare și nu este inclusă' : 'nu au o valoare și nu sunt incluse'} în total`,
    wonDealsWithoutAmount: (p) =>
      isOne(p.won) ? 'singura tranzacție câștigată nu are o valoare și nu este inclusă în total' : `${p.missing} din cele ${numberBefore(p.won)} tranzacții câștigate ${isOne(p.missing) ? 'nu are o valoare și nu este inclusă' : 'nu au o valoare și nu sunt incluse'} în total`,
  },
  kpis,
  report: {
    cadences,
    eyebrow: (p) => `Raport ${low(cadences[p.cadence])} · ${p.brand}`,
    pageTitle: (p) => `${p.audience} · ${p.period}`,
    description: (p) => `Raport ${low(cadences[p.cadence])} pentru ${low(p.audience)} – ${p.brand}, ${p.period}.`,
    heading: (p) => `${p.audience}: ${p.period}`,
    breadcrumbs: { label: 'Navigare', allReports: 'Toate rapoartele' },
    range: (p) => `${p.from} – ${p.to}`,
    lede: (p) => `${cap(p.range)}, comparativ cu ${p.previous}.`,
    ledeDay: (p) => `${cap(p.day)}, comparativ mai întâi cu ${typicalWeekday(p.weekday)}, apoi cu ${p.previous}.`,
    incomplete: (p) => `Datele sunt disponibile până la ${p.dataUntil}: perioada nu este completă.`,
    soFar: (p) => (p.time ? `până acum: date până la ora ${p.time} din ${p.day}` : `până acum: date până la ${p.day}`),
    findings: 'Ce iese în evidență',
    nextSteps: 'Pașii următori',
    checklist: {
      daily: 'Lista de verificare zilnică',
      weekly: 'Lista de verificare săptămânală',
      monthly: 'Lista de verificare lunară',
      quarterly: 'Lista de verificare trimestrială',
      annual: 'Lista de verificare anuală',
    },
    goals: 'Obiective',
    keyFigures: 'Indicatori-cheie',
    keyFiguresIntro: (p) =>
      `${cap(p.period)} față de ${p.previous}. Culoarea arată dacă este o veste bună sau rea pentru afacere, nu dacă valoarea crește sau scade: o creștere generată de mențiuni negative apare cu roșu, iar un indicator calculat pe prea puține cazuri nu este colorat.`,
    keyFiguresIntroDay: (p) =>
      `${cap(p.day)} față de ${typicalWeekday(p.weekday)}, apoi față de ${p.previous}. Culoarea arată dacă este o veste bună sau rea pentru afacere, nu dacă valoarea crește sau scade: o creștere generată de mențiuni negative apare cu roșu, iar un indicator calculat pe prea puține cazuri nu este colorat.`,
    keyFiguresCaption: (p) => `Indicatori-cheie: ${p.period} comparativ cu ${p.previous}`,
    anomalies: 'Vârfuri și scăderi',
    anomaliesIntro: 'Zilele care au ieșit din intervalul zilei tipice pentru ziua lor din săptămână și ce explică diferența.',
    people: 'Susținători și detractori',
    advocates: 'Susținători',
    detractors: 'Detractori',
    shareOfVoice: 'Share of voice',
    shareOfVoiceIntro: 'Ponderea brandului în tot ce se spune despre el și despre concurenții săi, pe trei măsuri.',
    campaigns: 'Campanii',
    prospects: 'Ce întreabă potențialii clienți',
    offers: 'Ce oferte au atras interes',
    traffic: 'De unde vin vizitele pe site',
    trafficIntro: 'Sesiunile pe site pe canale și cât din ele aduce social media.',
    charts: 'Grafice',
    definitions: 'Cum sunt calculați indicatorii',
    winsAndRisks: 'Succese și riscuri',
    wins: 'Succese',
    risks: 'Riscuri',
    alsoOfNote: 'De asemenea, de reținut',
    asks: 'Ce solicităm',
    asksIntro: 'Pașii pe care echipa îi propune pentru riscurile acestei perioade; fiecare necesită o decizie sau sprijin.',
    noAsks: 'În această perioadă nu este necesară nicio decizie: niciun obiectiv nu este în afara traiectoriei și niciun risc nu impune măsuri.',
    noNextSteps: 'Nimic din această perioadă nu impune măsuri.',
    noChecklist: 'Acest raport nu are o listă de verificare.',
    stagesHeading: 'Cele patru etape',
    stagesIntro: 'Fiecare indicator, grupat după etapa ciclului de succes în social media pe care o măsoară.',
    stageIntros: {
      listening: 'Ce se spune despre brand și despre concurenții săi.',
      influencing: 'Cum este primit conținutul propriu al brandului.',
      networking: 'Relațiile pe care le construiește brandul: susținători, asistență, comunitate.',
      selling: 'Ce aduce social media afacerii: lead-uri, tranzacții, venituri.',
    },
    noStageKpis: (p) => `Acest raport nu conține indicatori din etapa de ${low(p.stage)}.`,
    allFiguresTable: 'Tabelul complet al indicatorilor, cu perioada precedentă și anul anterior',
    moreReports: (p) => `Mai multe pentru ${low(p.audience)}:`,
    moreReportsLabel: 'Alte rapoarte pentru această perioadă',
    notAvailable: 'indisponibil',
    chartNoData: 'Nu există date pentru acest grafic în această perioadă.',
    chartDescription: (p) => `${p.title}. Valorile se găsesc în tabelul de sub grafic.`,
    tableFirstRows: (p) =>
      `${p.title} (${p.shown === 1 ? 'primul rând' : `primele ${countNoun(p.shown, String(p.shown), { one: 'rând', few: 'rânduri' })}`} din ${p.total})`,
    tableNoRows: (p) => `Niciun rând pentru ${q(p.caption)} în această perioadă.`,
  },
  audiences: {
    team: { title: 'Echipa social media', summary: 'Toate KPI-urile de ascultare, influență, relaționare și vânzare, cu vârfurile, susținătorii și campaniile din spatele lor.' },
    sales: { title: 'Vânzări', summary: 'Lead-uri și tranzacții provenite din social media, rata de câștig, valoarea tranzacțiilor, pipeline-ul și veniturile.' },
    leadership: { title: 'Conducere', summary: 'Progresul față de obiective, share of voice față de concurenți, succese și riscuri.' },
  },
  charts: {
    notAvailable: (p) => `Indisponibil: ${p.reason}.`,
    marks: {
      negative: (p) => (p.source ? `Negativ: ${p.source}` : 'Vârf negativ'),
      campaign: (p) => p.name,
      campaignStart: (p) => `Lansare: ${p.name}`,
      spike: (p) => `Vârf: ${seriesMarks[p.series]}`,
      drop: (p) => `Scădere: ${seriesMarks[p.series]}`,
    },
    showTable: 'Afișați datele sub formă de tabel',
    fields: {
      id: 'ID KPI',
      stage: 'Etapă',
      label: 'Denumire',
      unit: 'Unitate',
      value: 'Valoare',
      previous: 'Perioada precedentă',
      change: 'Variație',
      relativeChange: 'Variație relativă',
      yearAgo: 'Cu un an în urmă',
      tone: 'Ton',
      good: 'Veste bună',
      available: 'Disponibil',
      kpi: 'KPI',
      period: 'Perioadă',
      firstDay: 'Prima zi',
      current: 'Perioada curentă',
      date: 'Data',
      name: 'Nume',
      brand: 'Brand',
      mentions: 'Mențiuni',
      measure: 'Măsură',
      share: 'Pondere',
      previousShare: 'Ponderea precedentă',
      metric: 'Indicator',
      direction: 'Sens',
      observed: 'Observat',
      expected: 'Tipic',
      score: 'Scor',
      driver: 'Factor principal',
      driverShare: 'Ponderea factorului principal',
      campaign: 'Campanie',
      lifecycle: 'Ciclu de viață',
      week: 'Săptămână',
      reach: 'Acoperire',
      engagement: 'Interacțiuni',
      posts: 'Postări',
      rank: 'Loc',
      kind: 'Tip',
      headline: 'Titlu',
    },
    marked: (p) => `Marcate pe grafic: ${p.marks.map((m) => `${m.label} (${m.day})`).join(', ')}${p.more ? ` și încă ${p.more} (vedeți tabelul)` : ''}.`,
    coverage: (p) =>
      p.from && p.until
        ? `Datele acoperă doar zilele de la ${p.from} până la ${p.until}${p.time ? ` (${p.time})` : ''}; celelalte zile nu sunt reprezentate.`
        : p.from
          ? `Datele încep pe ${p.from}; zilele anterioare nu sunt reprezentate.`
          : p.time
            ? `Datele se opresc la ora ${p.time} din ${p.until ?? ''}, așa că ziua respectivă este parțială; zilele următoare nu sunt reprezentate.`
            : `Datele se opresc pe ${p.until ?? ''}; zilele următoare nu sunt reprezentate.`,
    noData: 'fără date',
    dailyMentions: {
      title: 'Mențiuni ale brandului pe zi',
      titleCompetitors: 'Mențiuni pe zi: brandul și concurenții',
      description: (p) =>
        `${p.brand} a avut ${countText(p.mentions, { one: 'mențiune', few: 'mențiuni' })} ${periodIn(p.period)}` +
        `${p.negative ? `, dintre care ${p.negative.mentions} ${isOne(p.negative.mentions) ? 'negativă' : 'negative'} (${p.negative.share})` : ''}` +
        `${p.peak ? `; cele mai multe pe ${p.peak.day} (${p.peak.mentions})` : ''}.` +
        (p.negativePeak ? ` Mențiunile negative au atins maximul pe ${p.negativePeak.day}: ${p.negativePeak.negative} din ${p.negativePeak.mentions}.` : '') +
        (p.competitors.length ? ` Concurenți: ${p.competitors.map((c) => `${c.name} ${c.mentions}`).join(', ')}.` : ''),
      axis: 'Mențiuni',
      negative: (p) => `${p.brand}: negative`,
      caption: (p) => `Mențiuni pe zi, ${p.period}, cu mențiunile negative ale brandului și evenimentele marcate`,
      day: 'Zi',
      note: 'Notă',
    },
    shareOfVoice: {
      title: 'Share of voice față de concurenți',
      description: (p) =>
        `${p.brand} a avut ${p.share} din mențiunile numelor urmărite ${periodIn(p.period)}` +
        (p.rank === 1 ? ', cea mai mare pondere.' : `, pe locul ${p.rank} din ${p.of}; pe primul loc s-a aflat ${p.leader}, cu ${p.leaderShare}.`),
      axis: 'Ponderea în mențiunile urmărite',
      caption: (p) => `Share of voice, ${p.period}`,
      columns: { name: 'Nume', mentions: 'Mențiuni', share: 'Share of voice' },
    },
    weeklyLeads: {
      title: 'Lead-uri pe săptămână: social media și alte canale',
      none: (p) => `Nu a fost creat niciun lead ${periodIn(p.period)}.`,
      description: (p) =>
        `${countText(p.total, { one: 'lead', few: 'lead-uri' })} ${periodIn(p.period)}, dintre care ${p.social} din social media (${p.share}). Cea mai activă săptămână a fost ${p.week}, cu ${p.busiest}.`,
      social: 'Social media',
      other: 'Alte canale',
      axis: 'Lead-uri',
      partialWeek: 'Săptămână parțială',
      partial: ' (parțială)',
      partialWeeks: (p) =>
        `${s(p.weeks.length, 'Săptămână parțială', 'Săptămâni parțiale')} (mai puțin de 7 zile în perioadă sau în date): ${p.weeks.map((w) => `${w.week} (${countNoun(w.days, String(w.days), dayNoun)})`).join(', ')}.`,
      caption: (p) => `Lead-uri pe săptămână, ${p.period}`,
      columns: { week: 'Săptămână', social: 'Social media', other: 'Alte canale', total: 'Total' },
    },
    trailingDays: {
      title: 'Mențiuni ale brandului în ultimele 28 de zile, față de ziua tipică',
      unavailable: 'nu există date despre mențiuni pentru aceste zile',
      day: (p) => {
        const wd = weekdayNames[p.weekday];
        const mentions = countNoun(p.n, p.mentions, { one: 'mențiune', few: 'mențiuni' });
        const negative = p.negative ? `. Dintre acestea, ${p.negative.mentions} ${isOne(p.negative.mentions) ? 'a fost negativă' : 'au fost negative'} (${p.negative.share}).` : '.';
        if (p.typical === null) return `Pe ${p.day}, brandul a avut ${mentions}; încă nu există o valoare tipică pentru zilele de ${wd}${negative}`;
        if (p.mark === 'spike') return `Pe ${p.day}, mențiunile brandului au ajuns la ${p.mentions}, față de o valoare tipică de ${p.typical} pentru o zi de ${wd}${negative}`;
        if (p.mark === 'drop') return `Pe ${p.day}, mențiunile brandului au scăzut la ${p.mentions}, față de o valoare tipică de ${p.typical} pentru o zi de ${wd}${negative}`;
        return `Pe ${p.day}, brandul a avut ${mentions}, în intervalul obișnuit pentru o zi de ${wd} (valoare tipică: ${p.typical})${negative}`;
      },
      // "Săptămâna 38 din 2026: …": the period's label first, so no preposition has to fit it.
      period: (p) =>
        `${cap(p.period)}: brandul a avut ${countNoun(p.n, p.mentions, { one: 'mențiune', few: 'mențiuni' })}` +
        (p.typical === null
          ? ''
          : `, față de ${p.typical} ${p.days === 7 ? 'într-o săptămână tipică' : p.days === 1 ? 'într-o zi tipică' : `în ${countNoun(p.days, String(p.days), { one: 'zi tipică', few: 'zile tipice' })}`}`) +
        '.' +
        (p.negative ? ` Dintre acestea, ${p.negative.mentions} ${isOne(p.negative.mentions) ? 'a fost negativă' : 'au fost negative'} (${p.negative.share}).` : ''),
      window: (p) => {
        const before = p.own ? 'Mai devreme, în cele 28 de zile' : `În cele 28 de zile până la ${p.lastDay}`;
        const parts = [p.spikes ? dayList(p.spikes, 'un vârf', 'vârfuri') : '', p.drops ? dayList(p.drops, 'o scădere', 'scăderi') : ''].filter(Boolean);
        return parts.length ? `${before}: ${parts.join('; ')}.` : `${before}, nicio altă zi nu a ieșit din intervalul tipic.`;
      },
      axis: 'Mențiuni',
      spike: 'Vârf',
      drop: 'Scădere',
      reportDay: 'ziua raportului',
      legend: {
        own: (p) => s(p.days, 'Ziua raportului', 'Zilele raportului'),
        earlier: 'Zilele anterioare',
        negative: 'Mențiuni negative',
        typical: 'Interval tipic',
      },
      caption: (p) =>
        `Mențiunile brandului pe zi și câte au fost negative, în cele 28 de zile până la ${p.lastDay}, cu ziua tipică pentru fiecare zi a săptămânii, intervalul său obișnuit și evenimentele marcate`,
      columns: { date: 'Data', mentions: 'Mențiuni', negative: 'Negative', typical: 'Tipic', low: 'Minim', high: 'Maxim', note: 'Notă' },
    },
  },
  traffic: {
    empty: 'Nicio sesiune web în această perioadă.',
    caption: 'Sesiuni web pe canale',
    columns: { channel: 'Canal', sessions: 'Sesiuni', share: 'Pondere', previous: 'Perioada precedentă', change: 'Variație' },
    total: 'Toate canalele',
    social: 'din care social media',
    channels: {
      organic_social: 'Social media organic',
      paid_social: 'Social media plătit',
      organic_search: 'Căutare organică',
      paid_search: 'Căutare plătită',
      direct: 'Direct',
      referral: 'Trimiteri (referral)',
      email: 'E-mail',
      display: 'Display',
      affiliate: 'Afiliați',
      other: 'Altele',
    },
    notShown: (p) => `Nu se afișează: ${p.reason}.`,
  },
  sales: {
    prospects: {
      empty: 'Niciun potențial client nu a pus o întrebare pe o anumită temă în această perioadă.',
      caption: 'Ce întreabă potențialii clienți: teme după numărul de conversații',
      columns: { theme: 'Temă', cases: 'Conversații', share: 'Pondere', previous: 'Perioada precedentă', change: 'Variație', toSales: 'Transmise vânzărilor' },
      notShown: (p) => `Nu se afișează: ${p.reason}.`,
    },
    offers: {
      empty: 'Nicio ofertă nu a fost afișată sau menționată de un lead în această perioadă.',
      caption: 'Oferte și servicii după numărul de lead-uri, apoi de clicuri',
      columns: {
        offer: 'Ofertă sau serviciu',
        impressions: 'Afișări',
        clicks: 'Clicuri',
        clickRate: 'Rată de clic',
        leads: 'Lead-uri',
        socialLeads: 'Lead-uri din social media',
        enterpriseLeads: 'Lead-uri corporative',
        orders: 'Comenzi',
        revenue: 'Venituri',
      },
      service: (p) => `Serviciu: ${p.id}`,
      notShown: (p) => `Nu se afișează: ${p.reason}.`,
    },
  },
  site: {
    skipLink: 'Salt la conținut',
    nav: { label: 'Site', allReports: 'Toate rapoartele', about: 'Cum se citesc', audiences: 'Raport pentru', periods: 'Alte perioade', noEarlier: 'Niciun raport anterior', noLater: 'Niciun raport ulterior' },
    footer: {
      dataUntil: (p) => `Date până la ${p.day}. Zilele și lunile sunt delimitate în fusul orar ${p.timezone}.`,
      madeWith: 'Realizat cu Cadence.',
    },
    tone: { good: 'Vești bune', bad: 'Necesită atenție', mixed: 'Vești amestecate', neutral: 'De reținut' },
    findingsEmpty: 'Nimic nu iese în evidență în această perioadă: fiecare indicator se află în intervalul său obișnuit.',
    findingsEmptyPartial: 'Deocamdată nimic nu iese în evidență. Perioada este acoperită doar parțial, așa că indicatorii săi nu sunt încă comparați cu perioade complete.',
    findingsEmptyNoTypical: 'Nimic nu iese în evidență față de perioada precedentă; vârfurile și scăderile nu pot fi încă verificate (vedeți nota de mai sus).',
    notAvailable: 'Indisponibil',
    better: ' (mai bine)',
    worse: ' (mai rău)',
    noChange: 'nicio schimbare',
    noComparison: 'fără comparație',
    versus: (p) => `față de ${p.previous}`,
    noComparisonWith: (p) => `fără comparație cu ${p.previous}`,
    whatThisMeasures: 'Ce măsoară',
    sparkline: (p) => {
      const unit = lastPeriods[p.cadence ?? 'none'];
      return `${p.label}, ${p.n === 1 ? unit.one : `${unit.last} ${countNoun(p.n, String(p.n), unit.noun)}`}: de la ${p.from} la ${p.to}`;
    },
    kpiTable: { kpi: 'KPI', change: 'Variație' },
    anomalies: {
      empty: 'Niciun vârf și nicio scădere: fiecare zi s-a încadrat în intervalul tipic pentru ziua respectivă a săptămânii.',
      caption: 'Vârfuri și scăderi față de ziua tipică, cu factorii care le explică',
      columns: { day: 'Zi', series: 'Serie', observed: 'Observat', typical: 'Tipic', explainedBy: 'Explicat de' },
      spike: '↑ vârf',
      drop: '↓ scădere',
      driver: (p) =>
        `${p.dimension === 'author' && p.value === 'one author' ? dim.author.one : `${dim[p.dimension].the} ${p.value}`} (${p.share >= 0.995 ? 'în totalitate' : pct(p.share)})${p.singleSource ? ', sursă unică' : ''}`,
    },
    people: {
      empty: (p) => `Nimeni nu a scris două sau mai multe mențiuni ${p.kind === 'advocates' ? 'pozitive' : 'negative'} în această perioadă.`,
      caption: (p) => (p.kind === 'advocates' ? 'Susținători: autori după numărul de mențiuni pozitive' : 'Detractori: autori după numărul de mențiuni negative'),
      columns: { author: 'Autor', positive: 'Pozitive', negative: 'Negative', audience: 'Audiență', where: 'Unde', when: 'Când' },
      employee: ' (angajat)',
      ofMentions: (p) => `${p.n} din ${p.of}`,
      notShown: (p) => `Nu se afișează: ${p.reason}.`,
    },
    shareOfVoice: {
      measures: { mentions: 'Mențiuni', engagement: 'Interacțiuni', reach: 'Acoperire' },
      sentiment: 'Ce simt oamenii',
      negativeShare: 'Ponderea mențiunilor negative',
      netSentiment: 'Sentiment net',
      caption: 'Share of voice pe nume urmărit și măsură, cu sentimentul fiecărui nume',
      columns: { measure: 'Măsură', competitorAverage: 'Media concurenților', landscapeAverage: 'Media pieței' },
      unavailable: (p) => `Share of voice nu este disponibil: ${p.reason}.`,
    },
    coverage: {
      caption: 'Rânduri pe tip de date în dosarul de date',
      columns: { data: 'Date', rows: 'Rânduri', firstDay: 'Prima zi', lastDay: 'Ultima zi', gaps: 'Fără date' },
      notImported: 'neimportate',
      noGaps: 'niciunul',
      gap: (p) => `${p.from} – ${p.to} (${countText(p.days, dayNoun)})`,
      moreGaps: (p) =>
        p.n === 1 ? 'și încă un interval, nu mai lung' : `și încă ${countNoun(p.n, p.count, { one: 'interval', few: 'intervale' })}, niciunul mai lung`,
      noDataAt: (p) =>
        p.gaps.length === 1
          ? `Nu există niciun fel de date ${p.gaps[0]}: niciun raport nu acoperă acest interval.`
          : `Nu există niciun fel de date în aceste intervale: ${p.gaps.join('; ')}. Niciun raport nu le acoperă.`,
      stretch: (p) => `de la ${p.from} până la ${p.to} (${countText(p.days, dayNoun)})`,
    },
    home: {
      description: (p) => `Rapoarte de social media pentru ${p.brand}.`,
      lede: (p) => `Rapoarte pentru ${p.brand}, generate din dosarul de date. Cea mai recentă lună cu date este ${p.month}.`,
      noData: 'Nu au fost importate încă date.',
      latest: 'Cele mai recente rapoarte',
      latestIntro: 'Un singur site, câte un raport pentru fiecare public și periodicitate; fiecare începe cu ce iese în evidență și compară fiecare indicator cu perioada precedentă.',
      reportLink: (p) => `${cadences[p.cadence]}: ${p.period}${p.soFar ? ` (${p.soFar})` : ''}`,
      reportCount: (p) => `${countNoun(p.n, p.count, { one: 'raport', few: 'rapoarte' })} în total; fiecare are legături către perioadele anterioară și următoare.`,
      noReports: 'Nu există încă rapoarte. Rulați <code>cadence pull</code> pentru a importa datele, apoi <code>cadence build</code>.',
      decks: 'Prezentări roadshow',
      decksIntro: 'Slide-uri pentru fiecare departament și trimestru, de prezentat din browser (tastele săgeți, ecran complet, notele prezentatorului) sau din fișierul unic, care funcționează și offline.',
      coverage: 'Acoperirea datelor',
      coverageIntro:
        'Ce conține dosarul de date, pe tipuri de date, și intervalele de o săptămână sau mai mult fără date. Rapoartele sunt generate doar pentru perioadele cu date; indicatorii care necesită date neimportate apar ca indisponibili.',
    },
    kpiPage: {
      title: (p) => `${p.label} · ce măsoară`,
      description: (p) => `${p.label}: definiție și istoric pentru ${p.brand}.`,
      eyebrow: (p) => `${p.stage} · KPI${p.custom ? ' al acestui proiect' : ''}`,
      about: 'Despre acest indicator',
      id: 'Id',
      unit: 'Unitate',
      units: { count: 'un număr', number: 'o medie', percent: 'un procent', hours: 'ore', days: 'zile' },
      currency: (p) => `o sumă în ${p.currency}`,
      goodWhen: 'Veste bună când',
      rises: 'crește',
      falls: 'scade',
      reads: 'Date folosite',
      history: 'Istoric',
      chartTitle: (p) => `${p.label} pe perioade`,
      chartDescription: (p) =>
        `${p.label} de la ${p.first} până la ${p.last}: de la ${p.from} la ${p.to}` +
        (p.high && p.low ? `; maximum ${p.high.value} (${p.high.period}), minimum ${p.low.value} (${p.low.period})` : '') +
        '.' +
        (p.missing ? ` ${p.missing === 1 ? 'O perioadă nu are' : `${cap(countNoun(p.missing, String(p.missing), { one: 'perioadă', few: 'perioade' }))} nu au`} valoare.` : ''),
      chartPartial: (p) =>
        p.periods.length === 1
          ? `${cap(p.periods[0] ?? '')} este o perioadă parțială (încă în desfășurare sau acoperită doar parțial de date): valoarea sa nu este comparabilă cu cea a unei perioade complete și este desenată fără umplere.`
          : `${p.periods.map(cap).join(', ')} sunt perioade parțiale (încă în desfășurare sau acoperite doar parțial de date): valorile lor nu sunt comparabile cu cele ale unor perioade complete și sunt desenate fără umplere.`,
      chartOne: (p) => `${p.label} ${periodIn(p.period)}: ${p.value}. O singură perioadă până acum: nu există încă un istoric de reprezentat.`,
      axisPeriod: 'Perioadă',
      partial: 'Perioadă parțială',
      whole: 'Perioadă completă',
      partialSuffix: ' (parțial)',
      empty: 'Niciun raport nu conține încă acest indicator.',
      caption: (p) => `${p.label} pe perioade`,
      period: 'Perioadă',
      value: 'Valoare',
      notAvailable: 'indisponibil',
    },
  },
  about: {
    title: 'Cum se citesc aceste rapoarte',
    description: 'Ce arată rapoartele, de unde provin cifrele și cum se citește o comparație.',
    lede: 'Ce arată fiecare raport, de unde provin cifrele sale și cum se citește o comparație.',
    body: (p) => `## Câte un raport pentru fiecare public

Fiecare perioadă — o zi, o săptămână, o lună, un trimestru, un an — are trei rapoarte generate din aceleași date. Raportul pentru **echipa social media** acoperă toate etapele ciclului de succes în social media: ascultare, influență, relaționare și vânzare. Raportul pentru **vânzări** vorbește despre lead-uri, tranzacții, rata de câștig și venituri. Raportul pentru **conducere** se limitează la indicatorii principali și la share of voice față de concurenți.

## Fiecare cifră, cu comparația ei

Fiecare indicator este afișat alături de același indicator din perioada precedentă: luna anterioară într-un raport lunar, săptămâna anterioară într-unul săptămânal. Săgeata arată în ce direcție s-a mișcat valoarea; culoarea arată dacă este o veste bună *pentru acel indicator* — mai puține mențiuni negative apar cu verde, deși numărul a scăzut. Numerele și sumele variază în procente (+12 %); ratele variază în puncte procentuale (+1,5 p.p.), adică diferența dintre două procente.

## De unde provin cifrele

Rapoartele sunt calculate din exporturile și API-urile instrumentelor pe care echipa social media le folosește deja — monitorizare, publicare, CRM și analiză web — importate într-un singur dosar de date. Zilele și lunile sunt delimitate în fusul orar ${p.timezone}. Fiecare indicator are o legătură către definiția sa.

## Când lipsește un indicator

Un indicator ale cărui date nu au fost importate este marcat **indisponibil, cu motivul** — de exemplu „nu au fost importate cazuri de asistență”. Nu este afișat niciodată ca 0: o cifră care lipsește și un zero spun povești diferite.`,
  },
  pdf: {
    pageOf: (p) => `${p.page} din ${p.total}`,
  },
  deck: {
    departments: { product: 'Produs', sales: 'Vânzări', marketing: 'Marketing', 'all-hands': 'Întreaga companie' },
    title: (p) => `Roadshow pentru ${low(p.dept)}: ${p.period}`,
    storyTitle: (p) => `${p.dept}: povestea ${periodOf(p.period)}`,
    slides: {
      productGaps: {
        title: 'Lacune de produs și teme din feedback',
        notes: 'Ce ne-au spus clienții prin asistență și social media în acest trimestru: mai întâi temele cu cele mai multe cazuri. Cazurile al căror prim mesaj este negativ indică lacunele cele mai acute.',
      },
      productListening: {
        title: 'Ce se spune despre noi',
        notes: 'Indicatorii de ascultare relevanți pentru produs, comparativ cu trimestrul precedent. Toți indicatorii de ascultare se găsesc în raportul trimestrial al echipei social media.',
      },
      productMentions: { title: 'Mențiunile brandului, zi de zi', notes: 'Vârfurile sunt explicate în raportul trimestrial al echipei social media.' },
      productStandsOut: { title: 'Ce iese în evidență', notes: 'Cele trei constatări care contează cel mai mult pentru produs în acest trimestru.' },
      salesPipeline: {
        title: 'Pipeline-ul generat de social media',
        notes: 'Lead-urile, tranzacțiile și veniturile provenite din social media în acest trimestru, comparativ cu trimestrul precedent. Toți indicatorii de vânzare se găsesc în raportul trimestrial pentru vânzări.',
      },
      salesProspects: {
        title: 'Ce întreabă potențialii clienți',
        notes: 'Temele ridicate de potențialii clienți în discuțiile cu echipa de asistență sau de vânzări în acest trimestru, începând cu cele mai frecvente, comparativ cu trimestrul precedent.',
      },
      salesOffers: { title: 'Ofertele care au atras interes', notes: 'Ofertele și serviciile care au generat clicuri, lead-uri și comenzi.' },
      salesTraffic: { title: 'De unde vin vizitele pe site', notes: 'Vizitele pe site pe canale și ponderea adusă de social media: începutul pâlniei din care cresc lead-urile noastre.' },
      salesStandsOut: { title: 'Ce iese în evidență', notes: 'Constatările care contează cel mai mult pentru vânzări.' },
      marketingVoice: { title: 'Share of voice și campanii', notes: 'Ponderea noastră în conversație față de fiecare concurent, apoi rezultatele fiecărei campanii din trimestru.' },
      marketingContent: {
        title: 'Conținut și influență',
        notes: 'Interacțiunile cu propriul nostru conținut și audiența pe care o aduce, comparativ cu trimestrul precedent. Toți indicatorii de influență se găsesc în raportul trimestrial al echipei social media.',
      },
      marketingMentions: { title: 'Mențiuni față de concurenți', notes: 'Mențiunile brandului și ale concurenților, zi de zi.' },
      marketingStandsOut: { title: 'Ce iese în evidență', notes: 'Constatările care contează cel mai mult pentru marketing și pașii următori.' },
      allHandsStory: { title: 'Povestea trimestrului', notes: 'Ideea principală de reținut, ce a mers bine și ce trebuie urmărit, în cuvintele unui client.' },
      allHandsMonths: { title: 'Lună de lună', notes: 'Principalul eveniment al fiecărei luni din trimestru.' },
      allHandsFigures: { title: 'Trimestrul în cifre', notes: 'Cifrele principale, fiecare comparată cu trimestrul precedent.' },
      allHandsWinsRisks: { title: 'Succese și riscuri', notes: 'Ce a mers bine și ce trebuie urmărit.' },
      allHandsNext: { title: 'Pașii următori', notes: 'O acțiune pentru fiecare constatare care o impune.' },
    },
    charts: { mentionsPerDay: 'Mențiuni pe zi', mentionsWithCompetitors: 'Mențiuni pe zi, brand și concurenți' },
    description: (p) => `${p.brand}: prezentarea roadshow pentru ${low(p.dept)}, ${p.period}.`,
    eyebrow: (p) => `${p.brand} · roadshow trimestrial`,
    coverNotes: (p) => `Trimestrul cuprinde intervalul ${p.range}; fiecare indicator este comparat cu ${p.previous}.`,
    slideLabel: (p) => `Slide-ul ${p.n} din ${p.total}: ${p.title}`,
    counterLabel: 'Slide-ul curent',
    notes: 'Note:',
    help: 'Taste: săgeți, spațiu, Page Up/Down, Home/End pentru a trece de la un slide la altul; f pentru ecran complet; n pentru notele prezentatorului. Fără JavaScript, slide-urile se citesc de sus în jos.',
    gaps: { product: 'Lacune de produs', content: 'Teme din feedback (lacune de conținut)' },
    gapCases: (p) => `${countText(p.cases, { one: 'caz', few: 'cazuri' })}, dintre care ${p.negative} ${isOne(p.negative) ? 'negativ' : 'negative'}`,
    noGaps: 'Nicio temă nu a apărut în acest trimestru.',
    unavailable: (p) => `Indisponibil: ${p.reason}`,
    decksOf: (p) => `Prezentări roadshow pentru ${p.period}`,
    standalone: 'fișier unic',
  },
  digest: {
    fullReport: 'Deschideți raportul complet',
    relativeLinks: 'Legăturile sunt căi pe site-ul rapoartelor: setați site.url în cadence.config.ts pentru a le face absolute.',
    dataUntil: (p) => `Date până la ${p.day}.`,
    employee: {
      subject: (p) => `${p.brand} în social media: ${p.month}`,
      intro: (p) => `Ce a făcut ${p.brand} în social media în ${p.month} și postări pe care le puteți distribui.`,
      topContent: 'Cele mai bune postări ale noastre din această lună',
      topContentIntro: 'Postările conturilor noastre cu cele mai multe interacțiuni.',
      noTopContent: 'Luna aceasta, nicio postare a conturilor noastre nu a înregistrat interacțiuni.',
      columns: { post: 'Postare', platform: 'Platformă', result: 'Rezultat' },
      result: (p) =>
        p.metric === 'reach'
          ? `${countText(p.value, { one: 'persoană atinsă', few: 'persoane atinse' })}`
          : p.metric === 'impressions'
            ? countText(p.value, { one: 'afișare', few: 'afișări' })
            : countText(p.value, { one: 'interacțiune', few: 'interacțiuni' }),
      untitled: 'O postare fără text',
      samplePosts: 'Gata de distribuit',
      samplePostsIntro: 'Copiați o postare ca atare sau adaptați-o în stilul dumneavoastră.',
      samplePost: (p) =>
        `Postarea noastră din ${p.month} pe ${p.platform} ${
          p.metric === 'reach'
            ? `a ajuns la ${countText(p.value, { one: 'persoană', few: 'persoane' })}`
            : p.metric === 'impressions'
              ? `a fost văzută de ${numberBefore(p.value)} ori`
              : `a strâns ${numberBefore(p.value)} aprecieri, comentarii și distribuiri`
        } — mulțumim tuturor celor care au apreciat-o, au comentat-o și au distribuit-o!`,
      roundup: (p) =>
        p.n === 1
          ? `Cea mai bună postare a noastră din ${p.month} a strâns ${numberBefore(p.engagements)} aprecieri, comentarii și distribuiri. Urmăriți ${p.brand} ca să nu le ratați pe următoarele!`
          : `Cele mai bune ${countNoun(p.n, p.count, { one: 'postare', few: 'postări' })} ale noastre din ${p.month} au strâns ${numberBefore(p.engagements)} aprecieri, comentarii și distribuiri. Urmăriți ${p.brand} ca să nu le ratați pe următoarele!`,
    },
    leadership: {
      subject: (p) => `${p.brand}: raportul de social media pentru conducere, ${p.month}`,
      goals: (p) => {
        const parts = [
          p.met ? `${p.met} ${s(p.met, 'atins', 'atinse')}` : '',
          p.onTrack ? `${p.onTrack} pe traiectorie` : '',
          p.offTrack ? `${p.offTrack} în afara traiectoriei` : '',
          p.missed ? `${p.missed} ${s(p.missed, 'ratat', 'ratate')}` : '',
          p.unknown ? `${p.unknown} ${s(p.unknown, 'încă neevaluat', 'încă neevaluate')}` : '',
        ].filter(Boolean);
        return parts.length ? `Obiective: ${parts.join(', ')}.` : 'Obiective: niciunul evaluat.';
      },
      noGoals: 'Obiective: niciunul dintre obiectivele configurate nu privește acești indicatori.',
      nothingElse: 'Nimic altceva nu iese în evidență.',
      fullReport: (p) => `Raportul complet: ${p.url}`,
    },
  },
};
