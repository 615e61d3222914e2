/**
 * The two modes give the same rows: the fixture documents pulled from the (fake) API, and the
 * same documents written as an export and loaded by the store — the mapping exists twice
 * (mention-fields.ts), and this keeps the two in step.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pullFixture } from 'cadence/testkit';
import { createTalkwalker } from './index.ts';
import { documents, trackedConfig } from './fixtures/documents.ts';
import { toCsv } from './fixtures/export-layout.ts';
import { PROJECT, startFakeApi, TOKEN } from './fixtures/fake-api.ts';
import { fakeTime } from './test-helpers.ts';

const provenance = ['source_name', 'source_plugin', 'source_stream', 'source_file', 'source_line', 'imported_at'];
const strip = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !provenance.includes(k))));

it('an export and the API give the same mentions', async () => {
  const time = fakeTime();
  const plugin = createTalkwalker({ sleep: time.sleep, random: time.random });
  const config = trackedConfig as never;
  const api = await startFakeApi();
  const dir = await mkdtemp(join(tmpdir(), 'talkwalker-parity-'));
  try {
    const fromApi = await pullFixture({
      plugin,
      options: { api: { baseUrl: api.url, token: { env: 'TALKWALKER_TOKEN' }, projectId: PROJECT, startDate: '2026-03-01' } },
      env: { TALKWALKER_TOKEN: TOKEN },
      config,
      clock: time.clock,
    });
    await mkdir(join(dir, 'exports'));
    await writeFile(join(dir, 'exports/talkwalker-all.csv'), toCsv(documents));
    const fromExport = await pullFixture({ plugin, options: {}, projectDir: dir, config, clock: time.clock });
    expect(fromApi.rows.mentions).toHaveLength(documents.length);
    expect(strip(fromExport.rows.mentions!)).toEqual(strip(fromApi.rows.mentions!));
    await fromApi.cleanup();
    await fromExport.cleanup();
  } finally {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
});
