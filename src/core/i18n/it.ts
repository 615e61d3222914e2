/**
 * The Italian message catalog. Typed `Messages`, so it has every key of the English reference;
 * the `kpis` table (label, definition and empty reason of every built-in KPI, by id) is checked
 * by a test. Sentences are written for Italian word order, not translated fragment by fragment;
 * labels of variable gender (KPI names) are placed where no agreement is needed ("Menzioni del
 * brand in aumento a…", "… sul periodo precedente (agosto 2026)").
 */
import type { Messages } from './catalog.ts';
import { readable, story, tone } from './it-story.ts';
import type { DayList, DimensionKey, KpiText, SeriesKey, WeekdayKey } from './en.ts';
import { al, cap, dal, del, gli, il, s } from './it-grammar.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;



/** A dimension with its article forms: "un solo autore", "l'autore X". */
const dim: Record<DimensionKey, { one: string; the: string; around: string }> = {
  source: { one: 'una sola fonte', the: 'la fonte', around: 'alla fonte' },
  domain: { one: 'un solo dominio', the: 'il dominio', around: 'al dominio' },
  author: { one: 'un solo autore', the: "l'autore", around: "all'autore" },
  hashtag: { one: 'un solo hashtag', the: "l'hashtag", around: "all'hashtag" },
  url: { one: 'un solo URL', the: "l'URL", around: "all'URL" },
};


const perPost = 'La voce per_1000_followers dà lo stesso conteggio ogni 1.000 follower: la loro somma × 1.000 ÷ la somma dei follower al momento del post, sui post che hanno entrambi i dati.';
const careCases = 'casi di assistenza';
const aboutBrand =
  'Un contenuto riguarda il brand quando il suo nome tracciato è il brand o uno dei suoi alias, o il suo tipo tracciato è “brand”, o non ha né tipo né nome tracciato; i contenuti su concorrenti, temi o altri nomi sono esclusi.';

