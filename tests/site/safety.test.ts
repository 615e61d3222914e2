/**
 * The site is safe to build from text nobody checked: names in the config and the free text of
 * mentions, posts, campaigns and care cases (tests/site/fixtures/hostile.ts) carry script
 * injections, `javascript:` URLs and a 2,000-character unbroken string. The HTML must carry them
 * as text only, every page must carry a Content-Security-Policy that allows no script and only the
 * page's own style elements, and in Chromium no payload may run, nothing may be fetched from
 * outside the site, and no page may be wider than the window at 1280 and 375 px.
 *
 * One Astro build (a few seconds); the browser tests are skipped when Chromium is missing.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildSiteResult } from '../../src/site/build.ts';
import { writeDataFolder } from './fixtures/data-folder.ts';
import { hostileConfig, hostileRows, payloads } from './fixtures/hostile.ts';
import { servePages } from './fixtures/serve.ts';
import { haveChromium, launchChromium } from './fixtures/chromium.ts';

const BASE = '/r/';
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

let projectDir: string;
let built: BuildSiteResult;
const html: Record<string, string> = {};
const cwd = process.cwd();

beforeAll(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'cadence-hostile-'));
  await writeDataFolder(join(projectDir, 'data'), hostileRows());
  process.chdir(projectDir);
  try {
    built = await buildSite({ projectDir, config: hostileConfig(BASE), log: quiet });
  } finally {
    process.chdir(cwd);
  }
  const files = (await readdir(built.outDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  for (const f of files) html[f] = await readFile(join(built.outDir, f), 'utf8');
}, 120_000);

afterAll(async () => {
  process.chdir(cwd);
  await rm(projectDir, { recursive: true, force: true });
});

interface Tag {
  name: string;
  attrs: [string, string][];
  raw: string;
}

/**
 * The tags of a page, read the way a browser tokenizes them: Astro quotes every attribute value
 * and escapes `"` and `&` in it, and escapes `<` and `>` in text, so a tag is `<` + name + (name
 * or name="…")* + `>`, and any other `<` would be markup injected by data. Returns the tags and
 * the text between them (which must hold no `<`).
 */
