/**
 * The Korean sentences of the story layer (see en-story.ts, the reference): tone notes, readable
 * numbers, events, talking points, the sales summary, honest-comparison notes, next steps per
 * audience, voices and the employee digest's sharing guidance. Each export is typed with its
 * English counterpart, so the compiler proves the same keys, parameters and functions.
 *
 * Written for Korean word order (the verb last), in the formal register of ko.ts (하십시오체:
 * "-습니다", requests as "-하십시오"):
 * - a count takes its counter, attached: "언급 412건", "공유 900회", "신규 팔로워 300명";
 * - particles after numbers, percentages, dates and Hangul words are chosen by the final sound as
 *   read (ko-grammar.ts: "412건으로", "40%로", "3,130이");
 * - names of unknown reading (a brand, a competitor, an account, a campaign, a hashtag, a page
 *   title) stand where no particle has to agree: before "의", "에서", "이후", "여파로", a colon,
 *   or before a Korean noun ("“가을 출시” 캠페인이");
 * - a typical weekday reads "평소 월요일"; days arrive formatted ("9월 14일") and take the
 *   weekday in parentheses, as Korean dates do ("9월 14일(월)");
 * - quoted names and words use “…”.
 */
import type * as En from './en-story.ts';
import type { CostText, StorySource } from './en-story.ts';
import type { FractionWord, RiseForm } from '../story/readable.ts';
import type { SampleNoun } from '../metrics/sample.ts';
import type { SeriesKey, WeekdayKey } from './en.ts';
import { isOne, josa, num, yr } from './ko-grammar.ts';

/** Weekdays: the full name ("월요일") and the short one for a date's parentheses ("월"). */
const weekdays: Record<WeekdayKey, { name: string; short: string }> = {
  Mon: { name: '월요일', short: '월' },
  Tue: { name: '화요일', short: '화' },
  Wed: { name: '수요일', short: '수' },
  Thu: { name: '목요일', short: '목' },
  Fri: { name: '금요일', short: '금' },
  Sat: { name: '토요일', short: '토' },
  Sun: { name: '일요일', short: '일' },
};
const wdName = (k: WeekdayKey) => weekdays[k].name;
/** "9월 14일(월)". */
const dated = (day: string, k: WeekdayKey) => `${day}(${weekdays[k].short})`;

/** What a rate or an average rests on, with its counter: "문의 12건", "팔로워 1,000명". */
const nouns: Record<SampleNoun, { noun: string; counter: string }> = {
  cases: { noun: '문의', counter: '건' },
  deals: { noun: '거래', counter: '건' },
  leads: { noun: '리드', counter: '건' },
  mentions: { noun: '언급', counter: '건' },
  buyers: { noun: '구매자', counter: '명' },
  clicks: { noun: '클릭', counter: '회' },
  posts: { noun: '게시물', counter: '개' },
  followers: { noun: '팔로워', counter: '명' },
  people: { noun: '사람', counter: '명' },
};
const counted = (count: string, k: SampleNoun) => `${nouns[k].noun} ${count}${nouns[k].counter}`;

/** A series as counted things: "브랜드 언급 412건", "공유 900회", "신규 팔로워 300명". */
const series: Record<SeriesKey, { words: string; counter: string }> = {
  mentions: { words: '브랜드 언급', counter: '건' },
  negative_mentions: { words: '부정 언급', counter: '건' },
  shares: { words: '공유', counter: '회' },
  hashtag_uses: { words: '브랜드 해시태그 사용', counter: '회' },
  new_followers: { words: '신규 팔로워', counter: '명' },
};
const amount = (m: SeriesKey, value: string) => `${value}${series[m].counter}`;

const fractionWords: Record<FractionWord, string> = {
  tenth: '10분의 1',
  fifth: '5분의 1',
  quarter: '4분의 1',
  third: '3분의 1',
  half: '절반',
  two_thirds: '3분의 2',
  three_quarters: '4분의 3',
  all: '전부',
};

/** "2배", "2.5배", "22배". */
const times = (n: number) => `${num(n)}배`;