const kpis: Record<string, KpiText> = {
  'listening.mentions': {
    label: 'Menzioni del brand',
    definition:
      'Menzioni del brand (il suo nome o i suoi alias) pubblicate nel periodo, da tutte le fonti di ascolto. Le menzioni che non corrispondono a nessun nome seguito (né il brand, né un concorrente, un tema o una persona della configurazione) restano non abbinate: non sono contate qui e il report dice quante sono.',
  },
  'listening.negative_mentions': {
    label: 'Menzioni negative del brand',
    definition: 'Menzioni del brand con sentiment negativo pubblicate nel periodo (il primo numero del controllo delle crisi).',
  },
  'listening.shares': {
    label: 'Condivisioni delle menzioni del brand',
    definition: 'Condivisioni, repost e retweet delle menzioni del brand pubblicate nel periodo, come le conta lo strumento di ascolto (le menzioni senza conteggio delle condivisioni valgono 0).',
  },
  'listening.hashtag_uses': {
    label: 'Usi degli hashtag del brand',
    definition: 'Menzioni del brand pubblicate nel periodo che portano uno degli hashtag del brand (brand.hashtags nella configurazione; qualsiasi hashtag se non ne è configurato nessuno).',
  },
  'listening.reach': {
    label: 'Copertura',
    definition:
      'Somma della copertura (pubblico potenziale, come la definisce lo strumento di ascolto: follower, fan, visualizzazioni di pagina) delle menzioni del brand pubblicate nel periodo; le menzioni senza copertura sono escluse. Il valore è segnato come stimato quando in parte viene da menzioni la cui copertura è una stima o di tipo sconosciuto, e la nota dice quale quota. La copertura somma pubblici che si sovrappongono, quindi è un limite superiore delle persone raggiunte.',
    whenEmpty: 'nessuna menzione del brand con una copertura nel periodo',
  },
  'listening.reputation_score': {
    label: 'Indice di reputazione',
    definition:
      'Quota di menzioni del brand positive meno quota di negative pubblicate nel periodo, sulle menzioni del brand con un sentiment: (positive − negative) ÷ (positive + neutre + negative). Le menzioni neutre contano nel denominatore; quelle senza sentiment sono escluse. Va da −100% a +100%.',
    whenEmpty: 'nessuna menzione del brand con un sentiment nel periodo',
  },
  'listening.net_sentiment': {
    label: 'Sentiment netto',
    definition: '(Positive − negative) ÷ (positive + negative) menzioni del brand nel periodo; le menzioni neutre sono escluse (la formula di Talkwalker).',
    whenEmpty: 'nessuna menzione del brand con sentiment positivo o negativo nel periodo',
  },
  'listening.negative_share': {
    label: 'Quota di menzioni negative',
    definition:
      'Menzioni negative del brand ÷ menzioni del brand con un sentiment (positivo, neutro o negativo), pubblicate nel periodo; le menzioni senza sentiment sono escluse. Quanta parte della conversazione sul brand è negativa, qualunque sia il suo volume.',
    whenEmpty: 'nessuna menzione del brand con un sentiment nel periodo',
  },
  'listening.share_of_voice': {
    label: 'Share of voice',
    definition: 'Menzioni del brand ÷ (menzioni del brand + dei concorrenti configurati) nel periodo.',
    whenEmpty: 'nessuna menzione del brand o dei suoi concorrenti nel periodo',
  },
  'listening.share_of_voice_engagement': {
    label: 'Share of voice (interazioni)',
    definition:
      'Interazioni sulle menzioni del brand ÷ interazioni sulle menzioni del brand e dei concorrenti configurati, pubblicate nel periodo (le interazioni come le dà lo strumento di ascolto, altrimenti like + commenti + condivisioni; le menzioni senza nessuno di questi dati sono escluse).',
    whenEmpty: 'nessuna interazione sulle menzioni del brand o dei suoi concorrenti nel periodo',
  },
  'listening.share_of_voice_reach': {
    label: 'Share of voice (copertura)',
    definition:
      'Copertura delle menzioni del brand ÷ copertura delle menzioni del brand e dei concorrenti configurati, pubblicate nel periodo (copertura sommata come la dà lo strumento di ascolto; le menzioni senza copertura sono escluse).',
    whenEmpty: 'nessuna copertura sulle menzioni del brand o dei suoi concorrenti nel periodo',
  },
  'listening.retention_rate': {
    label: 'Tasso di fidelizzazione',
    definition: `I ${careCases} aperti nel periodo il cui cliente è rimasto (ha riacquistato o rinnovato) ÷ i ${careCases} aperti nel periodo con esito noto; i casi senza un esito di fidelizzazione registrato sono esclusi.`,
    whenEmpty: `nessun caso di assistenza con esito di fidelizzazione noto aperto nel periodo`,
  },
  'listening.refund_rate': {
    label: 'Tasso di rimborso',
    definition: `I ${careCases} aperti nel periodo che si sono chiusi con un rimborso ÷ tutti i ${careCases} aperti nel periodo; un caso senza indicazione di rimborso conta come non rimborsato. Non disponibile quando i ${careCases} importati non registrano alcun rimborso. L'importo rimborsato è riportato a fianco.`,
    whenEmpty: `nessun caso di assistenza aperto nel periodo, oppure i ${careCases} importati non registrano rimborsi`,
  },
  'listening.product_gaps': {
    label: 'Lacune di prodotto individuate',
    definition: `Temi distinti di lacuna di prodotto tra i ${careCases} di tipo “lacuna di prodotto” aperti nel periodo: i temi sono confrontati in minuscolo e senza spazi ai bordi, e un caso senza tema conta come una lacuna a sé. Il numero di questi casi è riportato a fianco.`,
  },
  'listening.content_gaps': {
    label: 'Lacune di contenuto individuate',
    definition: `Temi distinti di lacuna di contenuto tra i ${careCases} di tipo “lacuna di contenuto” aperti nel periodo: i temi sono confrontati in minuscolo e senza spazi ai bordi, e un caso senza tema conta come una lacuna a sé. Il numero di questi casi è riportato a fianco.`,
  },
  'listening.triage_within_12h': {
    label: 'Smistati entro 12 h',
    definition: `I ${careCases} aperti nel periodo smistati e assegnati al massimo 12 ore dopo il primo messaggio in arrivo ÷ tutti i ${careCases} aperti nel periodo; un caso non (ancora) smistato conta come mancato. Non disponibile quando i ${careCases} importati non registrano alcun orario di smistamento.`,
    whenEmpty: `nessun caso di assistenza aperto nel periodo, oppure i ${careCases} importati non registrano orari di smistamento`,
  },
  'listening.resolved_within_24h': {
    label: 'Risolti entro 24 h',
    definition: `I ${careCases} aperti nel periodo risolti al massimo 24 ore dopo il primo messaggio in arrivo ÷ tutti i ${careCases} aperti nel periodo; un caso non (ancora) risolto conta come mancato. Non disponibile quando i ${careCases} importati non registrano alcun orario di risoluzione.`,
    whenEmpty: `nessun caso di assistenza aperto nel periodo, oppure i ${careCases} importati non registrano orari di risoluzione`,
  },
  'listening.median_first_response_hours': {
    label: 'Tempo mediano di prima risposta',
    definition: `Ore mediane dal primo messaggio in arrivo alla prima risposta del brand, sui ${careCases} aperti nel periodo che hanno una risposta (ore di calendario, non lavorative); la media è riportata a fianco. I casi senza risposta sono esclusi.`,
    whenEmpty: 'nessun caso di assistenza con una prima risposta aperto nel periodo',
  },
  'listening.median_resolution_hours': {
    label: 'Tempo mediano di risoluzione',
    definition: `Ore mediane dal primo messaggio in arrivo alla risoluzione, sui ${careCases} aperti nel periodo che sono risolti (ore di calendario, non lavorative); la media è riportata a fianco. I casi non risolti sono esclusi.`,
    whenEmpty: 'nessun caso di assistenza risolto aperto nel periodo',
  },
  'influencing.engagement_rate_impressions': {
    label: 'Tasso di interazione (per impression)',
    definition: 'Interazioni ÷ impression dei post propri pubblicati nel periodo (metriche a vita; i post senza impression sono esclusi).',
    whenEmpty: 'nessun post con impression e interazioni pubblicato nel periodo',
  },
  'influencing.engagement_rate_reach': {
    label: 'Tasso di interazione (per copertura)',
    definition:
      'Interazioni ÷ copertura (persone uniche raggiunte): la somma delle interazioni divisa per la somma della copertura dei post propri pubblicati nel periodo (per giorno locale di pubblicazione; metriche a vita). I post senza copertura o senza conteggio delle interazioni sono esclusi.',
    whenEmpty: 'nessun post con copertura e interazioni pubblicato nel periodo',
  },
  'influencing.engagement_rate_followers': {
    label: 'Tasso di interazione (per follower)',
    definition:
      "Interazioni ÷ follower al momento del post: la somma delle interazioni divisa per la somma dei follower degli account alla pubblicazione di ciascun post, sui post propri pubblicati nel periodo (per giorno locale di pubblicazione) con un conteggio delle interazioni e un numero di follower maggiore di 0. Quando un post non ha il numero di follower, si usa l'istantanea dei follower dell'account nel giorno di pubblicazione e il valore è segnato come stimato.",
    whenEmpty: 'nessun post con interazioni e numero di follower pubblicato nel periodo',
  },
  'influencing.amplification_rate': {
    label: 'Tasso di amplificazione (condivisioni per post)',
    definition: `Condivisioni per post: la somma delle condivisioni divisa per il numero di post propri pubblicati nel periodo (per giorno locale di pubblicazione) la cui rete riporta le condivisioni; i post senza conteggio delle condivisioni sono esclusi. ${perPost}`,
    whenEmpty: 'nessun post con un conteggio delle condivisioni pubblicato nel periodo',
  },
  'influencing.applause_rate': {
    label: 'Tasso di approvazione (like per post)',
    definition: `Like per post: la somma dei like (reazioni di ogni tipo quando una rete non dà il conteggio dei like) divisa per il numero di post propri pubblicati nel periodo (per giorno locale di pubblicazione) con un conteggio di like o reazioni; i post senza l'uno né l'altro sono esclusi. ${perPost}`,
    whenEmpty: 'nessun post con un conteggio di like o reazioni pubblicato nel periodo',
  },
  'influencing.conversation_rate': {
    label: 'Tasso di conversazione (commenti per post)',
    definition: `Commenti per post: la somma dei commenti divisa per il numero di post propri pubblicati nel periodo (per giorno locale di pubblicazione) la cui rete riporta i commenti; i post senza conteggio dei commenti sono esclusi. ${perPost}`,
    whenEmpty: 'nessun post con un conteggio dei commenti pubblicato nel periodo',
  },
  'influencing.audience_growth_rate': {
    label: 'Tasso di crescita del pubblico',
    definition:
      "Nuovi follower netti ÷ pubblico all'inizio del periodo, sugli account propri con istantanee dei follower nel periodo. Il pubblico iniziale è l'ultima istantanea di ciascun account prima del periodo (entro 31 giorni), altrimenti la sua prima istantanea nel periodo; il pubblico finale è la sua ultima istantanea nel periodo.",
    whenEmpty: 'nessun numero di follower nelle istantanee degli account del periodo',
  },
  'influencing.new_followers': {
    label: 'Nuovi follower',
    definition: 'Follower guadagnati dagli account propri nei giorni del periodo (i nuovi follower delle istantanee; dove si conosce solo la crescita netta, la sua parte positiva).',
    whenEmpty: 'nessun guadagno di follower nelle istantanee degli account del periodo',
  },
  'influencing.web_sessions': {
    label: 'Sessioni web',
    definition: 'Sessioni sul sito del brand nei giorni del periodo, da tutti i canali (i gruppi di canali dell’export di web analytics); le sessioni dai social sono riportate a fianco.',
  },
  'influencing.social_traffic': {
    label: 'Sessioni dai social',
    definition: 'Sessioni web il cui canale è social organico o a pagamento, nei giorni del periodo.',
  },
  'influencing.social_traffic_share': {
    label: 'Quota social delle sessioni web',
    definition: 'Sessioni dai social (organici o a pagamento) ÷ tutte le sessioni web nei giorni del periodo: quanta parte del traffico del sito portano i social.',
    whenEmpty: 'nessuna sessione web nel periodo',
  },
  'influencing.click_through_rate': {
    label: 'Click-through rate (per impression)',
    definition:
      'Clic sui link ÷ impression: la somma dei clic divisa per la somma delle impression dei post propri pubblicati nel periodo (per giorno locale di pubblicazione; metriche a vita). Contano solo i post con sia un conteggio dei clic sia le impression.',
    whenEmpty: 'nessun post con clic e impression pubblicato nel periodo',
  },
  'influencing.offer_awareness': {
    label: "Notorietà dell'offerta",
    definition:
      "Persone che hanno visto un'offerta sui social: la somma delle impression giornaliere delle offerte nei giorni del periodo, su tutti i canali tranne l'e-mail (i canali chiamati email, e-mail o newsletter, e le righe senza canale, sono esclusi). Chi ha visto offerte in più giorni o canali conta ogni volta. Un periodo con righe di offerta sui social ma senza impression non è disponibile; un periodo senza righe di offerta sui social vale 0.",
    whenEmpty: 'nel periodo sono state mostrate offerte sui social, ma senza conteggio delle impression',
  },
  'influencing.retargeting_list_growth': {
    label: 'Crescita delle liste di retargeting',
    definition:
      "Crescita dei pubblici di retargeting: (dimensione alla fine − dimensione all'inizio) ÷ dimensione all'inizio, sommate sui pubblici con una dimensione in un giorno del periodo. La dimensione iniziale è l'ultima di ciascun pubblico prima del periodo (entro 31 giorni), altrimenti la prima nel periodo; quella finale è l'ultima nel periodo.",
    whenEmpty: 'nessuna dimensione dei pubblici di retargeting nel periodo',
  },
  'networking.inbound_links': {
    label: 'Nuovi link in entrata',
    definition: 'Link da altri siti al sito del brand visti per la prima volta nel periodo.',
  },
  'networking.earned_media_mentions': {
    label: 'Menzioni sui media guadagnati',
    definition: `Articoli, podcast e video sul brand (guadagnati, non a pagamento) pubblicati nel periodo, per giorno locale di pubblicazione. ${aboutBrand}`,
  },
  'networking.earned_media_reach': {
    label: 'Copertura dei media guadagnati',
    definition: `Somma del pubblico (visite mensili, tiratura o abbonati della testata) dei contenuti dei media guadagnati sul brand pubblicati nel periodo, per giorno locale di pubblicazione; i contenuti senza copertura sono esclusi dalla somma. ${aboutBrand} Il valore media stimato (AVE) e la rilevanza media degli stessi contenuti sono riportati a fianco.`,
    whenEmpty: 'nessun contenuto dei media guadagnati sul brand con copertura nota nel periodo',
  },
  'networking.partnerships': {
    label: 'Partnership attive',
    definition:
      "Partnership strategiche attive in qualche momento del periodo: iniziate entro il suo ultimo giorno e non concluse prima del suo primo giorno (nessuna data di fine, o una data di fine uguale o successiva al primo giorno). Le partnership proposte sono escluse; una partnership senza stato conta come concordata. A fianco: quante sono iniziate nel periodo e quante sono state avviate dal partner.",
  },
  'selling.leads': {
    label: 'Lead',
    definition: 'Contatti creati nel CRM nel periodo, da ogni canale (record eliminati o archiviati esclusi).',
  },
  'selling.social_leads': {
    label: 'Lead dai social',
    definition: 'Lead creati nel periodo che provengono dai social (per canale, fonte originale, fonte del lead o UTM).',
  },
  'selling.offer_conversion_rate': {
    label: 'Tasso di conversione delle offerte',
    definition:
      'Conversioni (riscatti o iscrizioni) ÷ clic sulle offerte, sommati sulle righe di offerta di ogni canale nei giorni del periodo; le righe senza conteggio dei clic o delle conversioni sono escluse.',
    whenEmpty: 'nessun clic sulle offerte nel periodo',
  },
  'selling.lead_to_customer_rate': {
    label: 'Tasso lead → cliente',
    definition:
      "Dei lead creati nel periodo (per giorno locale di creazione, record archiviati esclusi), la quota diventata cliente: ha una data di acquisizione come cliente, o la fase del ciclo di vita è cliente o evangelist. Segue i lead di ogni mese come gruppo: le conversioni contano quando che siano avvenute, fino ai dati più recenti, quindi i periodi più recenti risultano bassi finché i loro lead non hanno avuto il tempo di convertire.",
    whenEmpty: 'nessun lead creato nel periodo',
  },
  'selling.win_rate': {
    label: 'Tasso di successo',
    definition: 'Trattative vinte ÷ trattative vinte o perse, sulle trattative chiuse nel periodo (trattative archiviate escluse).',
    whenEmpty: 'nessuna trattativa vinta o persa nel periodo',
  },
  'selling.deals_won': {
    label: 'Trattative vinte',
    definition: 'Trattative vinte nel periodo, per giorno locale di chiusura (trattative archiviate escluse); quelle di origine social sono riportate a fianco.',
  },
  'selling.won_value': {
    label: 'Valore vinto',
    definition:
      'Importo totale delle trattative vinte nel periodo, per giorno locale di chiusura (trattative archiviate escluse); le trattative vinte senza importo non possono essere contate e la nota dice quante sono. La parte delle trattative di origine social è riportata a fianco.',
    whenEmpty: 'nessuna delle trattative vinte nel periodo ha un importo',
  },
  'selling.average_deal_size': {
    label: 'Valore medio delle trattative',
    definition: 'Importo totale ÷ numero delle trattative vinte nel periodo, collocate per giorno locale di chiusura; le trattative archiviate e quelle vinte senza importo sono escluse.',
    whenEmpty: 'nessuna trattativa vinta nel periodo',
  },
  'selling.pipeline_value': {
    label: 'Valore della pipeline',
    definition:
      "Importo totale delle trattative aperte alla fine del periodo: create prima della fine del periodo e ancora aperte oppure chiuse (vinte o perse) dopo la sua fine. Le trattative archiviate sono escluse; una trattativa aperta conta qualunque data di chiusura riporti. Le trattative aperte senza importo non possono essere contate: la nota dice quante sono, e quando nessuna trattativa aperta ha un importo il valore non è disponibile, mai 0. La parte delle trattative di origine social è riportata a fianco.",
    whenEmpty: 'nessuna delle trattative aperte alla fine del periodo ha un importo',
  },
  'selling.revenue': {
    label: 'Ricavi',
    definition: 'Valore degli ordini effettuati nel periodo (al netto degli sconti), ordini rimborsati esclusi.',
  },
  'selling.buyer_recency_days': {
    label: "Recenza d'acquisto",
    definition:
      "Mediana, sui clienti che hanno effettuato un ordine nei 365 giorni che terminano con l'ultimo giorno del periodo, dei giorni dall'ultimo di tali ordini di ciascun cliente a quell'ultimo giorno (giorni di calendario locali: un ordine nell'ultimo giorno vale 0 giorni). Gli ordini rimborsati sono esclusi.",
    whenEmpty: 'nessun ordine nei 365 giorni prima della fine del periodo',
  },
  'selling.buyer_frequency': {
    label: 'Ordini per acquirente',
    definition: "Ordini effettuati nel periodo ÷ clienti distinti che li hanno effettuati, per giorno locale dell'ordine; gli ordini rimborsati sono esclusi.",
    whenEmpty: 'nessun ordine nel periodo',
  },
};