function tokenize(page: string): { tags: Tag[]; text: string } {
  const tags: Tag[] = [];
  const tagPattern = /<\/?([a-zA-Z][\w:-]*)((?:\s+[^\s=/>"]+(?:="[^"]*")?)*)\s*\/?>|<!--[\s\S]*?-->|<!DOCTYPE html>/g;
  let text = '';
  let last = 0;
  // <style> contents are CSS, not markup: checked separately (hashes).
  const withoutCss = page.replace(/(<style>)[\s\S]*?(<\/style>)/g, '$1$2');
  for (const m of withoutCss.matchAll(tagPattern)) {
    text += withoutCss.slice(last, m.index);
    last = m.index + m[0].length;
    if (!m[1]) continue;
    const attrs = [...(m[2] ?? '').matchAll(/\s+([^\s=/>"]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), a[2] ?? ''] as [string, string]);
    tags.push({ name: m[1].toLowerCase(), attrs, raw: m[0] });
  }
  text += withoutCss.slice(last);
  return { tags, text };
}

const decode = (s: string) => s.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

describe('a site built from hostile names and text', () => {
  it('builds every page, and the hostile text reaches them as escaped text', () => {
    // Monthly reports only: August, September and October 2026 (late 30 September UTC is 1 October in Berlin) × 3 audiences.
    const reports = ['2026-08', '2026-09', '2026-10'].flatMap((m) => ['leadership', 'sales', 'team'].map((a) => `${BASE}monthly/${m}/${a}/`));
    expect(built.pages).toEqual(expect.arrayContaining([BASE, `${BASE}about/`, ...reports]));
    expect(Object.keys(html)).toHaveLength(built.pages.length);
    const all = Object.values(html).join('\n');
    // The test can fail: the payloads are on the pages, as text.
    expect(all).toContain('Alpenglow &lt;script&gt;window.__xss=1;alert(1)&lt;/script&gt;');
    expect(all).toContain('Summit &lt;img src=x onerror=&quot;window.__xss=2;alert(2)&quot;&gt;');
    expect(all).toContain('Bergmann &quot;&gt;&lt;svg onload=&quot;window.__xss=3;alert(3)&quot;&gt;');
    expect(all).toContain(payloads.long);
  });

  it('has no script element, event-handler attribute or javascript: URL in any tag', () => {
    for (const [file, page] of Object.entries(html)) {
      const { tags, text } = tokenize(page);
      // Every `<` of the page opens one of its tags: none comes from data.
      expect(text.includes('<'), `${file}: a < outside any tag`).toBe(false);
      expect(tags.length, file).toBeGreaterThan(50);
      for (const tag of tags) {
        expect(['script', 'iframe', 'object', 'embed', 'base', 'form'], `${file}: ${tag.raw.slice(0, 120)}`).not.toContain(tag.name);
        for (const [name, value] of tag.attrs) {
          expect(name, `${file}: ${tag.raw.slice(0, 120)}`).not.toMatch(/^on/);
          expect(name, `${file}: ${tag.raw.slice(0, 120)}`).not.toBe('style');
          if (/^(href|src|xlink:href|action|formaction)$/.test(name)) {
            expect(decode(value).replace(/[\s\u0000-\u001f]/g, ''), `${file}: ${name}="${value.slice(0, 80)}"`).not.toMatch(/^(javascript|data|vbscript):/i);
          }
        }
      }
      // The literal checks of the brief, on the markup (attribute values taken out: Astro does not
      // escape `<` inside a quoted attribute value, which is text there, e.g. the meta description).
      const markup = tags.map((t) => t.raw.replace(/="[^"]*"/g, '=""')).join('');
      expect(markup, file).not.toMatch(/<script/i);
      expect(markup, file).not.toMatch(/<img src=x/i);
      expect(markup, file).not.toMatch(/\son(error|load)=/i);
      expect(page, file).not.toMatch(/href="javascript:/i);
      expect(page, file).not.toMatch(/<img src=x/i);
    }
  });

  it('gives every page a Content-Security-Policy with no script and exactly its own style elements', () => {
    for (const [file, page] of Object.entries(html)) {
      const metas = [...page.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
      expect(metas, file).toHaveLength(1);
      // First in the head, right after the charset: it covers every element after it.
      expect(page, file).toMatch(/<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/);
      const policy = new Map(decode(metas[0]![1]!).split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
      expect([...policy.keys()], file).toEqual(['default-src', 'script-src', 'style-src', 'img-src', 'object-src', 'base-uri', 'form-action']);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('script-src')).toEqual(["'none'"]);
      expect(policy.get('img-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('form-action')).toEqual(["'none'"]);
      // style-src: the SHA-256 of each <style> element of this page, and nothing else (no 'unsafe-inline').
      const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
      expect(page.match(/<style[\s>]/g), file).toHaveLength(styles.length);
      expect(styles, file).toHaveLength(2);
      expect(policy.get('style-src'), file).toEqual(styles);
      expect(page, file).not.toMatch(/<link[^>]+rel="stylesheet"/);
    }
  });

  describe.skipIf(!haveChromium)('in Chromium', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof servePages>>;

    beforeAll(async () => {
      server = await servePages(built.outDir, BASE);
      browser = await launchChromium();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Opens every page with scripts enabled and records anything a payload or the policy would cause. */
    async function visitAll(options: { bypassCSP: boolean; width: number }, each?: (page: Page, path: string) => Promise<void>) {
      const context = await browser.newContext({ javaScriptEnabled: true, bypassCSP: options.bypassCSP, viewport: { width: options.width, height: 900 } });
      const page = await context.newPage();
      const events: string[] = [];
      page.on('dialog', (d) => {
        events.push(`dialog ${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      page.on('console', (m) => m.type() === 'error' && events.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
      page.on('request', (r) => !r.url().startsWith(`${server.url}${BASE}`) && events.push(`request: ${r.url()}`));
      page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && events.push(`failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && events.push(`${r.status()} ${r.url()}`));
      try {
        for (const path of built.pages) {
          await page.goto(server.url + path, { waitUntil: 'load' });
          const state = await page.evaluate(() => ({
            xss: (window as unknown as { __xss?: unknown }).__xss,
            scripts: document.scripts.length,
            handlers: Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
            links: Array.from(document.querySelectorAll('a[href]')).map((a) => (a as HTMLAnchorElement).protocol).filter((p) => p !== 'http:' && p !== 'https:' && p !== 'mailto:'),
            h1: document.querySelectorAll('h1').length,
          }));
          expect(state, path).toEqual({ xss: undefined, scripts: 0, handlers: [], links: [], h1: 1 });
          if (each) await each(page, path);
        }
      } finally {
        await context.close();
      }
      return events;
    }

    it('runs no payload, fetches nothing outside the site and logs no error (CSP violations included)', async () => {
      expect(await visitAll({ bypassCSP: false, width: 1280 })).toEqual([]);
    }, 60_000);

    it('runs no payload with the CSP bypassed either: the escaping alone holds', async () => {
      expect(await visitAll({ bypassCSP: true, width: 1280 })).toEqual([]);
    }, 60_000);

    it.each([1280, 375])('keeps every page within the window at %i px (the long string included)', async (width) => {
      // Which element makes which pages wider than the window.
      const overflows: Record<string, string[]> = {};
      const events = await visitAll({ bypassCSP: false, width }, async (page, path) => {
        const result = await page.evaluate(() => {
          // The data tables behind the charts count too: open them.
          document.querySelectorAll('details').forEach((d) => (d.open = true));
          const limit = window.innerWidth + 1;
          // What makes the page wide: the innermost elements past the window's right edge (by their
          // box, or their own text for an element that does not clip it) outside any scroll
          // container (e.g. .table-scroll, which scrolls a wide table inside the page).
          const clips = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
          const clipped = (el: Element) => {
            let p = el.parentElement;
            // An absolutely positioned element is clipped only from its containing block up.
            if (getComputedStyle(el).position === 'absolute') while (p && p !== document.body && getComputedStyle(p).position === 'static') p = p.parentElement;
            for (; p && p !== document.body; p = p.parentElement) if (clips(p)) return true;
            return false;
          };
          const right = (el: Element) => (clips(el) ? el.getBoundingClientRect().right : Math.max(el.getBoundingClientRect().right, el.getBoundingClientRect().left + el.scrollWidth));
          const wide = Array.from(document.querySelectorAll('body *')).filter((el) => right(el) > limit && !clipped(el) && (clips(el) || !Array.from(el.children).some((c) => right(c) > limit)));
          const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}`;
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide: [...new Set(wide.map((el) => `${describe(el.parentElement!)} > ${describe(el)}`))] };
        });
        if (result.scrollWidth > result.innerWidth + 1) for (const el of result.wide.length ? result.wide : ['(not found)']) (overflows[el] ??= []).push(`${path} (${result.scrollWidth} px)`);
      });
      expect(Object.fromEntries(Object.entries(overflows).map(([el, pages]) => [el, pages.length > 3 ? [...pages.slice(0, 3), `and ${pages.length - 3} more`] : pages]))).toEqual({});
      expect(events).toEqual([]);
    }, 60_000);
  });
});
