/**
 * defineMetric, a project's own KPI: checked field by field when defined (CADENCE_METRIC_INVALID
 * naming the field), refused when it redefines a built-in id, and its SQL failures named after the
 * metric (CADENCE_METRIC_SQL_FAILED) when computed. A goal on an unknown KPI stops a build
 * (CADENCE_GOAL_UNKNOWN_KPI).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineMetric as fromConfigEntry } from 'cadence/config';
import { defineMetric as fromPluginEntry } from 'cadence/plugin';
import { CadenceError, type ErrorCode } from '../../../src/core/errors.ts';
import { computeKpis } from '../../../src/core/metrics/compute.ts';
import { builtinKpis, registryFor } from '../../../src/core/metrics/registry.ts';
import { dayPeriod, monthPeriod } from '../../../src/core/periods/period.ts';
import { buildReportModels } from '../../../src/core/report/build.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { defineMetric, type MetricDefinition } from '../../../src/plugins/define-metric.ts';
import { defineMetric as fromPublic } from '../../../src/plugins/public.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const tz = 'Europe/Berlin';

/** Brand mentions with a positive sentiment, per period. */
const positiveMentions: MetricDefinition = {
  id: 'listening.positive_mentions',
  stage: 'listening',
  label: 'Positive mentions',
  unit: 'count',
  direction: 'up',
  definition: 'Brand mentions published in the period whose sentiment is positive.',
  entities: ['mentions'],
  sql: (c) => `SELECT pd.period, count(*) AS value FROM mentions m ${c.byPeriod('m.published_at')} WHERE ${c.isBrand('m')} AND m.sentiment = 'positive' GROUP BY pd.period`,
};

async function codeOf(fn: () => unknown): Promise<{ code: ErrorCode; message: string }> {
  try {
    await fn();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(CadenceError);
    return { code: (error as CadenceError).code, message: (error as CadenceError).message };
  }
  throw new Error('expected an error');
}

describe('defineMetric', () => {
  it('returns a valid metric itself, from every entry point', () => {
    expect(defineMetric(positiveMentions)).toBe(positiveMentions);
    expect(fromConfigEntry(positiveMentions)).toBe(positiveMentions);
    expect(fromPluginEntry(positiveMentions)).toBe(positiveMentions);
    expect(fromPublic(positiveMentions)).toBe(positiveMentions);
  });

  it('accepts every stage, unit and direction', () => {
    for (const [stage, unit, direction] of [
      ['influencing', 'percent', 'down'],
      ['networking', 'currency', 'up'],
      ['selling', 'days', 'down'],
      ['listening', 'hours', 'up'],
      ['selling', 'number', 'up'],
    ] as const) {
      const def = { ...positiveMentions, id: `${stage}.my_metric_2`, stage, unit, direction };
      expect(defineMetric(def)).toBe(def);
    }
  });

  const bad = (patch: Record<string, unknown>) => ({ ...positiveMentions, ...patch }) as unknown as MetricDefinition;
  it.each([
    ['id', { id: 'Listening.Positive' }],
    ['id', { id: 'listening' }],
    ['id', { id: 'listening.positive-mentions' }],
    ['id', { id: 42 }],
    ['id', { id: 'selling.positive_mentions' }], // does not start with its stage
    ['stage', { stage: 'awareness', id: 'awareness.positive_mentions' }],
    ['unit', { unit: 'euros' }],
    ['direction', { direction: 'sideways' }],
    ['label', { label: '' }],
    ['label', { label: '   ' }],
    ['definition', { definition: '' }],
    ['definition', { definition: undefined }],
    ['entities', { entities: ['tweets'] }],
    ['entities', { entities: [] }],
    ['sql', { sql: 'SELECT 1' }],
  ])('throws CADENCE_METRIC_INVALID naming %s', async (field, patch) => {
    const e = await codeOf(() => defineMetric(bad(patch)));
    expect(e.code).toBe('CADENCE_METRIC_INVALID');
    expect(e.message).toMatch(new RegExp(`\\n  ${field}: `));
  });

  it('names every bad field at once', async () => {
    const e = await codeOf(() => defineMetric(bad({ unit: 'euros', direction: 'left', label: '' })));
    expect(e.message).toMatch(/unit: /);
    expect(e.message).toMatch(/direction: /);
    expect(e.message).toMatch(/label: /);
    expect(e.message).toContain('metric "listening.positive_mentions"');
  });

  it('throws CADENCE_METRIC_INVALID for something that is not an object', async () => {
    expect((await codeOf(() => defineMetric(null as unknown as MetricDefinition))).code).toBe('CADENCE_METRIC_INVALID');
  });
});

describe('registryFor', () => {
  it('places a project metric at the end of its stage, marked custom', () => {
    const registry = registryFor({ metrics: [positiveMentions] });
    const ids = registry.list().map((k) => k.id);
    const lastListening = ids.map((id, i) => [id, i] as const).filter(([id]) => id.startsWith('listening.')).pop()!;
    expect(lastListening[0]).toBe('listening.positive_mentions');
    expect(ids[lastListening[1] + 1]!.startsWith('influencing.')).toBe(true);
    expect(ids.length).toBe(builtinKpis.length + 1);
    expect(registry.isCustom('listening.positive_mentions')).toBe(true);
    expect(registry.isCustom('listening.mentions')).toBe(false);
  });

  it('rejects a metric that redefines a built-in id', async () => {
    const clash = { ...positiveMentions, id: 'listening.mentions' };
    const e = await codeOf(() => registryFor({ metrics: [clash] }));
    expect(e.code).toBe('CADENCE_METRIC_INVALID');
    expect(e.message).toContain('listening.mentions');
  });

  it('checks the fields of a metric the config holds (not made with defineMetric)', async () => {
    const e = await codeOf(() => registryFor({ metrics: [{ ...positiveMentions, unit: 'euros' } as unknown as MetricDefinition] }));
    expect(e.code).toBe('CADENCE_METRIC_INVALID');
    expect(e.message).toMatch(/unit: /);
  });
});

