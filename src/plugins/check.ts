/**
 * `cadence check`: for each configured source, whether it can connect (file found, credentials
 * work), what the next pull will fetch, and — for file sources — whether its mapping works on
 * real rows, without writing anything.
 *
 * The mapping proof: the first rows of every file (1,000 by default) go through the same SQL a
 * pull runs, in a throw-away DuckDB (see plugins/delimited/proof.ts). Each stream is then
 * - ok (✓) when at least `okShare` of its sampled rows import (default: every one);
 * - warn (⚠) when some are rejected, but no more than the pull allows;
 * - fail (✗) when none would import, or more would be rejected than the source's `allowRejects`
 *   (default: half) — the share past which `cadence pull` fails the stream.
 * A source is as bad as its worst stream; one that fails gets CADENCE_CHECK_ROWS_REJECTED.
 */
import { resolve } from 'node:path';
import { CadenceError } from '../core/errors.ts';
import { redactError } from '../core/log/redact-error.ts';
import { redact } from '../core/log/redact.ts';
import type { CadenceConfig } from '../core/schema/config.ts';
import { readManifest } from '../core/store/manifest.ts';
import { maxRejectShare } from '../core/store/stream-verdict.ts';
import { streamsOf, type Clock, type Logger, type SourcePlugin } from './api.ts';
import { withConfigKey } from './config-key.ts';
import { makeContext, resolveOptions } from './context.ts';
import { DEFAULT_PROOF_ROWS, withMappingProof, type FileProof, type ProofRejects, type ProofRequest } from './delimited/index.ts';
import { loadPlugin } from './load.ts';

export type CheckStatus = 'ok' | 'warn' | 'fail';

/** What the first rows of a stream's files would do in a pull. */
export interface StreamProof {
  stream: string;
  entity: string;
  files: number;
  sampled: number;
  imported: number;
  /** Rejects by code and column over all files, most first. */
  rejects: ProofRejects[];
  status: CheckStatus;
  /** For people: "2 of 3 sampled rows import, 1 rejected (…)", and one line per reject group. */
  summary: string;
  reasons: string[];
}

export interface SourceCheck {
  source: string;
  plugin: string;
  /** False when the source is not ready (status 'fail'). */
  ok: boolean;
  status: CheckStatus;
  message: string;
  streams: Record<string, { entity: string; next: string; cursor?: unknown }>;
  /** Per stream of a file source: its mapping proven on the first rows. */
  proofs: StreamProof[];
  /** The rules the proofs were judged by. */
  rules: ProofRules;
  lastPull: string | null;
  error?: CadenceError;
}

export interface ProofRules {
  /** Rows proven per file. */
  rows: number;
  /** Share of sampled rows that must import for ✓. */
  okShare: number;
  /** Share of rejected rows past which the pull fails the stream (✗). */
  maxRejectShare: number;
}

export interface RunCheckOptions {
  projectDir: string;
  config: CadenceConfig;
  log: Logger & { addSecrets?(values: string[]): void };
  env?: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
  clock?: Clock;
  signal?: AbortSignal;
  plugins?: Record<string, SourcePlugin>;
  /** Milliseconds a plugin's check may take (default 30 s). */
  timeoutMs?: number;
  /** Rows of each file to prove the mapping on (default 1,000; 0: no proof). */
  sampleRows?: number;
  /** Share (0–1) of the sampled rows that must import for ✓ (default 1: every one). */
  okShare?: number;
}

export async function runCheck(opts: RunCheckOptions): Promise<SourceCheck[]> {
  const dataDir = resolve(opts.projectDir, opts.config.dataDir);
  const manifest = await readManifest(dataDir);
  const results: SourceCheck[] = [];
  for (const [source, cfg] of Object.entries(opts.config.sources)) {
    const saved = manifest.sources[source];
    const rules: ProofRules = { rows: opts.sampleRows ?? DEFAULT_PROOF_ROWS, okShare: opts.okShare ?? 1, maxRejectShare: maxRejectShare(cfg.allowRejects) };
    const base: SourceCheck = { source, plugin: cfg.plugin, ok: false, status: 'fail', message: '', streams: {}, proofs: [], rules, lastPull: saved?.lastPull ?? null };
    if (!cfg.enabled) {
      results.push({ ...base, ok: true, status: 'ok', message: 'disabled (enabled: false)' });
      continue;
    }
    /** The source's secrets: masked in its message and error, not only in what is printed. */
    let secrets: string[] = [];
    try {
      const plugin = opts.plugins?.[cfg.plugin] ?? (await loadPlugin(cfg.plugin, opts.projectDir));
      const resolved = resolveOptions(plugin, source, cfg.options, opts.env ?? process.env);
      opts.log.addSecrets?.(resolved.secrets);
      for (const w of resolved.warnings) opts.log.warn(`${source}: ${w}`);
      secrets = resolved.secrets;
      const cursors = saved?.cursors ?? {};
      const timeout = AbortSignal.timeout(opts.timeoutMs ?? 30_000);
      const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
      const ctx = makeContext({ source, options: resolved.options, config: opts.config, projectDir: opts.projectDir, signal, log: opts.log, fetch: opts.fetch ?? globalThis.fetch, clock: opts.clock ?? { now: () => new Date() }, cursors });
      const request: ProofRequest = { rows: rules.rows, proofs: [] };
      const result = rules.rows > 0 ? await withMappingProof(request, () => plugin.check(ctx as never)) : await plugin.check(ctx as never);
      const streams = streamsOf(plugin, resolved.options);
      for (const [name, def] of Object.entries(streams)) {
        base.streams[name] = {
          entity: def.entity,
          next: result.streams?.[name] ?? (cursors[name] !== undefined ? `from cursor ${JSON.stringify(cursors[name])}` : 'everything (first pull)'),
          ...(cursors[name] !== undefined ? { cursor: cursors[name] } : {}),
        };
      }
      const proofs = byStream(request.proofs, rules);
      const failed = proofs.filter((p) => p.status === 'fail');
      const status: CheckStatus = !result.ok || failed.length ? 'fail' : proofs.some((p) => p.status === 'warn') ? 'warn' : 'ok';
      const error = result.ok && failed.length ? rowsRejected(failed, rules).withPlace({ source, plugin: cfg.plugin, ...(failed.length === 1 ? { stream: failed[0]!.stream } : {}) }) : undefined;
      results.push({ ...base, ok: status !== 'fail', status, message: redact(result.message, secrets), proofs, ...(error ? { error } : {}) });
    } catch (e) {
      const err = withConfigKey(redactError(e, secrets), source, cfg.options).withPlace({ source, plugin: cfg.plugin });
      results.push({ ...base, ok: false, status: 'fail', message: err.detail, error: err });
    }
  }
  return results;
}

