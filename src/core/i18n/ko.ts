/**
 * The Korean message catalog (ko-KR). Typed `Messages`, so it has every key of the English
 * reference; the `kpis` table (label, definition and empty reason of every built-in KPI, by id)
 * is checked by a test. Sentences are written for Korean word order in the formal register
 * (하십시오체: "-습니다", requests as "-하십시오"); labels and headings are noun phrases; reasons
 * and notes, which other sentences embed after a colon, end in a noun ("… 데이터 없음").
 *
 * Grammar (ko-grammar.ts): counts take a counter, attached ("언급 412건", "고객 5명"); particles
 * after a formatted number, percentage, date or Hangul word follow its final sound as read
 * ("412건으로", "40%로", "2026년 8월과"); names of unknown reading (brand, competitors, campaigns,
 * KPI labels of the project) stand where no particle has to agree (before ":", "의", "대비").
 */
import type { Messages } from './catalog.ts';
import { readable, story, tone } from './ko-story.ts';
import type { DayList, DimensionKey, KpiText, SeriesKey, WeekdayKey } from './en.ts';
import { josa, yr } from './ko-grammar.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Weekdays in running text. */
const weekdayNames: Record<WeekdayKey, string> = { Mon: '월요일', Tue: '화요일', Wed: '수요일', Thu: '목요일', Fri: '금요일', Sat: '토요일', Sun: '일요일' };

const dimensions: Record<DimensionKey, string> = { source: '소스', domain: '도메인', author: '작성자', hashtag: '해시태그', url: 'URL' };

/** Series after which "급증"/"급감" follows on a chart mark ("신규 팔로워 급증"). */
const seriesMarks: Record<SeriesKey, string> = { mentions: '브랜드 언급', negative_mentions: '부정 언급', shares: '공유', hashtag_uses: '브랜드 해시태그 사용', new_followers: '신규 팔로워' };

/** The checklist's counted things and their counters ("부정 언급 12건", "공유 40회", "신규 팔로워 8명"). */
const what = { negative: '부정 언급', mentions: '브랜드 언급', shares: '공유', followers: '신규 팔로워' };
const counters: Record<string, string> = { [what.negative]: '건', [what.mentions]: '건', [what.shares]: '회', [what.followers]: '명' };
const counterOf = (w: string) => counters[w] ?? '';

