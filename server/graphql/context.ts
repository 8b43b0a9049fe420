import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { GraphQLError } from 'graphql';
import { ErrorCode, ERROR_MESSAGES } from '../../domain/error-codes';
import type { Viewer } from '../auth/viewer';
import type { AppConfig } from '../config/config';
import type { DocumentStorage } from '../storage/document-storage';

/** What every resolver gets: a request-scoped entity manager, the signed-in viewer, Temporal and the storage. */
export interface RequestContext {
  em: EntityManager;
  viewer: Viewer | null;
  temporal: Client;
  config: AppConfig;
  storage: DocumentStorage;
}

export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) {
    throw new GraphQLError(ERROR_MESSAGES.UNAUTHENTICATED.en, {
      extensions: { code: ErrorCode.UNAUTHENTICATED, messageVi: ERROR_MESSAGES.UNAUTHENTICATED.vi },
    });
  }
  return ctx.viewer;
}

/** What the pipeline service needs from a request. */
export function pipelineDeps(ctx: RequestContext) {
  return { em: ctx.em, viewer: requireViewer(ctx), temporal: ctx.temporal, config: ctx.config };
}
