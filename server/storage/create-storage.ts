import { S3ServiceException } from '@aws-sdk/client-s3';
import type { AppConfig } from '../config/config';
import type { DocumentStorage } from './document-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

/** Why the bucket check failed, in words an operator can act on (a HEAD answer has no error body). */
function reason(error: unknown): string {
  if (!(error instanceof S3ServiceException)) return (error as Error).message;
  const status = error.$metadata?.httpStatusCode;
  const named = ['Unknown', 'UnknownError', String(status)].includes(error.name) ? 'refused' : error.name;
  const text = status ? `${named} (HTTP ${status})` : named;
  return status === 403 ? `${text}; check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and the policy on the bucket` : text;
}

/**
 * The document storage the settings ask for: the local disk under STORAGE_DIR (the embedded default)
 * or an S3 bucket, created when missing so a fresh MinIO or account needs no manual step.
 */
export async function createDocumentStorage(
  config: Pick<AppConfig, 'storage' | 'storageDir'>,
): Promise<DocumentStorage> {
  if (config.storage.driver === 'local') return new LocalDiskStorage(config.storageDir);
  const storage = new S3Storage(config.storage.s3);
  try {
    await storage.ensureBucket();
  } catch (error) {
    const { bucket, endpoint } = config.storage.s3;
    const where = endpoint ?? 'AWS S3';
    throw new Error(`Cannot reach or create the bucket "${bucket}" at ${where}: ${reason(error)}`, {
      cause: error,
    });
  }
  return storage;
}