/** Series after "Picco di" / "Calo di" on a chart mark. */
const seriesMarks: Record<SeriesKey, string> = { mentions: 'menzioni del brand', negative_mentions: 'menzioni negative', shares: 'condivisioni', hashtag_uses: 'usi degli hashtag del brand', new_followers: 'nuovi follower' };

/** "un lunedì tipico", "una domenica tipica": the typical day a day report is compared with first. */
const typicalWeekday: Record<WeekdayKey, string> = {
  Mon: 'un lunedì tipico',
  Tue: 'un martedì tipico',
  Wed: 'un mercoledì tipico',
  Thu: 'un giovedì tipico',
  Fri: 'un venerdì tipico',
  Sat: 'un sabato tipico',
  Sun: 'una domenica tipica',
};

/** A weekday with its article ("il lunedì", "della domenica"): Sunday is the one feminine day. */
const weekdays: Record<WeekdayKey, { the: string; of: string }> = {
  Mon: { the: 'il lunedì', of: 'del lunedì' },
  Tue: { the: 'il martedì', of: 'del martedì' },
  Wed: { the: 'il mercoledì', of: 'del mercoledì' },
  Thu: { the: 'il giovedì', of: 'del giovedì' },
  Fri: { the: 'il venerdì', of: 'del venerdì' },
  Sat: { the: 'il sabato', of: 'del sabato' },
  Sun: { the: 'la domenica', of: 'della domenica' },
};

/** "un picco il 3 set (412)", "picchi nei giorni 25 ago (300) e 27 ago (200)", "… 28 ago (90) e un altro" / "e altri 2". */
function dayList(l: DayList, one: string, many: string): string {
  const items = l.days.map((d) => `${d.day} (${d.mentions})`);
  if (l.days.length + l.more === 1) return `${one} ${il(items[0]!)}`;
  const listed = l.more ? `${items.join(', ')} e ${l.more === 1 ? 'un altro' : `altri ${l.more}`}` : `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]}`;
  return `${many} nei giorni ${listed}`;
}

const cadences = { daily: 'Giornaliero', weekly: 'Settimanale', monthly: 'Mensile', quarterly: 'Trimestrale', annual: 'Annuale' } as const;

