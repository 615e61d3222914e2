/**
 * Korean grammar helpers (src/core/i18n/ko-grammar.ts) and the Korean messages that use them:
 * particles chosen by the final sound of a formatted number, percentage, amount, date or word as
 * READ (Sino-Korean numbers, 퍼센트, currency units, letter names), counters with counts 0, 1, 2,
 * 5 and 21, and year labels read with 년. Pure functions only.
 */
import { describe, expect, it as test } from 'vitest';
import { andList, finalSound, isOne, josa, num, particle, s, yr } from '../../../src/core/i18n/ko-grammar.ts';
import { ko } from '../../../src/core/i18n/ko.ts';
import { sourcePhrase, story, tone } from '../../../src/core/i18n/ko-story.ts';

const counts = [0, 1, 2, 5, 21];

/** A whole Korean text: nothing left unfilled, no double spaces, no English sentence words. */
function whole(text: string): void {
  expect(text.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/undefined|NaN|null|\[object|\{|\}|\$\{/);
  expect(text).not.toMatch(/ {2}/);
  expect(text).not.toMatch(/\b(the|and|of|with|from|mentions?|cases?|days?|weeks?)\b/i);
}

describe('the final sound of a formatted text', () => {
  test('numbers read in Sino-Korean', () => {
    // 영 일 이 삼 사 오 육 칠 팔 구
    expect(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map(finalSound)).toEqual(['other', 'l', 'none', 'other', 'none', 'none', 'other', 'l', 'l', 'none']);
    // 십, 이십일, 백, 천, 만, 십만, 억
    expect(['10', '21', '100', '1,000', '10,000', '100,000', '100,000,000'].map(finalSound)).toEqual(['other', 'l', 'other', 'other', 'other', 'other', 'other']);
    // 삼천백삼십, 사만 팔천백오십삼, 사백십이, 천이백삼십사만 오천육백칠십칠
    expect(['3,130', '48,153', '412', '12,345,677'].map(finalSound)).toEqual(['other', 'other', 'none', 'l']);
    // Decimals are read digit by digit after the point: 십이 점 오, 일 점 영, 이 점 칠.
    expect(['12.5', '1.0', '2.7', '-1.5'].map(finalSound)).toEqual(['none', 'other', 'l', 'none']);
  });

  test('percentages, multiples, units, amounts, times', () => {
    expect(finalSound('40%')).toBe('none'); // 퍼센트
    expect(finalSound('+1.5%p')).toBe('none'); // 퍼센트포인트
    expect(finalSound('3×')).toBe('none'); // 배
    expect(finalSound('€48,153')).toBe('none'); // 유로
    expect(finalSound('US$1,200')).toBe('l'); // 달러
    expect(finalSound('₩5,000')).toBe('other'); // 원
    expect(finalSound('4.5시간')).toBe('other');
    expect(finalSound('12일')).toBe('l');
    expect(finalSound('오전 11:53')).toBe('other'); // 11시 53분
    expect(finalSound('오후 3:00')).toBe('none'); // 3시
  });

  test('Hangul words, dates and period labels by their last syllable', () => {
    expect(finalSound('2026년 8월')).toBe('l');
    expect(finalSound('2026년 9월 14일')).toBe('l');
    expect(finalSound('2026년 37주차')).toBe('none');
    expect(finalSound('2026년 3분기')).toBe('none');
    expect(finalSound('리드 21건')).toBe('other');
    expect(finalSound('신규 팔로워')).toBe('none');
  });

  test('asides, quotes and bidi isolates are not read', () => {
    expect(finalSound('사과(apple)')).toBe('none');
    expect(finalSound('증가분 중 가장 큰 몫(71%)')).toBe('other');
    expect(finalSound('“환불”')).toBe('l');
    expect(finalSound('\u2068리콜\u2069')).toBe('l');
  });

  test('acronyms by their letters; other Latin words are unknown', () => {
    expect(finalSound('SLA')).toBe('none'); // 에스엘에이
    expect(finalSound('URL')).toBe('l'); // 유알엘
    expect(finalSound('CRM')).toBe('other'); // 씨알엠
    expect(finalSound('Nordwand')).toBeNull();
    expect(finalSound('')).toBeNull();
  });
});

describe('particles', () => {
  test('이/가, 을/를, 은/는, 과/와 after numbers and words', () => {
    expect(josa('412', '이/가')).toBe('412가');
    expect(josa('3,130', '이/가')).toBe('3,130이');
    expect(josa('40%', '을/를')).toBe('40%를');
    expect(josa('21건', '을/를')).toBe('21건을');
    expect(josa('71%', '은/는')).toBe('71%는');
    expect(josa('2026년 8월', '과/와')).toBe('2026년 8월과');
    expect(josa('2026년 37주차', '과/와')).toBe('2026년 37주차와');
    expect(josa('평소 월요일', '과/와')).toBe('평소 월요일과');
  });

  test('(으)로: 로 after a vowel and after ㄹ, 으로 after any other final consonant', () => {
    expect(['1', '7', '8', '2', '3', '6', '10', '376', '808', '51'].map((n) => josa(n, '으로/로'))).toEqual([
      '1로',
      '7로',
      '8로',
      '2로',
      '3으로',
      '6으로',
      '10으로',
      '376으로',
      '808로',
      '51로',
    ]);
    expect(josa('37.2%', '으로/로')).toBe('37.2%로');
    expect(josa('€565,100', '으로/로')).toBe('€565,100로');
    expect(josa('₩565,100', '으로/로')).toBe('₩565,100으로');
    expect(josa('300명', '으로/로')).toBe('300명으로');
    expect(josa('900회', '으로/로')).toBe('900회로');
    expect(josa('URL', '으로/로')).toBe('URL로');
  });

  test('an unknown reading gives both forms', () => {
    expect(particle('Nordwand', '이/가')).toBe('이(가)');
    expect(particle('Nordwand', '을/를')).toBe('을(를)');
    expect(particle('Nordwand', '으로/로')).toBe('(으)로');
  });
});

describe('small helpers', () => {
  test('years read with 년; other labels as given', () => {
    expect(yr('2025')).toBe('2025년');
    expect(yr('2026년 9월')).toBe('2026년 9월');
    expect(yr('2026년 3분기')).toBe('2026년 3분기');
    // A page's year label already has its 년 (period.year): never "2025년년".
    expect(yr(ko.period.year({ year: '2025' }))).toBe('2025년');
    expect(ko.report.keyFiguresIntro({ period: ko.period.year({ year: '2026' }), previous: ko.period.year({ year: '2025' }) })).toMatch(/^2026년을 2025년과 비교합니다\. /);
  });

  test('field names of a reason as an "or" list, without quotes', () => {
    const fields = ['engagement', 'likes', 'comments', 'shares'].map((f) => ko.fields[f]!);
    expect(ko.reasons.notProvided({ entity: ko.entities.mentions, fields })).toBe('가져온 언급 데이터에 이 기간의 참여, 좋아요, 댓글 또는 공유 정보가 없음(이 정보를 매핑하는 소스 없음)');
    expect(ko.reasons.notProvided({ entity: ko.entities.deals, fields: [ko.fields.amount!] })).toBe('가져온 거래 데이터에 이 기간의 금액 정보가 없음(이 정보를 매핑하는 소스 없음)');
  });

  test('numbers, one, lists', () => {
    expect(num(2.5)).toBe('2.5');
    expect(num(12000)).toBe('12,000');
    expect(isOne(' 1 ')).toBe(true);
    expect(isOne('21')).toBe(false);
    expect(s(1, 'a', 'b')).toBe('a');
    expect(andList(['a', 'b', 'c'])).toBe('a, b 및 c');
  });
});

describe('Korean messages with counts 0, 1, 2, 5 and 21', () => {
  test('counters attach to the count, and no noun changes for plural', () => {
    for (const n of counts) {
      const count = String(n);
      const few = tone.few({ n, count, noun: 'cases' });
      expect(few).toBe(`문의 ${n}건: 비교하기에는 표본이 너무 적음`);
      expect(tone.few({ n, count, noun: 'followers' })).toMatch(new RegExp(`^팔로워 ${n}명:`));
      expect(tone.ofCount({ part: '0', n, count, noun: 'posts' })).toBe(`게시물 ${n}개 중 0개`);
      expect(ko.site.home.reportCount({ n, count })).toMatch(new RegExp(`^보고서는 총 ${n}개이며`));
      expect(ko.checklist.activations({ n, count, day: '2026년 9월 14일', observed: '90', expected: '20', source: null })).toMatch(new RegExp(`^급증 ${n}건\\. `));
      expect(story.details.days({ n, count, from: '9월 8일', to: '9월 11일' })).toBe(`9월 8일부터 9월 11일까지 ${n}일 동안 두드러졌습니다.`);
      expect(ko.deck.gapCases({ cases: count, negative: '0' })).toBe(`문의 ${n}건, 부정 0건`);
      expect(ko.charts.trailingDays.period({ period: '2026년 38주차', n, mentions: count, typical: '700', days: 7 })).toBe(
        `2026년 38주차의 브랜드 언급은 ${n}건입니다(평소 일주일 기준 700건).`,
      );
      expect(ko.digest.employee.roundup({ month: '2026년 9월', n, count, engagements: '2,500', brand: 'Alpenglow' })).toContain(`인기 게시물 ${n}개가`);
      expect(ko.site.coverage.moreGaps({ n, count })).toBe(`외 ${n}개 구간(모두 이보다 짧음)`);
      for (const text of [few, ko.site.home.reportCount({ n, count }), story.details.days({ n, count, from: '9월 8일', to: '9월 11일' })]) whole(text);
    }
  });

  test('a campaign too young to judge, and one with no engagement', () => {
    const why = (weeks: number) => ko.campaigns.why({ lifecycle: 'too_early', weeks, needed: 3, peakWeek: 1, lastToPeak: 1, trend: 0, lastWeekAfterEnd: false, noEngagement: false });
    expect(counts.map(why)).toEqual(counts.map((n) => `지금까지 완료된 주는 ${n}주이며, 판단하려면 3주가 필요합니다.`));
  });
});

describe('Korean messages place particles after the values they are given', () => {
  test('a moved KPI: "376으로", "808로", "€565,100로"', () => {
    const change = (value: string) => story.kpiChange({ label: '리드', up: true, value, change: '+22.8%', previous: '2026년 8월', note: null });
    expect(change('376')).toBe('리드: 376으로 2026년 8월 대비 +22.8% 상승했습니다.');
    expect(change('808')).toBe('리드: 808로 2026년 8월 대비 +22.8% 상승했습니다.');
    expect(change('€565,100')).toBe('리드: €565,100로 2026년 8월 대비 +22.8% 상승했습니다.');
    expect(story.kpiChange({ label: '매출', up: false, value: '€1,000', change: '-3%', previous: '2025', note: '일부 부정적: 9 중 6' })).toBe(
      '매출: €1,000로 2025년 대비 -3% 하락했습니다(일부 부정적: 9 중 6).',
    );
  });

  test('a spike: the series takes 이/가 and the count its counter with (으)로', () => {
    const spike = (metric: 'mentions' | 'shares' | 'new_followers', observed: string) =>
      story.spikeEvent({ metric, observed, rise: { form: 'times', times: 5 }, weekday: 'Mon', day: '9월 8일', source: null });
    expect(spike('mentions', '900')).toMatch(/^9월 8일\(월\) 브랜드 언급이 900건으로 늘었습니다\(평소 월요일의 5배\)\. /);
    expect(spike('shares', '900')).toMatch(/^9월 8일\(월\) 공유가 900회로 늘었습니다/);
    expect(spike('new_followers', '301')).toMatch(/^9월 8일\(월\) 신규 팔로워가 301명으로 늘었습니다/);
  });

  test('the daily checklist against the typical weekday', () => {
    expect(ko.checklist.versusTypical({ value: '155', what: '부정 언급', level: 'high', expected: '7' })).toBe('부정 언급 155건으로 이 요일의 평소 수준(7건)을 크게 웃돌았습니다.');
    expect(ko.checklist.versusTypical({ value: '496', what: '신규 팔로워', level: 'typical', expected: '376' })).toBe('신규 팔로워 496명으로 이 요일의 평소 범위(376명) 안에 있습니다.');
  });

  test('comparisons with the period before: 과/와 by the label, a year with 년', () => {
    expect(ko.report.lede({ range: '2026년 9월 1일 ~ 2026년 9월 30일', previous: '2026년 8월' })).toBe('2026년 9월 1일 ~ 2026년 9월 30일의 수치를 2026년 8월과 비교합니다.');
    expect(ko.report.lede({ range: '2026년 9월 14일 ~ 2026년 9월 20일', previous: '2026년 37주차' })).toMatch(/2026년 37주차와 비교합니다\.$/);
    expect(ko.report.keyFiguresIntro({ period: '2026', previous: '2025' })).toMatch(/^2026년을 2025년과 비교합니다\. /);
    expect(ko.report.ledeDay({ day: '2026년 9월 14일', weekday: 'Mon', previous: '2026년 9월 13일' })).toBe('2026년 9월 14일의 수치를 먼저 평소 월요일과, 이어서 2026년 9월 13일과 비교합니다.');
    expect(ko.site.noComparisonWith({ previous: '2026년 3분기' })).toBe('2026년 3분기와 비교 불가');
  });

  test('a share of voice taken, a rank, a percentage with 을/를', () => {
    expect(ko.findings.competitorGained({ competitor: 'Nordwand', points: '+3.0%p', share: '31%', brand: 'Alpenglow', brandShare: '40%' })).toBe(
      'Nordwand의 보이스 점유율이 +3.0%p 올라 언급의 31%를 차지했습니다(Alpenglow: 40%).',
    );
    expect(ko.checklist.competitive({ brand: 'Alpenglow', share: '20.0%', rank: 2, of: 3, change: null, average: '30.0%' })).toBe(
      'Alpenglow의 언급 점유율은 20.0%로 3개 중 2위입니다. 경쟁사 평균은 30.0%입니다.',
    );
  });

  test('names of unknown reading never need a particle', () => {
    const sources = [
      sourcePhrase({ kind: 'page', domain: 'news.example', title: 'Alpenglow recalls Firn jackets', sourceType: 'news' }),
      sourcePhrase({ kind: 'hashtag', value: 'trailstories' }),
      sourcePhrase({ kind: 'account', value: 'anna_trail' }),
      sourcePhrase({ kind: 'platform', value: 'reddit' }),
    ];
    expect(sources).toEqual(['news.example의 기사 “Alpenglow recalls Firn jackets”', '#trailstories', '@anna_trail의 게시물', 'reddit 게시물']);
    const texts = [
      ko.digest.employee.roundup({ month: '2026년 9월', n: 3, count: '3', engagements: '2,500', brand: 'Alpenglow' }),
      story.nextSteps.leadership.competitor({ competitor: 'Nordwand' }),
      ...sources.map((s) => story.negativeEvent({ rise: { form: 'fold', fold: 22 }, count: '155', weekday: 'Mon', day: '9월 14일', source: { kind: 'hashtag', value: s }, cost: null, costFirst: true })),
    ];
    for (const t of texts) expect(t).not.toMatch(/\((?:으|이|을|은|과)\)|이\(가\)|을\(를\)/);
  });
});
