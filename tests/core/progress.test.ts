import { describe, expect, it } from 'vitest';
import { createProgress, describeProgress, formatBytes, formatDuration, silentProgress } from '../../src/core/log/progress.ts';

/** A clock the test moves by hand. */
function fakeClock(start = Date.UTC(2026, 8, 14, 8, 0, 0)) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

function sink(isTTY = false) {
  const chunks: string[] = [];
  return { chunks, stream: { write: (c: string) => chunks.push(c), isTTY }, lines: () => chunks.join('').split('\n').filter(Boolean) };
}

describe('progress without a terminal (CI)', () => {
  it('prints a line every interval with count and rate, then a summary', () => {
    const clock = fakeClock();
    const out = sink();
    const progress = createProgress({ stream: out.stream, clock, intervalMs: 5000 });
    const task = progress.start('pull posts');
    clock.advance(1000);
    task.update(45_210); // before the interval: silent
    expect(out.lines()).toEqual([]);
    clock.advance(1654);
    task.update(120_000);
    clock.advance(2346); // 5 s since start
    task.update(226_050);
    clock.advance(1000);
    task.update(250_000); // only 1 s since the last line: silent
    clock.advance(4000);
    task.update(400_000);
    clock.advance(1000);
    task.stop();
    expect(out.lines()).toEqual([
      'pull posts: 226,050 rows (45,210 rows/s)',
      'pull posts: 400,000 rows (40,000 rows/s)',
      'pull posts: 400,000 rows in 11.0 s (36,364 rows/s)',
    ]);
  });

  it('shows the share and an ETA when the total is known, and takes a summary as the last line', () => {
    const clock = fakeClock();
    const out = sink();
    const progress = createProgress({ stream: out.stream, clock, intervalMs: 1000 });
    const task = progress.start('read mentions.csv', 50_000_000, 'bytes');
    clock.advance(2000);
    task.update(10_000_000);
    clock.advance(1000);
    task.update(12_000_000, 60_000_000); // the total changed
    task.stop('read mentions.csv: 1 file, 240,000 rows');
    task.update(1); // after stop: ignored
    expect(out.lines()).toEqual([
      'read mentions.csv: 10.0 MB / 50.0 MB, 20% (5.0 MB/s, ETA 8s)',
      'read mentions.csv: 12.0 MB / 60.0 MB, 20% (4.0 MB/s, ETA 12s)',
      'read mentions.csv: 1 file, 240,000 rows',
    ]);
  });

  it('keeps separate clocks for tasks running side by side', () => {
    const clock = fakeClock();
    const out = sink();
    const progress = createProgress({ stream: out.stream, clock, intervalMs: 5000 });
    const a = progress.start('pull a');
    clock.advance(3000);
    const b = progress.start('pull b', 10, 'pages');
    clock.advance(2000);
    a.update(100);
    b.update(2);
    clock.advance(3000);
    b.update(5);
    expect(out.lines()).toEqual(['pull a: 100 rows (20 rows/s)', 'pull b: 5 / 10 pages, 50% (1 pages/s, ETA 5s)']);
  });

  it('log() writes a plain line; the stream adapter passes chunks through', () => {
    const out = sink();
    const progress = createProgress({ stream: out.stream, clock: fakeClock() });
    progress.log('hello');
    progress.stream.write('world\n');
    expect(out.lines()).toEqual(['hello', 'world']);
  });
});

describe('progress on a terminal', () => {
  it('draws a live bar and leaves the summary line', () => {
    const clock = fakeClock();
    const out = sink(true);
    const progress = createProgress({ stream: Object.assign(out.stream, { columns: 100, cursorTo() {}, moveCursor() {}, clearLine() {}, clearScreenDown() {} }), clock });
    const task = progress.start('pull posts', 1000);
    clock.advance(1000);
    task.update(500);
    progress.log('a log line while the bar runs');
    task.stop();
    progress.close();
    const text = out.chunks.join('');
    expect(text).toContain('pull posts');
    expect(text).toContain('a log line while the bar runs');
    expect(text).toContain('pull posts: 500 rows in 1.0 s (500 rows/s)');
  });
});

describe('formatting', () => {
  it('formats bytes, durations and progress text', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(formatDuration(8)).toBe('8s');
    expect(formatDuration(125)).toBe('2m 05s');
    expect(formatDuration(3720)).toBe('1h 02m');
    expect(describeProgress({ label: 'x', unit: 'rows', done: 0, elapsedMs: 0 })).toBe('x: 0 rows');
  });

  it('silentProgress shows nothing but still writes log lines', () => {
    const out = sink();
    const progress = silentProgress(out.stream);
    const task = progress.start('quiet', 10);
    task.update(5);
    task.stop('done');
    progress.log('warned');
    expect(out.lines()).toEqual(['warned']);
  });
});