/** "참여, 좋아요, 댓글 또는 공유". */
const orList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} 또는 ${items[items.length - 1]}`);

const cadences = { daily: '일간', weekly: '주간', monthly: '월간', quarterly: '분기', annual: '연간' } as const;

/** "9월 8일(300건), 9월 9일(200건) 외 2일". */
const dayList = (l: DayList) => l.days.map((d) => `${d.day}(${d.mentions}건)`).join(', ') + (l.more ? ` 외 ${l.more}일` : '');

const perPost = '입력값 per_1000_followers는 같은 수를 팔로워 1,000명당으로 나타냅니다. 두 값이 모두 있는 게시물을 대상으로, 그 합계 × 1,000 ÷ 게시 시점 팔로워 수의 합계입니다.';
const aboutBrand =
  '추적 이름이 브랜드 또는 그 별칭이거나, 추적 유형이 “brand”이거나, 추적 유형과 이름이 전혀 없는 항목을 브랜드에 관한 항목으로 봅니다. 경쟁사, 주제, 기타 이름에 관한 항목은 제외합니다.';

const kpis: Record<string, KpiText> = {
  'listening.mentions': {
    label: '브랜드 언급',
    definition:
      '기간 중 모든 리스닝 소스에서 게시된 브랜드(브랜드명 또는 별칭) 언급 수입니다. 추적 이름(브랜드, 경쟁사, 설정에 등록된 주제나 인물) 중 어느 것과도 일치하지 않는 언급은 매칭되지 않은 언급으로 남습니다. 이 언급은 여기에 포함되지 않으며, 보고서에 그 수가 표시됩니다.',
  },
  'listening.negative_mentions': {
    label: '브랜드 부정 언급',
    definition: '기간 중 게시된 브랜드 언급 가운데 감성이 부정인 언급 수입니다(위기 점검에서 가장 먼저 보는 수치).',
  },
  'listening.shares': {
    label: '브랜드 언급 공유 수',
    definition: '기간 중 게시된 브랜드 언급의 공유, 리포스트, 리트윗 수로, 리스닝 도구가 집계한 값입니다(공유 수가 없는 언급은 0으로 계산).',
  },
  'listening.hashtag_uses': {
    label: '브랜드 해시태그 사용',
    definition: '기간 중 게시된 브랜드 언급 가운데 브랜드 해시태그(설정의 brand.hashtags, 설정된 것이 없으면 모든 해시태그) 중 하나가 포함된 언급 수입니다.',
  },
  'listening.reach': {
    label: '도달',
    definition:
      '기간 중 게시된 브랜드 언급의 도달(리스닝 도구가 정의하는 잠재 오디언스: 팔로워, 팬, 페이지 조회수) 합계입니다. 도달 값이 없는 언급은 제외합니다. 도달 값이 추정치이거나 유형을 알 수 없는 언급이 일부 포함되면 값을 추정치로 표시하고, 그 비중을 주석으로 알려 드립니다. 도달은 서로 겹치는 오디언스를 더한 값이므로 실제로 도달한 사람 수의 상한입니다.',
    whenEmpty: '이 기간에 도달 값이 있는 브랜드 언급 없음',
  },
  'listening.reputation_score': {
    label: '평판 점수',
    definition:
      '기간 중 게시된 브랜드 언급 가운데 감성이 있는 언급을 기준으로, 긍정 비중에서 부정 비중을 뺀 값입니다: (긍정 − 부정) ÷ (긍정 + 중립 + 부정). 중립 언급은 분모에 포함되고, 감성이 없는 언급은 제외합니다. 범위는 −100%에서 +100%입니다.',
    whenEmpty: '이 기간에 감성이 있는 브랜드 언급 없음',
  },
  'listening.net_sentiment': {
    label: '순 감성',
    definition: '기간 중 브랜드 언급의 (긍정 − 부정) ÷ (긍정 + 부정)입니다. 중립 언급은 제외합니다(Talkwalker의 산식).',
    whenEmpty: '이 기간에 긍정 또는 부정 감성의 브랜드 언급 없음',
  },
  'listening.negative_share': {
    label: '부정 언급 비중',
    definition:
      '기간 중 게시된 브랜드 부정 언급 ÷ 감성(긍정, 중립, 부정)이 있는 브랜드 언급입니다. 감성이 없는 언급은 제외합니다. 언급량과 관계없이 브랜드에 관한 대화 중 얼마만큼이 부정적인지를 보여 줍니다.',
    whenEmpty: '이 기간에 감성이 있는 브랜드 언급 없음',
  },
  'listening.share_of_voice': {
    label: '보이스 점유율',
    definition: '기간 중 브랜드 언급 ÷ (브랜드 언급 + 설정된 경쟁사 언급)입니다. 브랜드와 경쟁사에 대한 전체 언급 가운데 브랜드가 차지하는 비중입니다.',
    whenEmpty: '이 기간에 브랜드나 경쟁사에 대한 언급 없음',
  },
  'listening.share_of_voice_engagement': {
    label: '보이스 점유율(참여)',
    definition:
      '기간 중 게시된 브랜드 언급의 참여 ÷ 브랜드와 설정된 경쟁사 언급의 참여입니다(참여는 리스닝 도구가 제공하는 값, 없으면 좋아요 + 댓글 + 공유이며, 이 값이 모두 없는 언급은 제외).',
    whenEmpty: '이 기간에 브랜드나 경쟁사 언급에 대한 참여 없음',
  },
  'listening.share_of_voice_reach': {
    label: '보이스 점유율(도달)',
    definition:
      '기간 중 게시된 브랜드 언급의 도달 ÷ 브랜드와 설정된 경쟁사 언급의 도달입니다(도달은 리스닝 도구가 제공하는 값의 합계이며, 도달 값이 없는 언급은 제외).',
    whenEmpty: '이 기간에 브랜드나 경쟁사 언급의 도달 없음',
  },
  'listening.retention_rate': {
    label: '고객 유지율',
    definition:
      '기간 중 접수된 고객 문의 가운데 고객이 유지된(재구매 또는 갱신) 문의 ÷ 기간 중 접수되어 결과가 확인된 고객 문의입니다. 유지 결과가 기록되지 않은 문의는 제외합니다.',
    whenEmpty: '이 기간에 접수되어 유지 결과가 확인된 고객 문의 없음',
  },
  'listening.refund_rate': {
    label: '환불률',
    definition:
      '기간 중 접수되어 환불로 종료된 고객 문의 ÷ 기간 중 접수된 모든 고객 문의입니다. 환불 표시가 없는 문의는 환불되지 않은 것으로 계산합니다. 가져온 고객 문의 데이터에 환불 기록이 전혀 없으면 제공되지 않습니다. 환불 금액을 함께 표시합니다.',
    whenEmpty: '이 기간에 접수된 고객 문의가 없거나, 가져온 고객 문의 데이터에 환불 기록 없음',
  },
  'listening.product_gaps': {
    label: '확인된 제품 갭',
    definition:
      '기간 중 접수된 “제품 갭” 유형 고객 문의에 나타난 서로 다른 제품 갭 주제의 수입니다. 주제는 소문자로 바꾸고 앞뒤 공백을 없앤 뒤 비교하며, 주제가 없는 문의는 각각 별개의 갭으로 셉니다. 해당 문의 수를 함께 표시합니다.',
  },
  'listening.content_gaps': {
    label: '확인된 콘텐츠 갭',
    definition:
      '기간 중 접수된 “콘텐츠 갭” 유형 고객 문의에 나타난 서로 다른 콘텐츠 갭 주제의 수입니다. 주제는 소문자로 바꾸고 앞뒤 공백을 없앤 뒤 비교하며, 주제가 없는 문의는 각각 별개의 갭으로 셉니다. 해당 문의 수를 함께 표시합니다.',
  },
  'listening.triage_within_12h': {
    label: '12시간 내 분류',
    definition:
      '기간 중 접수된 고객 문의 가운데 첫 인바운드 메시지 후 12시간 이내에 분류되어 배정된 문의 ÷ 기간 중 접수된 모든 고객 문의입니다. (아직) 분류되지 않은 문의는 미달로 계산합니다. 가져온 고객 문의 데이터에 분류 시각 기록이 전혀 없으면 제공되지 않습니다.',
    whenEmpty: '이 기간에 접수된 고객 문의가 없거나, 가져온 고객 문의 데이터에 분류 시각 기록 없음',
  },
  'listening.resolved_within_24h': {
    label: '24시간 내 해결',
    definition:
      '기간 중 접수된 고객 문의 가운데 첫 인바운드 메시지 후 24시간 이내에 해결된 문의 ÷ 기간 중 접수된 모든 고객 문의입니다. (아직) 해결되지 않은 문의는 미달로 계산합니다. 가져온 고객 문의 데이터에 해결 시각 기록이 전혀 없으면 제공되지 않습니다.',
    whenEmpty: '이 기간에 접수된 고객 문의가 없거나, 가져온 고객 문의 데이터에 해결 시각 기록 없음',
  },
  'listening.median_first_response_hours': {
    label: '첫 응답 시간(중앙값)',
    definition:
      '기간 중 접수되어 응답이 있는 고객 문의를 대상으로, 첫 인바운드 메시지부터 브랜드의 첫 응답까지 걸린 시간의 중앙값입니다(영업시간이 아닌 달력 기준 시간). 평균값을 함께 표시합니다. 응답이 없는 문의는 제외합니다.',
    whenEmpty: '이 기간에 접수되어 첫 응답이 있는 고객 문의 없음',
  },
  'listening.median_resolution_hours': {
    label: '해결 시간(중앙값)',
    definition:
      '기간 중 접수되어 해결된 고객 문의를 대상으로, 첫 인바운드 메시지부터 해결까지 걸린 시간의 중앙값입니다(영업시간이 아닌 달력 기준 시간). 평균값을 함께 표시합니다. 해결되지 않은 문의는 제외합니다.',
    whenEmpty: '이 기간에 접수되어 해결된 고객 문의 없음',
  },
  'influencing.engagement_rate_impressions': {
    label: '참여율(노출 기준)',
    definition: '기간 중 게시된 자사 게시물의 참여 ÷ 노출입니다(누적 지표이며, 노출 값이 없는 게시물은 제외).',
    whenEmpty: '이 기간에 게시되어 노출과 참여 값이 있는 게시물 없음',
  },
  'influencing.engagement_rate_reach': {
    label: '참여율(도달 기준)',
    definition:
      '참여 ÷ 도달(도달한 순 사용자 수)입니다. 기간 중(현지 게시일 기준) 게시된 자사 게시물의 참여 합계를 도달 합계로 나눈 값입니다(누적 지표). 도달 값이나 참여 수가 없는 게시물은 제외합니다.',
    whenEmpty: '이 기간에 게시되어 도달과 참여 값이 있는 게시물 없음',
  },
  'influencing.engagement_rate_followers': {
    label: '참여율(팔로워 기준)',
    definition:
      '참여 ÷ 게시 시점의 팔로워 수입니다. 기간 중(현지 게시일 기준) 게시되었고 참여 수가 있으며 팔로워 수가 0보다 큰 자사 게시물을 대상으로, 참여 합계를 각 게시물 게시 시점의 계정 팔로워 수 합계로 나눈 값입니다. 게시물에 팔로워 수가 없으면 게시일의 계정 팔로워 스냅숏을 대신 사용하고 값을 추정치로 표시합니다.',
    whenEmpty: '이 기간에 게시되어 참여 수와 팔로워 수가 있는 게시물 없음',
  },
  'influencing.amplification_rate': {
    label: '확산율(게시물당 공유)',
    definition: `게시물당 공유 수입니다. 기간 중(현지 게시일 기준) 게시된 자사 게시물 가운데 네트워크가 공유 수를 제공하는 게시물을 대상으로, 공유 합계를 게시물 수로 나눈 값입니다. 공유 수가 없는 게시물은 제외합니다. ${perPost}`,
    whenEmpty: '이 기간에 게시되어 공유 수가 있는 게시물 없음',
  },
  'influencing.applause_rate': {
    label: '호응률(게시물당 좋아요)',
    definition: `게시물당 좋아요 수입니다. 기간 중(현지 게시일 기준) 게시되었고 좋아요 수 또는 반응 수가 있는 자사 게시물을 대상으로, 좋아요 합계(네트워크가 좋아요 수를 제공하지 않으면 모든 종류의 반응)를 게시물 수로 나눈 값입니다. 둘 다 없는 게시물은 제외합니다. ${perPost}`,
    whenEmpty: '이 기간에 게시되어 좋아요 수나 반응 수가 있는 게시물 없음',
  },
  'influencing.conversation_rate': {
    label: '대화율(게시물당 댓글)',
    definition: `게시물당 댓글 수입니다. 기간 중(현지 게시일 기준) 게시된 자사 게시물 가운데 네트워크가 댓글 수를 제공하는 게시물을 대상으로, 댓글 합계를 게시물 수로 나눈 값입니다. 댓글 수가 없는 게시물은 제외합니다. ${perPost}`,
    whenEmpty: '이 기간에 게시되어 댓글 수가 있는 게시물 없음',
  },
  'influencing.audience_growth_rate': {
    label: '오디언스 성장률',
    definition:
      '기간 중 팔로워 스냅숏이 있는 자사 계정을 대상으로, 순 신규 팔로워 ÷ 기간 시작 시점의 오디언스입니다. 시작 오디언스는 각 계정의 기간 직전 마지막 스냅숏(31일 이내), 없으면 기간 중 첫 스냅숏이며, 종료 오디언스는 기간 중 마지막 스냅숏입니다.',
    whenEmpty: '이 기간의 계정 스냅숏에 팔로워 수 없음',
  },
  'influencing.new_followers': {
    label: '신규 팔로워',
    definition: '기간 중 자사 계정이 얻은 팔로워 수입니다(스냅숏의 신규 팔로워이며, 순증가만 알려진 경우 그 양수 부분).',
    whenEmpty: '이 기간의 계정 스냅숏에 팔로워 증가 기록 없음',
  },
  'influencing.web_sessions': {
    label: '웹 세션',
    definition: '기간 중 모든 채널(웹 분석 내보내기 파일의 채널 그룹)에서 발생한 브랜드 사이트 세션 수입니다. 소셜에서 유입된 세션을 함께 표시합니다.',
  },
  'influencing.social_traffic': {
    label: '소셜 유입 세션',
    definition: '기간에 속한 날의 웹 세션 가운데 유입 채널이 오가닉 소셜 또는 유료 소셜인 세션의 수입니다.',
  },
  'influencing.social_traffic_share': {
    label: '웹 세션 중 소셜 비중',
    definition: '기간 중 소셜(오가닉 또는 유료)에서 유입된 세션 ÷ 전체 웹 세션입니다. 사이트 트래픽 중 소셜이 가져오는 비중을 보여 줍니다.',
    whenEmpty: '이 기간에 웹 세션 없음',
  },
  'influencing.click_through_rate': {
    label: '클릭률(노출 기준)',
    definition:
      '링크 클릭 ÷ 노출입니다. 기간 중(현지 게시일 기준) 게시된 자사 게시물의 클릭 합계를 노출 합계로 나눈 값입니다(누적 지표). 클릭 수와 노출 값이 모두 있는 게시물만 계산합니다.',
    whenEmpty: '이 기간에 게시되어 클릭과 노출 값이 있는 게시물 없음',
  },
  'influencing.offer_awareness': {
    label: '오퍼 인지도',
    definition:
      '소셜에서 오퍼를 본 사람 수입니다. 기간 중 이메일을 제외한 모든 채널의 일별 오퍼 노출 합계입니다(채널명이 email, e-mail, newsletter인 행과 채널이 없는 행은 제외). 여러 날이나 여러 채널에서 오퍼를 본 사람은 그때마다 셉니다. 소셜 오퍼 행은 있지만 노출 수가 없는 기간은 제공되지 않으며, 소셜 오퍼 행이 없는 기간은 0입니다.',
    whenEmpty: '이 기간에 소셜에서 오퍼가 노출되었으나 노출 수 없음',
  },
  'influencing.retargeting_list_growth': {
    label: '리타기팅 리스트 성장률',
    definition:
      '리타기팅 오디언스의 성장률로, 기간 중 어느 날이든 규모가 기록된 오디언스를 대상으로 합산한 (종료 시점 규모 − 시작 시점 규모) ÷ 시작 시점 규모입니다. 시작 규모는 각 오디언스의 기간 직전 마지막 규모(31일 이내), 없으면 기간 중 첫 규모이며, 종료 규모는 기간 중 마지막 규모입니다.',
    whenEmpty: '이 기간에 리타기팅 오디언스 규모 기록 없음',
  },
  'networking.inbound_links': {
    label: '신규 인바운드 링크',
    definition: '다른 사이트에서 브랜드 사이트로 연결되는 링크 가운데 기간 중 처음 확인된 링크의 수입니다.',
  },
  'networking.earned_media_mentions': {
    label: '언드 미디어 언급',
    definition: `기간 중(현지 게시일 기준) 게시된, 브랜드에 관한 기사, 팟캐스트, 동영상(유료가 아닌 언드 미디어) 수입니다. ${aboutBrand}`,
  },
  'networking.earned_media_reach': {
    label: '언드 미디어 도달',
    definition: `기간 중(현지 게시일 기준) 게시된 브랜드 관련 언드 미디어 항목의 오디언스(매체의 월간 방문 수, 발행 부수 또는 구독자 수) 합계입니다. 도달 값이 없는 항목은 합계에서 제외합니다. ${aboutBrand} 같은 항목의 추정 광고 가치(AVE)와 평균 관련도를 함께 표시합니다.`,
    whenEmpty: '이 기간에 도달 값이 알려진 브랜드 관련 언드 미디어 없음',
  },
  'networking.partnerships': {
    label: '활성 파트너십',
    definition:
      '기간 중 한 번이라도 활성 상태였던 전략적 파트너십 수입니다. 기간의 마지막 날 또는 그 이전에 시작되었고 기간의 첫날 이전에 종료되지 않은(종료일이 없거나, 종료일이 첫날 또는 그 이후인) 파트너십입니다. 제안 단계의 파트너십은 제외하며, 상태가 없는 파트너십은 합의된 것으로 봅니다. 그중 기간 중 시작된 수와 파트너가 먼저 제안한 수를 함께 표시합니다.',
  },
  'selling.leads': {
    label: '리드',
    definition: '기간 중 모든 채널에서 CRM에 생성된 연락처 수입니다(삭제 또는 보관 처리된 레코드는 제외).',
  },
  'selling.social_leads': {
    label: '소셜 유입 리드',
    definition: '기간 중 생성된 리드 가운데 소셜에서 유입된 리드 수입니다(채널, 최초 소스, 리드 소스 또는 UTM 기준).',
  },
  'selling.offer_conversion_rate': {
    label: '오퍼 전환율',
    definition: '기간 중 모든 채널의 오퍼 행을 합산한 전환(사용 또는 가입) ÷ 오퍼 클릭입니다. 클릭 수나 전환 수가 없는 행은 제외합니다.',
    whenEmpty: '이 기간에 오퍼 클릭 없음',
  },
  'selling.lead_to_customer_rate': {
    label: '리드 → 고객 전환율',
    definition:
      '기간 중(현지 생성일 기준, 보관 처리된 레코드 제외) 생성된 리드 가운데 고객이 된 비율입니다. 고객 전환일이 있거나 라이프사이클 단계가 고객 또는 에반젤리스트이면 고객으로 봅니다. 각 월의 리드를 하나의 집단으로 추적하므로, 전환이 언제 일어났든 최신 데이터까지 모두 계산합니다. 따라서 가장 최근 기간은 리드가 전환될 시간이 지날 때까지 낮게 나타납니다.',
    whenEmpty: '이 기간에 생성된 리드 없음',
  },
  'selling.win_rate': {
    label: '수주율',
    definition: '기간 중 종료된 거래를 대상으로, 수주한 거래 ÷ 수주 또는 실주한 거래입니다(보관 처리된 거래는 제외).',
    whenEmpty: '이 기간에 수주 또는 실주한 거래 없음',
  },
  'selling.deals_won': {
    label: '수주 거래',
    definition: '기간 중 수주한 거래 수로, 현지 종료일 기준으로 집계합니다(보관 처리된 거래는 제외). 그중 소셜에서 비롯된 거래를 함께 표시합니다.',
  },
  'selling.won_value': {
    label: '수주 금액',
    definition:
      '기간 중 수주한 거래의 총금액으로, 현지 종료일 기준으로 집계합니다(보관 처리된 거래는 제외). 금액이 없는 수주 거래는 합산할 수 없으며, 그 수를 주석으로 알려 드립니다. 소셜에서 비롯된 거래의 금액을 함께 표시합니다.',
    whenEmpty: '이 기간에 수주한 거래 중 금액이 있는 거래 없음',
  },
  'selling.average_deal_size': {
    label: '평균 거래 규모',
    definition: '기간 중(현지 종료일 기준) 수주한 거래의 총금액 ÷ 거래 수입니다. 보관 처리된 거래와 금액이 없는 수주 거래는 제외합니다.',
    whenEmpty: '이 기간에 수주한 거래 없음',
  },
  'selling.pipeline_value': {
    label: '파이프라인 금액',
    definition:
      '기간 종료 시점에 진행 중인 거래의 총금액입니다. 기간 종료 전에 생성되었고, 아직 진행 중이거나 기간 종료 후에 종료(수주 또는 실주)된 거래가 대상입니다. 보관 처리된 거래는 제외하며, 진행 중인 거래는 표시된 마감 예정일과 관계없이 포함합니다. 금액이 없는 진행 중 거래는 합산할 수 없으며 그 수를 주석으로 알려 드립니다. 진행 중인 거래 중 금액이 있는 거래가 하나도 없으면 값은 0이 아니라 제공되지 않음으로 표시합니다. 소셜에서 비롯된 거래의 금액을 함께 표시합니다.',
    whenEmpty: '기간 종료 시점에 진행 중인 거래 중 금액이 있는 거래 없음',
  },
  'selling.revenue': {
    label: '매출',
    definition: '기간 중 접수된 주문의 금액 합계(할인 적용 후)입니다. 환불된 주문은 제외합니다.',
  },
  'selling.buyer_recency_days': {
    label: '최근 구매 경과일',
    definition:
      '기간의 마지막 날로 끝나는 365일 동안 주문한 고객을 대상으로, 각 고객의 해당 기간 마지막 주문일부터 그 마지막 날까지의 일수의 중앙값입니다(현지 달력 기준 일수이며, 마지막 날의 주문은 0일로 계산). 환불된 주문은 제외합니다.',
    whenEmpty: '기간 종료 전 365일 동안 주문 없음',
  },
  'selling.buyer_frequency': {
    label: '구매자당 주문 수',
    definition: '기간 중(현지 주문일 기준) 접수된 주문 ÷ 그 주문을 한 고유 고객 수입니다. 환불된 주문은 제외합니다.',
    whenEmpty: '이 기간에 주문 없음',
  },
};

export const ko: Messages = {
  language: 'ko',
  story,
  tone,
  readable,
  units: {
    hours: (p) => `${p.value}시간`,
    days: (p) => `${p.value}일`,
    points: (p) => `${p.value}%p`,
  },
  period: {
    week: (p) => `${p.year}년 ${/^\d+$/.test(p.week) ? String(Number(p.week)) : p.week}주차`,
    quarter: (p) => `${p.year}년 ${p.quarter.replace(/^Q/i, '')}분기`,
    range: (p) => `${p.from} ~ ${p.to}`,
    year: (p) => `${p.year}년`,
  },
  weekdays: { Mon: '월', Tue: '화', Wed: '수', Thu: '목', Fri: '금', Sat: '토', Sun: '일' },
  stages: { listening: '리스닝', influencing: '영향력', networking: '네트워킹', selling: '세일즈' },
  series: {
    mentions: '브랜드 언급',
    negative_mentions: '부정 언급',
    shares: '공유',
    hashtag_uses: '브랜드 해시태그 사용',
    new_followers: '신규 팔로워',
  },
  dimensions,
  /** Data fields in reasons.notProvided ("…에 이 기간의 도달 정보가 없음"). */
  fields: {
    author_handle: '작성자 핸들',
    author_name: '작성자 이름',
    amount: '금액',
    comments: '댓글',
    engagement: '참여',
    hashtags: '해시태그',
    likes: '좋아요',
    reach: '도달',
    sentiment: '감성',
    shares: '공유',
    text: '본문',
  },
  sourceTypes: { news: '뉴스', blog: '블로그', forum: '포럼', review: '리뷰', video: '동영상', podcast: '팟캐스트', social: '소셜', magazine: '잡지', other: '기타' },
  /** Korean has no native semicolon, but technical text uses it between items that contain commas themselves ("@anna(x, 월요일 18시); @tom(…)"). */
  listSeparator: '; ',
  entities: {
    mentions: '언급',
    posts: '게시물',
    account_snapshots: '계정 스냅숏',
    care_cases: '고객 문의',
    campaigns: '캠페인',
    leads: '리드',
    deals: '거래',
    orders: '주문',
    web_sessions: '웹 세션',
    offers: '오퍼',
    earned_media: '언드 미디어',
    inbound_links: '인바운드 링크',
    partnerships: '파트너십',
    retargeting_audiences: '리타기팅 오디언스',
  },
  findings: {
    slaMissed: (p) =>
      `고객 지원 SLA 미달: ${p.step === 'triage' ? '12시간 내 분류된' : '24시간 내 해결된'} 문의가 ${josa(p.value, '으로/로')} 목표 ${p.target}에 미치지 못했습니다.`,
    competitorGained: (p) => `${p.competitor}의 보이스 점유율이 ${p.points} 올라 언급의 ${josa(p.share, '을/를')} 차지했습니다(${p.brand}: ${p.brandShare}).`,
    campaignFading: (p) => `“${p.name}” 캠페인이 급등 후 사그라들었습니다: ${p.why}`,
    campaignGrowing: (p) => `“${p.name}” 캠페인이 계속 성장하고 있습니다: ${p.why}`,
    goalMet: (p) => `목표 달성: ${p.label} — ${p.goalPeriod} 목표 ${p.target} 대비 ${p.value}.`,
    goalMissed: (p) => `목표 미달: ${p.label} — ${p.goalPeriod} 목표 ${p.target} 대비 ${p.value}.`,
    onTrack: (p) => `목표 달성 예상: ${p.label} — ${p.goalPeriod} 목표 ${p.target} 대비 ${p.projected} 예상(${p.total}일 중 ${p.elapsed}일 경과).`,
    offTrack: (p) => `목표 미달 우려: ${p.label} — ${p.goalPeriod} 목표 ${p.target} 대비 ${p.projected} 예상(${p.total}일 중 ${p.elapsed}일 경과).`,
  },
  checklist: {
    noFigure: (p) => `${p.what} 수치 없음: ${p.reason}.`,
    notComputed: '계산되지 않음',
    noTypical: (p) => `${p.what} ${p.value}${counterOf(p.what)}. 아직 비교할 평소 기준이 없습니다(이전 데이터 부족).`,
    versusTypical: (p) => {
      const c = counterOf(p.what);
      const value = josa(`${p.value}${c}`, '으로/로');
      if (p.level === 'high') return `${p.what} ${value} 이 요일의 평소 수준(${p.expected}${c})을 크게 웃돌았습니다.`;
      if (p.level === 'low') return `${p.what} ${value} 이 요일의 평소 수준(${p.expected}${c})을 크게 밑돌았습니다.`;
      return `${p.what} ${value} 이 요일의 평소 범위(${p.expected}${c}) 안에 있습니다.`;
    },
    what,
    notShown: (p) => `표시하지 않음: ${p.reason}.`,
    notAvailable: (p) => `제공되지 않음: ${p.reason}.`,
    person: (p) => `${p.author}(${p.platform}, ${p.weekday}요일 ${p.hours}시)`,
    unknownPlatform: '알 수 없음',
    activationsQuestion: '활성화: 공유나 해시태그 사용이 급증했습니까?',
    activationsQuestionWhere: '활성화: 공유나 해시태그 사용이 급증했습니까? 어디에서 비롯되었습니까?',
    noActivation: '이번 기간에는 공유나 브랜드 해시태그 사용의 급증이 없었습니다.',
    noActivationOnly: (p) =>
      p.measured === 'shares'
        ? `이번 기간에는 공유의 급증이 없었습니다. 브랜드 해시태그 사용은 표시하지 않습니다: ${p.reason}.`
        : `이번 기간에는 브랜드 해시태그 사용의 급증이 없었습니다. 공유는 표시하지 않습니다: ${p.reason}.`,
    activations: (p) =>
      `급증 ${p.count}건. 가장 큰 급증은 ${p.day}에 있었습니다(${p.observed}, 평소 ${p.expected})` +
      (p.source ? `. 하나의 ${josa(dimensions[p.source.dimension], '으로/로')} 추적됩니다: ${p.source.value}.` : '.'),
    competitiveQuestion: '경쟁 구도: 가장 가까운 경쟁사 대비 브랜드의 위치는 어디입니까?',
    noTrackedMentions: '브랜드나 경쟁사에 대한 언급이 없습니다.',
    competitive: (p) =>
      `${p.brand}의 언급 점유율은 ${josa(p.share, '으로/로')} ${p.of}개 중 ${p.rank}위입니다${p.change === null ? '' : `(이전 기간 대비 ${p.change})`}. 경쟁사 평균은 ${p.average}입니다.`,
    campaignsTooYoung: '캠페인이 아직 판단하기에 이릅니다(완료된 주가 3주 미만).',
    noCampaign: '이번 기간에 진행된 캠페인이 없습니다.',
    campaigns: (p) => p.campaigns.map((c) => `“${c.name}”: ${{ growing: '성장 중', steady: '안정적', burst_and_fade: '급등 후 소멸' }[c.lifecycle]}`).join('; ') + '.',
    daily: {
      crisis: '위기 점검: 매우 부정적인 이슈가 확산되고 있습니까?',
      chatter: '언급량: 평소와 비교해 얼마나 언급되고 있습니까?',
      detractors: '비판자: 누가, 어디서, 언제 불만을 제기하고 있습니까?',
      noDetractor: '오늘 부정 언급을 2건 이상 작성한 사람은 없습니다.',
      advocates: '옹호자: 누가 브랜드를 지지하고 있습니까?',
      noAdvocate: '오늘 긍정 언급을 2건 이상 작성한 사람은 없습니다.',
      benchmark: '일간 벤치마크: 공유와 신규 팔로워',
    },
    weekly: {
      advocacy: '옹호: 누가 브랜드를 옹호했으며, 평소보다 활발했습니까, 조용했습니까?',
      noAdvocate: '이번 주에는 옹호자(긍정 언급 2건 이상 작성자)가 없습니다.',
      reputation: (p) => `평판 점수가 ${p.trend === 'up' ? '상승했습니다' : p.trend === 'down' ? '하락했습니다' : '유지되었습니다'}(전주 대비 ${p.change}).`,
    },
    monthly: { campaigns: '캠페인 분석: 캠페인이 진행될수록 도달이 커집니까, 아니면 반짝 급등한 뒤 사라집니까?' },
    quarterly: {
      wins: '이번 분기의 성과',
      noWin: '성과로 꼽을 만한 결과가 없습니다.',
      lessons: '이번 분기의 교훈',
      noLesson: '특별히 잘못된 점은 없었습니다.',
      campaigns: '주요 이니셔티브: 캠페인 성과는 어땠습니까?',
    },
    annual: {
      review: '연간 리뷰: 전년보다 나아졌습니까, 나빠졌습니까?',
      better: (p) => `전년 값이 있는 지표 ${p.of}개 중 ${p.better}개가 바람직한 방향으로 움직였습니다.`,
      noYearAgo: '비교할 전년 값이 있는 지표가 없습니다.',
      channels: '채널 구성: 소셜이 얼마나 많은 트래픽을 가져옵니까?',
      sessions: (p) => `올해 소셜에서 유입된 세션은 ${p.sessions}회입니다.`,
      noAnalytics: '웹 분석 데이터 없음',
      tactics: '전술: 어떤 캠페인을 유지하고 어떤 캠페인을 중단해야 합니까?',
    },
  },
  campaigns: {
    why(p) {
      const last = `마지막 완료 주${p.lastWeekAfterEnd ? '(캠페인 종료 후)' : ''}는 최고치의 ${pct(p.lastToPeak)}입니다`;
      const trend = `참여가 주당 ${pct(Math.abs(p.trend))} ${p.trend >= 0 ? '증가' : '감소'}하고 있으며`;
      if (p.lifecycle === 'too_early') return `지금까지 완료된 주는 ${p.weeks}주이며, 판단하려면 ${p.needed}주가 필요합니다.`;
      if (p.noEngagement) return `완료된 ${p.weeks}주 동안 참여가 전혀 없었습니다(0에서 변동 없음).`;
      if (p.lifecycle === 'burst_and_fade') return `${p.peakWeek}주차에 최고치를 기록했고, ${last}.`;
      if (p.lifecycle === 'growing') return `${trend}(최소제곱 추세), ${last}.`;
      return `${trend}, ${p.peakWeek}주차에 최고치를 기록했고, ${last}.`;
    },
    classes: { growing: '성장', steady: '안정', burst_and_fade: '급등 후 소멸', too_early: '판단하기 이름' },
    none: '이번 기간에 진행된 캠페인이 없습니다.',
    since: (p) => `${p.day}부터: 참여 ${p.engagement}회, 도달 ${p.reach}.`,
  },
  goals: {
    target: (p) => `${p.kpi}: 목표 ${p.target}`,
    change: (p) => `${p.kpi}: ${p.change}`,
    status: { met: '달성', missed: '미달', on_track: '달성 예상', off_track: '미달 우려', unknown: '아직 알 수 없음' },
    none: '설정된 목표 중 이 지표와 관련된 목표가 없습니다.',
    caption: '목표 대비 진척도',
    columns: { goal: '목표', soFar: '현재까지', headingFor: '예상치', target: '목표치', status: '상태' },
    days: (p) => `(${p.goalPeriod}, ${p.total}일 중 ${p.elapsed}일)`,
    withReason: (p) => `${p.status}: ${p.reason}`,
  },
  reasons: {
    notComputed: '계산되지 않음',
    noData: (p) => `가져온 ${p.entity} 데이터 없음`,
    notProvided: (p) => `가져온 ${p.entity} 데이터에 이 기간의 ${orList(p.fields)} 정보가 없음(이 정보를 매핑하는 소스 없음)`,
    notCovered: (p) => `${yr(p.period)}의 ${p.entity} 데이터를 가져오지 않음(${p.entity} 데이터 범위: ${p.from} ~ ${p.to})`,
    noCompetitors: '설정된 경쟁사 없음',
    noCompetitorsVoice: '설정된 경쟁사 없음: 보이스 점유율은 브랜드를 경쟁사와 비교하는 지표임',
    noTrackedMentionsIn: (p) => `${yr(p.period)}에 브랜드나 경쟁사에 대한 언급 없음`,
    noTrackedMentions: '브랜드나 경쟁사에 대한 언급 없음',
    noVoice: '이 기간의 보이스 점유율 없음',
    basePartial: (p) => `${josa(yr(p.period), '은/는')} 데이터가 일부만 있어(${p.from} ~ ${p.to}) 이를 기준으로 변화를 측정할 수 없음`,
    noBaseValue: (p) => `변화를 측정할 기준인 ${yr(p.period)}의 값 없음(${p.reason})`,
    noBase: '비교 기준 기간 없음',
    noOffersOrLeads: '가져온 오퍼나 리드 데이터 없음',
    noOffersOrLeadsFor: (p) => `${yr(p.period)}의 오퍼나 리드 데이터를 가져오지 않음`,
    noOfferNamed: '가져온 오퍼가 없고 오퍼를 지정한 리드도 없음',
    peopleWithheld: '개인 이름은 소셜 팀 보고서에만 표시됨',
  },
  notes: {
    followersFromSnapshot: (p) => `게시물 ${p.posts}개 중 ${p.estimated}개는 자체 팔로워 수가 없어 게시일의 계정 팔로워 스냅숏으로 대체함`,
    reachEstimated: (p) => `도달의 ${josa(`${p.share}%`, '은/는')} 추정치임(도달 유형이 추정, 알 수 없음 또는 미기재)`,
    openDealsWithoutAmount: (p) => `진행 중인 거래 ${p.open}건 중 ${p.missing}건은 금액이 없어 합계에서 제외됨`,
    wonDealsWithoutAmount: (p) => `수주 거래 ${p.won}건 중 ${p.missing}건은 금액이 없어 합계에서 제외됨`,
  },
  kpis,
  report: {
    cadences,
    eyebrow: (p) => `${cadences[p.cadence]} 보고서 · ${p.brand}`,
    pageTitle: (p) => `${p.audience} · ${p.period}`,
    description: (p) => `${p.brand}의 ${yr(p.period)} ${cadences[p.cadence]} 보고서(${p.audience}).`,
    heading: (p) => `${p.audience}: ${p.period}`,
    breadcrumbs: { label: '이동 경로', allReports: '전체 보고서' },
    range: (p) => `${p.from} ~ ${p.to}`,
    lede: (p) => `${p.range}의 수치를 ${josa(yr(p.previous), '과/와')} 비교합니다.`,
    ledeDay: (p) => `${p.day}의 수치를 먼저 평소 ${josa(weekdayNames[p.weekday], '과/와')}, 이어서 ${josa(p.previous, '과/와')} 비교합니다.`,
    incomplete: (p) => `데이터가 ${p.dataUntil}까지만 있어 기간이 아직 끝나지 않았습니다.`,
    soFar: (p) => `진행 중: ${p.day}${p.time ? ` ${p.time}` : ''}까지의 데이터`,
    findings: '주요 내용',
    nextSteps: '다음 조치',
    checklist: {
      daily: '일간 체크리스트',
      weekly: '주간 체크리스트',
      monthly: '월간 체크리스트',
      quarterly: '분기 체크리스트',
      annual: '연간 체크리스트',
    },
    goals: '목표',
    keyFigures: '핵심 지표',
    keyFiguresIntro: (p) =>
      `${josa(yr(p.period), '을/를')} ${josa(yr(p.previous), '과/와')} 비교합니다. 색상은 증감이 아니라 비즈니스에 좋은 소식인지 나쁜 소식인지를 나타냅니다. 부정 언급 때문에 늘어난 수치는 빨간색이며, 표본이 너무 적은 수치에는 색을 표시하지 않습니다.`,
    keyFiguresIntroDay: (p) =>
      `${p.day}의 수치를 먼저 평소 ${josa(weekdayNames[p.weekday], '과/와')}, 이어서 ${josa(p.previous, '과/와')} 비교합니다. 색상은 증감이 아니라 비즈니스에 좋은 소식인지 나쁜 소식인지를 나타냅니다. 부정 언급 때문에 늘어난 수치는 빨간색이며, 표본이 너무 적은 수치에는 색을 표시하지 않습니다.`,
    keyFiguresCaption: (p) => `핵심 지표: ${yr(p.period)}(${yr(p.previous)} 대비)`,
    anomalies: '급증과 급감',
    anomaliesIntro: '요일별 평소 수준을 벗어난 날과 그 차이를 설명하는 요인입니다.',
    people: '옹호자와 비판자',
    advocates: '옹호자',
    detractors: '비판자',
    shareOfVoice: '보이스 점유율',
    shareOfVoiceIntro: '브랜드와 경쟁사에 관한 이야기 가운데 브랜드가 차지하는 비중을 세 가지 척도로 보여 줍니다.',
    campaigns: '캠페인',
    prospects: '잠재 고객의 관심사',
    offers: '관심을 끈 오퍼',
    traffic: '웹 방문 유입 경로',
    trafficIntro: '채널별 사이트 세션과 그중 소셜이 차지하는 비중입니다.',
    charts: '차트',
    definitions: '지표 산출 방식',
    winsAndRisks: '성과와 리스크',
    wins: '성과',
    risks: '리스크',
    alsoOfNote: '기타 참고 사항',
    asks: '요청 사항',
    asksIntro: '이번 기간의 리스크에 대해 팀이 제안하는 조치입니다. 각 조치에는 결정이나 지원이 필요합니다.',
    noAsks: '이번 기간에는 결정이 필요한 사항이 없습니다. 궤도를 벗어난 목표도, 조치가 필요한 리스크도 없습니다.',
    noNextSteps: '이번 기간에는 조치가 필요한 사항이 없습니다.',
    noChecklist: '이 보고서에는 체크리스트가 없습니다.',
    stagesHeading: '네 단계',
    stagesIntro: '모든 지표를 소셜 성공 사이클의 단계별로 정리했습니다.',
    stageIntros: {
      listening: '사람들이 브랜드와 경쟁사에 대해 하는 이야기입니다.',
      influencing: '브랜드 자체 콘텐츠에 대한 반응입니다.',
      networking: '브랜드가 쌓는 관계입니다: 옹호자, 고객 지원, 커뮤니티.',
      selling: '소셜이 비즈니스에 가져오는 성과입니다: 리드, 거래, 매출.',
    },
    noStageKpis: (p) => `이 보고서에는 ${p.stage} 단계의 지표가 없습니다.`,
    allFiguresTable: '전체 지표 표(이전 기간 및 전년 동기 포함)',
    moreReports: (p) => `${p.audience} 대상 다른 보고서:`,
    moreReportsLabel: '이 기간의 다른 보고서',
    notAvailable: '제공되지 않음',
    chartNoData: '이 기간에는 이 차트의 데이터가 없습니다.',
    chartDescription: (p) => `${p.title}. 수치는 차트 아래 표에 있습니다.`,
    tableFirstRows: (p) => `${p.title}(전체 ${p.total}행 중 처음 ${p.shown}행)`,
    tableNoRows: (p) => `이 기간에는 “${p.caption}”에 해당하는 행이 없습니다.`,
  },
  audiences: {
    team: { title: '소셜 팀', summary: '리스닝, 영향력, 네트워킹, 세일즈 전반의 모든 KPI와 그 배경이 된 급증, 옹호자, 캠페인.' },
    sales: { title: '영업', summary: '소셜 유입 리드와 거래, 수주율, 거래 규모, 파이프라인, 매출.' },
    leadership: { title: '경영진', summary: '목표 대비 진척도, 경쟁사 대비 보이스 점유율, 성과와 리스크.' },
  },
  charts: {
    notAvailable: (p) => `제공되지 않음: ${p.reason}.`,
    marks: {
      negative: (p) => (p.source ? `부정: ${p.source}` : '부정 언급 급증'),
      campaign: (p) => p.name,
      campaignStart: (p) => `${p.name} 시작`,
      spike: (p) => `${seriesMarks[p.series]} 급증`,
      drop: (p) => `${seriesMarks[p.series]} 급감`,
    },
    showTable: '데이터를 표로 보기',
    fields: {
      id: 'KPI ID',
      stage: '단계',
      label: '지표명',
      unit: '단위',
      value: '값',
      previous: '이전 기간',
      change: '변화',
      relativeChange: '변화율',
      yearAgo: '전년 동기',
      tone: '평가',
      good: '좋은 소식',
      available: '제공 여부',
      kpi: 'KPI',
      period: '기간',
      firstDay: '첫날',
      current: '이번 기간',
      date: '날짜',
      name: '이름',
      brand: '브랜드',
      mentions: '언급',
      measure: '척도',
      share: '점유율',
      previousShare: '이전 점유율',
      metric: '지표',
      direction: '방향',
      observed: '실제',
      expected: '평소',
      score: '점수',
      driver: '요인',
      driverShare: '요인 비중',
      campaign: '캠페인',
      lifecycle: '추이 유형',
      week: '주',
      reach: '도달',
      engagement: '참여',
      posts: '게시물',
      rank: '순위',
      kind: '유형',
      headline: '제목',
    },
    marked: (p) => `차트 표시 항목: ${p.marks.map((m) => `${m.label}(${m.day})`).join(', ')}${p.more ? ` 외 ${p.more}건(표 참조)` : ''}.`,
    coverage: (p) =>
      p.from && p.until
        ? `데이터는 ${p.from}부터 ${p.until}까지만 있습니다${p.time ? `(${p.time})` : ''}. 나머지 날짜는 표시하지 않습니다.`
        : p.from
          ? `데이터는 ${p.from}부터 시작합니다. 그 이전 날짜는 표시하지 않습니다.`
          : p.time
            ? `데이터가 ${[p.until, p.time].filter(Boolean).join(' ')}에 끝나므로 그날은 일부만 집계되었습니다. 이후 날짜는 표시하지 않습니다.`
            : `데이터가 ${p.until ?? '마지막 날'}에 끝납니다. 이후 날짜는 표시하지 않습니다.`,
    noData: '데이터 없음',
    dailyMentions: {
      title: '일별 브랜드 언급',
      titleCompetitors: '일별 언급: 브랜드와 경쟁사',
      description: (p) =>
        `${yr(p.period)} ${p.brand}의 언급은 ${p.mentions}건${p.negative ? `이며, 그중 부정 언급은 ${p.negative.mentions}건(${p.negative.share})입니다` : '입니다'}.` +
        (p.peak ? ` 가장 많았던 날은 ${p.peak.day}(${p.peak.mentions}건)입니다.` : '') +
        (p.negativePeak ? ` 부정 언급은 ${p.negativePeak.day}에 가장 많았습니다(${p.negativePeak.mentions}건 중 ${p.negativePeak.negative}건).` : '') +
        (p.competitors.length ? ` 경쟁사: ${p.competitors.map((c) => `${c.name} ${c.mentions}건`).join(', ')}.` : ''),
      axis: '언급',
      negative: (p) => `${p.brand}: 부정`,
      caption: (p) => `일별 언급, ${p.period}(브랜드 부정 언급 및 표시된 이벤트 포함)`,
      day: '날짜',
      note: '비고',
    },
    shareOfVoice: {
      title: '경쟁사 대비 보이스 점유율',
      description: (p) =>
        `${yr(p.period)} 추적 대상 언급 중 ${p.brand}의 점유율은 ${josa(p.share, '으로/로')}` +
        (p.rank === 1 ? ' 가장 높았습니다.' : ` ${p.of}개 중 ${p.rank}위였습니다. 점유율 1위는 ${p.leader}(${p.leaderShare})입니다.`),
      axis: '추적 대상 언급 점유율',
      caption: (p) => `보이스 점유율, ${p.period}`,
      columns: { name: '이름', mentions: '언급', share: '보이스 점유율' },
    },
    weeklyLeads: {
      title: '주별 리드: 소셜 및 기타 채널',
      none: (p) => `${yr(p.period)}에 생성된 리드가 없습니다.`,
      description: (p) => `${yr(p.period)} 리드는 ${p.total}건이며, 그중 ${p.social}건(${p.share})이 소셜에서 유입되었습니다. 가장 많았던 주는 ${p.week}(${p.busiest}건)입니다.`,
      social: '소셜',
      other: '기타 채널',
      axis: '리드',
      partialWeek: '일부만 포함된 주',
      partial: ' (일부)',
      partialWeeks: (p) => `일부만 포함된 주(기간 또는 데이터상 7일 미만): ${p.weeks.map((w) => `${w.week}(${w.days}일)`).join(', ')}.`,
      caption: (p) => `주별 리드, ${p.period}`,
      columns: { week: '주', social: '소셜', other: '기타 채널', total: '합계' },
    },
    trailingDays: {
      title: '브랜드 언급: 최근 28일과 평소 수준 비교',
      unavailable: '이 기간의 언급 데이터 없음',
      day: (p) => {
        const wd = weekdayNames[p.weekday];
        const negative = p.negative ? ` 그중 ${p.negative.mentions}건(${p.negative.share})이 부정 언급입니다.` : '';
        if (p.typical === null) return `${p.day}의 브랜드 언급은 ${p.mentions}건입니다. 아직 평소 ${wd} 기준이 없습니다.${negative}`;
        if (p.mark === 'spike') return `${p.day}의 브랜드 언급은 ${p.mentions}건으로, 평소 ${wd}(${p.typical}건)보다 크게 늘었습니다.${negative}`;
        if (p.mark === 'drop') return `${p.day}의 브랜드 언급은 ${p.mentions}건으로, 평소 ${wd}(${p.typical}건)보다 크게 줄었습니다.${negative}`;
        return `${p.day}의 브랜드 언급은 ${p.mentions}건으로, ${wd}의 평소 범위 안에 있습니다(평소 ${p.typical}건).${negative}`;
      },
      period: (p) =>
        `${yr(p.period)}의 브랜드 언급은 ${p.mentions}건입니다` +
        (p.typical === null ? '' : `(평소 ${p.days === 7 ? '일주일' : `${p.days}일`} 기준 ${p.typical}건)`) +
        '.' +
        (p.negative ? ` 그중 ${p.negative.mentions}건(${p.negative.share})이 부정 언급입니다.` : ''),
      window: (p) => {
        const before = p.own ? '28일 중 나머지 기간' : `${p.lastDay}까지 28일 동안`;
        const parts = [p.spikes ? `급증 ${dayList(p.spikes)}` : '', p.drops ? `급감 ${dayList(p.drops)}` : ''].filter(Boolean);
        return parts.length ? `${before}: ${parts.join('; ')}.` : `${before}에는 평소 범위를 벗어난 다른 날이 없었습니다.`;
      },
      axis: '언급',
      spike: '급증',
      drop: '급감',
      reportDay: '보고 대상일',
      legend: {
        own: () => '보고 대상일',
        earlier: '이전 날짜',
        negative: '부정 언급',
        typical: '평소 범위',
      },
      caption: (p) => `${p.lastDay}까지 28일간의 일별 브랜드 언급과 부정 언급 수(요일별 평소 수준, 통상 범위, 표시된 이벤트 포함)`,
      columns: { date: '날짜', mentions: '언급', negative: '부정', typical: '평소', low: '하한', high: '상한', note: '비고' },
    },
  },
  traffic: {
    empty: '이번 기간에는 웹 세션이 없습니다.',
    caption: '채널별 웹 세션',
    columns: { channel: '채널', sessions: '세션', share: '비중', previous: '이전 기간', change: '변화' },
    total: '전체 채널',
    social: '그중 소셜',
    channels: {
      organic_social: '오가닉 소셜',
      paid_social: '유료 소셜',
      organic_search: '오가닉 검색',
      paid_search: '유료 검색',
      direct: '직접 유입',
      referral: '추천 유입',
      email: '이메일',
      display: '디스플레이',
      affiliate: '제휴',
      other: '기타',
    },
    notShown: (p) => `표시하지 않음: ${p.reason}.`,
  },
  sales: {
    prospects: {
      empty: '이번 기간에 주제가 지정된 문의를 한 잠재 고객이 없습니다.',
      caption: '잠재 고객의 관심사: 대화 수 기준 주제',
      columns: { theme: '주제', cases: '대화', share: '비중', previous: '이전 기간', change: '변화', toSales: '영업팀 전달' },
      notShown: (p) => `표시하지 않음: ${p.reason}.`,
    },
    offers: {
      empty: '이번 기간에 노출되었거나 리드가 언급한 오퍼가 없습니다.',
      caption: '오퍼 및 서비스(리드 수, 클릭 수 순)',
      columns: {
        offer: '오퍼 또는 서비스',
        impressions: '노출',
        clicks: '클릭',
        clickRate: '클릭률',
        leads: '리드',
        socialLeads: '소셜 리드',
        enterpriseLeads: '기업 리드',
        orders: '주문',
        revenue: '매출',
      },
      service: (p) => `서비스: ${p.id}`,
      notShown: (p) => `표시하지 않음: ${p.reason}.`,
    },
  },
  site: {
    skipLink: '본문으로 건너뛰기',
    nav: { label: '사이트', allReports: '전체 보고서', about: '보고서 읽는 법', audiences: '대상별 보고서', periods: '다른 기간', noEarlier: '이전 보고서 없음', noLater: '다음 보고서 없음' },
    footer: {
      dataUntil: (p) => `${p.day}까지의 데이터입니다. 일과 월은 ${p.timezone} 시간대 기준으로 구분합니다.`,
      madeWith: 'Cadence로 만들었습니다.',
    },
    tone: { good: '좋은 소식', bad: '주의 필요', mixed: '엇갈린 소식', neutral: '참고' },
    findingsEmpty: '이번 기간에는 눈에 띄는 사항이 없습니다. 모든 지표가 통상 범위 안에 있습니다.',
    findingsEmptyPartial: '아직 눈에 띄는 사항이 없습니다. 이 기간은 일부만 집계되어 아직 완결된 기간과 비교하지 않습니다.',
    findingsEmptyNoTypical: '이전 기간 대비 눈에 띄는 사항이 없습니다. 급증과 급감은 아직 판단할 수 없습니다(위 안내 참조).',
    notAvailable: '제공되지 않음',
    better: ' (개선)',
    worse: ' (악화)',
    noChange: '변화 없음',
    noComparison: '비교 불가',
    versus: (p) => `${yr(p.previous)} 대비`,
    noComparisonWith: (p) => `${josa(yr(p.previous), '과/와')} 비교 불가`,
    whatThisMeasures: '측정 내용',
    sparkline: (p) =>
      `${p.label}, 최근 ${p.n}${p.cadence ? { daily: '일', weekly: '주', monthly: '개월', quarterly: '개 분기', annual: '년' }[p.cadence] : '개 기간'}: ${p.from}에서 ${josa(p.to, '으로/로')}`,
    kpiTable: { kpi: 'KPI', change: '변화' },
    anomalies: {
      empty: '급증이나 급감이 없었습니다. 모든 날이 요일별 평소 범위 안에 있었습니다.',
      caption: '평소 대비 급증과 급감, 그리고 그 요인',
      columns: { day: '날짜', series: '지표', observed: '실제', typical: '평소', explainedBy: '요인' },
      spike: '↑ 급증',
      drop: '↓ 급감',
      driver: (p) =>
        `${p.dimension === 'author' && p.value === 'one author' ? '한 작성자' : `${dimensions[p.dimension]} ${p.value}`}(${p.share >= 0.995 ? '전체' : pct(p.share)})${p.singleSource ? ', 단일 소스' : ''}`,
    },
    people: {
      empty: (p) => `이번 기간에 ${p.kind === 'advocates' ? '긍정' : '부정'} 언급을 2건 이상 작성한 사람은 없습니다.`,
      caption: (p) => (p.kind === 'advocates' ? '옹호자: 긍정 언급 수 기준 작성자' : '비판자: 부정 언급 수 기준 작성자'),
      columns: { author: '작성자', positive: '긍정', negative: '부정', audience: '오디언스', where: '채널', when: '시간대' },
      employee: ' (직원)',
      ofMentions: (p) => `${p.of}건 중 ${p.n}건`,
      notShown: (p) => `표시하지 않음: ${p.reason}.`,
    },
    shareOfVoice: {
      measures: { mentions: '언급', engagement: '참여', reach: '도달' },
      sentiment: '감성',
      negativeShare: '부정 언급 비중',
      netSentiment: '순 감성',
      caption: '추적 대상 이름과 척도별 보이스 점유율(이름별 감성 포함)',
      columns: { measure: '척도', competitorAverage: '경쟁사 평균', landscapeAverage: '시장 전체 평균' },
      unavailable: (p) => `보이스 점유율을 제공할 수 없습니다: ${p.reason}.`,
    },
    coverage: {
      caption: '데이터 폴더의 데이터 유형별 행 수',
      columns: { data: '데이터', rows: '행', firstDay: '첫날', lastDay: '마지막 날', gaps: '데이터 없는 기간' },
      notImported: '가져오지 않음',
      noGaps: '없음',
      gap: (p) => `${p.from} ~ ${p.to}(${p.days}일)`,
      moreGaps: (p) => `외 ${p.count}개 구간(모두 이보다 짧음)`,
      noDataAt: (p) => `데이터가 전혀 없는 기간: ${p.gaps.join('; ')}. 이 기간을 다루는 보고서는 없습니다.`,
      stretch: (p) => `${p.from}부터 ${p.to}까지(${p.days}일)`,
    },
    home: {
      description: (p) => `${p.brand} 소셜 미디어 보고서.`,
      lede: (p) => `데이터 폴더를 바탕으로 만든 ${p.brand} 보고서입니다. 데이터가 있는 가장 최근 월은 ${p.month}입니다.`,
      noData: '아직 가져온 데이터가 없습니다.',
      latest: '최신 보고서',
      latestIntro: '하나의 사이트에서 대상과 주기별로 보고서를 제공합니다. 각 보고서는 주요 내용으로 시작하며, 모든 지표를 이전 기간과 비교합니다.',
      reportLink: (p) => `${cadences[p.cadence]}: ${p.period}${p.soFar ? ` (${p.soFar})` : ''}`,
      reportCount: (p) => `보고서는 총 ${p.count}개이며, 각 보고서에서 이전 기간과 다음 기간으로 이동할 수 있습니다.`,
      noReports: '아직 보고서가 없습니다. <code>cadence pull</code>로 데이터를 가져온 뒤 <code>cadence build</code>를 실행하십시오.',
      decks: '로드쇼 자료',
      decksIntro: '분기마다 부서별 슬라이드를 제공합니다. 브라우저에서 발표하거나(화살표 키, 전체 화면, 발표자 노트) 오프라인에서도 작동하는 단일 파일로 발표할 수 있습니다.',
      coverage: '데이터 범위',
      coverageIntro:
        '데이터 폴더에 데이터 유형별로 무엇이 있는지, 그리고 일주일 이상 데이터가 없는 구간을 보여 줍니다. 보고서는 데이터가 있는 기간에 대해서만 만들어지며, 가져오지 않은 데이터가 필요한 지표는 제공되지 않음으로 표시됩니다.',
    },
    kpiPage: {
      title: (p) => `${p.label} · 측정 내용`,
      description: (p) => `${p.label}: ${p.brand}의 정의와 추이.`,
      eyebrow: (p) => `${p.stage} · ${p.custom ? '이 프로젝트의 KPI' : 'KPI'}`,
      about: '이 지표에 대하여',
      id: 'ID',
      unit: '단위',
      units: { count: '건수', number: '평균', percent: '비율(%)', hours: '시간', days: '일수' },
      currency: (p) => `${p.currency} 금액`,
      goodWhen: '좋은 소식인 경우',
      rises: '상승할 때',
      falls: '하락할 때',
      reads: '사용 데이터',
      history: '추이',
      chartTitle: (p) => `기간별 ${p.label}`,
      chartDescription: (p) =>
        `${p.label}, ${p.first} ~ ${p.last}: ${p.from}에서 ${josa(p.to, '으로/로')} 변화` +
        (p.high && p.low ? `, 최고 ${p.high.value}(${p.high.period}), 최저 ${p.low.value}(${p.low.period})` : '') +
        '.' +
        (p.missing ? ` 값이 없는 기간이 ${p.missing}개 있습니다.` : ''),
      chartPartial: (p) => `${p.periods.join(', ')}: 진행 중이거나 데이터가 일부만 있는 기간이므로 전체 기간의 값과 비교할 수 없어 속이 빈 점으로 표시합니다.`,
      chartOne: (p) => `${yr(p.period)} ${p.label}: ${p.value}. 아직 기간이 하나뿐이라 표시할 추이가 없습니다.`,
      axisPeriod: '기간',
      partial: '일부 기간',
      whole: '전체 기간',
      partialSuffix: ' (일부)',
      empty: '아직 이 지표를 담은 보고서가 없습니다.',
      caption: (p) => `기간별 ${p.label}`,
      period: '기간',
      value: '값',
      notAvailable: '제공되지 않음',
    },
  },
  about: {
    title: '보고서 읽는 법',
    description: '보고서가 보여 주는 내용, 수치의 출처, 비교를 읽는 방법.',
    lede: '각 보고서가 보여 주는 내용과 수치의 출처, 비교를 읽는 방법을 설명합니다.',
    body: (p: { timezone: string }) => `## 대상별 보고서

