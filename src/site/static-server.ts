/**
 * A small static file server for previewing the built site (`cadence dev`).
 *
 * Serves `root` under the site's base path (e.g. /reports/): index.html for folders (redirecting
 * `/x` to `/x/`), `x.html` for `/x`, the site's own 404.html (or a plain one) for the rest, and a
 * redirect from `/` to the base. GET and HEAD only; nothing outside `root` is ever served.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/log/types.ts';
import { CadenceError } from '../core/errors.ts';
import { contentTypeOf } from './content-types.ts';

export interface StaticServerOptions {
  /** Absolute folder of the built site. */
  root: string;
  /** Base path the site is served under; starts and ends with / (default /). */
  base?: string;
  /** Each request is logged at debug level. */
  log?: Logger;
}

export interface RunningServer {
  /** The site's address, e.g. http://127.0.0.1:4321/reports/. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The request handler (exported for tests that bring their own server). */
export function staticHandler(options: StaticServerOptions): http.RequestListener {
  const root = path.resolve(options.root);
  const base = options.base ?? '/';
  return (req, res) => {
    handle(root, base, req, res).then(
      (status) => options.log?.debug(`${req.method} ${req.url} ${status}`),
      (error: unknown) => {
        options.log?.warn(`${req.method} ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error\n', req.method === 'HEAD');
        else res.destroy();
      },
    );
  };
}

async function handle(root: string, base: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<number> {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', head);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'Bad request\n', head);
  }
  if (pathname.includes('\0')) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request\n', head);
  if (base !== '/' && (pathname === '/' || pathname === base.slice(0, -1))) return redirect(res, base + url.search, head);
  if (!pathname.startsWith(base)) return notFound(root, base, res, head);

  const file = path.resolve(root, `.${path.posix.sep}${pathname.slice(base.length)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return notFound(root, base, res, head);

  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`, head);
    return (await serveFile(path.join(file, 'index.html'), 200, res, head)) ?? notFound(root, base, res, head);
  }
  if (info?.isFile()) return (await serveFile(file, 200, res, head)) ?? notFound(root, base, res, head);
  if (!path.extname(file)) {
    const html = await serveFile(`${file}.html`, 200, res, head);
    if (html !== undefined) return html;
  }
  return notFound(root, base, res, head);
}

/** Streams a file; undefined when it is not a readable file. */
async function serveFile(file: string, status: number, res: http.ServerResponse, head: boolean): Promise<number | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  res.writeHead(status, { 'Content-Type': contentTypeOf(file), 'Content-Length': info.size, 'Cache-Control': 'no-cache' });
  if (head) {
    res.end();
    return status;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file);
    stream.on('error', reject);
    res.on('close', resolve);
    stream.pipe(res);
  });
  return status;
}

async function notFound(root: string, base: string, res: http.ServerResponse, head: boolean): Promise<number> {
  const page = await serveFile(path.join(root, '404.html'), 404, res, head);
  if (page !== undefined) return page;
  const body = `<!doctype html>\n<meta charset="utf-8">\n<title>Not found</title>\n<h1>Not found</h1>\n<p>No page at this address. <a href="${escapeHtml(base)}">Back to the reports</a></p>\n`;
  return send(res, 404, 'text/html; charset=utf-8', body, head);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function redirect(res: http.ServerResponse, location: string, head: boolean): number {
  res.setHeader('Location', location);
  return send(res, 301, 'text/plain; charset=utf-8', `Moved to ${location}\n`, head);
}

function send(res: http.ServerResponse, status: number, type: string, body: string, head: boolean): number {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache' });
  res.end(head ? undefined : body);
  return status;
}

/** Starts the server; CADENCE_DEV_PORT_IN_USE when the port is taken. Port 0 picks a free one. */
export async function startStaticServer(options: StaticServerOptions & { host: string; port: number }): Promise<RunningServer> {
  const server = http.createServer(staticHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new CadenceError('CADENCE_DEV_PORT_IN_USE', `Port ${options.port} on ${options.host} is already in use.`, { cause: error }));
      } else reject(error);
    });
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${options.base ?? '/'}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
