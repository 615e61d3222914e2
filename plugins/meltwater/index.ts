/**
 * The meltwater source: reads Meltwater's mention exports (UTF-16 with a byte-order mark,
 * tab-separated, sometimes a junk line above the header) into mentions. Both the current layout
 * and the older one (Headline, Influencer) are read; the mapping is made from each file's header
 * (mapping.ts). Encoding, header row and loading are the host's delimited-file engine's.
 */
import { checkDelimitedFiles, defineSource, readDelimitedFiles, trackedPatterns, type DelimitedFileSpec, type SourceContext } from 'cadence/plugin';
import { headerHint, meltwaterMapping, type MeltwaterMapping } from './mapping.ts';
import { meltwaterOptions, type MeltwaterOptions } from './options.ts';

const stream = 'mentions';

/** The engine's spec; `seen` receives the mapping made for each file's header. */
function specOf(ctx: SourceContext<MeltwaterOptions>, seen?: (m: MeltwaterMapping) => void): DelimitedFileSpec {
  const o = ctx.options;
  const tracked = trackedPatterns(ctx.tracked);
  const dateFormat = o.dateFormat === undefined ? undefined : typeof o.dateFormat === 'string' ? [o.dateFormat] : o.dateFormat;
  return {
    file: o.file,
    entity: 'mentions',
    stream,
    headerHint,
    columns: (header) => {
      const made = meltwaterMapping(header, { tracked, ...(dateFormat ? { dateFormat } : {}), ...(o.columns ? { overrides: o.columns } : {}) });
      seen?.(made);
      return made.columns;
    },
    encoding: o.encoding,
    decimal: o.decimal,
    ...(o.delimiter !== undefined ? { delimiter: o.delimiter } : {}),
    ...(o.headerRow !== undefined ? { headerRow: o.headerRow } : {}),
    ...(o.timezone !== undefined ? { timezone: o.timezone } : {}),
  };
}

export default defineSource({
  name: 'meltwater',
  description: 'Reads Meltwater mention exports (UTF-16, tab-separated; current and older layouts) into mentions.',
  options: meltwaterOptions,
  streams: { [stream]: { entity: 'mentions', description: 'Mentions from Meltwater exports' } },
  async check(ctx) {
    const layouts = new Set<string>();
    const result = await checkDelimitedFiles(ctx, specOf(ctx, (m) => layouts.add(m.layout === 'current' ? 'current layout' : 'older layout (Headline, Influencer)')));
    return { ...result, message: `${result.message}; ${[...layouts].join(' and ')}` };
  },
  pull: (ctx) => readDelimitedFiles(ctx, specOf(ctx)),
});
