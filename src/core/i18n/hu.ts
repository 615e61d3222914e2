/**
 * The Hungarian message catalog. Typed `Messages`, so it has every key of the English reference;
 * the `kpis` table (label, definition and empty reason of every built-in KPI, by id) is checked
 * by a test. Sentences are written for Hungarian word order in the formal register (requests as
 * formal plural imperatives: "Ellenőrizzék"); numbers, percentages and dates take their case
 * endings as read (hu-grammar.ts: "412-re", "40%-kal", "szeptember 14-én"); a noun after a count
 * stays singular ("5 eset"); labels of the user's own (KPI names, goals, campaigns) stand before a
 * colon or a noun that takes the endings ("a(z) „…” kampány").
 */
import type { Messages } from './catalog.ts';
import { readable, story, tone, weekdays as weekdayWords } from './hu-story.ts';
import type { CadenceKey, DayList, DimensionKey, KpiText, SeriesKey, WeekdayKey } from './en.ts';
import { a, A, cap, onDay, andList, periodWords, q, shareOf, suffix } from './hu-grammar.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A dimension a spike is traced to: its name, and "to one …" ("egyetlen forráshoz"). */
const dim: Record<DimensionKey, { name: string; to: string }> = {
  source: { name: 'forrás', to: 'forráshoz' },
  domain: { name: 'domain', to: 'domainhez' },
  author: { name: 'szerző', to: 'szerzőhöz' },
  hashtag: { name: 'hashtag', to: 'hashtaghez' },
  url: { name: 'URL', to: 'URL-hez' },
};

const perPost =
  'A per_1000_followers bemenet ugyanezt 1000 követőre vetítve adja meg: az összegük × 1000 ÷ a közzétételkori követőszámok összege, azokon a bejegyzéseken, amelyeknél mindkét adat megvan.';
const cases = 'ügyfélszolgálati esetek';
const aboutBrand =
  'Egy megjelenés akkor szól a márkáról, ha a követett neve a márka vagy annak egyik alternatív neve, vagy a követett típusa „brand”, vagy nincs sem követett típusa, sem neve; a versenytársakról, témákról vagy más nevekről szóló megjelenések nem számítanak bele.';

