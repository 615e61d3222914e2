/**
 * One set of KPI queries, two engines, the same numbers (issue 17): the report models — every
 * built-in KPI and the project's own, goals, the typical day, anomalies with their drivers and
 * evidence, share of voice, campaign lifecycles and every list — computed on DuckDB and on
 * ClickHouse (embedded, chdb) from the same data folder are equal: exactly for counts, days and
 * text, to 1e-9 (relative) for rates and amounts. On the demo data, and on time-zone edge
 * fixtures around the clock changes of America/New_York, Europe/Berlin and Australia/Lord_Howe.
 *
 * chdb carries a 566 MB library, so it is not a dependency: `.ci/run` installs it; without it this
 * file is skipped, saying so.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chdbInstalled } from './chdb.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/core/config/load.ts';
import { addDays } from '../../src/core/benchmarks/typical-day.ts';
import { periodContaining } from '../../src/core/periods/period.ts';
import type { DataReader } from '../../src/core/store/reader.ts';
import { writeDataFolder } from '../site/fixtures/data-folder.ts';
import { bothReaders, differences, models } from './parity.ts';
import { tzConfig, tzRows, zoneChanges, type Zone } from './tz-fixture.ts';

const hasChdb = chdbInstalled('tests/engines/parity.test.ts');

const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe.skipIf(!hasChdb)('DuckDB and ClickHouse compute the same reports', () => {
  describe('the demo', () => {
    let duck: DataReader;
    let ch: DataReader;
    let config: Awaited<ReturnType<typeof loadConfig>>['config'];
    beforeAll(async () => {
      const project = inject('demoProjectDir');
      config = (await loadConfig({ projectDir: project })).config;
      ({ duck, ch } = await bothReaders(join(project, config.dataDir)));
    });
    afterAll(async () => {
      await duck?.close();
      await ch?.close();
    });

    it('for a day, a week, a month, a quarter and the year, every audience', async () => {
      const periods = ['2026-09-14', '2026-W37', '2026-09', '2026-Q3', '2026'];
      const a = await models(duck, config, periods);
      const b = await models(ch, config, periods);
      expect(a.length).toBe(15);
      // The comparison can fail: the models carry KPIs, anomalies, share of voice and lists.
      const m = a.find((x) => x.period.id === '2026-09' && x.audience === 'team')!;
      expect(m.kpis.filter((k) => k.available).length).toBeGreaterThan(20);
      expect(differences(plain(a), plain(b))).toEqual([]);
    }, 600_000);
  });

  describe.each(Object.keys(zoneChanges) as Zone[])('around the clock changes of %s', (zone) => {
    let dir: string;
    let duck: DataReader;
    let ch: DataReader;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'cadence-parity-tz-'));
      await writeDataFolder(join(dir, 'data'), tzRows(zone));
      ({ duck, ch } = await bothReaders(join(dir, 'data')));
    });
    afterAll(async () => {
      await duck?.close();
      await ch?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('gives the same days, weeks and months, typical days and anomalies', async () => {
      const config = tzConfig(zone);
      const periods = zoneChanges[zone].flatMap((day) => [
        addDays(day, -1),
        day,
        addDays(day, 1),
        periodContaining('week', day, zone).id,
        periodContaining('month', day, zone).id,
      ]);
      const a = await models(duck, config, periods, '2026-11-30');
      const b = await models(ch, config, periods, '2026-11-30');
      // The news story on the day of each change is found, on both engines.
      const changeDay = a.find((x) => x.period.id === zoneChanges[zone][0] && x.audience === 'team')!;
      expect(changeDay.kpis.find((k) => k.id === 'listening.negative_mentions')).toMatchObject({ available: true, value: expect.any(Number) });
      expect(changeDay.kpis.find((k) => k.id === 'listening.negative_mentions')!.value).toBeGreaterThan(20);
      expect(differences(plain(a), plain(b))).toEqual([]);
    }, 600_000);
  });
});
