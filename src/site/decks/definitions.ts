/**
 * Which MDX file renders which roadshow deck. Cadence ships one template per department in
 * `templates/decks/<dept>.mdx`; a project overrides one with `reports/decks/<dept>.mdx` (config
 * `reportsDir`). A deck's frontmatter names its department (it must match the file name) and may
 * give a title pattern; the body is a sequence of `<Slide title="…" notes="…">…</Slide>` using
 * the report components and the deck components (`<Gaps kind="product" />`).
 *
 * Every file is checked here, before Astro runs: frontmatter errors carry file, line and column
 * (as report frontmatter does) and an unknown component fails with its place.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CadenceError } from '../../core/errors.ts';
import { checkComponents } from '../reports/definitions.ts';
import { parseFrontmatter, titleSchema } from '../reports/frontmatter.ts';
import { deckNames, type DeckName } from './names.ts';

export { deckNames, type DeckName } from './names.ts';

/** Components a deck can use besides the report components (src/site/components/deck/). */
export const deckComponentNames = ['Slide', 'Gaps'] as const;

/** The folder of the built-in deck templates. */
export const deckTemplatesDir = fileURLToPath(new URL('../../../templates/decks/', import.meta.url));

export interface DeckDefinition {
  deck: DeckName;
  /** Absolute path of the MDX file. */
  file: string;
  origin: 'template' | 'project';
  /** Title pattern ("{dept}: {period}"; placeholders {dept}, {period}, {brand}), or null for the default. */
  title: string | null;
}

const placeholders = ['dept', 'period', 'brand'] as const;
const deckFrontmatter = z
  .object({
    deck: z.enum(deckNames),
    title: titleSchema(placeholders).optional(),
    description: z.string().min(1).optional(),
  })
  .strict();

/** Parses and checks a deck file (`display` names it in errors). */
export function parseDeckFile(source: string, display: string): { frontmatter: z.infer<typeof deckFrontmatter>; body: string; bodyLine: number } {
  const parsed = parseFrontmatter(source, display, deckFrontmatter, {
    detail: 'the deck has no frontmatter: it must start with a --- block naming its department',
    hint: 'Start the file with\n---\ndeck: product\n---',
  });
  checkComponents(parsed.body, parsed.bodyLine, display, deckComponentNames);
  return parsed;
}

export interface DeckDefinitionsOptions {
  /** The project's reports folder (absolute); its `decks/` subfolder may override templates. */
  reportsDir: string;
  /** The built-in templates (default: Cadence's own). */
  templatesDir?: string;
}

/** One definition per department: the project's `reports/decks/<dept>.mdx`, else the template. */
export async function deckDefinitions(options: DeckDefinitionsOptions): Promise<DeckDefinition[]> {
  const tplDir = resolve(options.templatesDir ?? deckTemplatesDir);
  const projectDir = join(resolve(options.reportsDir), 'decks');
  const out: DeckDefinition[] = [];
  for (const deck of deckNames) {
    const own = join(projectDir, `${deck}.mdx`);
    const origin = existsSync(own) ? 'project' : 'template';
    const file = origin === 'project' ? own : join(tplDir, `${deck}.mdx`);
    if (!existsSync(file)) {
      throw new CadenceError('CADENCE_REPORT_INVALID', `no deck template for the ${deck} deck`, { place: { file }, hint: 'Reinstall Cadence; its templates/decks folder is incomplete.' });
    }
    const display = origin === 'project' ? join('reports', 'decks', `${deck}.mdx`) : file;
    const { frontmatter } = parseDeckFile(await readFile(file, 'utf8'), display);
    if (frontmatter.deck !== deck) {
      throw new CadenceError('CADENCE_REPORT_INVALID', `the file name makes it the ${deck} deck, but its frontmatter says deck: ${frontmatter.deck}`, {
        place: { file: display, line: 2, column: 1 },
        hint: `Make the frontmatter say deck: ${deck}.`,
      });
    }
    out.push({ deck, file, origin, title: frontmatter.title ?? null });
  }
  return out;
}