describe('computing a project metric', () => {
  const config = configSchema.parse({ brand: { name: 'Alpenglow' }, competitors: [{ name: 'Bergmann' }], timezone: tz });
  let dir: string;
  let reader: DataReader;
  const sep = monthPeriod('2026-09', tz);
  const sep1 = dayPeriod('2026-09-01', tz);
  const m = (id: string, at: string, name: string, sentiment: string | null) => ({ id, published_at: at, platform: 'twitter', matched_name: name, sentiment });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cadence-define-metric-'));
    await writeDataFolder(dir, {
      mentions: [
        m('a', '2026-08-31T22:30:00Z', 'Alpenglow', 'positive'), // 00:30 on 1 September in Berlin: counts
        m('b', '2026-08-31T21:30:00Z', 'Alpenglow', 'positive'), // 23:30 on 31 August: not September
        m('c', '2026-09-10T10:00:00Z', 'Alpenglow', 'positive'),
        m('d', '2026-09-11T10:00:00Z', 'Alpenglow', 'negative'),
        m('e', '2026-09-12T10:00:00Z', 'Bergmann', 'positive'), // a competitor's
      ],
    });
    reader = await openReader(dir);
  });
  afterAll(async () => {
    await reader?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('computes like a built-in KPI', async () => {
    const values = await computeKpis({ reader, config, kpis: [defineMetric(positiveMentions)], periods: [sep, sep1] });
    // September: a and c (b is August in Berlin, d negative, e the competitor's) = 2; 1 September: a = 1.
    expect(values.get('listening.positive_mentions')!.get('2026-09')).toEqual({ available: true, value: 2 });
    expect(values.get('listening.positive_mentions')!.get('2026-09-01')).toEqual({ available: true, value: 1 });
  });

  it('names the metric when its SQL fails', async () => {
    const broken = defineMetric({ ...positiveMentions, id: 'listening.broken', sql: (c) => `SELECT pd.period, count(*) AS value FROM mentions m ${c.byPeriod('m.published_at')} WHERE m.no_such_column = 1 GROUP BY pd.period` });
    const e = await codeOf(() => computeKpis({ reader, config, kpis: [broken], periods: [sep] }));
    expect(e.code).toBe('CADENCE_METRIC_SQL_FAILED');
    expect(e.message).toContain('metric "listening.broken"');
  });

  it('fails a query without `period` and `value` columns', async () => {
    const noColumns = defineMetric({ ...positiveMentions, id: 'listening.no_columns', sql: (c) => `SELECT pd.period AS p, count(*) AS n FROM mentions m ${c.byPeriod('m.published_at')} GROUP BY pd.period` });
    const e = await codeOf(() => computeKpis({ reader, config, kpis: [noColumns], periods: [sep] }));
    expect(e.code).toBe('CADENCE_METRIC_SQL_FAILED');
    expect(e.message).toContain('listening.no_columns');
    const noValue = defineMetric({ ...positiveMentions, id: 'listening.no_value', sql: (c) => `SELECT pd.period, count(*) AS n FROM mentions m ${c.byPeriod('m.published_at')} GROUP BY pd.period` });
    expect((await codeOf(() => computeKpis({ reader, config, kpis: [noValue], periods: [sep] }))).code).toBe('CADENCE_METRIC_SQL_FAILED');
  });

  it('reports a throwing sql function as an invalid metric', async () => {
    const throwing = defineMetric({
      ...positiveMentions,
      id: 'listening.throwing',
      sql: () => {
        throw new Error('boom');
      },
    });
    const e = await codeOf(() => computeKpis({ reader, config, kpis: [throwing], periods: [sep] }));
    expect(e.code).toBe('CADENCE_METRIC_INVALID');
    expect(e.message).toContain('listening.throwing');
  });

  it('stops a build whose goal names an unknown KPI', async () => {
    const withGoal = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: tz, goals: [{ kpi: 'listening.no_such_kpi', target: 10 }] });
    const e = await codeOf(() => buildReportModels({ reader, config: withGoal, periods: [sep], asOf: '2026-10-01' }));
    expect(e.code).toBe('CADENCE_GOAL_UNKNOWN_KPI');
    expect(e.message).toContain('listening.no_such_kpi');
  });

  it('accepts a goal on a project metric', async () => {
    const withGoal = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: tz, metrics: [positiveMentions], goals: [{ kpi: 'listening.positive_mentions', period: 'month', target: 2 }] });
    const [model] = await buildReportModels({ reader, config: withGoal, periods: [sep], asOf: '2026-10-01', audiences: ['team'] });
    const k = model!.kpis.find((x) => x.id === 'listening.positive_mentions')!;
    expect(k.custom).toBe(true);
    // A count target is not divided by 100. The data ends on 12 September (mention e), so the goal
    // counts 1–12 September: 2 positive brand mentions in 12 of 30 days, projected 2 × 30 ÷ 12 = 5 ≥ 2.
    expect(k.comparisons.target).toMatchObject({ target: 2, toDate: 2, progress: 1, toDatePeriod: '2026-09-01..2026-09-12', elapsedDays: 12, totalDays: 30, projected: 5, status: 'on_track' });
    expect(model!.complete).toBe(false);
  });
});
