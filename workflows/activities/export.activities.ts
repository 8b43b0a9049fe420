import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Orm } from '../../server/db/open-database';
import { ExportRequesterGoneError, failExportFile, produceExportFile } from '../../server/exports/export-job';
import type { DocumentStorage } from '../../server/storage/document-storage';
import { DomainError } from '../../domain/error-codes';
import type { ExportInput } from '../export.messages';

export interface ExportActivityDeps {
  orm: Orm;
  storage: DocumentStorage;
}

/** Background exports: write the file in batches, then mark it failed if that could not be done. */
export function createExportActivities({ orm, storage }: ExportActivityDeps) {
  return {
    async produceExport(input: ExportInput): Promise<{ rows: number }> {
      const em = orm.em.fork();
      try {
        return await produceExportFile(em, storage, input.fileId, {
          heartbeat: (written) => Context.current().heartbeat({ written }),
        });
      } catch (error) {
        // A refusal (the requester lost access) or a missing requester will not mend by retrying.
        if (error instanceof DomainError || error instanceof ExportRequesterGoneError) {
          throw ApplicationFailure.nonRetryable(error.message, error.name);
        }
        throw error;
      }
    },

    async failExport(input: ExportInput & { error: string }): Promise<void> {
      await failExportFile(orm.em.fork(), input.fileId, input.error);
    },
  };
}

export type ExportActivities = ReturnType<typeof createExportActivities>;