const kpis: Record<string, KpiText> = {
  'listening.mentions': {
    label: 'Márkaemlítések',
    definition:
      'A márka (neve vagy alternatív nevei) említései az időszakban, az összes figyelt forrásból. Azok az említések, amelyek egyetlen követett névhez sem illeszkednek (sem a márkához, sem a konfigurációban megadott versenytárshoz, témához vagy személyhez), illesztetlenek maradnak: ide nem számítanak bele, a jelentés pedig közli, hány ilyen volt.',
  },
  'listening.negative_mentions': {
    label: 'Negatív márkaemlítések',
    definition: 'Az időszakban megjelent, negatív szentimentű márkaemlítések (a válságfigyelés első számadata).',
  },
  'listening.shares': {
    label: 'Márkaemlítések megosztásai',
    definition:
      'Az időszakban megjelent márkaemlítések megosztásai, újraposztolásai és retweetjei, ahogyan a figyelőeszköz számolja őket (a megosztásszám nélküli említések 0-val számítanak).',
  },
  'listening.hashtag_uses': {
    label: 'Márkahashtag-használat',
    definition:
      'Az időszakban megjelent márkaemlítések, amelyek tartalmazzák a márka valamelyik hashtagjét (a konfigurációban: brand.hashtags; ha nincs megadva egy sem, bármely hashtag).',
  },
  'listening.reach': {
    label: 'Elérés',
    definition:
      'Az időszakban megjelent márkaemlítések elérésének összege (potenciális közönség, ahogyan a figyelőeszköz meghatározza: követők, rajongók, oldalmegtekintések); az elérés nélküli említések nem számítanak bele. Az érték becsültként jelenik meg, ha egy része olyan említésekből származik, amelyek elérése becslés vagy ismeretlen típusú, és a megjegyzés közli, mekkora ez a rész. Az elérés egymással átfedő közönségeket ad össze, ezért az elért személyek számának felső korlátja.',
    whenEmpty: 'az időszakban nincs elérési adattal rendelkező márkaemlítés',
  },
  'listening.reputation_score': {
    label: 'Reputációs index',
    definition:
      'A pozitív márkaemlítések arányának és a negatív márkaemlítések arányának különbsége az időszakban, a szentimenttel rendelkező márkaemlítésekre vetítve: (pozitív − negatív) ÷ (pozitív + semleges + negatív). A semleges említések a nevezőben szerepelnek; a szentiment nélküli említések nem számítanak bele. Értéke −100% és +100% között mozog.',
    whenEmpty: 'az időszakban nincs szentimenttel rendelkező márkaemlítés',
  },
  'listening.net_sentiment': {
    label: 'Nettó szentiment',
    definition: '(Pozitív − negatív) ÷ (pozitív + negatív) márkaemlítések az időszakban; a semleges említések nem számítanak bele (a Talkwalker képlete).',
    whenEmpty: 'az időszakban nincs pozitív vagy negatív szentimentű márkaemlítés',
  },
  'listening.negative_share': {
    label: 'Negatív említések aránya',
    definition:
      'Negatív márkaemlítések ÷ szentimenttel (pozitív, semleges vagy negatív) rendelkező márkaemlítések, az időszakban megjelentek közül; a szentiment nélküli említések nem számítanak bele. Megmutatja, a márkáról szóló beszélgetés mekkora része negatív, a beszélgetés volumenétől függetlenül.',
    whenEmpty: 'az időszakban nincs szentimenttel rendelkező márkaemlítés',
  },
  'listening.share_of_voice': {
    label: 'Share of voice',
    definition: 'Márkaemlítések ÷ (a márka + a beállított versenytársak említései) az időszakban.',
    whenEmpty: 'az időszakban nincs említés sem a márkáról, sem a versenytársairól',
  },
  'listening.share_of_voice_engagement': {
    label: 'Share of voice (interakciók)',
    definition:
      'A márkaemlítésekre jutó interakciók ÷ a márka és a beállított versenytársak említéseire jutó interakciók, az időszakban megjelent említéseken (az interakciók a figyelőeszköz adata szerint, ennek hiányában kedvelések + hozzászólások + megosztások; az ezek egyikével sem rendelkező említések nem számítanak bele).',
    whenEmpty: 'az időszakban nincs interakció sem a márka, sem a versenytársai említésein',
  },
  'listening.share_of_voice_reach': {
    label: 'Share of voice (elérés)',
    definition:
      'A márkaemlítések elérése ÷ a márka és a beállított versenytársak említéseinek elérése, az időszakban megjelent említéseken (az elérés a figyelőeszköz adata szerint összegezve; az elérés nélküli említések nem számítanak bele).',
    whenEmpty: 'az időszakban nincs elérési adat sem a márka, sem a versenytársai említésein',
  },
  'listening.retention_rate': {
    label: 'Ügyfélmegtartási arány',
    definition: `Az időszakban nyitott ${cases}, amelyeknél az ügyfél megmaradt (ismét vásárolt vagy megújított) ÷ az időszakban nyitott, ismert kimenetelű ${cases}; a rögzített megtartási kimenetel nélküli esetek nem számítanak bele.`,
    whenEmpty: 'az időszakban nem nyitottak ismert megtartási kimenetelű ügyfélszolgálati esetet',
  },
  'listening.refund_rate': {
    label: 'Visszatérítési arány',
    definition: `Az időszakban nyitott, visszatérítéssel zárult ${cases} ÷ az időszakban nyitott összes ügyfélszolgálati eset; a visszatérítési jelölés nélküli eset nem visszatérítettnek számít. Nem érhető el, ha az importált ${cases} egyáltalán nem rögzítenek visszatérítést. A visszatérített összeg mellette látható.`,
    whenEmpty: `az időszakban nem nyitottak ügyfélszolgálati esetet, vagy az importált ${cases} nem rögzítenek visszatérítést`,
  },
  'listening.product_gaps': {
    label: 'Feltárt termékhiányosságok',
    definition:
      'Az időszakban nyitott, „termékhiányosság” típusú ügyfélszolgálati esetek különböző termékhiányossági témái: a témákat kisbetűsítve és a szélső szóközök nélkül veti össze a rendszer, a téma nélküli eset pedig önálló hiányosságnak számít. Az ilyen esetek száma mellette látható.',
  },
  'listening.content_gaps': {
    label: 'Feltárt tartalomhiányosságok',
    definition:
      'Az időszakban nyitott, „tartalomhiányosság” típusú ügyfélszolgálati esetek különböző tartalomhiányossági témái: a témákat kisbetűsítve és a szélső szóközök nélkül veti össze a rendszer, a téma nélküli eset pedig önálló hiányosságnak számít. Az ilyen esetek száma mellette látható.',
  },
  'listening.triage_within_12h': {
    label: 'Besorolás 12 órán belül',
    definition: `Az időszakban nyitott ${cases}, amelyeket legfeljebb 12 órával az első bejövő üzenet után besoroltak és továbbítottak ÷ az időszakban nyitott összes ügyfélszolgálati eset; a (még) be nem sorolt eset nem teljesítettnek számít. Nem érhető el, ha az importált ${cases} egyáltalán nem rögzítenek besorolási időpontot.`,
    whenEmpty: `az időszakban nem nyitottak ügyfélszolgálati esetet, vagy az importált ${cases} nem rögzítenek besorolási időpontot`,
  },
  'listening.resolved_within_24h': {
    label: 'Megoldás 24 órán belül',
    definition: `Az időszakban nyitott ${cases}, amelyeket legfeljebb 24 órával az első bejövő üzenet után megoldottak ÷ az időszakban nyitott összes ügyfélszolgálati eset; a (még) meg nem oldott eset nem teljesítettnek számít. Nem érhető el, ha az importált ${cases} egyáltalán nem rögzítenek megoldási időpontot.`,
    whenEmpty: `az időszakban nem nyitottak ügyfélszolgálati esetet, vagy az importált ${cases} nem rögzítenek megoldási időpontot`,
  },
  'listening.median_first_response_hours': {
    label: 'Első válaszidő (medián)',
    definition:
      'Az első bejövő üzenettől a márka első válaszáig eltelt órák mediánja, az időszakban nyitott, választ kapott ügyfélszolgálati eseteken (naptári órák, nem munkaórák); az átlag mellette látható. A válasz nélküli esetek nem számítanak bele.',
    whenEmpty: 'az időszakban nem nyitottak első választ kapott ügyfélszolgálati esetet',
  },
  'listening.median_resolution_hours': {
    label: 'Megoldási idő (medián)',
    definition:
      'Az első bejövő üzenettől a megoldásig eltelt órák mediánja, az időszakban nyitott, megoldott ügyfélszolgálati eseteken (naptári órák, nem munkaórák); az átlag mellette látható. A meg nem oldott esetek nem számítanak bele.',
    whenEmpty: 'az időszakban nem nyitottak megoldott ügyfélszolgálati esetet',
  },
  'influencing.engagement_rate_impressions': {
    label: 'Interakciós arány (megjelenésenként)',
    definition: 'Interakciók ÷ megjelenések az időszakban közzétett saját bejegyzéseken (teljes élettartamra vonatkozó mutatók; a megjelenések nélküli bejegyzések nem számítanak bele).',
    whenEmpty: 'az időszakban nem tettek közzé megjelenési és interakciós adattal rendelkező bejegyzést',
  },
  'influencing.engagement_rate_reach': {
    label: 'Interakciós arány (elérésre vetítve)',
    definition:
      'Interakciók ÷ elérés (elért egyedi személyek): az interakciók összege osztva az időszakban közzétett saját bejegyzések elérésének összegével (a közzététel helyi napja szerint; teljes élettartamra vonatkozó mutatók). Az elérés vagy interakciószám nélküli bejegyzések nem számítanak bele.',
    whenEmpty: 'az időszakban nem tettek közzé elérési és interakciós adattal rendelkező bejegyzést',
  },
  'influencing.engagement_rate_followers': {
    label: 'Interakciós arány (követőnként)',
    definition:
      'Interakciók ÷ követők a közzététel idején: az interakciók összege osztva a fiókok követőszámainak összegével az egyes bejegyzések közzétételekor, az időszakban (a közzététel helyi napja szerint) közzétett azon saját bejegyzéseken, amelyeknek van interakciószáma és 0-nál nagyobb követőszáma. Ha egy bejegyzésnek nincs követőszáma, a fiók közzétételi napi követő-pillanatképe lép a helyébe, és az érték becsültként jelenik meg.',
    whenEmpty: 'az időszakban nem tettek közzé interakciós adattal és követőszámmal rendelkező bejegyzést',
  },
  'influencing.amplification_rate': {
    label: 'Amplifikációs arány (megosztás bejegyzésenként)',
    definition: `Bejegyzésenkénti megosztások: a megosztások összege osztva az időszakban (a közzététel helyi napja szerint) közzétett azon saját bejegyzések számával, amelyek hálózata jelenti a megosztásokat; a megosztásszám nélküli bejegyzések nem számítanak bele. ${perPost}`,
    whenEmpty: 'az időszakban nem tettek közzé megosztásszámmal rendelkező bejegyzést',
  },
  'influencing.applause_rate': {
    label: 'Tetszési arány (kedvelés bejegyzésenként)',
    definition: `Bejegyzésenkénti kedvelések: a kedvelések összege (ahol a hálózat nem ad kedvelésszámot, ott mindenféle reakció) osztva az időszakban (a közzététel helyi napja szerint) közzétett azon saját bejegyzések számával, amelyeknek van kedvelés- vagy reakciószáma; az egyikkel sem rendelkező bejegyzések nem számítanak bele. ${perPost}`,
    whenEmpty: 'az időszakban nem tettek közzé kedvelés- vagy reakciószámmal rendelkező bejegyzést',
  },
  'influencing.conversation_rate': {
    label: 'Beszélgetési arány (hozzászólás bejegyzésenként)',
    definition: `Bejegyzésenkénti hozzászólások: a hozzászólások összege osztva az időszakban (a közzététel helyi napja szerint) közzétett azon saját bejegyzések számával, amelyek hálózata jelenti a hozzászólásokat; a hozzászólásszám nélküli bejegyzések nem számítanak bele. ${perPost}`,
    whenEmpty: 'az időszakban nem tettek közzé hozzászólásszámmal rendelkező bejegyzést',
  },
  'influencing.audience_growth_rate': {
    label: 'Közönségnövekedési arány',
    definition:
      'Nettó új követők ÷ közönség az időszak elején, azokon a saját fiókokon, amelyekről az időszakban van követő-pillanatkép. A kezdő közönség az egyes fiókok utolsó, az időszak előtti pillanatképe (legfeljebb 31 nappal korábbról), ennek hiányában az első, időszakon belüli pillanatképe; a záró közönség az utolsó, időszakon belüli pillanatképe.',
    whenEmpty: 'az időszak fiók-pillanatképeiben nincs követőszám',
  },
  'influencing.new_followers': {
    label: 'Új követők',
    definition:
      'A saját fiókok által az időszak napjain szerzett követők (a pillanatképek új követői; ahol csak a nettó növekedés ismert, annak pozitív része).',
    whenEmpty: 'az időszak fiók-pillanatképeiben nincs követőszerzés',
  },
  'influencing.web_sessions': {
    label: 'Webes munkamenetek',
    definition:
      'A márka webhelyén az időszak napjain indított munkamenetek, minden csatornáról (a webanalitikai export csatornacsoportjai szerint); a közösségi médiából érkezett munkamenetek mellette láthatók.',
  },
  'influencing.social_traffic': {
    label: 'Munkamenetek a közösségi médiából',
    definition: 'Azok a webes munkamenetek az időszak napjain, amelyek csatornája organikus vagy fizetett közösségi média.',
  },
  'influencing.social_traffic_share': {
    label: 'A közösségi média aránya a webes munkamenetekből',
    definition:
      'A közösségi médiából (organikus vagy fizetett) érkezett munkamenetek ÷ az összes webes munkamenet az időszak napjain: a webhely forgalmának mekkora részét hozza a közösségi média.',
    whenEmpty: 'az időszakban nem volt webes munkamenet',
  },
  'influencing.click_through_rate': {
    label: 'Átkattintási arány (megjelenésenként)',
    definition:
      'Linkkattintások ÷ megjelenések: a kattintások összege osztva az időszakban (a közzététel helyi napja szerint) közzétett saját bejegyzések megjelenéseinek összegével (teljes élettartamra vonatkozó mutatók). Csak azok a bejegyzések számítanak, amelyeknek kattintásszáma és megjelenésszáma is van.',
    whenEmpty: 'az időszakban nem tettek közzé kattintási és megjelenési adattal rendelkező bejegyzést',
  },
  'influencing.offer_awareness': {
    label: 'Ajánlatismertség',
    definition:
      'A közösségi médiában ajánlatot látó személyek: az ajánlatok napi megjelenéseinek összege az időszak napjain, minden csatornán az e-mail kivételével (az email, e-mail vagy newsletter nevű csatornák és a csatorna nélküli sorok nem számítanak bele). Aki több napon vagy több csatornán látott ajánlatot, minden alkalommal beleszámít. Az az időszak, amelyben vannak közösségi ajánlatsorok, de nincs megjelenésszám, nem érhető el; az az időszak, amelyben nincs közösségi ajánlatsor, 0.',
    whenEmpty: 'az időszakban megjelentek ajánlatok a közösségi médiában, de megjelenésszám nélkül',
  },
  'influencing.retargeting_list_growth': {
    label: 'Retargeting-listák növekedése',
    definition:
      'A retargeting-közönségek növekedése: (méret az időszak végén − méret az időszak elején) ÷ méret az időszak elején, összegezve azokon a közönségeken, amelyeknek az időszak valamelyik napján van mérete. A kezdő méret az egyes közönségek utolsó, az időszak előtti mérete (legfeljebb 31 nappal korábbról), ennek hiányában az első, időszakon belüli mérete; a záró méret az utolsó, időszakon belüli mérete.',
    whenEmpty: 'az időszakban nincs retargeting-közönségméret',
  },
  'networking.inbound_links': {
    label: 'Új bejövő linkek',
    definition: 'Más webhelyekről a márka webhelyére mutató linkek, amelyeket az időszakban észleltek először.',
  },
  'networking.earned_media_mentions': {
    label: 'Szerzett médiás megjelenések',
    definition: `A márkáról szóló (szerzett, nem fizetett) cikkek, podcastok és videók, amelyek az időszakban jelentek meg, a megjelenés helyi napja szerint. ${aboutBrand}`,
  },
  'networking.earned_media_reach': {
    label: 'Szerzett médiás elérés',
    definition: `A márkáról szóló, az időszakban (a megjelenés helyi napja szerint) megjelent szerzett médiás tartalmak közönségének összege (a médium havi látogatói, példányszáma vagy előfizetői); az elérés nélküli tartalmak nem számítanak bele az összegbe. ${aboutBrand} Ugyanezen tartalmak becsült médiaértéke (AVE) és átlagos relevanciája mellette látható.`,
    whenEmpty: 'az időszakban nincs ismert elérésű, a márkáról szóló szerzett médiás megjelenés',
  },
  'networking.partnerships': {
    label: 'Aktív partnerségek',
    definition:
      'Az időszak bármely részében aktív stratégiai partnerségek: az időszak utolsó napján vagy korábban kezdődtek, és nem értek véget az időszak első napja előtt (nincs befejezési napjuk, vagy az az első napra vagy későbbre esik). A javasolt partnerségek nem számítanak bele; az állapot nélküli partnerség megállapodottnak számít. Mellette: hány kezdődött közülük az időszakban, és hányat kezdeményezett a partner.',
  },
  'selling.leads': {
    label: 'Leadek',
    definition: 'A CRM-ben az időszakban létrehozott kapcsolatok, minden csatornáról (a törölt vagy archivált rekordok nélkül).',
  },
  'selling.social_leads': {
    label: 'Leadek a közösségi médiából',
    definition: 'Az időszakban létrehozott, a közösségi médiából származó leadek (csatorna, eredeti forrás, leadforrás vagy UTM alapján).',
  },
  'selling.offer_conversion_rate': {
    label: 'Ajánlatok konverziós aránya',
    definition:
      'Konverziók (beváltások vagy feliratkozások) ÷ az ajánlatokra leadott kattintások, összegezve minden csatorna ajánlatsorain az időszak napjain; a kattintás- vagy konverziószám nélküli sorok nem számítanak bele.',
    whenEmpty: 'az időszakban nem volt kattintás az ajánlatokra',
  },
  'selling.lead_to_customer_rate': {
    label: 'Leadből ügyfél arány',
    definition:
      'Az időszakban létrehozott leadek (a létrehozás helyi napja szerint, az archivált rekordok nélkül) közül az ügyféllé vált leadek aránya: van ügyféllé válási dátumuk, vagy életciklus-szakaszuk ügyfél vagy evangelista. Az egyes hónapok leadjeit csoportként követi: a konverziók akkor is beszámítanak, ha később történtek, egészen a legfrissebb adatokig, ezért a legutóbbi időszakok értéke alacsony, amíg leadjeiknek nem volt idejük konvertálni.',
    whenEmpty: 'az időszakban nem hoztak létre leadet',
  },
  'selling.win_rate': {
    label: 'Nyerési arány',
    definition: 'Megnyert üzletek ÷ megnyert vagy elvesztett üzletek, az időszakban lezárt üzleteken (az archivált üzletek nélkül).',
    whenEmpty: 'az időszakban nem volt megnyert vagy elvesztett üzlet',
  },
  'selling.deals_won': {
    label: 'Megnyert üzletek',
    definition: 'Az időszakban megnyert üzletek, a lezárás helyi napja szerint (az archivált üzletek nélkül); a közösségi médiából származók mellette láthatók.',
  },
  'selling.won_value': {
    label: 'Megnyert érték',
    definition:
      'Az időszakban megnyert üzletek teljes összege, a lezárás helyi napja szerint (az archivált üzletek nélkül); az összeg nélküli megnyert üzletek nem számíthatók bele, és a megjegyzés közli, hány ilyen van. A közösségi médiából származó üzletek része mellette látható.',
    whenEmpty: 'az időszakban megnyert üzletek egyikének sincs összege',
  },
  'selling.average_deal_size': {
    label: 'Átlagos üzletméret',
    definition:
      'Teljes összeg ÷ az időszakban megnyert üzletek száma, a lezárás helyi napja szerint; az archivált üzletek és az összeg nélküli megnyert üzletek nem számítanak bele.',
    whenEmpty: 'az időszakban nem volt megnyert üzlet',
  },
  'selling.pipeline_value': {
    label: 'Pipeline értéke',
    definition:
      'Az időszak végén nyitott üzletek teljes összege: az időszak vége előtt jöttek létre, és vagy még nyitottak, vagy az időszak vége után zárultak (megnyerve vagy elvesztve). Az archivált üzletek nem számítanak bele; egy nyitott üzlet a feltüntetett zárási dátumától függetlenül beleszámít. Az összeg nélküli nyitott üzletek nem számíthatók bele: a megjegyzés közli, hány ilyen van, és ha egyik nyitott üzletnek sincs összege, az érték nem érhető el, sosem 0. A közösségi médiából származó üzletek része mellette látható.',
    whenEmpty: 'az időszak végén nyitott üzletek egyikének sincs összege',
  },
  'selling.revenue': {
    label: 'Árbevétel',
    definition: 'Az időszakban leadott rendelések értéke (kedvezmények után), a visszatérített rendelések nélkül.',
  },
  'selling.buyer_recency_days': {
    label: 'Utolsó vásárlás óta eltelt idő',
    definition:
      'Azon ügyfelek körében, akik az időszak utolsó napjával záruló 365 napban rendeltek, az egyes ügyfelek utolsó ilyen rendelésétől az időszak utolsó napjáig eltelt napok mediánja (helyi naptári napok: az utolsó napon leadott rendelés 0 napnak számít). A visszatérített rendelések nem számítanak bele.',
    whenEmpty: 'az időszak vége előtti 365 napban nem volt rendelés',
  },
  'selling.buyer_frequency': {
    label: 'Rendelések vásárlónként',
    definition: 'Az időszakban leadott rendelések ÷ az azokat leadó különböző ügyfelek száma, a rendelés helyi napja szerint; a visszatérített rendelések nem számítanak bele.',
    whenEmpty: 'az időszakban nem volt rendelés',
  },
};

