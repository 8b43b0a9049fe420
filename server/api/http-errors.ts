import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { ErrorCode } from '../../domain/error-codes';
import { apiMessages, userErrorOf } from '../../domain/messages';
import { loggableError } from './format-error';
import { refuseMidBody, sendCode, sendJson } from './http-util';

const METHODS: HTTPMethods[] = ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT'];

/**
 * Answers 405 with Allow for the methods `url` does not serve (OPTIONS stays CORS's preflight),
 * before any body is read.
 */
export function refuseOtherMethods(app: FastifyInstance, url: string, allowed: readonly HTTPMethods[]): void {
  const served = new Set<string>(allowed);
  if (served.has('GET')) served.add('HEAD');
  const others = METHODS.filter((method) => !served.has(method));
  if (!others.length) return;
  const methods = METHODS.filter((method) => served.has(method)).join(', ');
  const { code, message, messageVi } = userErrorOf(apiMessages.methodNotAllowed, { methods });
  app.route({
    method: others,
    url,
    onRequest: (request, reply) => {
      refuseMidBody(request, (h) => sendJson(reply, 405, { code, message, messageVi }, { ...h, allow: methods }));
    },
    handler: async () => undefined,
  });
}

/** A refusal of a request as such (its size, its type, its encoding) with the status to answer. */
function clientFault(error: FastifyError): number | null {
  const status = error.statusCode ?? 0;
  return status >= 400 && status < 500 ? status : null;
}

const CLIENT_CODES: Record<number, ErrorCode> = {
  404: ErrorCode.NOT_FOUND,
  413: ErrorCode.FILE_TOO_LARGE,
  415: ErrorCode.FILE_TYPE_NOT_ALLOWED,
};

/**
 * 404 `{code,message,messageVi}` for unknown paths; fastify's own refusals (a body it cannot parse,
 * too large, of an unknown type) keep their status in the same shape; anything else is logged and
 * answered 500 INTERNAL, with no stack or SQL in the body.
 */
export function registerErrorReplies(app: FastifyInstance): void {
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
    refuseMidBody(request, (h) => sendCode(reply, ErrorCode.NOT_FOUND, 404, h)),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = clientFault(error);
    if (status)
      return refuseMidBody(request, (h) => sendCode(reply, CLIENT_CODES[status] ?? ErrorCode.INVALID_VALUE, status, h));
    request.log.error(loggableError(error), 'internal error');
    if (reply.raw.headersSent) return void reply.raw.destroy();
    return refuseMidBody(request, (h) => sendCode(reply, ErrorCode.INTERNAL, 500, h));
  });
}
