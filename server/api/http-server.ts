import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ErrorCode } from '../../domain/error-codes';
import { apiMessages, userErrorOf } from '../../domain/messages';
import { sendCode, sendJson, type Route } from './http-util';

/**
 * Browser portals call the API from their own origins. Bearer tokens, not cookies, carry identity,
 * so any origin may call (as Apollo's standalone server allowed); CSRF is Apollo's preflight rule.
 */
function cors(req: IncomingMessage, res: ServerResponse): boolean {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-expose-headers', 'content-disposition, etag, location, repr-digest');
  if (req.method !== 'OPTIONS') return false;
  res.setHeader('access-control-allow-methods', 'GET,HEAD,PUT,POST');
  const asked = req.headers['access-control-request-headers'];
  if (asked) res.setHeader('access-control-allow-headers', asked);
  res.setHeader('access-control-max-age', '600');
  res.setHeader('vary', 'access-control-request-headers');
  res.writeHead(204, { 'content-length': '0' });
  res.end();
  return true;
}

async function dispatch(routes: readonly Route[], req: IncomingMessage, res: ServerResponse) {
  if (cors(req, res)) return;
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  let allowed: string[] = [];
  for (const route of routes) {
    const match = route.path.exec(pathname);
    if (!match) continue;
    if (route.methods === 'ANY' || route.methods.includes(req.method ?? '')) return route.handle(req, res, match);
    allowed = [...allowed, ...route.methods];
  }
  if (!allowed.length) return sendCode(res, ErrorCode.NOT_FOUND, 404);
  const methods = allowed.join(', ');
  const { code, message, messageVi } = userErrorOf(apiMessages.methodNotAllowed, { methods });
  sendJson(res, 405, { code, message, messageVi }, { allow: methods });
}

/**
 * The API's node HTTP server: the first route whose path and method match answers. Anything a
 * route throws is logged and answered as INTERNAL, with no stack or SQL in the body.
 */
export function createHttpServer(routes: readonly Route[]): Server {
  return createServer((req, res) => {
    dispatch(routes, req, res).catch((error: unknown) => {
      console.error('[api] internal error:', error);
      if (res.headersSent) return void res.destroy();
      sendCode(res, ErrorCode.INTERNAL, 500, { connection: 'close' });
      req.resume();
    });
  });
}