각 기간(일, 주, 월, 분기, 연)마다 같은 데이터로 세 가지 보고서를 만듭니다. **소셜 팀** 보고서는 소셜 성공 사이클의 모든 단계, 즉 리스닝, 영향력, 네트워킹, 세일즈를 다룹니다. **영업** 보고서는 리드, 거래, 수주율, 매출을 중심으로 이야기합니다. **경영진** 보고서는 핵심 지표와 경쟁사 대비 보이스 점유율에 집중합니다.

## 모든 수치는 비교와 함께

각 수치는 이전 기간의 같은 수치와 나란히 표시됩니다. 월간 보고서에서는 전월과, 주간 보고서에서는 전주와 비교합니다. 화살표는 움직인 방향을, 색상은 그 변화가 *해당 지표에* 좋은 소식인지를 나타냅니다. 예를 들어 부정 언급이 줄면 수치는 내려가도 초록색으로 표시됩니다. 건수와 금액의 변화는 퍼센트(+12%)로, 비율의 변화는 두 퍼센트의 차이인 퍼센트포인트(+1.5%p)로 나타냅니다.

## 수치의 출처

보고서는 소셜 팀이 이미 사용하는 도구(리스닝, 퍼블리싱, CRM, 웹 분석)의 내보내기 파일과 API에서 가져와 하나의 데이터 폴더에 모은 데이터로 계산합니다. 일과 월은 ${p.timezone} 시간대 기준으로 구분합니다. 각 수치는 해당 지표의 정의로 연결됩니다.

