/**
 * A small kit for plugin authors: run a plugin through the real host (validation, staging,
 * de-duplication, rejects, atomic commit) into a throw-away data folder, and read back what
 * landed. Pair it with `startTestServer` to test API plugins against a local HTTP server.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { configSchema, type CadenceConfig, type CadenceConfigInput } from '../core/schema/config.ts';
import { entityNames } from '../core/schema/entities.ts';
import { openReader } from '../core/store/reader.ts';
import type { Manifest } from '../core/store/manifest.ts';
import type { Clock, Logger, SourcePlugin } from './api.ts';
import { runPull, type PullResult } from './runner.ts';
import { readRejects } from './read-rejects.ts';

export interface PullFixtureOptions {
  /** The plugin object (or a plugin name to load from plugins/). */
  plugin: SourcePlugin | string;
  options: Record<string, unknown>;
  /** Folder relative file paths in options are resolved against (default: cwd). */
  projectDir?: string;
  /** Existing data folder to pull into (default: a fresh temporary one). */
  dataDir?: string;
  config?: Partial<CadenceConfigInput>;
  source?: string;
  fetch?: typeof fetch;
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  log?: Logger;
  commitEvery?: number;
}

export interface PullFixtureResult {
  result: PullResult;
  dataDir: string;
  manifest: Manifest;
  /** Stored rows per entity, ordered by id. */
  rows: Record<string, Record<string, unknown>[]>;
  rejects: Record<string, string>[];
  /** Removes the temporary data folder. */
  cleanup(): Promise<void>;
}

export const silentLog: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export async function pullFixture(o: PullFixtureOptions): Promise<PullFixtureResult> {
  const ownDir = !o.dataDir;
  const dataDir = o.dataDir ?? (await mkdtemp(join(tmpdir(), 'cadence-testkit-')));
  const source = o.source ?? 'fixture';
  const pluginName = typeof o.plugin === 'string' ? o.plugin : o.plugin.name;
  const config: CadenceConfig = configSchema.parse({
    brand: { name: 'Test brand' },
    timezone: 'UTC',
    ...o.config,
    dataDir,
    sources: { [source]: { plugin: pluginName, options: o.options } },
  });
  const result = await runPull({
    projectDir: o.projectDir ?? process.cwd(),
    config,
    log: o.log ?? silentLog,
    clock: o.clock ?? { now: () => new Date('2026-01-01T00:00:00Z') },
    fetch: o.fetch,
    env: o.env ?? {},
    signal: o.signal,
    commitEvery: o.commitEvery,
    plugins: typeof o.plugin === 'string' ? undefined : { [pluginName]: o.plugin },
  });
  const reader = await openReader(dataDir);
  const rows: Record<string, Record<string, unknown>[]> = {};
  try {
    for (const e of entityNames) {
      if (reader.manifest.entities[e]?.rows) rows[e] = await reader.query(`SELECT * FROM ${e} ORDER BY id`);
    }
  } finally {
    await reader.close();
  }
  const rejects = await readRejects(dataDir, reader.manifest);
  return { result, dataDir, manifest: reader.manifest, rows, rejects, cleanup: () => (ownDir ? rm(dataDir, { recursive: true, force: true }) : Promise.resolve()) };
}

export interface TestServer {
  url: string;
  /** Requests seen so far (method, path with query, headers, body). */
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
  close(): Promise<void>;
}

/** Starts an HTTP server on 127.0.0.1 (random port) that answers with `handler`. */
export async function startTestServer(handler: (req: IncomingMessage & { body: string }, res: ServerResponse) => void | Promise<void>): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body });
    await handler(Object.assign(req, { body }), res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