/** A page by its kind: with its site ("news.example의 기사") and without ("한 기사"). */
const pageNoun: Record<string, string> = { news: '기사', blog: '블로그 글', forum: '포럼 글', review: '리뷰', video: '동영상', podcast: '팟캐스트', social: '게시물', other: '페이지' };

/** "news.example의 기사 “Alpenglow, …”", "#trailstories", "@anna_trail의 게시물", "reddit 게시물", "“리콜”, “환불” 관련 대화". */
export function sourcePhrase(src: StorySource): string {
  switch (src.kind) {
    case 'page': {
      const noun = pageNoun[src.sourceType ?? ''] ?? '페이지';
      const where = src.domain ? `${src.domain}의 ${noun}` : noun;
      return src.title ? `${where} “${src.title}”` : where;
    }
    case 'hashtag':
      return `#${src.value}`;
    case 'account':
      return src.value ? `@${src.value.replace(/^@/, '')}의 게시물` : '한 계정의 게시물';
    case 'domain':
    case 'platform':
      return `${src.value} 게시물`;
    case 'words':
      return src.words.length ? `${src.words.map((w) => `“${w}”`).join(', ')} 관련 대화` : '관련 대화';
  }
}

/** A rise before "늘었습니다": "22배로", "2배로", "40%", "0건에서 12건으로". */
function riseWords(f: RiseForm, count: string): string {
  switch (f.form) {
    case 'fold':
      return `${times(f.fold)}로`;
    case 'times':
      return `${times(f.times)}로`;
    case 'percent':
      return `${num(f.percent)}%`;
    case 'from_none':
      return `0건에서 ${josa(`${count}건`, '으로/로')}`;
  }
}

/** "평소 화요일의 5배", "평소 화요일보다 40% 많은 수준", "평소 화요일에는 없던 수준". */
function againstTypical(f: RiseForm, weekday: WeekdayKey): string {
  const typical = `평소 ${wdName(weekday)}`;
  switch (f.form) {
    case 'fold':
      return `${typical}의 ${times(f.fold)}`;
    case 'times':
      return `${typical}의 ${times(f.times)}`;
    case 'percent':
      return `${typical}보다 ${num(f.percent)}% 많은 수준`;
    case 'from_none':
      return `${typical}에는 없던 수준`;
  }
}

/** The negative mentions' rise as a predicate, against the typical weekday. */
function negativeRise(f: RiseForm, count: string, weekday: WeekdayKey): string {
  const typical = `평소 ${wdName(weekday)}`;
  switch (f.form) {
    case 'fold':
    case 'times':
      return `부정 언급이 ${typical}의 ${riseWords(f, count)} 늘었습니다`;
    case 'percent':
      return `부정 언급이 ${typical}보다 ${riseWords(f, count)} 늘었습니다`;
    case 'from_none':
      return `${typical}에는 없던 부정 언급이 ${count}건 발생했습니다`;
  }
}

/** The refund cost after an event, as a sentence of its own: "이번 달 환불은 고객 문의의 35.5%에 달했습니다(€48,153)." */
const costSentence = (c: CostText | null) => (c ? ` ${c.when} 환불은 고객 문의의 ${c.rate}에 달했습니다${c.amount ? `(환불액 ${c.amount})` : ''}.` : '');

const campaignClasses: Record<'growing' | 'steady' | 'burst_and_fade', string> = {
  growing: '지속 성장',
  steady: '안정 유지',
  burst_and_fade: '급등 후 소멸',
};

export const tone: typeof En.tone = {
  labels: { good: '좋은 소식', bad: '주의 필요', mixed: '엇갈린 소식', neutral: '참고' },
  few: (p) => `${counted(p.count, p.noun)}: 비교하기에는 표본이 너무 적음`,
  duringNegative: '부정 언급과 함께 늘어 좋은 소식으로 보지 않음',
  negativeOf: (p) => `${p.mostly ? '대부분' : '일부'} 부정적: ${p.volume} 중 ${p.negative}`,
  negativeShare: (p) => `${p.mostly ? '대부분' : '일부'} 부정적: 증가분의 ${josa(p.share, '이/가')} 부정 언급에서 발생`,
  partial: '진행 중: 비교하지 않음',
  noise: '통상적인 변동 범위 내',
  typical: '평소 범위 내',
  ofCount: (p) => `${counted(p.count, p.noun)} 중 ${p.part}${nouns[p.noun].counter}`,
  versusTypical: (p) => (p.times ? `평소 ${wdName(p.weekday)}의 ${p.times}(${p.expected})` : `평소 ${wdName(p.weekday)}: ${p.expected}`),
  timesOf: (p) => `${num(p.times >= 10 ? Math.round(p.times) : Math.round(p.times * 10) / 10)}배`,
  noTypical: (p) => `아직 평소 ${wdName(p.weekday)} 기준 없음(${p.needed}주 중 ${p.samples}주)`,
};

