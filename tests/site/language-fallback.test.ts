/**
 * A locale whose language has no catalog yet (Japanese, German, …) builds English sentences with
 * its own numbers and dates, `<html lang="en">`, and the build says so once; a language with a
 * catalog (Italian) says nothing.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingCatalogNote } from '../../src/core/i18n/catalog.ts';
import { configSchema } from '../../src/core/schema/config.ts';
import { buildSite } from '../../src/site/build.ts';
import { writeDataFolder } from './fixtures/data-folder.ts';
import { sampleConfigInput, sampleRows } from './fixtures/sample.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-language-'));
  await writeDataFolder(join(dir, 'data'), sampleRows());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function build(locale: string): Promise<{ warnings: string[]; html: string }> {
  const warnings: string[] = [];
  const log = { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {} };
  const config = configSchema.parse({ ...sampleConfigInput({ monthlyOnly: true }), locale });
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    await buildSite({ projectDir: dir, config, log, period: '2026-09', audience: 'leadership', outDir: join(dir, `out-${locale}`) });
  } finally {
    process.chdir(cwd);
  }
  return { warnings, html: await readFile(join(dir, `out-${locale}`, 'monthly', '2026-09', 'leadership', 'index.html'), 'utf8') };
}

describe('a language without a catalog', () => {
  it('is named once at build: English sentences, the locale’s numbers and dates, <html lang="en">', async () => {
    const { warnings, html } = await build('ja-JP');
    const notes = warnings.filter((w) => w.includes('catalog'));
    expect(notes).toEqual([
      'locale "ja-JP": there is no Japanese catalog yet, so the reports\u2019 sentences are in English, with ja-JP numbers and dates (complete languages: English, Italian, Korean, Romanian, Greek, Hungarian; README: "The report site", Language)'.replace('\u2019', "'"),
    ]);
    expect(html.includes('<html lang="en"')).toBe(true);
    // English sentences, Japanese dates.
    expect(html.includes('Wins and risks')).toBe(true);
    expect(html.includes('2026年9月')).toBe(true);
  }, 120_000);

  it('says nothing for a language with a catalog, nor for English', async () => {
    expect(missingCatalogNote('it-IT')).toBeNull();
    expect(missingCatalogNote('en-US')).toBeNull();
    expect(missingCatalogNote('de-DE')).toContain('no German catalog yet');
    for (const locale of ['ko-KR', 'ro-RO', 'el-GR', 'hu-HU']) expect(missingCatalogNote(locale), locale).toBeNull();
    const { warnings, html } = await build('it-IT');
    expect(warnings.filter((w) => w.includes('catalog'))).toEqual([]);
    expect(html.includes('<html lang="it"')).toBe(true);
  }, 120_000);
});
