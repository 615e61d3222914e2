/**
 * Brandwatch's error answers as CadenceErrors: the messages of its `{ errors: [{ code, message }] }`
 * body, the HTTP status, what was asked, and what to check. Never the token: error texts are
 * built from the status, the body's messages and the path without its query string.
 */
import { CadenceError } from 'cadence/plugin';

/** What a request was about, for messages. */
export interface RequestSubject {
  /** "GET /projects/1998/data/mentions" (no query string). */
  request: string;
  projectId: string;
  queryId?: number;
}

/** The `message`s (with codes) of an `{ errors: [...] }` body, or a short excerpt of another body. */
export function errorMessages(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: { code?: unknown; message?: unknown }[]; error?: unknown; message?: unknown; error_description?: unknown };
    if (Array.isArray(parsed.errors) && parsed.errors.length) {
      return parsed.errors.map((e) => [e.code !== undefined ? `[${String(e.code)}]` : '', typeof e.message === 'string' ? e.message : JSON.stringify(e)].filter(Boolean).join(' '));
    }
    const single = parsed.error_description ?? parsed.message ?? parsed.error;
    if (typeof single === 'string') return [single];
  } catch {
    // not JSON: fall through to an excerpt
  }
  const text = body.replace(/\s+/g, ' ').trim();
  return text ? [text.length > 200 ? `${text.slice(0, 200)}…` : text] : [];
}

const statusText: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

function hintFor(status: number, s: RequestSubject): string {
  const query = s.queryId !== undefined ? ` and query ${s.queryId}` : '';
  if (status === 401) return 'The API token is missing, wrong or expired: check the environment variable that api.token names (BRANDWATCH_TOKEN by convention) and set it to a valid Brandwatch API token.';
  if (status === 403) return `The token works but may not read project ${s.projectId}${query}: check that its user has access to the project (and that api.projectId is right).`;
  if (status === 404) return `Check api.projectId (${s.projectId})${s.queryId !== undefined ? ` and the query id ${s.queryId} in api.queryIds` : ''}: \`cadence check\` lists the project's queries.`;
  if (status === 400) return `Brandwatch refused the request: check api.startDate (YYYY-MM-DD, not in the future)${query ? ` and that query ${s.queryId} is a valid, running query` : ''}.`;
  if (status === 429) return 'Brandwatch allows 30 requests per 10 minutes per user, shared by every tool using the token: wait 10 minutes and pull again (the next pull resumes where this one stopped).';
  if (status >= 500) return 'Brandwatch had trouble answering (retried with backoff); try again later — the next pull resumes where this one stopped.';
  return 'Read Brandwatch’s message above.';
}

/** True for answers that say the same for every query: the token or the project is the problem. */
export const failsEveryQuery = (status: number) => status === 401 || status === 403;

export function httpError(status: number, body: string, s: RequestSubject, attempts?: number): CadenceError {
  const messages = errorMessages(body);
  const about = s.queryId !== undefined ? ` for query ${s.queryId}` : '';
  const tried = attempts && attempts > 1 ? ` (after ${attempts} attempts)` : '';
  const said = messages.length ? `: ${messages.join('; ')}` : '';
  return new CadenceError('CADENCE_FETCH_FAILED', `Brandwatch answered HTTP ${status} ${statusText[status] ?? ''}`.trimEnd() + `${tried} to ${s.request}${about}${said}.`, {
    hint: hintFor(status, s),
    details: { status, messages, projectId: s.projectId, ...(s.queryId !== undefined ? { queryId: s.queryId } : {}) },
  });
}

export function notJson(status: number, body: string, s: RequestSubject): CadenceError {
  const excerpt = body.replace(/\s+/g, ' ').trim().slice(0, 80);
  return new CadenceError('CADENCE_FETCH_FAILED', `Brandwatch answered HTTP ${status} to ${s.request}${s.queryId !== undefined ? ` for query ${s.queryId}` : ''} with a body that is not valid JSON (${body.length} bytes${excerpt ? `, starting "${excerpt}"` : ''}).`, {
    hint: 'The answer was cut off or came from something other than the API (a proxy, a maintenance page): check api.baseUrl and pull again later.',
    details: { status, projectId: s.projectId, ...(s.queryId !== undefined ? { queryId: s.queryId } : {}) },
  });
}

export function unexpectedShape(what: string, s: RequestSubject): CadenceError {
  return new CadenceError('CADENCE_FETCH_FAILED', `Brandwatch's answer to ${s.request}${s.queryId !== undefined ? ` for query ${s.queryId}` : ''} is JSON but not what the API documents: ${what}.`, {
    hint: 'Check api.baseUrl (it must be the Consumer Research API root, https://api.brandwatch.com).',
    details: { projectId: s.projectId, ...(s.queryId !== undefined ? { queryId: s.queryId } : {}) },
  });
}