/** A series after "Kiugrás:" / "Visszaesés:" on a chart mark. */
const seriesMarks: Record<SeriesKey, string> = {
  mentions: 'márkaemlítések',
  negative_mentions: 'negatív említések',
  shares: 'megosztások',
  hashtag_uses: 'márkahashtag-használat',
  new_followers: 'új követők',
};

/** "kiugrás szeptember 3-án (412)", "kiugrások: aug. 25. (300) és aug. 27. (200)", "… és még 2 nap". */
function dayList(l: DayList, one: string, many: string): string {
  const items = l.days.map((d) => `${d.day} (${d.mentions})`);
  if (l.days.length + l.more === 1 && l.days[0]) return `${one} ${onDay(l.days[0].day)} (${l.days[0].mentions})`;
  const listed = l.more ? `${items.join(', ')} és még ${l.more} nap` : `${items.slice(0, -1).join(', ')} és ${items[items.length - 1]}`;
  return `${many}: ${listed}`;
}

const cadences: Record<CadenceKey, string> = { daily: 'Napi', weekly: 'Heti', monthly: 'Havi', quarterly: 'Negyedéves', annual: 'Éves' };
const romans = ['', 'I', 'II', 'III', 'IV'];

const keyColour =
  'A szín azt jelzi, hogy az érték jó vagy rossz hír-e az üzlet szempontjából, nem azt, hogy nőtt vagy csökkent: a negatív említések által hajtott növekedés piros, a túl kevés eseten alapuló érték pedig nem kap színt.';

