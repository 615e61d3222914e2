/**
 * `cadence check` proves a file source's mapping on real rows: the first rows of every file go
 * through the same casts and checks as a pull, in a throw-away database, and the check says how
 * many would import — ✓ all of them, ⚠ some rejected (the reasons grouped by code and column,
 * with a count and an example), ✗ none or more than a pull allows (exit 1; 2 for a mapping that
 * cannot be read as it is). It writes nothing.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject } from '../plugins/project.ts';
import { runCli } from './run-cli.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const config = (sources: string) => `import { defineConfig } from 'cadence/config';
export default defineConfig({ brand: { name: 'Acme' }, timezone: 'Europe/Berlin', sources: { ${sources} } });
`;
const source = (name: string, file: string, extra = '') =>
  `${name}: { plugin: 'csv', ${extra}options: { file: '${file}', entity: 'posts', columns: { id: 'Post ID', published_at: 'Date', platform: 'Network', impressions: 'Impressions' } } }`;
const header = 'Post ID,Date,Network,Impressions';

async function project(files: Record<string, string | Buffer>, sources: string): Promise<string> {
  const text = Object.fromEntries(Object.entries(files).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const dir = await makeProject({ 'cadence.config.ts': config(sources), ...text });
  const { writeFile } = await import('node:fs/promises');
  for (const [path, bytes] of Object.entries(files)) if (typeof bytes !== 'string') await writeFile(join(dir, path), bytes);
  dirs.push(dir);
  return dir;
}

const good = [header, 'p1,2015-02-24 11:35:52 -0800,facebook,"1,200"', 'p2,2015-02-24 11:15:59 -0800,instagram,340', 'p3,2015-02-23 20:01:01 -0800,facebook,12'].join('\n') + '\n';
// Ten rows, four rejected for three reasons.
const halfBad =
  [
    header,
    'p1,2026-09-01 10:00,facebook,1',
    'p2,someday,facebook,2',
    'p3,2026-09-03 10:00,facebook,3',
    'p4,never,facebook,4',
    'p5,2026-09-05 10:00,facebook,lots',
    'p6,2026-09-06 10:00,,6',
    'p7,2026-09-07 10:00,facebook,7',
    'p8,2026-09-08 10:00,facebook,8',
    'p9,2026-09-09 10:00,facebook,9',
    'p10,2026-09-10 10:00,facebook,10',
  ].join('\n') + '\n';

describe('cadence check proves the mapping on the first rows', () => {
  it('✓ with the count for a good file, ⚠ with the reasons grouped by code and column for a half-bad one; writes nothing', async () => {
    const dir = await project({ 'exports/good.csv': good, 'exports/half.csv': halfBad }, `${source('good', 'exports/good.csv')}, ${source('half', 'exports/half.csv')}`);
    const r = await runCli(['check'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ good (csv): exports/good.csv');
    expect(r.stdout).toContain('✓ posts: 3 of 3 sampled rows import (first 1,000 rows of the file; ✓ needs 100%; a pull fails past 50% rejected)');
    expect(r.stdout).toContain('⚠ half (csv): exports/half.csv');
    expect(r.stdout).toContain('⚠ posts: 6 of 10 sampled rows would import, 4 rejected');
    const reasons = r.stdout.split('\n').filter((l) => l.includes(' × '));
    expect(reasons).toEqual([
      '        2 × CADENCE_VALUE_NOT_DATE in column "Date" (published_at): "someday" is not a date-time; the detected format "iso" fails on it; set columns.published_at.format in the mapping',
      '        1 × CADENCE_VALUE_NOT_NUMBER in column "Impressions" (impressions): "lots" is not a whole number',
      '        1 × CADENCE_VALUE_REQUIRED in column "Network" (platform): is required but empty',
    ]);
    // Nothing written: no data folder.
    expect(existsSync(join(dir, 'data'))).toBe(false);
    // ✓ at a share the user accepts, and said so.
    const lenient = await runCli(['check', '--ok-share', '60'], { cwd: dir });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('✓ half (csv)');
    expect(lenient.stdout).toContain('✓ posts: 6 of 10 sampled rows would import, 4 rejected (first 1,000 rows of the file; ✓ needs 60%');
  });

  it('✗ and exit 1 when every date is in a form no format reads, naming the closest format', async () => {
    const undetected = [header, 'p1,11:35 24/02/2015,facebook,1', 'p2,09:02 25/02/2015,facebook,2', 'p3,17:45 26/02/2015,facebook,3'].join('\n') + '\n';
    const dir = await project({ 'exports/posts.csv': undetected }, source('posts', 'exports/posts.csv'));
    const r = await runCli(['check'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ posts (csv): exports/posts.csv');
    expect(r.stdout).toContain('✗ posts: 0 of 3 sampled rows would import, 3 rejected');
    expect(r.stdout).toMatch(/3 × CADENCE_VALUE_NOT_DATE in column "Date" \(published_at\): "11:35 24\/02\/2015" is not a date-time in any known format; closest format "%[^"]+" fails on it; set columns\.published_at\.format in the mapping/);
    expect(r.stderr).toContain('CADENCE_CHECK_ROWS_REJECTED');
    expect(r.stderr).toContain('stream posts: none of 3 sampled rows would import');
    expect(r.stderr).toContain('closest format "');
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('✗ and exit 2 for a date column that reads two ways, naming both formats and how to set one', async () => {
    const ambiguous = [header, 'p1,03/04/2015 10:00,facebook,1', 'p2,05/06/2015 11:30,facebook,2'].join('\n') + '\n';
    const dir = await project({ 'exports/posts.csv': ambiguous }, source('posts', 'exports/posts.csv'));
    const r = await runCli(['check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('✗ posts (csv)');
    expect(r.stderr).toContain('CADENCE_CSV_MAPPING_INVALID');
    expect(r.stderr).toContain('day-first ("%d/%m/%Y %H:%M") or 2015-03-04 month-first ("%m/%d/%Y %H:%M")');
    expect(r.stderr).toContain("published_at: { column: 'Date', format: '%d/%m/%Y %H:%M' }");
  });

  it('reads only the first rows, of every file a pattern matches, converting a UTF-16 export the way a pull does', async () => {
    // 1,000 good rows, then bad ones the sample never reaches.
    const long = [header, ...Array.from({ length: 1500 }, (_, i) => `p${i},${i < 1000 ? '2026-09-01 10:00' : 'later'},facebook,${i}`)].join('\n') + '\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode([header, 'q1,24.02.2015 11:35,facebook,5', 'q2,25.02.2015 09:00,instagram,6'].join('\r\n') + '\r\n', 'utf-16le')]);
    const dir = await project({ 'exports/a-long.csv': long, 'exports/b-utf16.csv': utf16 }, source('posts', 'exports/*.csv'));
    const r = await runCli(['check'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ posts: 1,002 of 1,002 sampled rows import (first 1,000 rows of each of 2 files;');
    const fewer = await runCli(['check', '--sample-rows', '10'], { cwd: dir });
    expect(fewer.stdout).toContain('✓ posts: 12 of 12 sampled rows import (first 10 rows of each of 2 files;');
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });
});
