/**
 * `NA` is Namibia's ISO code (YouTube Studio's Geography table has it), and `NA`, `N/A`, `NULL`,
 * `None`, `NaN` and `-` are ordinary text wherever a text field holds them: the delimited-file
 * engine must not read any of them as missing, as pandas and R do by default. DuckDB's read_csv
 * reads only the empty cell as NULL with our settings (auto_detect off, nullstr left at ''); the
 * store turns empty cells into NULL and nothing else. In a number column such a word is not a
 * number: a coded reject, never a quiet NULL. Through the csv plugin, as a user would import it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullFixture } from '../../../src/plugins/testkit.ts';
import csv from '../../../plugins/csv/index.ts';

const words = ['NA', 'N/A', 'NULL', 'null', 'None', 'NaN', '-', '#N/A'];

describe('NA and other "missing" words in text columns stay text', () => {
  it('stored as written in text fields; an empty cell is the only NULL; in a number column, a reject', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cadence-na-'));
    try {
      const lines = ['Day,Country,Campaign,Sessions', ...words.map((w, i) => `2026-09-0${(i % 9) + 1},${w},${w},${i + 1}`), '2026-09-09,,,50', '2026-09-09,US,spring,NA'];
      await writeFile(join(dir, 'geo.csv'), lines.join('\n') + '\n');
      const r = await pullFixture({
        plugin: csv,
        projectDir: dir,
        options: {
          file: 'geo.csv',
          entity: 'web_sessions',
          columns: { id: { hash: ['*'] }, date: 'Day', country: 'Country', campaign: 'Campaign', sessions: 'Sessions', channel: { value: 'other' }, is_social: { value: false } },
        },
      });
      try {
        expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: words.length + 1, rejected: 1 });
        const rows = r.rows.web_sessions!;
        for (const [i, w] of words.entries()) {
          expect(rows.find((x) => x.sessions === i + 1)).toMatchObject({ country: w, campaign: w });
        }
        expect(rows.find((x) => x.sessions === 50)).toMatchObject({ country: null, campaign: null });
        expect(r.rejects.map((x) => [Number(x.line), x.column, x.code])).toEqual([[lines.length, 'Sessions', 'CADENCE_VALUE_NOT_NUMBER']]);
      } finally {
        await r.cleanup();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
