/**
 * No data in SQL text: quotes, NUL bytes and SQL fragments fed through every place a bulk load
 * builds SQL — the file's name, its header names, cells read by date detection and by casts, and
 * a mapping's `map`, `value`, `default`, `pattern`, `template`, `split` and `format` — through the
 * real pull and through `cadence check`'s proof. The pull succeeds (or rejects a row with a
 * reason), and what is stored equals the input, byte for byte.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbDialect } from '../../src/core/store/dialect.ts';

const { str: sqlString, strList: sqlList } = duckdbDialect;
import { openDuck } from '../../src/core/store/duckdb.ts';
import { checkDelimitedFiles, withMappingProof, type FileProof } from '../../src/plugins/delimited/index.ts';
import { pullFixture } from '../../src/plugins/testkit.ts';
import type { SourceContext } from '../../src/plugins/api.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const drop = "'); DROP TABLE posts; --";
const header = {
  id: 'Post "ID"',
  date: `Date${drop}`,
  network: "Net'work",
  text: 'Te\u0000xt',
  likes: "Lik'es",
  tags: 'Tags"; SELECT 1; --',
};
/** The file name holds quotes and a statement too. */
const fileName = `it's "odd"; DROP TABLE x; --.csv`;

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const texts = [`${drop}`, 'say "hi"', "O'Brien", 'nul\u0000byte', '$1 ? getvariable(\'x\')', "back\\'slash"];
const rows = Array.from({ length: 60 }, (_, i) => ({
  id: `p'${i}"`,
  // A format with quotes in it, given in the mapping.
  date: `2026-09-${String(1 + (i % 28)).padStart(2, '0')} '10:${String(i % 60).padStart(2, '0')}'`,
  network: i % 3 === 0 ? "x'); DROP" : i % 3 === 1 ? 'A\u0000B' : 'other',
  text: texts[i % texts.length]!,
  likes: i % 5 === 0 ? '' : String(i),
  tags: `a';'b';'c${i}`,
}));
const csv = (r: Record<keyof typeof header, string>[]) => [Object.values(header), ...r.map((x) => Object.keys(header).map((k) => x[k as keyof typeof header]))].map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n';

const columns = {
  id: header.id,
  published_at: { column: header.date, format: ["%Y-%m-%d '%H:%M'", "%d/%m/%Y '%H'"] },
  platform: { column: header.network, map: { "x'); drop": "tw'itter\"", 'a\u0000b': 'nul\u0000mapped', '*': "oth'er" } },
  text: { template: `{${header.text}} ${drop} {${header.likes}}` },
  post_type: { value: `${drop}\u0000"` },
  url: { column: header.network, pattern: "^(x')\\)" },
  account_name: { column: header.likes, default: "de'fault\"" },
  hashtags: { column: header.tags, split: "';'" },
};

describe('quotes, NUL bytes and SQL fragments never become SQL', () => {
  it('a pull stores every value as written: header names, file name, map, value, default, pattern, template, split, format', async () => {
    await writeFile(join(dir, fileName), csv(rows));
    const r = await pullFixture({ plugin: 'csv', projectDir: dir, options: { file: fileName, entity: 'posts', columns } });
    try {
      expect(r.result.sources[0]!.error?.message).toBeUndefined();
      expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 60, rejected: 0 });
      const byId = new Map(r.rows.posts!.map((p) => [p.id, p]));
      rows.forEach((x, i) => {
        const stored = byId.get(x.id)!;
        expect(stored).toMatchObject({
          published_at: `2026-09-${String(1 + (i % 28)).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
          platform: i % 3 === 0 ? "tw'itter\"" : i % 3 === 1 ? 'nul\u0000mapped' : "oth'er",
          text: `${x.text} ${drop} ${x.likes}`,
          post_type: `${drop}\u0000"`,
          url: i % 3 === 0 ? "x'" : null,
          account_name: x.likes === '' ? "de'fault\"" : x.likes,
          hashtags: ['a', 'b', `c${i}`],
          source_file: fileName,
        });
      });
    } finally {
      await r.cleanup();
    }
  });

  it('hostile cells in a date column without a format: detection reads them as data, the bad ones are rejects with their text', async () => {
    const file = `dates '"; --.csv`;
    const dated = rows.map((x, i) => ({ ...x, date: i === 7 ? `2026-09-0${drop}` : i === 8 ? '2026\u0000-09-01' : i === 9 ? "2026-09-01'" : `2026-09-${String(1 + (i % 28)).padStart(2, '0')}` }));
    await writeFile(join(dir, file), csv(dated));
    const r = await pullFixture({ plugin: 'csv', projectDir: dir, options: { file, entity: 'posts', columns: { ...columns, published_at: header.date } } });
    try {
      expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 57, rejected: 3 });
      expect(r.rejects.map((x) => [x.line, x.column, x.code, x.value])).toEqual([
        ['9', header.date, 'CADENCE_VALUE_NOT_DATE', dated[7]!.date],
        ['10', header.date, 'CADENCE_VALUE_NOT_DATE', dated[8]!.date],
        ['11', header.date, 'CADENCE_VALUE_NOT_DATE', dated[9]!.date],
      ]);
      // The reject keeps the row under its header names, quotes and NULs included.
      const raw = JSON.parse(r.rejects[1]!.raw) as Record<string, string>;
      expect(Object.keys(raw)).toEqual(Object.values(header));
      expect(raw[header.date]).toBe('2026\u0000-09-01');
      expect(raw[header.text]).toBe(dated[8]!.text);
    } finally {
      await r.cleanup();
    }
  });

  it("cadence check's proof reads the same values the same way", async () => {
    const file = `check "it"'s.csv`;
    await writeFile(join(dir, file), csv(rows));
    const request = { rows: 1000, proofs: [] as FileProof[] };
    const ctx = { projectDir: dir, signal: new AbortController().signal, timezone: 'UTC', log: { debug() {}, info() {}, warn() {}, error() {} } } as unknown as SourceContext<unknown>;
    const result = await withMappingProof(request, () => checkDelimitedFiles(ctx, { file, entity: 'posts', columns }));
    expect(result.ok).toBe(true);
    expect(request.proofs).toEqual([expect.objectContaining({ file, sampled: 60, imported: 60, rejects: [] })]);
  });

  it("the metrics' literal for configuration text holds quotes and NUL bytes as text too", async () => {
    const duck = await openDuck();
    try {
      const value = `O'Brien${drop}\u0000"x"`;
      const [row] = await duck.all<{ v: string; hit: boolean }>(`SELECT ${sqlString(value)} AS v, ${sqlString(value)} IN ${sqlList(['a', value])} AS hit`);
      expect(row).toEqual({ v: value, hit: true });
    } finally {
      duck.close();
    }
  });
});