export const readable: typeof En.readable = {
  times,
  fraction: (w) => fractionWords[w],
  rise: riseWords,
  againstTypical,
};

export const story: typeof En.story = {
  negativeEvent: (p) => {
    const when = dated(p.day, p.weekday);
    const rise = negativeRise(p.rise, p.count, p.weekday);
    if (p.costFirst && p.source) return `${sourcePhrase(p.source)} 여파로 ${when} ${rise}.${costSentence(p.cost)}`;
    return `${when} ${p.source ? `${sourcePhrase(p.source)} 이후 ` : ''}${rise}.${costSentence(p.cost)}`;
  },
  campaignEvent: (p) => {
    const drew = `${josa(`${series[p.metric].words} ${amount(p.metric, p.observed)}`, '을/를')} 기록했습니다`;
    return p.firstDay
      ? `“${p.name}” 캠페인은 첫날인 ${p.day}에 ${drew}(${againstTypical(p.rise, p.weekday)}).`
      : `“${p.name}” 캠페인은 ${dated(p.day, p.weekday)}에 ${drew}(${againstTypical(p.rise, p.weekday)}).`;
  },
  spikeEvent: (p) =>
    `${dated(p.day, p.weekday)} ${josa(series[p.metric].words, '이/가')} ${josa(amount(p.metric, p.observed), '으로/로')} 늘었습니다(${againstTypical(p.rise, p.weekday)}). ` +
    (p.source ? `주로 ${sourcePhrase(p.source)}에서 비롯되었습니다.` : '특정 계정, 사이트, 해시태그 하나로는 설명되지 않습니다.'),
  dropEvent: (p) =>
    `${dated(p.day, p.weekday)} ${josa(series[p.metric].words, '이/가')} ${josa(amount(p.metric, p.observed), '으로/로')} 줄었습니다(평소 ${amount(p.metric, p.expected)}). ` +
    '의미를 해석하기 전에 리스닝 쿼리와 데이터 연결 상태를 먼저 확인하십시오.',
  details: {
    others: (p) => `같은 날: ${p.others.map((o) => `${series[o.metric].words} ${amount(o.metric, o.observed)}(평소 ${amount(o.metric, o.expected)})`).join('; ')}.`,
    traced: (p) =>
      p.single
        ? `증가분의 ${josa(p.share, '은/는')} ${sourcePhrase(p.source)} 및 이를 공유한 계정에서 나왔습니다.`
        : `증가분 중 가장 큰 몫(${p.share})은 ${sourcePhrase(p.source)}에서 나왔습니다.`,
    words: (p) => `가장 많이 쓰인 단어: ${p.words.map((w) => `“${w}”`).join(', ')}.`,
    days: (p) => `${p.from}부터 ${p.to}까지 ${p.count}일 동안 두드러졌습니다.`,
    care: (p) => {
      const usual = p.expected === null ? '평소에는 없음' : `평소 약 ${p.expected}건`;
      const refunds = p.refunds ? ` 그중 ${p.refundCount}건은 환불로 종료되었습니다${p.amount ? `(환불액 ${p.amount})` : ''}.` : '';
      return `그 주에 고객 지원팀에 “${p.theme}” 관련 문의가 ${p.cases}건 접수되었습니다(${usual}).${refunds}`;
    },
    sla: (p) =>
      `고객 지원팀이 ${p.step === 'triage' ? '12시간 내 분류' : '24시간 내 해결'} 목표를 달성하지 못했습니다. 기한 내 처리된 문의는 ${josa(p.value, '으로/로')} 목표 ${p.target}에 미치지 못했습니다.`,
    campaignClass: (p) => `${campaignClasses[p.lifecycle]}: ${p.why}`,
    campaignDays: (p) => `이번 기간 중 ${p.count}일 동안 ${p.hashtag ? `#${p.hashtag} 캠페인이` : '이 캠페인이'} 대화를 끌어올렸습니다.`,
    shareOfVoice: (p) => `당일 보이스 점유율: ${p.share}(전날 ${p.previous}).`,
  },
  costWhen: { day: '당일', week: '이번 주', month: '이번 달', quarter: '이번 분기', year: '올해', range: '이 기간' },
  careCost: (p) =>
    `환불이 고객 문의의 ${p.rate}(${p.cases}건 중 ${p.refunds}건)에 달했습니다${p.amount ? `(환불액 ${p.amount})` : ''}.` +
    (p.previousRate ? ` ${yr(p.previous)}에는 ${p.previousRate} 수준이었습니다.` : ''),
  kpiChange: (p) => `${p.label}: ${josa(p.value, '으로/로')} ${yr(p.previous)} 대비 ${p.change} ${p.up ? '상승' : '하락'}했습니다${p.note ? `(${p.note})` : ''}.`,
  salesSummary: (p) => {
    const parts: string[] = [];
    if (p.pipeline) {
      parts.push(
        p.pipelineChange
          ? `파이프라인 규모는 ${josa(p.pipeline, '으로/로')} ${yr(p.previous)} 대비 ${p.pipelineChange.percent} ${p.pipelineChange.up ? '증가' : '감소'}했습니다`
          : `파이프라인 규모는 ${p.pipeline}입니다`,
      );
    }
    if (p.won) {
      const w = p.won;
      const subject = w.n === 1 ? '수주한 거래 1건의 금액은' : `수주한 거래 ${w.count}건의 평균 금액은`;
      const moved = w.smaller ? ` ${yr(p.previous)} 대비 ${w.smaller} 줄었습니다` : w.larger ? ` ${yr(p.previous)} 대비 ${w.larger} 늘었습니다` : '';
      parts.push(moved ? `${subject} ${josa(w.average, '으로/로')}${moved}` : `${subject} ${w.average}입니다`);
    }
    if (p.winRate) {
      const r = p.winRate;
      parts.push(`수주율은 종료된 거래 ${r.closed}건 기준 ${r.rate}입니다${r.previous ? `(${yr(p.previous)}: ${r.previous})` : ''}`);
    }
    return parts.map((x) => `${x}.`).join(' ');
  },
  talkingPoint: (p) => {
    const answer = '질문에 대비하고 회사의 공식 입장문을 안내하십시오.';
    if (p.theme) {
      const figures = [p.cases === null ? '' : `문의 ${p.cases}건`, p.previousCases ? `${yr(p.previous)} ${p.previousCases}건` : ''].filter(Boolean).join(', ');
      return `${p.source ? `${sourcePhrase(p.source)} 이후 ` : ''}고객들이 “${p.theme}”에 대해 문의하고 있습니다${figures ? `(${figures})` : ''}. ${answer}`;
    }
    return `고객이 ${p.source ? sourcePhrase(p.source) : '이번 뉴스'}에 대해 물어볼 수 있습니다. ${answer}`;
  },
  prospectsRising: (p) => `잠재 고객의 “${p.theme}” 관련 문의가 ${yr(p.previous)} ${p.previousCases}건에서 ${josa(`${p.cases}건`, '으로/로')} 늘었습니다.`,
  notes: {
    noBaseline: (p) =>
      `아직 평소 기준이 없습니다. 평소 ${wdName(p.weekday)} 기준을 만들려면 ${wdName(p.weekday)} 데이터가 ${p.needed}주 치 필요하지만, ` +
      (p.samples === 0 ? '현재 데이터에는 아직 없습니다.' : `현재 데이터에는 ${p.samples}주 치뿐입니다.`),
    noBaselinePeriod: (p) => `아직 평소 기준이 없습니다. 급증과 급감을 판단하려면 요일별로 ${p.needed}주 치 데이터가 필요하지만, 현재 데이터는 ${p.count}일 치입니다.`,
    baselineFrom: (p) => `급증과 급감은 ${p.day}부터 판단합니다. 그 이전에는 요일별 과거 데이터가 충분하지 않았습니다.`,
    partialUntil: (p) => `진행 중: ${p.day} ${p.time}까지의 데이터입니다. 완결된 기간과 비교하지 않습니다.`,
    partialFrom: (p) => `데이터가 ${p.day}부터 시작되므로 이 기간은 그날부터 집계하며, 완결된 기간처럼 비교하지 않습니다.`,
    partialTo: (p) => `진행 중: ${p.day}까지의 데이터입니다. 완결된 기간과 비교하지 않습니다.`,
    unmatched: (p) =>
      p.all
        ? `수집된 언급 ${p.listened}건 모두 브랜드, 경쟁사, 추적 주제 중 어느 것도 언급하지 않아 브랜드 언급과 보이스 점유율에 하나도 포함되지 않았습니다.`
        : `수집된 언급 ${p.listened}건 중 ${p.unmatched}건(${p.share})은 브랜드, 경쟁사, 추적 주제 중 어느 것도 언급하지 않아 브랜드 언급과 보이스 점유율에 포함되지 않았습니다.`,
    sentimentApart: (p) => {
      const up = p.reputationUp;
      const ratio = p.ratioBefore === p.ratioNow ? `${josa(p.ratioNow, '으로/로')} 변함이 없었습니다` : `${p.ratioBefore}에서 ${josa(p.ratioNow, '으로/로')} 바뀌었습니다`;
      return (
        `평판 점수는 ${up ? '상승' : '하락'}했지만(${p.reputation}) 순 감성은 ${up ? '하락' : '상승'}했습니다(${p.net}). ` +
        `중립 언급이 ${up ? '줄어' : '늘어'}(${yr(p.previous)} ${p.neutralBefore} → ${p.neutralNow}) 평판 점수가 움직인 것이며, 부정 언급 1건당 긍정 언급 수는 ${ratio}.`
      );
    },
  },
  months: {
    heading: '월별 요약',
    nothing: '특이 사항이 없었습니다.',
    item: (p) => `${p.month}: ${p.text}`,
  },
  voices: {
    heading: '사람들의 반응',
    intro: '이번 기간의 흐름을 보여 주는 실제 언급입니다(리스닝 도구가 수집한 그대로).',
    empty: '이번 기간에는 텍스트가 있는 언급이 없습니다.',
    meta: (p) =>
      [p.author ? (/^[\p{L}\p{N}_.]+$/u.test(p.author) ? `@${p.author}` : p.author) : null, p.platform, p.day, p.reach ? `도달 ${p.reach}` : null].filter(Boolean).join(' · '),
    open: '원문 보기',
    quotesLabel: '이에 대한 사람들의 반응',
  },
  nextSteps: {
    team: {
      negative: (p) =>
        `${p.today ? '오늘 중으로 ' : ''}고객 지원팀과 대변인에게 ${p.source ? sourcePhrase(p.source) : `${p.day}의 부정 언급`}에 대해 공유하고, 초기 입장문을 합의한 뒤 논의가 이루어지는 곳에서 대응하십시오.`,
      careSurge: (p) => `“${p.theme}” 관련 문의가 해소될 때까지 고객 지원 인력을 보강하고, 다음 기간에 SLA를 다시 확인하십시오.`,
      campaign: (p) => `다음 출시를 위해 “${p.name}” 캠페인이 성공한 요인(성과가 좋았던 게시물과 계정)을 정리해 두십시오.`,
      spike: (p) => `${p.day}의 증가를 이끈 계정${p.source ? `(${sourcePhrase(p.source)})` : ''}에 감사를 전하고 해당 콘텐츠를 확산하십시오.`,
      drop: (p) => `${p.day}에 리스닝 쿼리와 소스 연결이 정상적으로 작동했는지 확인한 뒤, 중단된 캠페인이나 채널이 있는지 살펴보십시오.`,
      goal: (p) => `“${p.label}” 목표의 계획을 담당자와 함께 검토하고, 무엇을 바꿀지 정하거나 목표를 재설정하십시오.`,
      sla: '가장 바쁜 시간대에 고객 지원 인력을 보강하거나 분류 규칙을 강화하고, 다음 기간에 SLA를 다시 확인하십시오.',
      kpiWorse: (p) => `“${p.label}” 지표가 움직인 원인을 살펴보십시오. 지표 페이지에서 정의와 추이를 확인할 수 있습니다.`,
      competitor: (p) => `${p.competitor}의 이번 기간 게시물을 살펴보고, 우리 고객이 원하는 무언가에 답하고 있는지 확인하십시오.`,
      campaignFading: (p) => `“${p.name}” 캠페인을 새 콘텐츠로 보강하거나 종료하고, 다음 출시 전에 후속 계획을 세우십시오.`,
      campaignGrowing: (p) => `“${p.name}” 캠페인이 성장하는 동안 콘텐츠를 계속 공급하고 예산을 배정하십시오.`,
      refunds: '환불이 어떤 주문에서 발생했는지, 그 원인이 해결되었는지 고객 지원팀과 제품팀에 확인하십시오.',
    },
    sales: {
      talkingPoint: (p) => `고객 통화에서 쓸 ${p.theme ? `“${p.theme}” 관련` : '이번 이슈에 대한'} 짧은 답변을 회사의 공식 입장문을 바탕으로 소셜 팀과 합의하십시오.`,
      pipeline: '이번 달 파이프라인에서 빠진 거래를 담당자와 함께 검토하고, 진행 중인 거래 중 다음 달에 마무리할 수 있는 건을 확인하십시오.',
      socialLeads: (p) => (isOne(p.count) ? '소셜에서 유입된 리드 1건에 관심이 식기 전에 후속 연락하십시오.' : `소셜에서 유입된 리드 ${p.count}건에 관심이 식기 전에 후속 연락하십시오.`),
      prospects: (p) => `“${p.theme}”에 대한 답변을 준비하십시오. 관련 문의를 하는 잠재 고객이 늘고 있습니다.`,
      winRate: '이번 달 놓친 거래에 공통된 원인이 있는지 살펴보십시오.',
      goal: (p) => `“${p.label}” 목표와 관련해 무엇을 바꿀지 경영진과 합의하십시오.`,
    },
    leadership: {
      negative: (p) =>
        `${p.theme ? `“${p.theme}” 관련 ` : ''}문의가 해소될 때까지 고객 지원 인력을 추가로 투입할지 결정하십시오.${p.amount ? ` 지금까지 이와 관련된 환불 비용은 ${p.amount}입니다.` : ''}`,
      goalMissed: (p) => `“${p.label}” 목표의 계획을 바꿀지, 목표를 재설정할지 결정하십시오.`,
      goalOffTrack: (p) => `“${p.label}” 목표를 정상 궤도로 되돌리는 데 필요한 지원을 결정하십시오.`,
      sla: '가장 바쁜 시간대의 고객 지원 인력 보강을 승인하십시오. 서비스 수준 목표(SLA)를 달성하지 못했습니다.',
      competitor: (p) => `${p.competitor}의 보이스 점유율 상승에 대한 대응 방안을 마케팅팀에 요청하십시오.`,
      pipeline: '파이프라인을 다시 채울 계획을 영업팀에 요청하십시오.',
    },
  },
  employee: {
    guidanceHeading: '질문을 받으면',
    guidance: (p) =>
      `${p.source ? `${sourcePhrase(p.source)}에 대해` : '언론에 보도된 회사 관련 소식에 대해'} 질문을 받으실 수 있습니다. ` +
      '직접 의견을 밝히지 마시고 회사의 공식 입장문을 안내해 주시기 바랍니다. 기자의 질문은 커뮤니케이션팀에 전달해 주십시오.',
    proudHeading: '자랑스러운 성과',
    campaign: (p) => `이번 달 “${p.name}” 캠페인으로 많은 사람이 우리 브랜드에 대해 이야기했습니다.`,
    goalMet: (p) => `목표를 달성했습니다: ${p.label}.`,
    growing: (p) => `“${p.name}” 캠페인이 매주 성장하고 있습니다.`,
    nothingProud: '이번 달에는 축하할 캠페인이나 목표 달성이 없습니다. 아래에서 우리의 인기 게시물을 확인하십시오.',
  },
};