/** File proofs added up per stream (in the order the files were checked), each judged. */
function byStream(files: FileProof[], rules: ProofRules): StreamProof[] {
  const streams = new Map<string, StreamProof>();
  for (const f of files) {
    const s = streams.get(f.stream) ?? { stream: f.stream, entity: f.entity, files: 0, sampled: 0, imported: 0, rejects: [], status: 'ok', summary: '', reasons: [] };
    s.files++;
    s.sampled += f.sampled;
    s.imported += f.imported;
    for (const r of f.rejects) {
      const same = s.rejects.find((x) => x.code === r.code && x.column === r.column && x.field === r.field);
      if (same) same.count += r.count;
      else s.rejects.push({ ...r });
    }
    streams.set(f.stream, s);
  }
  for (const s of streams.values()) {
    s.rejects.sort((a, b) => b.count - a.count);
    s.status = judge(s, rules);
    s.summary = summarize(s, rules);
    s.reasons = s.rejects.slice(0, REASONS_SHOWN).map(describeRejects);
    const rest = s.rejects.slice(REASONS_SHOWN);
    if (rest.length) s.reasons.push(`${n(rest.reduce((t, r) => t + r.count, 0))} more in ${rest.length} other group(s)`);
  }
  return [...streams.values()];
}

/** Reject groups listed per stream (the rest are counted in one line). */
const REASONS_SHOWN = 5;
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const quote = (s: string, max = 60) => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

function summarize(s: StreamProof, rules: ProofRules): string {
  const files = s.files === 1 ? 'the file' : `each of ${s.files} files`;
  const rule = `✓ needs ${pct(rules.okShare)}${rules.maxRejectShare < 1 ? `; a pull fails past ${pct(rules.maxRejectShare)} rejected` : ''}`;
  if (s.sampled === 0) return `no data rows in ${files} to prove the mapping on`;
  const rejected = s.sampled - s.imported;
  const counts = rejected === 0 ? `${n(s.imported)} of ${n(s.sampled)} sampled rows import` : `${n(s.imported)} of ${n(s.sampled)} sampled rows would import, ${n(rejected)} rejected`;
  return `${counts} (first ${n(rules.rows)} rows of ${files}; ${rule})`;
}

/** '12 × CADENCE_VALUE_NOT_DATE in column "Date" (published_at): "24/02/2015 11:35" is not a date-time; …'. */
function describeRejects(r: ProofRejects): string {
  const where = r.column ? ` in column ${quote(r.column)}${r.field && r.field !== r.column ? ` (${r.field})` : ''}` : '';
  const example = r.example ? `${quote(r.example)} ` : '';
  return `${n(r.count)} × ${r.code}${where}: ${example}${r.reason}`;
}

function judge(s: Pick<StreamProof, 'sampled' | 'imported'>, rules: ProofRules): CheckStatus {
  if (s.sampled === 0) return 'warn';
  const rejected = s.sampled - s.imported;
  if (s.imported === 0 || rejected / s.sampled > rules.maxRejectShare) return 'fail';
  return s.imported / s.sampled >= rules.okShare ? 'ok' : 'warn';
}

const n = (x: number) => x.toLocaleString('en');

function rowsRejected(failed: StreamProof[], rules: ProofRules): CadenceError {
  const lines = failed.flatMap((s) => [
    `stream ${s.stream}: ${s.imported === 0 ? 'none' : n(s.imported)} of ${n(s.sampled)} sampled rows would import${rules.maxRejectShare < 1 && s.imported > 0 ? ` (a pull fails a stream past ${pct(rules.maxRejectShare)} rejected)` : ''}; most often:`,
    ...s.reasons.slice(0, 1).map((r) => `  ${r}`),
  ]);
  return new CadenceError('CADENCE_CHECK_ROWS_REJECTED', lines.join('\n  '), {
    details: { streams: failed.map((s) => ({ stream: s.stream, sampled: s.sampled, imported: s.imported })) },
  });
}
