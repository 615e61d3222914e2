/**
 * `cadence catalog --lang <code>`: every message of a catalog with sample values in its locale,
 * each under its English original, for a native reviewer; needs no project. An unknown language
 * exits 2 and names the catalogs there are.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

let empty: string;
beforeAll(async () => {
  empty = await mkdtemp(join(tmpdir(), 'cadence-catalog-'));
});
afterAll(async () => {
  await rm(empty, { recursive: true, force: true });
});

describe('cadence catalog', () => {
  it('prints every Hungarian message with sample values in hu-HU, under the English, from a folder with no project', async () => {
    const run = await runCli(['catalog', '--lang', 'hu'], { cwd: empty });
    expect(run.code, run.stderr).toBe(0);
    const head = run.stdout.split('\n')[0]!;
    expect(head).toMatch(/^Hungarian catalog \(hu\): (\d+) messages, (\d+) texts, sample values in hu-HU/);
    expect(Number(/(\d+) messages/.exec(head)![1])).toBeGreaterThan(600);
    // A message with its English original and the Hungarian, with Hungarian dates and numbers.
    const block = run.stdout.split('\n== ').find((b) => b.startsWith('report.lede\n'))!;
    expect(block).toMatch(/\n {2}en {2}.*1 September 2026/);
    expect(block).toMatch(/\n {2}hu {2}.*2026\. szeptember/);
    // The "How to read these reports" page and the PDF footer are in it too.
    expect(run.stdout).toContain('== about.body');
    expect(run.stdout).toContain('== pdf.pageOf');
    expect(run.stdout).not.toMatch(/undefined|NaN/);
  });

  it('--only keeps the messages under a prefix; --json gives [{ path, texts }]', async () => {
    const run = await runCli(['catalog', '--lang', 'ko-KR', '--only', 'deck.slides', '--json'], { cwd: empty });
    expect(run.code, run.stderr).toBe(0);
    const entries = JSON.parse(run.stdout) as { path: string; texts: [string, string][] }[];
    expect(entries.length).toBe(36);
    for (const e of entries) {
      expect(e.path.startsWith('deck.slides.')).toBe(true);
      expect(e.texts[0]![1]).toMatch(/\p{Script=Hangul}/u);
    }
  });

  it('refuses a language without a catalog with exit 2, naming the catalogs there are', async () => {
    const run = await runCli(['catalog', '--lang', 'de'], { cwd: empty });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('CADENCE_CATALOG_UNKNOWN');
    expect(run.stderr).toContain('en, it, ko, ro, el, hu');
    expect(run.stdout).toBe('');
  });
});