## 수치가 없을 때

데이터를 가져오지 않은 수치는 **제공되지 않음과 그 이유**로 표시됩니다. 예: “가져온 고객 문의 데이터 없음”. 이런 수치는 절대 0으로 표시하지 않습니다. 값이 없는 것과 값이 0인 것은 전혀 다른 이야기이기 때문입니다.`,
  },
  pdf: {
    pageOf: (p: { page: string; total: string }) => `${p.page} / ${p.total}`,
  },
  deck: {
    departments: { product: '제품', sales: '영업', marketing: '마케팅', 'all-hands': '전사' },
    title: (p) => `${p.dept} 로드쇼: ${p.period}`,
    storyTitle: (p) => `${p.dept} 로드쇼: ${p.period} 이야기`,
    slides: {
      productGaps: {
        title: '제품 갭과 피드백 주제',
        notes: '이번 분기에 고객이 고객 지원과 소셜을 통해 전한 내용입니다. 문의가 많은 주제부터 보여 드립니다. 첫 메시지가 부정적인 문의는 가장 시급한 갭을 가리킵니다.',
      },
      productListening: {
        title: '사람들이 우리에 대해 하는 이야기',
        notes: '제품과 관련된 리스닝 지표를 이전 분기와 비교합니다. 모든 리스닝 지표는 이번 분기의 소셜 팀 보고서에 있습니다.',
      },
      productMentions: { title: '일별 브랜드 언급', notes: '급증의 요인은 이번 분기의 소셜 팀 보고서에서 설명합니다.' },
      productStandsOut: { title: '주목할 점', notes: '이번 분기 제품과 관련해 가장 중요한 사항 세 가지입니다.' },
      salesPipeline: {
        title: '소셜 유입 파이프라인',
        notes: '이번 분기 소셜에서 유입된 리드, 거래, 매출을 이전 분기와 비교합니다. 모든 세일즈 지표는 이번 분기의 영업 보고서에 있습니다.',
      },
      salesProspects: {
        title: '잠재 고객이 묻는 내용',
        notes: '이번 분기에 잠재 고객이 고객 지원이나 영업팀에 문의한 주제를 문의가 많은 순서로, 이전 분기와 비교해 보여 드립니다.',
      },
      salesOffers: { title: '관심을 끈 오퍼', notes: '클릭, 리드, 주문을 이끌어 낸 오퍼와 서비스입니다.' },
      salesTraffic: { title: '사이트 방문 유입 경로', notes: '채널별 사이트 방문과 그중 소셜이 가져온 비중입니다. 리드가 시작되는 퍼널의 입구입니다.' },
      salesStandsOut: { title: '주목할 점', notes: '영업과 관련해 가장 중요한 사항입니다.' },
      marketingVoice: {
        title: '보이스 점유율과 캠페인',
        notes: '먼저 경쟁사별로 대화에서 우리가 차지하는 비중을 보고, 이어서 이번 분기 각 캠페인의 성과를 살펴봅니다.',
      },
      marketingContent: {
        title: '콘텐츠와 영향력',
        notes: '자사 콘텐츠에 대한 참여와 그 콘텐츠로 늘어난 오디언스를 이전 분기와 비교합니다. 모든 영향력 지표는 이번 분기의 소셜 팀 보고서에 있습니다.',
      },
      marketingMentions: { title: '경쟁사 대비 언급', notes: '브랜드와 경쟁사의 일별 언급 수입니다.' },
      marketingStandsOut: { title: '주목할 점', notes: '마케팅과 관련해 가장 중요한 사항과 다음 조치입니다.' },
      allHandsStory: { title: '이번 분기 이야기', notes: '기억해야 할 한 가지, 잘된 점과 주의할 점을 한 고객의 목소리로 전합니다.' },
      allHandsMonths: { title: '월별 흐름', notes: '이번 분기 각 월의 주요 사건입니다.' },
      allHandsFigures: { title: '숫자로 보는 이번 분기', notes: '핵심 지표를 하나하나 이전 분기와 비교합니다.' },
      allHandsWinsRisks: { title: '성과와 리스크', notes: '잘된 점과 주의할 점입니다.' },
      allHandsNext: { title: '다음 조치', notes: '조치가 필요한 사항마다 한 가지 조치를 제안합니다.' },
    },
    charts: { mentionsPerDay: '일별 언급', mentionsWithCompetitors: '일별 언급: 브랜드와 경쟁사' },
    description: (p) => `${p.brand}: ${p.period} ${p.dept} 로드쇼 자료.`,
    eyebrow: (p) => `${p.brand} · 분기 로드쇼`,
    coverNotes: (p) => `이번 분기는 ${p.range}이며, 모든 수치를 ${josa(yr(p.previous), '과/와')} 비교합니다.`,
    slideLabel: (p) => `슬라이드 ${p.n}/${p.total}: ${p.title}`,
    counterLabel: '현재 슬라이드',
    notes: '발표자 노트:',
    help: '키 조작: 화살표, 스페이스, Page Up/Down, Home/End로 슬라이드를 이동하고, f는 전체 화면, n은 발표자 노트입니다. JavaScript가 없으면 슬라이드가 위에서 아래로 이어서 표시됩니다.',
    gaps: { product: '제품 갭', content: '피드백 주제(콘텐츠 갭)' },
    gapCases: (p) => `문의 ${p.cases}건, 부정 ${p.negative}건`,
    noGaps: '이번 분기에 제기된 주제가 없습니다.',
    unavailable: (p) => `제공되지 않음: ${p.reason}`,
    decksOf: (p) => `${p.period} 로드쇼 자료`,
    standalone: '단일 파일',
  },
  digest: {
    fullReport: '전체 보고서 열기',
    relativeLinks: '링크는 보고서 사이트 내 경로입니다. 절대 링크로 만들려면 cadence.config.ts에서 site.url을 설정하십시오.',
    dataUntil: (p) => `${p.day}까지의 데이터입니다.`,
    employee: {
      subject: (p) => `${p.month} ${p.brand} 소셜 미디어 소식`,
      intro: (p) => `${p.month} ${p.brand}의 소셜 미디어 활동과 여러분이 공유할 수 있는 게시물을 소개합니다.`,
      topContent: '이번 달 인기 게시물',
      topContentIntro: '우리 계정 게시물 중 참여가 가장 많았던 게시물입니다.',
      noTopContent: '이번 달에는 참여가 집계된 우리 계정 게시물이 없습니다.',
      columns: { post: '게시물', platform: '플랫폼', result: '성과' },
      result: (p) => (p.metric === 'reach' ? `${p.value}명 도달` : p.metric === 'impressions' ? `노출 ${p.value}회` : `참여 ${p.value}회`),
      untitled: '텍스트 없는 게시물',
      samplePosts: '바로 공유하기',
      samplePostsIntro: '게시물을 그대로 복사하거나 자신의 말로 바꿔 쓰십시오.',
      samplePost: (p) =>
        `${p.month} ${p.platform}에 올린 저희 게시물이 ${p.metric === 'reach' ? `${p.value}명에게 도달했습니다` : p.metric === 'impressions' ? `${p.value}회 노출되었습니다` : `좋아요, 댓글, 공유 ${p.value}회를 기록했습니다`}. 좋아요와 댓글, 공유로 함께해 주신 모든 분께 감사드립니다!`,
      roundup: (p) =>
        `${p.month} 저희 인기 게시물 ${p.count}개가 좋아요, 댓글, 공유 ${p.engagements}회를 기록했습니다. 다음 소식도 놓치지 않으시려면 ${p.brand} 계정을 팔로우해 주세요!`,
    },
    leadership: {
      subject: (p) => `${p.brand}: 경영진용 ${p.month} 소셜 보고서`,
      goals: (p) => {
        const parts = [
          p.met ? `달성 ${p.met}개` : '',
          p.onTrack ? `달성 예상 ${p.onTrack}개` : '',
          p.offTrack ? `미달 우려 ${p.offTrack}개` : '',
          p.missed ? `미달 ${p.missed}개` : '',
          p.unknown ? `미정 ${p.unknown}개` : '',
        ].filter(Boolean);
        return `목표: ${parts.length ? parts.join(', ') : '없음'}.`;
      },
      noGoals: '목표: 설정된 목표 중 이 지표와 관련된 목표가 없습니다.',
      nothingElse: '그 밖에 눈에 띄는 사항은 없습니다.',
      fullReport: (p) => `전체 보고서: ${p.url}`,
    },
  },
};
