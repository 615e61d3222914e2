/**
 * A Vega locale (d3-format and d3-time-format definitions) made from Intl for the configured
 * locale, so axis numbers and month names match the rest of the page. Names are read in UTC:
 * chart dates are calendar days, never instants.
 */
export interface VegaLocale {
  number: {
    decimal: string;
    thousands: string;
    grouping: number[];
    currency: [string, string];
    minus?: string;
  };
  time: {
    dateTime: string;
    date: string;
    time: string;
    periods: [string, string];
    days: string[];
    shortDays: string[];
    months: string[];
    shortMonths: string[];
  };
}

export function vegaLocale(locale: string, currency: string): VegaLocale {
  const parts = new Intl.NumberFormat(locale).formatToParts(-1234567.5);
  const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  const moneyParts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
  const symbolIndex = moneyParts.findIndex((p) => p.type === 'currency');
  const numberIndex = moneyParts.findIndex((p) => p.type === 'integer');
  const symbol = moneyParts[symbolIndex]?.value ?? currency;
  const names = (options: Intl.DateTimeFormatOptions, dates: Date[]) => {
    const f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return dates.map((d) => f.format(d));
  };
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 1)));
  // 2026-03-01 is a Sunday; d3 lists days from Sunday.
  const days = Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2026, 2, 1 + d)));
  return {
    number: {
      decimal: part('decimal', '.'),
      thousands: part('group', ','),
      grouping: [3],
      currency: symbolIndex < numberIndex ? [symbol, ''] : ['', `\u00a0${symbol}`],
      minus: part('minusSign', '-'),
    },
    time: {
      dateTime: '%x, %X',
      date: '%Y-%m-%d',
      time: '%H:%M:%S',
      periods: ['AM', 'PM'],
      days: names({ weekday: 'long' }, days),
      shortDays: names({ weekday: 'short' }, days),
      months: names({ month: 'long' }, months),
      shortMonths: names({ month: 'short' }, months),
    },
  };
}

/**
 * A d3 time format for "day and short month" in the locale's order and with its own marks, read
 * from Intl: "%-d %b" (17 Sept), "%b %-d" (Sep 17), "%b %-d일" (9월 17일), "%b %-d." (szept. 17.).
 */
export function dayMonthFormat(locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2026, 8, 17)));
  return parts.map((p) => (p.type === 'day' ? '%-d' : p.type === 'month' ? '%b' : p.value.replaceAll('%', '%%'))).join('');
}

/**
 * A report author's spec with every day axis — a temporal `date` field on x or y, in layers and
 * concatenations too — given the locale's day format ("17 Sept", "9월 17일"), unless it has a
 * format, a time unit or no axis of its own. The spec is not changed; a copy is returned.
 */
export function withDayAxes(spec: Record<string, unknown>, locale: string): Record<string, unknown> {
  const format = dayMonthFormat(locale);
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const o = { ...(node as Record<string, unknown>) };
    if (o.encoding && typeof o.encoding === 'object') {
      const encoding = { ...(o.encoding as Record<string, Record<string, unknown> | null>) };
      for (const ch of ['x', 'y'] as const) {
        const c = encoding[ch];
        if (!c || c.field !== 'date' || c.type !== 'temporal' || c.timeUnit !== undefined || c.axis === null) continue;
        const axis = (c.axis ?? {}) as Record<string, unknown>;
        if (axis.format === undefined) encoding[ch] = { ...c, axis: { ...axis, format } };
      }
      o.encoding = encoding;
    }
    for (const k of ['layer', 'hconcat', 'vconcat', 'concat', 'spec'] as const) if (o[k] !== undefined) o[k] = walk(o[k]);
    return o;
  };
  return walk(spec) as Record<string, unknown>;
}
