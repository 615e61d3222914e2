/**
 * Text from data is bounded and clean on the pages (src/core/story/display-text.ts): the sample
 * project (monthly reports) with authors that are a 204,800-character name, an RTL-override name
 * (`\u202Egnp.exe\u202C Mallory`) and names, titles and texts full of control bytes. No page may
 * hold a control byte, a direction override or the long name in full; the RTL name shows in its
 * own order, isolated; the pages stay small. One Astro build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, type BuiltProject } from './fixtures/build.ts';
import { sampleConfig, sampleRows } from './fixtures/sample.ts';

const BASE = '/r/';
const LONG_NAME = `Longname${'N'.repeat(204_800 - 8)}`;
const RTL = '\u202Egnp.exe\u202C Mallory';
const CONTROLS = '\x01\x02\x07\x08\x0b\x0c\x1b\x7f\u0085\u009b';
// Every C0 control but tab, line feed and carriage return (HTML whitespace), DEL and C1.
// eslint-disable-next-line no-control-regex
const controlByte = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const overrides = /[\u202A-\u202E\u2066\u2067]/;

let site: BuiltProject;
let html: Record<string, string>;

beforeAll(async () => {
  const rows = sampleRows();
  rows.mentions = rows.mentions!.map((m, i) => {
    // Every mention's author is one of the three hostile names; titles and texts carry control bytes.
    const who = i % 3;
    return {
      ...m,
      author_handle: null,
      author_name: who === 0 ? LONG_NAME : who === 1 ? RTL : `Ctrl${CONTROLS}Author`,
      title: m.title === null || m.title === undefined ? null : `${String(m.title)}${CONTROLS}`,
      text: `${String(m.text ?? 'Words')} ${CONTROLS} end`,
    };
  });
  site = await buildProject('cadence-display-text-', rows, sampleConfig({ base: BASE, monthlyOnly: true }));
  ({ html } = site);
}, 120_000);

afterAll(async () => {
  await site?.remove();
});

describe('pages built from long, reversed and control-laden names', () => {
  it('shows the names (the test can fail: they reach the team pages)', () => {
    const team = Object.entries(html).filter(([f]) => f.includes('/team/'));
    expect(team.length).toBeGreaterThan(0);
    const all = team.map(([, p]) => p).join('\n');
    expect(all).toContain('<bdi>gnp.exe Mallory</bdi>');
    expect(all).toContain('<bdi>CtrlAuthor</bdi>');
    expect(all).toMatch(/<bdi>LongnameN{70}N*…<\/bdi>/);
  });

  it('writes no control byte, no direction override and never the long name in full', () => {
    for (const [file, page] of Object.entries(html)) {
      const at = page.search(controlByte);
      expect(at, `${file}: control byte ${JSON.stringify(page.slice(at - 40, at + 10))}`).toBe(-1);
      expect(overrides.test(page), `${file}: direction override`).toBe(false);
      expect(page.includes('N'.repeat(1000)), `${file}: the long name in full`).toBe(false);
    }
  });

  it('keeps every page small', () => {
    const sizes = Object.entries(html).map(([file, page]) => [file, Buffer.byteLength(page)] as const);
    const largest = Math.max(...sizes.map(([, n]) => n));
    // Without bounds the team page holds the 200 KB name several times (over 500 KB).
    expect(largest, JSON.stringify(sizes.filter(([, n]) => n > 150_000))).toBeLessThan(150_000);
  });
});