export const hu: Messages = {
  language: 'hu',
  story,
  tone,
  readable,
  units: {
    hours: (p) => `${p.value} óra`,
    days: (p) => `${p.value} nap`,
    points: (p) => `${p.value}%-pont`,
  },
  period: {
    week: (p) => `${p.year}. ${Number(p.week) || p.week}. hét`,
    quarter: (p) => {
      const n = Number(p.quarter.replace(/^Q/i, ''));
      return `${p.year}. ${romans[n] ?? p.quarter}. negyedév`;
    },
    range: (p) => `${p.from} – ${p.to}`,
    // A bare year: sentences place it through periodWords ("2025-ben", "2025-höz képest", "a 2025-ös év").
    year: (p) => p.year,
  },
  weekdays: { Mon: 'H', Tue: 'K', Wed: 'Sze', Thu: 'Cs', Fri: 'P', Sat: 'Szo', Sun: 'V' },
  stages: { listening: 'Figyelés', influencing: 'Befolyásolás', networking: 'Kapcsolatépítés', selling: 'Értékesítés' },
  series: {
    mentions: 'Márkaemlítések',
    negative_mentions: 'Negatív említések',
    shares: 'Megosztások',
    hashtag_uses: 'Márkahashtag-használat',
    new_followers: 'Új követők',
  },
  dimensions: { source: 'forrás', domain: 'domain', author: 'szerző', hashtag: 'hashtag', url: 'URL' },
  /** Data fields, as the subject of "hiányzik" in reasons.notProvided ("hiányzik a megosztásszám"): singular nouns. */
  fields: {
    author_handle: 'szerző felhasználóneve',
    author_name: 'szerző neve',
    amount: 'összeg',
    comments: 'hozzászólásszám',
    engagement: 'interakciószám',
    hashtags: 'hashtag',
    likes: 'kedvelésszám',
    reach: 'elérés',
    sentiment: 'szentiment',
    shares: 'megosztásszám',
    text: 'szöveg',
  },
  sourceTypes: {
    news: 'hír',
    blog: 'blog',
    forum: 'fórum',
    review: 'értékelés',
    video: 'videó',
    podcast: 'podcast',
    social: 'közösségi média',
    magazine: 'magazin',
    other: 'egyéb',
  },
  listSeparator: '; ',
  entities: {
    mentions: 'említések',
    posts: 'bejegyzések',
    account_snapshots: 'fiók-pillanatképek',
    care_cases: 'ügyfélszolgálati esetek',
    campaigns: 'kampányok',
    leads: 'leadek',
    deals: 'üzletek',
    orders: 'rendelések',
    web_sessions: 'webes munkamenetek',
    offers: 'ajánlatok',
    earned_media: 'szerzett médiás megjelenések',
    inbound_links: 'bejövő linkek',
    partnerships: 'partnerségek',
    retargeting_audiences: 'retargeting-közönségek',
  },
  findings: {
    slaMissed: (p) =>
      `Nem teljesült az ügyfélszolgálati SLA: az esetek ${shareOf(p.value, 't')} ${p.step === 'triage' ? 'sorolták be 12 órán belül' : 'oldották meg 24 órán belül'}, a kitűzött ${p.target} helyett.`,
    competitorGained: (p) =>
      `${A(p.competitor)} részesedése az említésekből (share of voice) ${suffix(p.points.replace(/^\+/, ''), 'val')} nőtt, és elérte az említések ${shareOf(p.share, 't')} (${p.brand}: ${p.brandShare}).`,
    campaignFading: (p) => `${cap(a(q(p.name)))} kampány hirtelen felfutott, majd lecsengett: ${p.why}`,
    campaignGrowing: (p) => `${cap(a(q(p.name)))} kampány tovább növekszik: ${p.why}`,
    goalMet: (p) => `Teljesült cél: ${p.label} — ${p.value}, cél: ${p.target} (${p.goalPeriod}).`,
    goalMissed: (p) => `Nem teljesült cél: ${p.label} — ${p.value}, cél: ${p.target} (${p.goalPeriod}).`,
    onTrack: (p) => `Jó úton: ${p.label} — várható érték ${p.projected}, cél: ${p.target} (${p.goalPeriod}: ${p.total} napból ${p.elapsed} telt el).`,
    offTrack: (p) => `Lemaradásban: ${p.label} — várható érték ${p.projected}, cél: ${p.target} (${p.goalPeriod}: ${p.total} napból ${p.elapsed} telt el).`,
  },
  checklist: {
    noFigure: (p) => `Nincs adat (${p.what}): ${p.reason}.`,
    notComputed: 'nincs kiszámítva',
    noTypical: (p) => `${p.value} ${p.what}; még nincs szokásos napi érték az összevetéshez (túl kevés a korábbi nap).`,
    versusTypical: (p) =>
      `${p.value} ${p.what}, ${p.level === 'high' ? `jóval a hét ezen napján szokásos ${p.expected} fölött` : p.level === 'low' ? `jóval a hét ezen napján szokásos ${p.expected} alatt` : `a hét ezen napján szokásos tartományban (${p.expected})`}.`,
    what: { negative: 'negatív említés', mentions: 'márkaemlítés', shares: 'megosztás', followers: 'új követő' },
    notShown: (p) => `Nem látható: ${p.reason}.`,
    notAvailable: (p) => `Nem érhető el: ${p.reason}.`,
    person: (p) => `${p.author} (${p.platform}, ${p.weekday} ${p.hours})`,
    unknownPlatform: 'ismeretlen',
    activationsQuestion: 'Aktivációk: volt-e kiugrás a megosztásokban vagy a hashtaghasználatban?',
    activationsQuestionWhere: 'Aktivációk: volt-e kiugrás a megosztásokban vagy a hashtaghasználatban, és honnan indult?',
    noActivation: 'Ebben az időszakban nem volt kiugrás sem a megosztásokban, sem a márkahashtagek használatában.',
    noActivationOnly: (p) =>
      p.measured === 'shares'
        ? `Ebben az időszakban nem volt kiugrás a megosztásokban; a márkahashtagek használata nem látható: ${p.reason}.`
        : `Ebben az időszakban nem volt kiugrás a márkahashtagek használatában; a megosztások nem láthatók: ${p.reason}.`,
    activations: (p) =>
      `${p.count} kiugrás; a legnagyobb ${onDay(p.day)} (${p.observed}, a szokásos ${p.expected} helyett)${p.source ? `, egyetlen ${dim[p.source.dimension].to} köthető: ${p.source.value}` : ''}.`,
    competitiveQuestion: 'Versenyhelyzet: hol áll a márka a legközelebbi versenytársaihoz képest?',
    noTrackedMentions: 'Nincs említés sem a márkáról, sem a versenytársairól.',
    competitive: (p) =>
      `${p.brand}: az említések ${shareOf(p.share)} (${p.rank === 1 ? 'első' : `${p.rank}.`} ${a(String(p.of))} szereplő közül${p.change === null ? '' : `, ${p.change} az előző időszakhoz képest`}); a versenytársak átlaga ${p.average}.`,
    campaignsTooYoung: 'A kampányok még túl fiatalok a megítéléshez (háromnál kevesebb teljes hét).',
    noCampaign: 'Ebben az időszakban nem futott kampány.',
    campaigns: (p) => p.campaigns.map((c) => `${q(c.name)}: ${{ growing: 'növekszik', steady: 'stabil', burst_and_fade: 'felfutott, majd lecsengett' }[c.lifecycle]}`).join('; ') + '.',
    daily: {
      crisis: 'Válságfigyelés: eszkalálódik-e valami nagyon negatív?',
      chatter: 'Beszélgetések: mennyi szó esik a márkáról egy szokásos naphoz képest?',
      detractors: 'Kritikusok: ki panaszkodik, hol és mikor?',
      noDetractor: 'Ma senki sem írt két vagy több negatív említést.',
      advocates: 'Támogatók: ki áll ki a márka mellett?',
      noAdvocate: 'Ma senki sem írt két vagy több pozitív említést.',
      benchmark: 'A napi összevetés: megosztások és új követők',
    },
    weekly: {
      advocacy: 'Támogatás: kik álltak ki a márka mellett, a szokásosnál hangosabban vagy csendesebben?',
      noAdvocate: 'Ezen a héten nem volt támogató (két vagy több pozitív említés).',
      reputation: (p) => `A reputáció ${p.trend === 'up' ? 'javult' : p.trend === 'down' ? 'romlott' : 'nem változott'} (${p.change} az előző héthez képest).`,
    },
    monthly: { campaigns: 'Kampányelemzés: nő-e az elérés, ahogy a kampányok előrehaladnak, vagy hirtelen felfutnak, majd lecsengenek?' },
    quarterly: {
      wins: 'A negyedév sikerei',
      noWin: 'Egyik eredmény sem emelkedik ki sikerként.',
      lessons: 'A negyedév tanulságai',
      noLesson: 'Semmi sem ment jelentősen rosszul.',
      campaigns: 'Nagy kezdeményezések: hogyan teljesítettek a kampányok?',
    },
    annual: {
      review: 'Az év áttekintése: jobb vagy rosszabb, mint az előző év?',
      better: (p) => `Az előző évi értékkel is rendelkező ${p.of} mutatóból ${p.better} mozdult a kedvező irányba.`,
      noYearAgo: 'Egyik mutatónak sincs összevethető előző évi értéke.',
      channels: 'Csatornamix: mennyi forgalmat hoz a közösségi média?',
      sessions: (p) => `Ebben az évben ${p.sessions} munkamenet érkezett a közösségi médiából.`,
      noAnalytics: 'nincs webanalitikai adat',
      tactics: 'Taktikák: mely kampányokat érdemes megtartani, és melyeket elhagyni?',
    },
  },
  campaigns: {
    why(p) {
      const last = `az utolsó teljes hét${p.lastWeekAfterEnd ? ' (a befejezés után)' : ''} értéke a csúcs ${shareOf(pct(p.lastToPeak))}`;
      const trend = `az interakciók hetente ${suffix(pct(Math.abs(p.trend)), 'val')} ${p.trend >= 0 ? 'nőnek' : 'csökkennek'}`;
      if (p.lifecycle === 'too_early') return `Eddig ${p.weeks} teljes hét telt el, ${p.needed} szükséges.`;
      if (p.noEngagement) return `${p.weeks} teljes hét alatt nem volt interakció (végig nulla).`;
      if (p.lifecycle === 'burst_and_fade') return `Csúcs ${a(`${p.peakWeek}.`)} héten, ${last}.`;
      if (p.lifecycle === 'growing') return `${cap(trend)} (legkisebb négyzetes trend), ${last}.`;
      return `${cap(trend)}, csúcs ${a(`${p.peakWeek}.`)} héten, ${last}.`;
    },
    classes: { growing: 'Növekvő', steady: 'Stabil', burst_and_fade: 'Felfutó, majd lecsengő', too_early: 'Még korai megítélni' },
    none: 'Ebben az időszakban nem futott kampány.',
    since: (p) => `${cap(suffix(p.day, 'tol'))}: ${p.engagement} interakció, ${p.reach} elérés.`,
  },
  goals: {
    target: (p) => `${p.kpi}: cél ${p.target}`,
    change: (p) => `${p.kpi}: ${p.change}`,
    status: { met: 'Teljesült', missed: 'Nem teljesült', on_track: 'Jó úton', off_track: 'Lemaradásban', unknown: 'Még nem ismert' },
    none: 'A konfiguráció egyik célja sem vonatkozik ezekre a mutatókra.',
    caption: 'Haladás a célok felé',
    columns: { goal: 'Cél', soFar: 'Eddig', headingFor: 'Várható', target: 'Célérték', status: 'Állapot' },
    days: (p) => `(${p.goalPeriod}, ${p.total} napból ${p.elapsed})`,
    withReason: (p) => `${p.status}: ${p.reason}`,
  },
  reasons: {
    notComputed: 'nincs kiszámítva',
    noData: (p) => `nincsenek importált ${p.entity}`,
    // The fields come translated (fields: "a megosztásszám"), each with its article; all of them are missing.
    notProvided: (p) =>
      `az importált ${suffix(p.entity, 'bol')} ebben az időszakban hiányzik ${andList(p.fields.map(a))}: ${p.fields.length > 1 ? 'ezeket' : 'ezt'} egyetlen forrás sem tölti ki`,
    notCovered: (p) => `nincsenek importált ${p.entity} erre az időszakra (${p.period}); az importált ${p.entity} ${p.from} és ${p.to} közötti időszakot fednek le`,
    noCompetitors: 'nincsenek beállított versenytársak',
    noCompetitorsVoice: 'nincsenek beállított versenytársak: a share of voice a márkát a versenytársaival veti össze',
    noTrackedMentionsIn: (p) => `nincs említés sem a márkáról, sem a versenytársairól (${p.period})`,
    noTrackedMentions: 'nincs említés sem a márkáról, sem a versenytársairól',
    noVoice: 'az időszakra nincs share of voice adat',
    basePartial: (p) => `az összevetési időszakot (${p.period}) az adatok csak részben fedik le (${p.from} – ${p.to}), ezért a változás nem mérhető hozzá`,
    noBaseValue: (p) => `az összevetési időszakra (${p.period}) nincs érték, amelyhez a változás mérhető volna (${p.reason})`,
    noBase: 'nincs összevetési időszak',
    noOffersOrLeads: 'nincsenek importált ajánlatok vagy leadek',
    noOffersOrLeadsFor: (p) => `nincsenek importált ajánlatok vagy leadek erre az időszakra (${p.period})`,
    noOfferNamed: 'nincsenek importált ajánlatok, és egyetlen lead sem nevez meg ajánlatot',
    peopleWithheld: 'konkrét személyeket csak a social csapat jelentései neveznek meg',
  },
  notes: {
    followersFromSnapshot: (p) =>
      `${p.posts} bejegyzésből ${p.estimated} nem tartalmaz saját követőszámot; helyette a fiók közzétételi napi követő-pillanatképe szerepel`,
    reachEstimated: (p) => `az elérés ${shareOf(`${p.share}%`)} becsült (az elérés típusa becsült, ismeretlen vagy nincs megadva)`,
    openDealsWithoutAmount: (p) => `${a(p.open)} nyitott üzletből ${p.missing} nem tartalmaz összeget, ezért nem szerepel az értékben`,
    wonDealsWithoutAmount: (p) => `${a(p.won)} megnyert üzletből ${p.missing} nem tartalmaz összeget, ezért nem szerepel az értékben`,
  },
  kpis,
  report: {
    cadences,
    eyebrow: (p) => `${cadences[p.cadence]} jelentés · ${p.brand}`,
    pageTitle: (p) => `${p.audience} · ${p.period}`,
    description: (p) => `${p.brand}: ${cadences[p.cadence].toLowerCase()} jelentés ${a(p.audience.toLowerCase())} számára, ${p.period}.`,
    heading: (p) => `${p.audience}: ${p.period}`,
    breadcrumbs: { label: 'Navigációs útvonal', allReports: 'Összes jelentés' },
    range: (p) => `${cap(suffix(p.from, 'tol'))} ${suffix(p.to, 'ig')}`,
    lede: (p) => `${p.range}, összevetve az előző időszakkal (${p.previous}).`,
    ledeDay: (p) => `${p.day}, összevetve először a szokásos ${weekdayWords[p.weekday].adj} értékkel, majd az előző nappal (${p.previous}).`,
    incomplete: (p) => `Az adatok ${suffix(p.dataUntil, 'ig')} tartanak: az időszak nem teljes.`,
    soFar: (p) => `eddig: adatok ${p.time ? `${p.day} ${p.time}-ig` : suffix(p.day, 'ig')}`,
    findings: 'Ami kiemelkedik',
    nextSteps: 'Következő lépések',
    checklist: {
      daily: 'A napi ellenőrzőlista',
      weekly: 'A heti ellenőrzőlista',
      monthly: 'A havi ellenőrzőlista',
      quarterly: 'A negyedéves ellenőrzőlista',
      annual: 'Az éves ellenőrzőlista',
    },
    goals: 'Célok',
    keyFigures: 'Fő mutatók',
    keyFiguresIntro: (p) => `${cap(p.period)}, összevetve az előző időszakkal (${p.previous}). ${keyColour}`,
    keyFiguresIntroDay: (p) => `${cap(p.day)}, összevetve a szokásos ${weekdayWords[p.weekday].adj} értékkel, majd az előző nappal (${p.previous}). ${keyColour}`,
    keyFiguresCaption: (p) => `Fő mutatók: ${p.period}, összevetve az előző időszakkal (${p.previous})`,
    anomalies: 'Kiugrások és visszaesések',
    anomaliesIntro: 'Azok a napok, amelyek eltértek a hét adott napján szokásos értéktől, és ami az eltérést magyarázza.',
    people: 'Támogatók és kritikusok',
    advocates: 'Támogatók',
    detractors: 'Kritikusok',
    shareOfVoice: 'Share of voice',
    shareOfVoiceIntro: 'A márka részesedése abból, ami róla és a versenytársairól elhangzik, három mérőszám szerint.',
    campaigns: 'Kampányok',
    prospects: 'Miről kérdeznek az érdeklődők',
    offers: 'Mely ajánlatok keltettek érdeklődést',
    traffic: 'Honnan érkeznek a webhely látogatói',
    trafficIntro: 'A webhely munkamenetei csatornánként, és ebből mennyit hoz a közösségi média.',
    charts: 'Diagramok',
    definitions: 'Hogyan számítjuk a mutatókat',
    winsAndRisks: 'Sikerek és kockázatok',
    wins: 'Sikerek',
    risks: 'Kockázatok',
    alsoOfNote: 'További figyelemre méltó tények',
    asks: 'Amit kérünk',
    asksIntro: 'A csapat által az időszak kockázataira javasolt lépések; mindegyikhez döntés vagy támogatás szükséges.',
    noAsks: 'Ebben az időszakban nincs szükség döntésre: egyik cél sincs lemaradásban, és egyik kockázat sem kíván beavatkozást.',
    noNextSteps: 'Ebben az időszakban semmi sem igényel beavatkozást.',
    noChecklist: 'Ehhez a jelentéshez nincs ellenőrzőlista.',
    stagesHeading: 'A négy szakasz',
    stagesIntro: 'Minden mutató aszerint csoportosítva, hogy a közösségi média sikerciklusának melyik szakaszát méri.',
    stageIntros: {
      listening: 'Mit mondanak az emberek a márkáról és a versenytársairól.',
      influencing: 'Hogyan fogadják a márka saját tartalmait.',
      networking: 'A márka által épített kapcsolatok: támogatók, ügyfélszolgálat, közösség.',
      selling: 'Amit a közösségi média az üzletnek hoz: leadek, üzletek, árbevétel.',
    },
    noStageKpis: (p) => `Ez a jelentés nem tartalmaz mutatót ${a(q(p.stage))} szakaszból.`,
    allFiguresTable: 'Minden mutató egy táblázatban, az előző időszakkal és az előző évvel',
    moreReports: (p) => `További jelentések (${p.audience}):`,
    moreReportsLabel: 'További jelentések erre az időszakra',
    notAvailable: 'nem érhető el',
    chartNoData: 'Ebben az időszakban nincs adat ehhez a diagramhoz.',
    chartDescription: (p) => `${p.title}. A számok a diagram alatti táblázatban találhatók.`,
    tableFirstRows: (p) => `${p.title} (${p.total} sorból az első ${p.shown})`,
    tableNoRows: (p) => `Ebben az időszakban nincs sor ehhez: ${q(p.caption)}.`,
  },
  audiences: {
    team: { title: 'Social csapat', summary: 'Minden KPI a figyelés, a befolyásolás, a kapcsolatépítés és az értékesítés terén, a mögöttük álló kiugrásokkal, támogatókkal és kampányokkal.' },
    sales: { title: 'Értékesítés', summary: 'A közösségi médiából származó leadek és üzletek, nyerési arány, üzletméret, pipeline és árbevétel.' },
    leadership: { title: 'Vezetőség', summary: 'Haladás a célok felé, share of voice a versenytársakhoz képest, sikerek és kockázatok.' },
  },
  charts: {
    notAvailable: (p) => `Nem érhető el: ${p.reason}.`,
    marks: {
      negative: (p) => (p.source ? `Negatív: ${p.source}` : 'Negatív kiugrás'),
      campaign: (p) => p.name,
      campaignStart: (p) => `${p.name}: indulás`,
      spike: (p) => `Kiugrás: ${seriesMarks[p.series]}`,
      drop: (p) => `Visszaesés: ${seriesMarks[p.series]}`,
    },
    showTable: 'Az adatok megjelenítése táblázatként',
    fields: {
      id: 'KPI-azonosító',
      stage: 'Szakasz',
      label: 'Megnevezés',
      unit: 'Mértékegység',
      value: 'Érték',
      previous: 'Előző időszak',
      change: 'Változás',
      relativeChange: 'Relatív változás',
      yearAgo: 'Egy évvel korábban',
      tone: 'Megítélés',
      good: 'Jó hír',
      available: 'Elérhető',
      kpi: 'KPI',
      period: 'Időszak',
      firstDay: 'Első nap',
      current: 'Ez az időszak',
      date: 'Dátum',
      name: 'Név',
      brand: 'Márka',
      mentions: 'Említések',
      measure: 'Mérőszám',
      share: 'Részesedés',
      previousShare: 'Előző részesedés',
      metric: 'Adatsor',
      direction: 'Irány',
      observed: 'Mért',
      expected: 'Szokásos',
      score: 'Pontszám',
      driver: 'Fő magyarázat',
      driverShare: 'A fő magyarázat aránya',
      campaign: 'Kampány',
      lifecycle: 'Életciklus',
      week: 'Hét',
      reach: 'Elérés',
      engagement: 'Interakciók',
      posts: 'Bejegyzések',
      rank: 'Helyezés',
      kind: 'Típus',
      headline: 'Címsor',
    },
    marked: (p) => `A diagramon jelölve: ${p.marks.map((m) => `${m.label} (${m.day})`).join(', ')}${p.more ? ` és még ${p.more} (lásd a táblázatot)` : ''}.`,
    coverage: (p) =>
      p.from && p.until
        ? `Az adatok csak ${p.from} és ${p.until} között fedik le a napokat${p.time ? ` (${p.time})` : ''}; a többi nap nem szerepel a diagramon.`
        : p.from
          ? `Az adatok ${onDay(p.from)} kezdődnek; a korábbi napok nem szerepelnek a diagramon.`
          : p.time
            ? `Az adatok ${p.until ?? ''} ${p.time}-kor érnek véget, így az a nap részleges; a későbbi napok nem szerepelnek a diagramon.`
            : `Az adatok ${onDay(p.until ?? '')} érnek véget; a későbbi napok nem szerepelnek a diagramon.`,
    noData: 'nincs adat',
    dailyMentions: {
      title: 'Márkaemlítések naponta',
      titleCompetitors: 'Említések naponta: a márka és a versenytársak',
      description: (p) =>
        `${p.brand}: ${periodWords(p.period).in} ${p.mentions} említés${p.negative ? `, ebből ${p.negative.mentions} negatív (${p.negative.share})` : ''}${p.peak ? `; a legtöbb ${onDay(p.peak.day)} (${p.peak.mentions})` : ''}.` +
        (p.negativePeak ? ` A negatív említések ${onDay(p.negativePeak.day)} tetőztek: ${suffix(p.negativePeak.mentions, 'bol')} ${p.negativePeak.negative}.` : '') +
        (p.competitors.length ? ` Versenytársak: ${p.competitors.map((c) => `${c.name} ${c.mentions}`).join(', ')}.` : ''),
      axis: 'Említések',
      negative: (p) => `${p.brand}: negatív`,
      caption: (p) => `Említések naponta, ${p.period}, a márka negatív említéseivel és a jelölt eseményekkel`,
      day: 'Nap',
      note: 'Megjegyzés',
    },
    shareOfVoice: {
      title: 'Share of voice a versenytársakhoz képest',
      description: (p) =>
        `${p.brand}: ${periodWords(p.period).in} a követett nevek említéseinek ${shareOf(p.share)}` +
        (p.rank === 1 ? ', ez a legnagyobb részesedés.' : `, ezzel ${a(String(p.of))} szereplő közül ${a(`${p.rank}.`)} helyen áll; az élen ${p.leader} áll ${p.leaderShare} részesedéssel.`),
      axis: 'Részesedés a követett említésekből',
      caption: (p) => `Share of voice, ${p.period}`,
      columns: { name: 'Név', mentions: 'Említések', share: 'Share of voice' },
    },
    weeklyLeads: {
      title: 'Leadek hetente: közösségi média és más csatornák',
      none: (p) => `${cap(periodWords(p.period).in)} nem jött létre lead.`,
      description: (p) =>
        `${cap(periodWords(p.period).in)} ${p.total} lead érkezett, ebből ${p.social} a közösségi médiából (${p.share}). A legerősebb hét: ${p.week} (${p.busiest}).`,
      social: 'Közösségi média',
      other: 'Más csatornák',
      axis: 'Leadek',
      partialWeek: 'Részleges hét',
      partial: ' (részleges)',
      partialWeeks: (p) =>
        `${p.weeks.length === 1 ? 'Részleges hét' : 'Részleges hetek'} (7 napnál kevesebb az időszakban vagy az adatokban): ${p.weeks.map((w) => `${w.week} (${w.days} nap)`).join(', ')}.`,
      caption: (p) => `Leadek hetente, ${p.period}`,
      columns: { week: 'Hét', social: 'Közösségi média', other: 'Más csatornák', total: 'Összesen' },
    },
    trailingDays: {
      title: 'Márkaemlítések az elmúlt 28 napban, a szokásos naphoz képest',
      unavailable: 'ezekre a napokra nincs említési adat',
      day: (p) => {
        const day = cap(onDay(p.day));
        const wd = weekdayWords[p.weekday];
        const negative = p.negative ? ` Ebből ${p.negative.mentions} negatív volt (${p.negative.share}).` : '';
        if (p.typical === null) return `${day} ${p.mentions} márkaemlítés érkezett; szokásos ${wd.adj} érték még nincs.${negative}`;
        if (p.mark === 'spike') return `${day} a márkaemlítések száma ${suffix(p.mentions, 'ra')} nőtt (szokásos ${wd.adj} érték: ${p.typical}).${negative}`;
        if (p.mark === 'drop') return `${day} a márkaemlítések száma ${suffix(p.mentions, 'ra')} esett vissza (szokásos ${wd.adj} érték: ${p.typical}).${negative}`;
        return `${day} ${p.mentions} márkaemlítés érkezett, a ${wd.adj} napokon szokásos tartományban (szokásos érték: ${p.typical}).${negative}`;
      },
      period: (p) =>
        `${cap(periodWords(p.period).in)} a márka ${p.mentions} említést kapott` +
        (p.typical === null ? '' : ` (${p.days === 7 ? 'egy szokásos hét' : `${p.days} szokásos nap`}: ${p.typical})`) +
        '.' +
        (p.negative ? ` Ebből ${p.negative.mentions} negatív volt (${p.negative.share}).` : ''),
      window: (p) => {
        const before = p.own ? 'A 28 napos időszak korábbi részében' : `A ${suffix(p.lastDay, 'ig')} tartó 28 napban`;
        const parts = [p.spikes ? dayList(p.spikes, 'kiugrás', 'kiugrások') : '', p.drops ? dayList(p.drops, 'visszaesés', 'visszaesések') : ''].filter(Boolean);
        return parts.length ? `${before}: ${parts.join('; ')}.` : `${before} egyetlen más nap sem lépett ki a szokásos tartományból.`;
      },
      axis: 'Említések',
      spike: 'Kiugrás',
      drop: 'Visszaesés',
      reportDay: 'jelentésnap',
      legend: {
        own: (p) => (p.days === 1 ? 'Jelentésnap' : 'Jelentésnapok'),
        earlier: 'Korábbi napok',
        negative: 'Negatív említések',
        typical: 'Szokásos tartomány',
      },
      caption: (p) =>
        `Márkaemlítések naponta és közülük a negatívak, a ${suffix(p.lastDay, 'ig')} tartó 28 napban, a hét egyes napjainak szokásos értékével és tartományával, valamint a jelölt eseményekkel`,
      columns: { date: 'Dátum', mentions: 'Említések', negative: 'Negatív', typical: 'Szokásos', low: 'Alsó', high: 'Felső', note: 'Megjegyzés' },
    },
  },
  traffic: {
    empty: 'Ebben az időszakban nem volt webes munkamenet.',
    caption: 'Webes munkamenetek csatornánként',
    columns: { channel: 'Csatorna', sessions: 'Munkamenetek', share: 'Arány', previous: 'Előző időszak', change: 'Változás' },
    total: 'Összes csatorna',
    social: 'ebből közösségi média',
    channels: {
      organic_social: 'Organikus közösségi média',
      paid_social: 'Fizetett közösségi média',
      organic_search: 'Organikus keresés',
      paid_search: 'Fizetett keresés',
      direct: 'Közvetlen',
      referral: 'Hivatkozó webhelyek',
      email: 'E-mail',
      display: 'Display',
      affiliate: 'Partnerprogramok',
      other: 'Egyéb',
    },
    notShown: (p) => `Nem látható: ${p.reason}.`,
  },
  sales: {
    prospects: {
      empty: 'Ebben az időszakban egyetlen érdeklődő sem tett fel témához köthető kérdést.',
      caption: 'Miről kérdeznek az érdeklődők: témák a beszélgetések száma szerint',
      columns: { theme: 'Téma', cases: 'Beszélgetések', share: 'Arány', previous: 'Előző időszak', change: 'Változás', toSales: 'Értékesítéshez továbbítva' },
      notShown: (p) => `Nem látható: ${p.reason}.`,
    },
    offers: {
      empty: 'Ebben az időszakban nem jelent meg ajánlat, és egyetlen lead sem nevezett meg ajánlatot.',
      caption: 'Ajánlatok és szolgáltatások a leadek, majd a kattintások száma szerint',
      columns: {
        offer: 'Ajánlat vagy szolgáltatás',
        impressions: 'Megjelenések',
        clicks: 'Kattintások',
        clickRate: 'Átkattintási arány',
        leads: 'Leadek',
        socialLeads: 'Leadek a közösségi médiából',
        enterpriseLeads: 'Vállalati leadek',
        orders: 'Rendelések',
        revenue: 'Árbevétel',
      },
      service: (p) => `Szolgáltatás: ${p.id}`,
      notShown: (p) => `Nem látható: ${p.reason}.`,
    },
  },
  site: {
    skipLink: 'Ugrás a tartalomhoz',
    nav: { label: 'Webhely', allReports: 'Összes jelentés', about: 'Útmutató', audiences: 'Célközönség', periods: 'Más időszakok', noEarlier: 'Nincs korábbi jelentés', noLater: 'Nincs későbbi jelentés' },
    footer: {
      dataUntil: (p) => `Adatok ${suffix(p.day, 'ig')}. A napok és hónapok határai ${a(p.timezone)} időzóna szerint értendők.`,
      madeWith: 'Készült a Cadence segítségével.',
    },
    tone: { good: 'Jó hír', bad: 'Figyelmet igényel', mixed: 'Vegyes kép', neutral: 'Érdemes tudni' },
    findingsEmpty: 'Ebben az időszakban semmi sem emelkedik ki: minden mutató a szokásos tartományán belül van.',
    findingsEmptyPartial: 'Eddig semmi sem emelkedik ki. Az időszakot az adatok csak részben fedik le, ezért a mutatóit még nem vetjük össze teljes időszakokkal.',
    findingsEmptyNoTypical: 'Az előző időszakhoz képest semmi sem emelkedik ki; kiugrásokat és visszaeséseket még nem lehet vizsgálni (lásd a fenti megjegyzést).',
    notAvailable: 'Nem érhető el',
    better: ' (kedvező)',
    worse: ' (kedvezőtlen)',
    noChange: 'nincs változás',
    noComparison: 'nincs összevetés',
    versus: (p) => `${periodWords(p.previous).to} képest`,
    noComparisonWith: (p) => `${periodWords(p.previous).to} képest nincs összevetés`,
    whatThisMeasures: 'Mit mér ez a mutató',
    sparkline: (p) =>
      `${p.label}, az utolsó ${p.n} ${p.cadence ? { daily: 'nap', weekly: 'hét', monthly: 'hónap', quarterly: 'negyedév', annual: 'év' }[p.cadence] : 'időszak'}: ${suffix(p.from, 'tol')} ${suffix(p.to, 'ig')}`,
    kpiTable: { kpi: 'KPI', change: 'Változás' },
    anomalies: {
      empty: 'Nem volt kiugrás vagy visszaesés: minden nap a hét adott napján szokásos tartományban maradt.',
      caption: 'Kiugrások és visszaesések a szokásos naphoz képest, a mögöttük álló tényezőkkel',
      columns: { day: 'Nap', series: 'Adatsor', observed: 'Mért', typical: 'Szokásos', explainedBy: 'Magyarázat' },
      spike: '↑ kiugrás',
      drop: '↓ visszaesés',
      driver: (p) =>
        `${p.dimension === 'author' && p.value === 'one author' ? 'egyetlen szerző' : `${dim[p.dimension].name}: ${p.value}`} (${p.share >= 0.995 ? 'teljes egészében' : pct(p.share)})${p.singleSource ? ', egyetlen forrás' : ''}`,
    },
    people: {
      empty: (p) => `Ebben az időszakban senki sem írt két vagy több ${p.kind === 'advocates' ? 'pozitív' : 'negatív'} említést.`,
      caption: (p) => (p.kind === 'advocates' ? 'Támogatók: szerzők a pozitív említések száma szerint' : 'Kritikusok: szerzők a negatív említések száma szerint'),
      columns: { author: 'Szerző', positive: 'Pozitív', negative: 'Negatív', audience: 'Közönség', where: 'Hol', when: 'Mikor' },
      employee: ' (munkatárs)',
      ofMentions: (p) => `${suffix(p.of, 'bol')} ${p.n}`,
      notShown: (p) => `Nem látható: ${p.reason}.`,
    },
    shareOfVoice: {
      measures: { mentions: 'Említések', engagement: 'Interakciók', reach: 'Elérés' },
      sentiment: 'Hogyan vélekednek az emberek',
      negativeShare: 'Negatív említések aránya',
      netSentiment: 'Nettó szentiment',
      caption: 'Share of voice követett nevenként és mérőszámonként, az egyes nevek szentimentjével',
      columns: { measure: 'Mérőszám', competitorAverage: 'Versenytársak átlaga', landscapeAverage: 'Piaci átlag' },
      unavailable: (p) => `A share of voice nem érhető el: ${p.reason}.`,
    },
    coverage: {
      caption: 'Sorok adattípusonként az adatmappában',
      columns: { data: 'Adat', rows: 'Sorok', firstDay: 'Első nap', lastDay: 'Utolsó nap', gaps: 'Adat nélkül' },
      notImported: 'nincs importálva',
      noGaps: 'nincs',
      gap: (p) => `${p.from} – ${p.to} (${p.days} nap)`,
      moreGaps: (p) => `és még ${p.count} hiány, egyik sem hosszabb`,
      noDataAt: (p) =>
        p.gaps.length === 1
          ? `Egyáltalán nincs adat ebben az időszakban: ${p.gaps[0]}; ezt egyik jelentés sem fedi le.`
          : `Egyáltalán nincs adat ezekben az időszakokban: ${p.gaps.join('; ')}; ezeket egyik jelentés sem fedi le.`,
      stretch: (p) => `${suffix(p.from, 'tol')} ${suffix(p.to, 'ig')} (${p.days} nap)`,
    },
    home: {
      description: (p) => `Közösségimédia-jelentések: ${p.brand}.`,
      lede: (p) => `${p.brand} jelentései, az adatmappa alapján. A legutóbbi hónap, amelyről adat van: ${p.month}.`,
      noData: 'Még nincsenek importált adatok.',
      latest: 'Legfrissebb jelentések',
      latestIntro: 'Egy webhely, közönségenként és gyakoriságonként egy jelentéssel; mindegyik azzal kezdődik, ami kiemelkedik, és minden mutatót összevet az előző időszakkal.',
      reportLink: (p) => `${cadences[p.cadence]}: ${p.period}${p.soFar ? ` (${p.soFar})` : ''}`,
      reportCount: (p) => `Összesen ${p.count} jelentés; mindegyik hivatkozik az előtte és utána következő időszakra.`,
      noReports: 'Még nincsenek jelentések. Az adatok importálásához futtassa a <code>cadence pull</code>, majd a <code>cadence build</code> parancsot.',
      decks: 'Roadshow-prezentációk',
      decksIntro:
        'Negyedévente részlegenkénti diák, amelyek a böngészőből (nyílbillentyűk, teljes képernyő, előadói jegyzetek) vagy az offline is működő önálló fájlból mutathatók be.',
      coverage: 'Adatlefedettség',
      coverageIntro:
        'Mit tartalmaz az adatmappa adattípusonként, és mely legalább egyhetes időszakokra nincs adat. Jelentés csak olyan időszakokra készül, amelyekre van adat; a nem importált adatokat igénylő mutatók nem elérhetőként jelennek meg.',
    },
    kpiPage: {
      title: (p) => `${p.label} · mit mér`,
      description: (p) => `${p.label}: definíció és előzmények (${p.brand}).`,
      eyebrow: (p) => `${p.stage} · ${p.custom ? 'a projekt saját KPI-ja' : 'KPI'}`,
      about: 'A mutatóról',
      id: 'Azonosító',
      unit: 'Mértékegység',
      units: { count: 'darabszám', number: 'átlag', percent: 'százalék', hours: 'óra', days: 'nap' },
      currency: (p) => `összeg (${p.currency})`,
      goodWhen: 'Jó hír, ha',
      rises: 'nő',
      falls: 'csökken',
      reads: 'Forrásadatok',
      history: 'Előzmények',
      chartTitle: (p) => `${p.label} időszakonként`,
      chartDescription: (p) =>
        `${p.label}, ${p.first} – ${p.last}: ${suffix(p.from, 'rol')} ${suffix(p.to, 'ra')}` +
        (p.high && p.low ? `; legmagasabb ${p.high.value} (${p.high.period}), legalacsonyabb ${p.low.value} (${p.low.period})` : '') +
        '.' +
        (p.missing ? ` ${p.missing} időszaknak nincs értéke.` : ''),
      chartPartial: (p) =>
        `${p.periods.map(cap).join(', ')}: ${p.periods.length === 1 ? 'részleges időszak (még tart, vagy az adatok csak részben fedik le), értéke nem vethető össze egy teljes időszakéval, ezért üres jelöléssel szerepel' : 'részleges időszakok (még tartanak, vagy az adatok csak részben fedik le őket), értékeik nem vethetők össze egy teljes időszakéval, ezért üres jelöléssel szerepelnek'}.`,
      chartOne: (p) => `${p.label}, ${p.period}: ${p.value}. Eddig egyetlen időszak van, így még nincs ábrázolható előzmény.`,
      axisPeriod: 'Időszak',
      partial: 'Részleges időszak',
      whole: 'Teljes időszak',
      partialSuffix: ' (részleges)',
      empty: 'Ezt a mutatót még egyik jelentés sem tartalmazza.',
      caption: (p) => `${p.label} időszakonként`,
      period: 'Időszak',
      value: 'Érték',
      notAvailable: 'nem érhető el',
    },
  },
  about: {
    title: 'Útmutató a jelentések olvasásához',
    description: 'Mit mutatnak a jelentések, honnan származnak a számok, és hogyan értelmezhető egy összevetés.',
    lede: 'Mit mutat egy-egy jelentés, honnan származnak a számai, és hogyan értelmezhető egy összevetés.',
    body: (p) => `## Közönségenként egy jelentés

Minden időszakra — egy napra, egy hétre, egy hónapra, egy negyedévre, egy évre — három jelentés készül ugyanazokból az adatokból. A **social csapat** jelentése a közösségi média sikerciklusának minden szakaszát lefedi: figyelés, befolyásolás, kapcsolatépítés és értékesítés. Az **értékesítési** jelentés leadekről, üzletekről, nyerési arányról és árbevételről szól. A **vezetőségi** jelentés a legfontosabb számokra és a versenytársakhoz mért share of voice-ra szorítkozik.

## Minden szám az összevetésével együtt

Minden érték mellett ugyanannak az értéknek az előző időszaki adata áll: havi jelentésben az előző hónapé, heti jelentésben az előző hété. A nyíl azt mutatja, merre mozdult az érték; a színe pedig azt, hogy ez jó hír-e *az adott mutató szempontjából* — a kevesebb negatív említés zöld, pedig a szám csökkent. A darabszámok és összegek százalékban változnak (+12%); az arányok százalékpontban (+1,5%-pont), ami két százalékérték különbsége.

## Honnan származnak a számok

A jelentések azoknak az eszközöknek az exportjaiból és API-jaiból készülnek, amelyeket a social csapat már most is használ — figyelés, közzététel, CRM és webanalitika —, egyetlen adatmappába importálva. A napok és hónapok határai ${a(p.timezone)} időzóna szerint értendők. Minden mutató a definíciójára hivatkozik.

## Ha egy mutató hiányzik

Az a mutató, amelynek adatait nem importálták, **nem elérhetőként, az okkal együtt** jelenik meg — például „nincsenek importált ügyfélszolgálati esetek”. Soha nem jelenik meg 0-ként: a hiányzó szám és a nulla két különböző dolgot jelent.`,
  },
  pdf: {
    pageOf: (p) => `${p.page} / ${p.total}`,
  },
  deck: {
    departments: { product: 'Termék', sales: 'Értékesítés', marketing: 'Marketing', 'all-hands': 'Teljes munkatársi kör' },
    title: (p) => `Roadshow-prezentáció (${p.dept}): ${p.period}`,
    // "Teljes munkatársi kör: a 2026. III. negyedév története".
    storyTitle: (p) => `${p.dept}: ${periodWords(p.period).the} története`,
    slides: {
      productGaps: {
        title: 'Termékhiányosságok és visszajelzési témák',
        notes: 'Amit az ügyfelek ebben a negyedévben az ügyfélszolgálaton és a közösségi médián keresztül jeleztek nekünk; elöl a legtöbb esetet érintő témák. A negatív első üzenetek a legégetőbb hiányosságokra mutatnak rá.',
      },
      productListening: {
        title: 'Mit mondanak rólunk',
        notes: 'A termékre vonatkozó figyelési mutatók, az előző negyedévvel összevetve. Az összes figyelési mutató megtalálható a social csapat negyedéves jelentésében.',
      },
      productMentions: { title: 'Márkaemlítések napról napra', notes: 'A kiugrások magyarázata a social csapat negyedéves jelentésében olvasható.' },
      productStandsOut: { title: 'Ami kiemelkedik', notes: 'A negyedév három legfontosabb megállapítása a termék szempontjából.' },
      salesPipeline: {
        title: 'A közösségi médiából származó pipeline',
        notes: 'A negyedévben a közösségi médiából érkezett leadek, üzletek és árbevétel, az előző negyedévvel összevetve. Az összes értékesítési mutató megtalálható a negyedéves értékesítési jelentésben.',
      },
      salesProspects: {
        title: 'Mire kíváncsiak az érdeklődők',
        notes: 'Azok a témák, amelyeket az érdeklődők a negyedévben az ügyfélszolgálatnál vagy az értékesítésnél felvetettek, elöl a leggyakoribbak, az előző negyedévvel összevetve.',
      },
      salesOffers: { title: 'Az érdeklődést keltő ajánlatok', notes: 'Mely ajánlatok és szolgáltatások hoztak kattintásokat, leadeket és rendeléseket.' },
      salesTraffic: { title: 'Honnan érkeznek a látogatók a webhelyre', notes: 'A webhely látogatásai csatornánként, és hogy ebből mekkora részt hoz a közösségi média: a tölcsér eleje, ahonnan a leadjeink származnak.' },
      salesStandsOut: { title: 'Ami kiemelkedik', notes: 'Az értékesítés szempontjából legfontosabb megállapítások.' },
      marketingVoice: {
        title: 'Share of voice és kampányok',
        notes: 'A beszélgetésből való részesedésünk az egyes versenytársakéhoz mérve, majd a negyedév összes kampányának eredménye.',
      },
      marketingContent: {
        title: 'Tartalom és befolyás',
        notes: 'A saját tartalmainkra érkezett interakciók és az általuk növelt közönség, az előző negyedévvel összevetve. Az összes befolyásolási mutató megtalálható a social csapat negyedéves jelentésében.',
      },
      marketingMentions: { title: 'Említéseink a versenytársakéhoz mérve', notes: 'A márka és a versenytársak említései naponta.' },
      marketingStandsOut: { title: 'Ami kiemelkedik', notes: 'A marketing szempontjából legfontosabb megállapítások és a következő lépéseink.' },
      allHandsStory: {
        title: 'A negyedév története',
        notes: 'Az az egy dolog, amelyet érdemes megjegyezni, ami jól ment, és amire figyelni kell – egy ügyfél szavaival.',
      },
      allHandsMonths: { title: 'Hónapról hónapra', notes: 'A negyedév egyes hónapjainak legfontosabb eseménye.' },
      allHandsFigures: { title: 'A negyedév számokban', notes: 'A legfontosabb mutatók, mindegyik az előző negyedévvel összevetve.' },
      allHandsWinsRisks: { title: 'Sikerek és kockázatok', notes: 'Ami jól ment, és amire figyelni kell.' },
      allHandsNext: { title: 'Következő lépéseink', notes: 'Minden olyan megállapításhoz egy teendő, amely teendőt kíván.' },
    },
    charts: { mentionsPerDay: 'Említések naponta', mentionsWithCompetitors: 'Említések naponta: a márka és a versenytársak' },
    description: (p) => `${p.brand}: roadshow-prezentáció (${p.dept}), ${p.period}.`,
    eyebrow: (p) => `${p.brand} · negyedéves roadshow`,
    // The range comes as report.range reads it ("2026. július 1-jétől 2026. szeptember 30-ig").
    coverNotes: (p) => `A negyedév ${p.range} tart; minden számot az előző időszakkal (${p.previous}) vetünk össze.`,
    slideLabel: (p) => `${p.n}. dia (összesen ${p.total}): ${p.title}`,
    counterLabel: 'Aktuális dia',
    notes: 'Jegyzetek:',
    help: 'Billentyűk: a nyilak, a szóköz, a Page Up/Down és a Home/End lapoz a diák között; f: teljes képernyő; n: előadói jegyzetek. JavaScript nélkül a diák fentről lefelé olvashatók.',
    gaps: { product: 'Termékhiányosságok', content: 'Visszajelzési témák (tartalomhiányosságok)' },
    gapCases: (p) => `${p.cases} eset, ebből ${p.negative} negatív`,
    noGaps: 'Ebben a negyedévben nem merült fel téma.',
    unavailable: (p) => `Nem érhető el: ${p.reason}`,
    decksOf: (p) => `Roadshow-prezentációk: ${p.period}`,
    standalone: 'önálló fájl',
  },
  digest: {
    fullReport: 'A teljes jelentés megnyitása',
    relativeLinks: 'A linkek a jelentéswebhelyen belüli útvonalak: abszolút linkekhez állítsák be a site.url értéket a cadence.config.ts fájlban.',
    dataUntil: (p) => `Adatok ${suffix(p.day, 'ig')}.`,
    employee: {
      subject: (p) => `${p.brand} a közösségi médiában: ${p.month}`,
      intro: (p) => `Mit tett ${a(p.brand)} a közösségi médiában ${periodWords(p.month).in}, és mely bejegyzéseket oszthatják meg.`,
      topContent: 'A hónap legjobb bejegyzései',
      topContentIntro: 'Saját fiókjaink legtöbb interakciót elért bejegyzései.',
      noTopContent: 'Ebben a hónapban saját fiókjaink egyik bejegyzése sem ért el interakciót.',
      columns: { post: 'Bejegyzés', platform: 'Platform', result: 'Eredmény' },
      result: (p) => (p.metric === 'reach' ? `${p.value} elért személy` : p.metric === 'impressions' ? `${p.value} megjelenés` : `${p.value} interakció`),
      untitled: 'Szöveg nélküli bejegyzés',
      samplePosts: 'Megosztásra készen',
      samplePostsIntro: 'Másolják le a bejegyzést változatlanul, vagy fogalmazzák át a saját szavaikkal.',
      samplePost: (p) =>
        `${cap(periodWords(p.month).in)} ${a(p.platform)} platformon közzétett bejegyzésünk ${p.metric === 'reach' ? `${p.value} embert ért el` : p.metric === 'impressions' ? `${p.value} megjelenést ért el` : `${p.value} kedvelést, hozzászólást és megosztást kapott`} — köszönjük mindenkinek, aki kedvelte, hozzászólt és megosztotta!`,
      roundup: (p) =>
        `${cap(periodWords(p.month).in)} ${p.n === 1 ? 'legjobb bejegyzésünk' : `${p.count} legjobb bejegyzésünk`} összesen ${p.engagements} kedvelést, hozzászólást és megosztást kapott. Kövessék ${a(p.brand)} oldalát, hogy ne maradjanak le a következőkről!`,
    },
    leadership: {
      subject: (p) => `${p.brand}: közösségimédia-jelentés a vezetőség számára, ${p.month}`,
      goals: (p) => {
        const parts = [
          p.met ? `${p.met} teljesült` : '',
          p.onTrack ? `${p.onTrack} jó úton` : '',
          p.offTrack ? `${p.offTrack} lemaradásban` : '',
          p.missed ? `${p.missed} nem teljesült` : '',
          p.unknown ? `${p.unknown} még nem ismert` : '',
        ].filter(Boolean);
        return `Célok: ${parts.join(', ')}.`;
      },
      noGoals: 'Célok: a beállított célok egyike sem vonatkozik ezekre a mutatókra.',
      nothingElse: 'Más nem emelkedik ki.',
      fullReport: (p) => `A teljes jelentés: ${p.url}`,
    },
  },
};
