/**
 * The `startDate` option as an instant: a date is midnight, and a date-time without an offset is
 * wall time, in the given IANA zone (the source's `timezone`, else the project's).
 */

/** Milliseconds since the epoch of `text` (validated by the options schema). */
export function startInstant(text: string, timeZone: string): number {
  const [day, time = '00:00'] = text.trim().split(/[T ]/);
  const offset = /(Z|[+-]\d{2}:?\d{2})$/.exec(time)?.[1];
  const clock = offset ? time.slice(0, -offset.length) : time;
  const [h = '00', m = '00', s = '00'] = clock.split(':');
  const wall = Date.parse(`${day}T${h.padStart(2, '0')}:${m}:${s.includes('.') ? s : `${s}.000`}Z`);
  if (offset) {
    if (offset === 'Z') return wall;
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    return wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  // Wall time in the zone: subtract the zone's offset at that instant (twice, to settle DST edges).
  let guess = wall - offsetAt(wall, timeZone);
  guess = wall - offsetAt(guess, timeZone);
  return guess;
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}