export const it: Messages = {
  language: 'it',
  story,
  tone,
  readable,
  units: {
    hours: (p) => `${p.value} h`,
    days: (p) => `${p.value} giorni`,
    points: (p) => `${p.value} p.p.`,
  },
  period: {
    week: (p) => `settimana ${p.week} del ${p.year}`,
    quarter: (p) => `${p.quarter.replace(/^Q/, '')}º trimestre ${p.year}`,
    range: (p) => `${p.from} – ${p.to}`,
    year: (p) => p.year,
  },
  weekdays: { Mon: 'lun', Tue: 'mar', Wed: 'mer', Thu: 'gio', Fri: 'ven', Sat: 'sab', Sun: 'dom' },
  stages: { listening: 'Ascolto', influencing: 'Influenza', networking: 'Relazioni', selling: 'Vendita' },
  series: {
    mentions: 'Menzioni del brand',
    negative_mentions: 'Menzioni negative',
    shares: 'Condivisioni',
    hashtag_uses: 'Usi degli hashtag del brand',
    new_followers: 'Nuovi follower',
  },
  dimensions: { source: 'fonte', domain: 'dominio', author: 'autore', hashtag: 'hashtag', url: 'URL' },
  fields: {
    author_handle: 'handle dell\'autore',
    author_name: 'nome dell\'autore',
    amount: 'importo',
    comments: 'commenti',
    engagement: 'engagement',
    hashtags: 'hashtag',
    likes: 'mi piace',
    reach: 'copertura',
    sentiment: 'sentiment',
    shares: 'condivisioni',
    text: 'testo',
  },
  sourceTypes: { news: 'notizie', blog: 'blog', forum: 'forum', review: 'recensioni', video: 'video', podcast: 'podcast', social: 'social', magazine: 'riviste', other: 'altro' },
  listSeparator: '; ',
  entities: {
    mentions: 'menzioni',
    posts: 'post',
    account_snapshots: 'istantanee degli account',
    care_cases: 'casi di assistenza',
    campaigns: 'campagne',
    leads: 'lead',
    deals: 'trattative',
    orders: 'ordini',
    web_sessions: 'sessioni web',
    offers: 'offerte',
    earned_media: 'media guadagnati',
    inbound_links: 'link in entrata',
    partnerships: 'partnership',
    retargeting_audiences: 'pubblici di retargeting',
  },
  findings: {
    slaMissed: (p) =>
      `SLA dell'assistenza mancato: ${il(p.value)} dei casi è stato ${p.step === 'triage' ? 'smistato entro 12 ore' : 'risolto entro 24 ore'}, contro un obiettivo ${del(p.target)}.`,
    competitorGained: (p) => `${p.competitor} guadagna ${p.points} di share of voice e sale ${al(p.share)} delle menzioni (${p.brand}: ${p.brandShare}).`,
    campaignFading: (p) => `“${p.name}” è esplosa e si è spenta: ${p.why}`,
    campaignGrowing: (p) => `“${p.name}” continua a crescere: ${p.why}`,
    goalMet: (p) => `Obiettivo raggiunto: ${p.label} — ${p.value} contro ${p.target} per ${p.goalPeriod}.`,
    goalMissed: (p) => `Obiettivo mancato: ${p.label} — ${p.value} contro ${p.target} per ${p.goalPeriod}.`,
    onTrack: (p) => `In linea: ${p.label} — proiezione ${p.projected} contro ${p.target} (${p.elapsed} giorni su ${p.total} di ${p.goalPeriod}).`,
    offTrack: (p) => `Fuori rotta: ${p.label} — proiezione ${p.projected} contro ${p.target} (${p.elapsed} giorni su ${p.total} di ${p.goalPeriod}).`,
  },  checklist: {
    noFigure: (p) => `Nessun dato su ${p.what}: ${p.reason}.`,
    notComputed: 'non calcolato',
    noTypical: (p) => `${p.value} ${p.what}; ancora nessun giorno tipico con cui confrontare (troppi pochi giorni precedenti).`,
    versusTypical: (p) =>
      `${p.value} ${p.what}, ${p.level === 'high' ? `molto sopra ${gli(p.expected)} di un giorno tipico` : p.level === 'low' ? `molto sotto ${gli(p.expected)} di un giorno tipico` : `in linea con ${gli(p.expected)} tipici`} per questo giorno della settimana.`,
    what: { negative: 'menzioni negative', mentions: 'menzioni del brand', shares: 'condivisioni', followers: 'nuovi follower' },
    notShown: (p) => `Non mostrato: ${p.reason}.`,
    notAvailable: (p) => `Non disponibile: ${p.reason}.`,
    person: (p) => `${p.author} (${p.platform}, ${p.weekday} ${p.hours})`,
    unknownPlatform: 'sconosciuta',
    activationsQuestion: "Attivazioni: c'è stato un picco di condivisioni o di uso degli hashtag?",
    activationsQuestionWhere: "Attivazioni: c'è stato un picco di condivisioni o di uso degli hashtag, e da dove viene?",
    noActivation: 'Nessun picco di condivisioni o di uso degli hashtag del brand in questo periodo.',
    noActivationOnly: (p) =>
      `Nessun picco ${p.measured === 'shares' ? 'di condivisioni' : "nell'uso degli hashtag del brand"} in questo periodo; ${p.measured === 'shares' ? "l'uso degli hashtag del brand" : 'le condivisioni'} non mostrat${p.measured === 'shares' ? 'o' : 'e'}: ${p.reason}.`,
    activations: (p) =>
      `${p.count} ${s(p.n, 'picco', 'picchi')}; il maggiore ${il(p.day)} (${p.observed} contro ${gli(p.expected)} di un giorno tipico)${p.source ? `, riconducibile a ${dim[p.source.dimension].one}: ${p.source.value}` : ''}.`,
    competitiveQuestion: 'Posizione competitiva: dove si colloca il brand rispetto ai concorrenti più vicini?',
    noTrackedMentions: 'Nessuna menzione del brand o dei suoi concorrenti.',
    competitive: (p) =>
      `${p.brand} ha ${il(p.share)} delle menzioni (${p.rank === 1 ? 'primo' : `${al(String(p.rank))}º posto`} su ${p.of}${p.change === null ? '' : `, ${p.change} sul periodo precedente`}); la media dei concorrenti è ${del(p.average)}.`,
    campaignsTooYoung: 'Le campagne sono troppo giovani per un giudizio (meno di tre settimane complete).',
    noCampaign: 'Nessuna campagna attiva in questo periodo.',
    campaigns: (p) =>
      p.campaigns.map((c) => `“${c.name}”: ${{ growing: 'in crescita', steady: 'stabile', burst_and_fade: 'esplosa e spenta' }[c.lifecycle]}`).join('; ') + '.',
    daily: {
      crisis: 'Controllo delle crisi: sta esplodendo qualcosa di molto negativo?',
      chatter: 'Conversazioni: quanto se ne parla rispetto a un giorno tipico?',
      detractors: 'Detrattori: chi si lamenta, dove e quando?',
      noDetractor: 'Oggi nessuno ha scritto due o più menzioni negative.',
      advocates: 'Sostenitori: chi parla a favore del brand?',
      noAdvocate: 'Oggi nessuno ha scritto due o più menzioni positive.',
      benchmark: 'Il confronto giornaliero: condivisioni e nuovi follower',
    },
    weekly: {
      advocacy: 'Sostegno: chi ha sostenuto il brand, più o meno del solito?',
      noAdvocate: 'Nessun sostenitore questa settimana (due o più menzioni positive).',
      reputation: (p) => `Reputazione ${p.trend === 'up' ? 'in aumento' : p.trend === 'down' ? 'in calo' : 'stabile'} (${p.change} sulla settimana precedente).`,
    },
    monthly: { campaigns: "Analisi delle campagne: la copertura cresce con l'età delle campagne, o esplodono e si spengono?" },
    quarterly: {
      wins: 'I successi del trimestre',
      noWin: 'Nessun risultato spicca come successo.',
      lessons: 'Le lezioni del trimestre',
      noLesson: 'Nulla è andato particolarmente storto.',
      campaigns: 'Le grandi iniziative: come sono andate le campagne?',
    },
    annual: {
      review: "L'anno in sintesi: meglio o peggio dell'anno prima?",
      better: (p) => `${p.better} dati su ${p.of} con un valore dell'anno precedente sono andati nella direzione giusta.`,
      noYearAgo: "Nessun dato ha un valore dell'anno precedente con cui confrontarsi.",
      channels: 'Mix dei canali: quanto traffico portano i social?',
      sessions: (p) => `${p.sessions} sessioni dai social quest'anno.`,
      noAnalytics: 'nessun dato di web analytics',
      tactics: 'Tattiche: quali campagne tenere e quali abbandonare?',
    },
  },
  campaigns: {
    why(p) {
      const last = `ultima settimana completa${p.lastWeekAfterEnd ? ' (dopo la fine)' : ''} ${al(pct(p.lastToPeak))} del picco`;
      const trend = `interazioni ${p.trend >= 0 ? 'in aumento' : 'in calo'} ${del(pct(Math.abs(p.trend)))} a settimana`;
      if (p.lifecycle === 'too_early') return `${p.weeks} ${s(p.weeks, 'settimana completa', 'settimane complete')} di vita finora, ne servono ${p.needed}.`;
      if (p.noEngagement) return `Nessuna interazione in ${p.weeks} settimane complete (ferma a zero).`;
      if (p.lifecycle === 'burst_and_fade') return `Picco nella settimana ${p.peakWeek}, ${last}.`;
      if (p.lifecycle === 'growing') return `${cap(trend)} (tendenza ai minimi quadrati), ${last}.`;
      return `${cap(trend)}, picco nella settimana ${p.peakWeek}, ${last}.`;
    },
    classes: { growing: 'In crescita', steady: 'Stabile', burst_and_fade: 'Esplosa e spenta', too_early: 'Troppo presto per dirlo' },
    none: 'Nessuna campagna attiva in questo periodo.',
    since: (p) => `${cap(dal(p.day))}: ${p.engagement} interazioni, ${p.reach} di copertura.`,
  },
  goals: {
    target: (p) => `${p.kpi}: obiettivo ${p.target}`,
    change: (p) => `${p.kpi}: ${p.change}`,
    status: { met: 'Raggiunto', missed: 'Mancato', on_track: 'In linea', off_track: 'Fuori rotta', unknown: 'Non ancora noto' },
    none: 'Nessun obiettivo della configurazione riguarda questi dati.',
    caption: 'Avanzamento rispetto agli obiettivi',
    columns: { goal: 'Obiettivo', soFar: 'Finora', headingFor: 'Proiezione', target: 'Traguardo', status: 'Stato' },
    days: (p) => `(${p.goalPeriod}, ${p.elapsed} giorni su ${p.total})`,
    withReason: (p) => `${p.status}: ${p.reason}`,
  },
  reasons: {
    notComputed: 'non calcolato',
    noData: (p) => `nessun dato importato (${p.entity})`,
    notProvided: (p) =>
      `i dati importati (${p.entity}) non hanno il campo ${p.fields.length > 1 ? `${p.fields.slice(0, -1).join(', ')} o ${p.fields.at(-1)}` : p.fields[0]} per questo periodo: nessuna fonte lo fornisce`,
    notCovered: (p) => `nessun dato importato per ${p.period} (${p.entity}: i dati coprono ${dal(p.from)} ${al(p.to)})`,
    noCompetitors: 'nessun concorrente configurato',
    noCompetitorsVoice: 'nessun concorrente configurato: la share of voice confronta il brand con i suoi concorrenti',
    noTrackedMentionsIn: (p) => `nessuna menzione del brand o dei suoi concorrenti in ${p.period}`,
    noTrackedMentions: 'nessuna menzione del brand o dei suoi concorrenti',
    noVoice: 'nessuna share of voice per il periodo',
    basePartial: (p) => `${p.period} è coperto solo in parte dai dati (${dal(p.from)} ${al(p.to)}), quindi non si può misurare la variazione rispetto a esso`,
    noBaseValue: (p) => `nessun valore per ${p.period} rispetto a cui misurare la variazione (${p.reason})`,
    noBase: 'nessun periodo di riferimento',
    noOffersOrLeads: 'nessuna offerta né lead importati',
    noOffersOrLeadsFor: (p: { period: string }) => `nessuna offerta né lead importati per ${p.period}`,
    noOfferNamed: 'nessuna offerta importata e nessun lead indica un’offerta',
    peopleWithheld: 'le singole persone sono nominate solo nei report del team',
  },
  notes: {
    followersFromSnapshot: (p) =>
      `${p.estimated} post su ${p.posts} non hanno un proprio numero di follower; lo sostituisce l'istantanea dei follower dell'account nel giorno di pubblicazione`,
    wonDealsWithoutAmount: (p) => `${p.missing} delle ${p.won} trattative vinte non hanno un importo e non sono incluse nel valore`,
    openDealsWithoutAmount: (p) => `${p.missing} delle ${p.open} trattative aperte non hanno un importo e non sono incluse nel valore`,
    reachEstimated: (p) => `${il(`${p.share}%`)} della copertura è stimato (tipo di copertura stimato, sconosciuto o non indicato)`,
  },
  kpis,
  report: {
    cadences,
    eyebrow: (p) => `Report ${cadences[p.cadence].toLowerCase()} · ${p.brand}`,
    pageTitle: (p) => `${p.audience} · ${p.period}`,
    description: (p) => `Report ${cadences[p.cadence].toLowerCase()} per ${p.audience} di ${p.brand}, ${p.period}.`,
    heading: (p) => `${p.audience}: ${p.period}`,
    breadcrumbs: { label: 'Percorso', allReports: 'Tutti i report' },
    range: (p) => `${cap(dal(p.from))} ${al(p.to)}`,
    lede: (p) => `${p.range}, a confronto con il periodo precedente (${p.previous}).`,
    ledeDay: (p) => `${p.day}, a confronto prima con ${typicalWeekday[p.weekday]}, poi con il giorno precedente (${p.previous}).`,
    incomplete: (p) => `I dati arrivano fino ${al(p.dataUntil)}: il periodo non è completo.`,
    soFar: (p) => (p.time ? `finora: dati fino alle ${p.time} ${del(p.day)}` : `finora: dati fino ${al(p.day)}`),
    findings: 'Cosa spicca',
    nextSteps: 'Cosa fare adesso',
    checklist: {
      daily: 'La checklist giornaliera',
      weekly: 'La checklist settimanale',
      monthly: 'La checklist mensile',
      quarterly: 'La checklist trimestrale',
      annual: 'La checklist annuale',
    },
    goals: 'Obiettivi',
    keyFigures: 'I dati chiave',
    keyFiguresIntro: (p) =>
      `${cap(p.period)} a confronto con il periodo precedente (${p.previous}). Il colore dice se è una buona o una cattiva notizia per l'azienda, non se il dato sale o scende: un aumento dovuto alle menzioni negative è rosso, e un dato su troppo pochi casi non è colorato.`,
    keyFiguresIntroDay: (p) =>
      `${cap(p.day)} a confronto con ${typicalWeekday[p.weekday]}, poi con il giorno precedente (${p.previous}). Il colore dice se è una buona o una cattiva notizia per l'azienda, non se il dato sale o scende: un aumento dovuto alle menzioni negative è rosso, e un dato su troppo pochi casi non è colorato.`,
    keyFiguresCaption: (p) => `Dati chiave: ${p.period} a confronto con ${p.previous}`,
    anomalies: 'Picchi e cali',
    anomaliesIntro: 'I giorni usciti dal giorno tipico del loro giorno della settimana, e cosa spiega la differenza.',
    people: 'Sostenitori e detrattori',
    advocates: 'Sostenitori',
    detractors: 'Detrattori',
    shareOfVoice: 'Share of voice',
    shareOfVoiceIntro: 'La quota del brand in ciò che si dice di lui e dei suoi concorrenti, su tre misure.',
    campaigns: 'Campagne',
    prospects: 'Cosa chiedono i potenziali clienti',
    offers: 'Quali offerte hanno suscitato interesse',
    traffic: 'Da dove arrivano le visite al sito',
    trafficIntro: 'Sessioni sul sito per canale, e quanta parte ne portano i social.',
    charts: 'Grafici',
    definitions: 'Come sono calcolati i dati',
    winsAndRisks: 'Successi e rischi',
    wins: 'Successi',
    risks: 'Rischi',
    alsoOfNote: 'Da notare anche',
    asks: 'Cosa chiediamo',
    asksIntro: 'I passi che il team propone sui rischi del periodo; ognuno richiede una decisione o un sostegno.',
    noAsks: 'In questo periodo non serve alcuna decisione: nessun obiettivo è fuori strada e nessun rischio richiede interventi.',
    noNextSteps: 'Nulla in questo periodo richiede un intervento.',
    noChecklist: 'Nessuna checklist per questo report.',
    stagesHeading: 'Le quattro fasi',
    stagesIntro: 'Tutti i dati, per fase del ciclo del successo social che misurano.',
    stageIntros: {
      listening: 'Cosa si dice del brand e dei suoi concorrenti.',
      influencing: 'Come vanno i contenuti del brand.',
      networking: 'Le relazioni che il brand costruisce: sostenitori, assistenza, community.',
      selling: 'Cosa porta il social al business: lead, trattative, ricavi.',
    },
    noStageKpis: (p: { stage: string }) => `Questo report non mostra dati della fase ${p.stage.toLowerCase()}.`,
    allFiguresTable: 'Tutti i dati in una tabella, con il periodo precedente e l’anno prima',
    moreReports: (p: { audience: string }) => `Altri report per ${p.audience}:`,
    moreReportsLabel: 'Altri report per questo periodo',
    notAvailable: 'non disponibile',
    chartNoData: 'Nessun dato per questo grafico nel periodo.',
    chartDescription: (p: { title: string }) => `${p.title}. I numeri sono nella tabella sotto il grafico.`,
    tableFirstRows: (p: { title: string; shown: number; total: number }) => `${p.title} (prime ${p.shown} righe su ${p.total})`,
    tableNoRows: (p: { caption: string }) => `Nessuna riga per «${p.caption}» in questo periodo.`,
  },
  audiences: {
    team: { title: 'Team social', summary: 'Tutti i KPI di ascolto, influenza, relazioni e vendita, con i picchi, i sostenitori e le campagne che li spiegano.' },
    sales: { title: 'Vendite', summary: 'Lead e trattative di origine social, tasso di successo, valore delle trattative, pipeline e ricavi.' },
    leadership: { title: 'Direzione', summary: 'Avanzamento rispetto agli obiettivi, share of voice rispetto ai concorrenti, successi e rischi.' },
  },
  charts: {
    marks: {
      negative: (p: { source: string | null }) => (p.source ? `Negativo: ${p.source}` : 'Picco negativo'),
      campaign: (p: { name: string }) => p.name,
      campaignStart: (p: { name: string }) => `Inizio ${p.name}`,
      spike: (p) => `Picco di ${seriesMarks[p.series]}`,
      drop: (p) => `Calo di ${seriesMarks[p.series]}`,
    },
    notAvailable: (p) => `Non disponibile: ${p.reason}.`,
    showTable: 'Mostra i dati in una tabella',
    fields: {
      id: 'Id del KPI',
      stage: 'Fase',
      label: 'Nome',
      unit: 'Unità',
      value: 'Valore',
      previous: 'Periodo precedente',
      change: 'Variazione',
      relativeChange: 'Variazione relativa',
      yearAgo: "Un anno prima",
      tone: 'Tono',
      good: 'Buona notizia',
      available: 'Disponibile',
      kpi: 'KPI',
      period: 'Periodo',
      firstDay: 'Primo giorno',
      current: 'Questo periodo',
      date: 'Data',
      name: 'Nome',
      brand: 'Brand',
      mentions: 'Menzioni',
      measure: 'Misura',
      share: 'Quota',
      previousShare: 'Quota precedente',
      metric: 'Metrica',
      direction: 'Direzione',
      observed: 'Osservato',
      expected: 'Tipico',
      score: 'Punteggio',
      driver: 'Causa principale',
      driverShare: 'Quota della causa',
      campaign: 'Campagna',
      lifecycle: 'Ciclo di vita',
      week: 'Settimana',
      reach: 'Copertura',
      engagement: 'Engagement',
      posts: 'Post',
      rank: 'Posizione',
      kind: 'Tipo',
      headline: 'Titolo',
    },
    marked: (p) => `Segnati sul grafico: ${p.marks.map((m) => `${m.label} (${m.day})`).join(', ')}${p.more ? ` e altri ${p.more} (vedi la tabella)` : ''}.`,
    coverage: (p) =>
      p.from && p.until
        ? `I dati coprono solo i giorni ${dal(p.from)} ${al(p.until)}${p.time ? ` (${p.time})` : ''}; gli altri giorni non sono disegnati.`
        : p.from
          ? `I dati iniziano ${il(p.from)}; i giorni precedenti non sono disegnati.`
          : p.time
            ? `I dati finiscono alle ${p.time} ${del(p.until ?? '')}, quindi quel giorno è parziale; i giorni successivi non sono disegnati.`
            : `I dati finiscono ${il(p.until ?? '')}; i giorni successivi non sono disegnati.`,
    noData: 'nessun dato',
    dailyMentions: {
      title: 'Menzioni del brand al giorno',
      titleCompetitors: 'Menzioni al giorno: brand e concorrenti',
      description: (p) =>
        `${p.brand} ha avuto ${p.mentions} menzioni in ${p.period}${p.negative ? `, di cui ${p.negative.mentions} negative (${p.negative.share})` : ''}${p.peak ? `; il massimo ${il(p.peak.day)} (${p.peak.mentions})` : ''}.` +
        (p.negativePeak ? ` Le menzioni negative hanno toccato il massimo ${il(p.negativePeak.day)}: ${p.negativePeak.negative} su ${p.negativePeak.mentions}.` : '') +
        (p.competitors.length ? ` Concorrenti: ${p.competitors.map((c) => `${c.name} ${c.mentions}`).join(', ')}.` : ''),
      axis: 'Menzioni',
      negative: (p) => `${p.brand}: negative`,
      caption: (p) => `Menzioni al giorno, ${p.period}, con le menzioni negative del brand e gli eventi segnati`,
      day: 'Giorno',
      note: 'Nota',
    },
    shareOfVoice: {
      title: 'Share of voice rispetto ai concorrenti',
      description: (p) =>
        `${p.brand} ha avuto ${il(p.share)} delle menzioni dei nomi tracciati in ${p.period}` +
        (p.rank === 1 ? ', la quota più alta.' : `, ${al(String(p.rank))}º posto su ${p.of}; in testa ${p.leader} con ${il(p.leaderShare)}.`),
      axis: 'Quota delle menzioni tracciate',
      caption: (p) => `Share of voice, ${p.period}`,
      columns: { name: 'Nome', mentions: 'Menzioni', share: 'Share of voice' },
    },
    weeklyLeads: {
      title: 'Lead per settimana: social e altri canali',
      none: (p) => `Nessun lead creato in ${p.period}.`,
      description: (p) => `${p.total} lead in ${p.period}, di cui ${p.social} dai social (${p.share}). La settimana più intensa è stata ${p.week} con ${p.busiest}.`,
      social: 'Social',
      other: 'Altri canali',
      axis: 'Lead',
      partialWeek: 'Settimana parziale',
      partial: ' (parziale)',
      partialWeeks: (p) =>
        `${s(p.weeks.length, 'Settimana parziale', 'Settimane parziali')} (meno di 7 giorni nel periodo o nei dati): ${p.weeks.map((w) => `${w.week} (${w.days} ${s(w.days, 'giorno', 'giorni')})`).join(', ')}.`,
      caption: (p) => `Lead per settimana, ${p.period}`,
      columns: { week: 'Settimana', social: 'Social', other: 'Altri canali', total: 'Totale' },
    },
    trailingDays: {
      title: 'Menzioni del brand, gli ultimi 28 giorni rispetto al giorno tipico',
      unavailable: 'nessun dato sulle menzioni per questi giorni',
      day: (p) => {
        const day = cap(il(p.day));
        const wd = weekdays[p.weekday];
        const mentions = `${p.mentions} ${s(p.n, 'menzione', 'menzioni')}`;
        const negative = p.negative ? `. Di queste, ${p.negative.mentions} ${p.negative.mentions === '1' ? 'era negativa' : 'erano negative'} (${p.negative.share}).` : '.';
        if (p.typical === null) return `${day} il brand ha avuto ${mentions}; non c'è ancora un valore tipico per ${wd.the}${negative}`;
        if (p.mark === 'spike') return `${day} le menzioni del brand sono salite a ${p.mentions}, contro un valore tipico di ${p.typical} per ${wd.the}${negative}`;
        if (p.mark === 'drop') return `${day} le menzioni del brand sono scese a ${p.mentions}, contro un valore tipico di ${p.typical} per ${wd.the}${negative}`;
        return `${day} il brand ha avuto ${mentions}, nell'intervallo abituale ${wd.of} (valore tipico ${p.typical})${negative}`;
      },
      // "Settimana 38 del 2026: …": the period's label first, so no article has to agree with it.
      period: (p) =>
        `${cap(p.period)}: il brand ha avuto ${p.mentions} ${s(p.n, 'menzione', 'menzioni')}` +
        (p.typical === null ? '' : `, contro ${p.typical} in ${p.days === 7 ? 'una settimana tipica' : `${p.days} ${s(p.days, 'giorno tipico', 'giorni tipici')}`}`) +
        '.' +
        (p.negative ? ` Di queste, ${p.negative.mentions} ${p.negative.mentions === '1' ? 'era negativa' : 'erano negative'} (${p.negative.share}).` : ''),
      window: (p) => {
        const before = p.own ? 'Nel resto dei 28 giorni' : `Nei 28 giorni fino ${al(p.lastDay)}`;
        const parts = [p.spikes ? dayList(p.spikes, 'un picco', 'picchi') : '', p.drops ? dayList(p.drops, 'un calo', 'cali') : ''].filter(Boolean);
        return parts.length ? `${before}: ${parts.join('; ')}.` : `${before} nessun altro giorno è uscito dall'intervallo tipico.`;
      },
      axis: 'Menzioni',
      spike: 'Picco',
      drop: 'Calo',
      reportDay: 'giorno del report',
      legend: {
        own: (p) => s(p.days, 'Giorno del report', 'Giorni del report'),
        earlier: 'Giorni precedenti',
        negative: 'Menzioni negative',
        typical: 'Intervallo tipico',
      },
      caption: (p) => `Menzioni del brand al giorno e quante erano negative, i 28 giorni fino ${al(p.lastDay)}, con il giorno tipico di ogni giorno della settimana, il suo intervallo abituale e gli eventi segnati`,
      columns: { date: 'Data', mentions: 'Menzioni', negative: 'Negative', typical: 'Tipico', low: 'Minimo', high: 'Massimo', note: 'Nota' },
    },
  },
  traffic: {
    empty: 'Nessuna sessione web in questo periodo.',
    caption: 'Sessioni web per canale',
    columns: { channel: 'Canale', sessions: 'Sessioni', share: 'Quota', previous: 'Periodo precedente', change: 'Variazione' },
    total: 'Tutti i canali',
    social: 'di cui dai social',
    channels: {
      organic_social: 'Social organici',
      paid_social: 'Social a pagamento',
      organic_search: 'Ricerca organica',
      paid_search: 'Ricerca a pagamento',
      direct: 'Diretto',
      referral: 'Siti di rimando',
      email: 'E-mail',
      display: 'Display',
      affiliate: 'Affiliazioni',
      other: 'Altro',
    },
    notShown: (p) => `Non mostrato: ${p.reason}.`,
  },
  sales: {
    prospects: {
      empty: 'Nessun potenziale cliente ha fatto una domanda con un tema in questo periodo.',
      caption: 'Cosa chiedono i potenziali clienti: temi per numero di conversazioni',
      columns: { theme: 'Tema', cases: 'Conversazioni', share: 'Quota', previous: 'Periodo precedente', change: 'Variazione', toSales: 'Passate alle vendite' },
      notShown: (p) => `Non mostrato: ${p.reason}.`,
    },
    offers: {
      empty: 'Nessuna offerta è stata mostrata o citata da un lead in questo periodo.',
      caption: 'Offerte e servizi per numero di lead, poi di clic',
      columns: {
        offer: 'Offerta o servizio',
        impressions: 'Impressioni',
        clicks: 'Clic',
        clickRate: 'Tasso di clic',
        leads: 'Lead',
        socialLeads: 'Lead dai social',
        enterpriseLeads: 'Lead aziendali',
        orders: 'Ordini',
        revenue: 'Ricavi',
      },
      service: (p) => `Servizio: ${p.id}`,
      notShown: (p) => `Non mostrato: ${p.reason}.`,
    },
  },
  site: {
    skipLink: 'Vai al contenuto',
    nav: { label: 'Sito', allReports: 'Tutti i report', about: 'Come leggerli', audiences: 'Report per', periods: 'Altri periodi', noEarlier: 'Nessun report precedente', noLater: 'Nessun report successivo' },
    footer: {
      dataUntil: (p) => `Dati fino ${al(p.day)}. Giorni e mesi sono calcolati nel fuso orario ${p.timezone}.`,
      madeWith: 'Realizzato con Cadence.',
    },
    tone: { good: 'Buona notizia', bad: 'Richiede attenzione', mixed: 'Notizia mista', neutral: 'Da notare' },
    findingsEmpty: 'Nulla spicca in questo periodo: ogni dato è nel suo intervallo abituale.',
    findingsEmptyPartial: 'Per ora niente spicca. Il periodo è coperto solo in parte, quindi i suoi dati non sono ancora confrontati con periodi completi.',
    findingsEmptyNoTypical: 'Nulla spicca rispetto al periodo precedente; picchi e cali non possono ancora essere cercati (vedi la nota sopra).',
    notAvailable: 'Non disponibile',
    better: ' (meglio)',
    worse: ' (peggio)',
    noChange: 'nessuna variazione',
    noComparison: 'nessun confronto',
    versus: (p) => `rispetto a: ${p.previous}`,
    noComparisonWith: (p) => `nessun confronto con ${p.previous}`,
    whatThisMeasures: 'Cosa misura',
    sparkline: (p) =>
      `${p.label}, ${p.n === 1 ? "l'ultimo periodo" : `gli ultimi ${p.n} ${p.cadence ? { daily: 'giorni', weekly: 'settimane', monthly: 'mesi', quarterly: 'trimestri', annual: 'anni' }[p.cadence] : 'periodi'}`}: da ${p.from} a ${p.to}`,
    kpiTable: { kpi: 'KPI', change: 'Variazione' },
    anomalies: {
      empty: 'Nessun picco né calo: ogni giorno è rimasto nel suo intervallo tipico per il giorno della settimana.',
      caption: 'Picchi e cali rispetto al giorno tipico, con i fattori che li spiegano',
      columns: { day: 'Giorno', series: 'Serie', observed: 'Osservato', typical: 'Tipico', explainedBy: 'Spiegato da' },
      spike: '↑ picco',
      drop: '↓ calo',
      driver: (p) => `${p.dimension === 'author' && p.value === 'one author' ? dim.author.one : `${dim[p.dimension].the} ${p.value}`} (${p.share >= 0.995 ? 'tutto' : pct(p.share)})${p.singleSource ? ', unica fonte' : ''}`,
    },
    people: {
      empty: (p) => `Nessuno ha scritto due o più menzioni ${p.kind === 'advocates' ? 'positive' : 'negative'} in questo periodo.`,
      caption: (p) => (p.kind === 'advocates' ? 'Sostenitori: autori per menzioni positive' : 'Detrattori: autori per menzioni negative'),
      columns: { author: 'Autore', positive: 'Positive', negative: 'Negative', audience: 'Pubblico', where: 'Dove', when: 'Quando' },
      employee: ' (dipendente)',
      ofMentions: (p) => `${p.n} su ${p.of}`,
      notShown: (p) => `Non mostrato: ${p.reason}.`,
    },
    shareOfVoice: {
      measures: { mentions: 'Menzioni', engagement: 'Interazioni', reach: 'Copertura' },
      sentiment: 'Cosa ne pensa la gente',
      negativeShare: 'Quota di menzioni negative',
      netSentiment: 'Sentiment netto',
      caption: 'Share of voice per nome tracciato e misura, con il sentiment di ciascun nome',
      columns: { measure: 'Misura', competitorAverage: 'Media dei concorrenti', landscapeAverage: 'Media del settore' },
      unavailable: (p) => `La share of voice non è disponibile: ${p.reason}.`,
    },
    coverage: {
      caption: 'Righe per tipo di dato nella cartella dei dati',
      columns: { data: 'Dati', rows: 'Righe', firstDay: 'Primo giorno', lastDay: 'Ultimo giorno', gaps: 'Senza dati' },
      notImported: 'non importati',
      noGaps: 'nessun periodo',
      gap: (p) => `${p.from} – ${p.to} (${p.days} giorni)`,
      moreGaps: (p) => `e ${p.count} ${p.n === 1 ? 'altro periodo, non più lungo' : 'altri periodi, nessuno più lungo'}`,
      noDataAt: (p) => `Nessun dato ${p.gaps.length === 1 ? '' : 'in questi periodi: '}${p.gaps.join('; ')}: nessun report ${p.gaps.length === 1 ? 'lo copre' : 'li copre'}.`,
      stretch: (p) => `${dal(p.from)} ${al(p.to)} (${p.days} giorni)`,
    },
    home: {
      description: (p) => `Report sui social media per ${p.brand}.`,
      lede: (p) => `Report per ${p.brand}, costruiti dalla cartella dei dati. L'ultimo mese con dati è ${p.month}.`,
      noData: 'Non è ancora stato importato alcun dato.',
      latest: 'Ultimi report',
      latestIntro: 'Un solo sito, un report per pubblico e cadenza; ciascuno si apre con ciò che spicca e confronta ogni dato con il periodo precedente.',
      reportLink: (p) => `${cadences[p.cadence]}: ${p.period}${p.soFar ? ` (${p.soFar})` : ''}`,
      reportCount: (p) => `${p.count} ${s(p.n, 'report', 'report')} in tutto; ciascuno rimanda ai periodi precedenti e successivi.`,
      noReports: 'Non ci sono ancora report. Eseguite <code>cadence pull</code> per importare i dati, poi <code>cadence build</code>.',
      decks: 'Slide del roadshow',
      decksIntro: 'Le slide di ogni reparto per trimestre, da presentare nel browser (frecce, schermo intero, note del relatore) o dal file unico, che funziona anche offline.',
      coverage: 'Copertura dei dati',
      coverageIntro:
        'Cosa contiene la cartella dei dati, per tipo di dato, e i periodi di una settimana o più senza dati. I report sono costruiti solo per i periodi con dati; le cifre che richiedono dati non importati risultano non disponibili.',
    },
    kpiPage: {
      title: (p) => `${p.label} · cosa misura`,
      description: (p) => `${p.label}: definizione e storico per ${p.brand}.`,
      eyebrow: (p) => `${p.stage} · KPI${p.custom ? ' di questo progetto' : ''}`,
      about: 'Su questo dato',
      id: 'Id',
      unit: 'Unità',
      units: { count: 'un conteggio', number: 'una media', percent: 'una percentuale', hours: 'ore', days: 'giorni' },
      currency: (p) => `un importo in ${p.currency}`,
      goodWhen: 'Buona notizia quando',
      rises: 'sale',
      falls: 'scende',
      reads: 'Legge',
      history: 'Storico',
      chartTitle: (p) => `${p.label} per periodo`,
      chartDescription: (p) =>
        `${p.label} da ${p.first} a ${p.last}: da ${p.from} a ${p.to}` +
        (p.high && p.low ? `; massimo ${p.high.value} (${p.high.period}), minimo ${p.low.value} (${p.low.period})` : '') +
        '.' +
        (p.missing ? ` ${p.missing === 1 ? 'Un periodo non ha' : `${p.missing} periodi non hanno`} un valore.` : ''),
      chartPartial: (p) =>
        `${p.periods.map(cap).join(', ')}: ${s(p.periods.length, 'periodo parziale (ancora in corso, o coperto solo in parte dai dati): il valore non è confrontabile', 'periodi parziali (ancora in corso, o coperti solo in parte dai dati): i valori non sono confrontabili')} con quello di un periodo intero, ${s(p.periods.length, 'ed è disegnato vuoto', 'e sono disegnati vuoti')}.`,
      chartOne: (p) => `${p.label} in ${p.period}: ${p.value}. Finora un solo periodo: ancora nessuno storico da disegnare.`,
      axisPeriod: 'Periodo',
      partial: 'Periodo parziale',
      whole: 'Periodo intero',
      partialSuffix: ' (parziale)',
      empty: 'Nessun report contiene ancora questo dato.',
      caption: (p) => `${p.label} per periodo`,
      period: 'Periodo',
      value: 'Valore',
      notAvailable: 'non disponibile',
    },
  },
  about: {
    title: 'Come leggere questi report',
    description: 'Che cosa mostrano i report, da dove vengono i numeri e come leggere un confronto.',
    lede: 'Che cosa mostra ogni report, da dove vengono i suoi numeri e come leggere un confronto.',
    body: (p: { timezone: string }) => `## Un report per ogni pubblico

Ogni periodo — un giorno, una settimana, un mese, un trimestre, un anno — ha tre report costruiti sugli stessi dati. Il report per il **team social** copre tutte le fasi del ciclo del successo sui social: ascolto, influenza, networking e vendita. Il report per le **vendite** parla di lead, trattative, tasso di chiusura e ricavi. Il report per la **direzione** si limita ai numeri principali e alla quota di voce rispetto ai concorrenti.

## Ogni numero con il suo confronto

Ogni valore è affiancato allo stesso valore del periodo precedente: il mese prima in un report mensile, la settimana prima in uno settimanale. La freccia dice in che direzione si è mosso; il colore dice se è una buona notizia *per quel valore*: meno menzioni negative è verde anche se il numero è sceso. Conteggi e importi variano in percentuale (+12%); i tassi variano in punti percentuali (+1,5 pp), la differenza tra due percentuali.

## Da dove vengono i numeri

I report sono calcolati dalle esportazioni e dalle API degli strumenti che il team social già usa (ascolto, pubblicazione, CRM e analisi web), importate in un'unica cartella di dati. Giorni e mesi sono tagliati nel fuso orario ${p.timezone}. Ogni valore rimanda alla sua definizione.

## Quando un valore manca

Un valore i cui dati non sono stati importati è segnato come **non disponibile, con il motivo**: per esempio «nessun dato importato (casi di assistenza)». Non è mai mostrato come 0: un numero che manca e uno zero raccontano storie diverse.`,
  },
  pdf: {
    pageOf: (p: { page: string; total: string }) => `${p.page} di ${p.total}`,
  },
  deck: {
    departments: { product: 'Prodotto', sales: 'Vendite', marketing: 'Marketing', 'all-hands': 'Tutta l’azienda' },
    title: (p: { dept: string; period: string }) => `Roadshow ${p.dept}: ${p.period}`,
    storyTitle: (p) => `${p.dept}: la storia del ${p.period}`,
    slides: {
      productGaps: { title: 'Lacune del prodotto e temi dei feedback', notes: "Che cosa ci hanno detto i clienti tramite assistenza e social in questo trimestre: prima i temi con più casi. I primi messaggi negativi indicano le lacune più gravi." },
      productListening: { title: 'Che cosa si dice di noi', notes: "I dati di ascolto che riguardano il prodotto, rispetto al trimestre precedente. Tutti i dati di ascolto sono nel report del team del trimestre." },
      productMentions: { title: 'Menzioni del brand, giorno per giorno', notes: 'I picchi sono spiegati nel report del team del trimestre.' },
      productStandsOut: { title: 'Che cosa spicca', notes: 'Le tre evidenze più importanti per il prodotto in questo trimestre.' },
      salesPipeline: { title: 'Pipeline dai social', notes: "Lead, trattative e ricavi arrivati dai social in questo trimestre, rispetto al trimestre precedente. Tutti i dati di vendita sono nel report vendite del trimestre." },
      salesProspects: { title: 'Che cosa chiedono i potenziali clienti', notes: "I temi sollevati dai potenziali clienti con l'assistenza o le vendite in questo trimestre, i più frequenti per primi, rispetto al trimestre precedente." },
      salesOffers: { title: 'Le offerte che hanno suscitato interesse', notes: 'Quali offerte e servizi hanno ottenuto clic, lead e ordini.' },
      salesTraffic: { title: 'Da dove arrivano le visite al sito', notes: 'Le visite al sito per canale e la quota portata dai social: l\'inizio del percorso da cui nascono i nostri lead.' },
      salesStandsOut: { title: 'Che cosa spicca', notes: 'Le evidenze più importanti per le vendite.' },
      marketingVoice: { title: 'Quota di voce e campagne', notes: 'La nostra quota della conversazione rispetto a ogni concorrente, poi i risultati di ogni campagna del trimestre.' },
      marketingContent: { title: 'Contenuti e influenza', notes: "L'engagement sui nostri contenuti e il pubblico che fanno crescere, rispetto al trimestre precedente. Tutti i dati di influenza sono nel report del team del trimestre." },
      marketingMentions: { title: 'Menzioni rispetto ai concorrenti', notes: 'Menzioni del brand e dei concorrenti per giorno.' },
      marketingStandsOut: { title: 'Che cosa spicca', notes: 'Le evidenze più importanti per il marketing e i prossimi passi.' },
      allHandsStory: { title: 'La storia del trimestre', notes: "La cosa da ricordare, che cosa è andato bene e che cosa va tenuto d'occhio, con le parole di un cliente." },
      allHandsMonths: { title: 'Mese per mese', notes: "L'evento principale di ogni mese del trimestre." },
      allHandsFigures: { title: 'Il trimestre in cifre', notes: 'I numeri principali, ciascuno rispetto al trimestre precedente.' },
      allHandsWinsRisks: { title: 'Successi e rischi', notes: "Che cosa è andato bene, che cosa va tenuto d'occhio." },
      allHandsNext: { title: 'I prossimi passi', notes: "Un'azione per ogni evidenza che ne richiede una." },
    },
    charts: { mentionsPerDay: 'Menzioni per giorno', mentionsWithCompetitors: 'Menzioni per giorno, brand e concorrenti' },
    description: (p: { dept: string; period: string; brand: string }) => `${p.brand}: le slide del roadshow (${p.dept}) per ${p.period}.`,
    eyebrow: (p: { brand: string }) => `${p.brand} · roadshow trimestrale`,
    coverNotes: (p: { range: string; previous: string }) => `Il trimestre: ${p.range}; ogni cifra è confrontata con ${p.previous}.`,
    slideLabel: (p: { n: number; total: number; title: string }) => `Slide ${p.n} di ${p.total}: ${p.title}`,
    counterLabel: 'Slide corrente',
    notes: 'Note:',
    help: 'Tasti: frecce, spazio, Pag su/giù, Inizio/Fine per cambiare slide; f schermo intero; n note del relatore. Senza JavaScript le slide si leggono dall’alto in basso.',
    gaps: { product: 'Lacune di prodotto', content: 'Temi dei feedback (lacune di contenuto)' },
    gapCases: (p: { cases: string; negative: string }) => `${p.cases} ${p.cases === '1' ? 'caso' : 'casi'}, ${p.negative} negativi`,
    noGaps: 'Nessun tema emerso nel trimestre.',
    unavailable: (p: { reason: string }) => `Non disponibile: ${p.reason}`,
    decksOf: (p: { period: string }) => `Slide del roadshow per ${p.period}`,
    standalone: 'file unico',
  },
  digest: {
    fullReport: 'Apri il report completo',
    relativeLinks: 'I link sono percorsi del sito dei report: impostate site.url in cadence.config.ts per renderli assoluti.',
    dataUntil: (p) => `Dati fino al ${p.day}.`,
    employee: {
      subject: (p) => `${p.brand} sui social: ${p.month}`,
      intro: (p) => `Cosa ha fatto ${p.brand} sui social a ${p.month}, e i post che potete condividere.`,
      topContent: 'I nostri post migliori del mese',
      topContentIntro: 'I post dei nostri account con più interazioni.',
      noTopContent: 'Questo mese nessun post dei nostri account ha registrato interazioni.',
      columns: { post: 'Post', platform: 'Piattaforma', result: 'Risultato' },
      result: (p) => (p.metric === 'reach' ? `${p.value} persone raggiunte` : p.metric === 'impressions' ? `${p.value} visualizzazioni` : `${p.value} interazioni`),
      untitled: 'Un post senza testo',
      samplePosts: 'Pronti da condividere',
      samplePostsIntro: 'Copiate un post così com’è, o fatelo vostro.',
      samplePost: (p) =>
        `Il nostro post di ${p.month} su ${p.platform} ${p.metric === 'reach' ? `ha raggiunto ${p.value} persone` : p.metric === 'impressions' ? `è stato visto ${p.value} volte` : `ha raccolto ${p.value} tra like, commenti e condivisioni`}: grazie a tutti quelli che l’hanno apprezzato, commentato e condiviso!`,
      roundup: (p) =>
        `I nostri ${p.n === 1 ? 'post migliore' : `${p.count} post migliori`} di ${p.month} ${p.n === 1 ? 'ha' : 'hanno'} raccolto ${p.engagements} tra like, commenti e condivisioni. Seguite ${p.brand} per non perdervi i prossimi!`,
    },
    leadership: {
      subject: (p) => `${p.brand}: il report social di ${p.month} per la direzione`,
      goals: (p) => {
        const parts = [
          p.met ? `${p.met} ${s(p.met, 'raggiunto', 'raggiunti')}` : '',
          p.onTrack ? `${p.onTrack} in linea` : '',
          p.offTrack ? `${p.offTrack} fuori linea` : '',
          p.missed ? `${p.missed} ${s(p.missed, 'mancato', 'mancati')}` : '',
          p.unknown ? `${p.unknown} ancora da valutare` : '',
        ].filter(Boolean);
        return `Obiettivi: ${parts.join(', ')}.`;
      },
      noGoals: 'Obiettivi: nessuno degli obiettivi configurati riguarda questi dati.',
      nothingElse: 'Nient’altro spicca.',
      fullReport: (p) => `Report completo: ${p.url}`,
    },
  },
};
