import { ConfigError } from './config-error';
import { onOff } from './env-values';

/** Where dossier files and produced documents are kept: the local disk (STORAGE_DIR) or an S3 bucket. */
export type StorageConfig = { driver: 'local' } | { driver: 's3'; s3: S3StorageConfig };

export interface S3StorageConfig {
  /** An S3-compatible service such as MinIO (http://minio:9000); null: AWS S3 of `region`. */
  endpoint: string | null;
  /**
   * The endpoint put into presigned download URLs, when browsers reach the store under another name
   * than the API does (compose: http://localhost:9000 for the browser, http://minio:9000 inside).
   */
  publicEndpoint: string | null;
  region: string;
  bucket: string;
  /** Null: the SDK's default chain (environment, profile, instance or task role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  /** bucket-in-the-path URLs (MinIO needs them) instead of bucket-in-the-host-name. */
  forcePathStyle: boolean;
  /** Downloads answer 302 to a presigned GET instead of streaming the bytes through the API. */
  presignedDownloads: boolean;
  presignSeconds: number;
}

function httpUrl(name: string, value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (!/^https?:\/\/[^/\s]+\/?$/.test(text)) {
    throw new ConfigError(`${name} must be an http(s) URL without a path, such as http://minio:9000, got "${text}".`);
  }
  return text.replace(/\/+$/, '');
}

// AWS's rules (3–63 lowercase letters, digits, dots and hyphens), which MinIO applies too.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

function bucket(value: string | undefined): string {
  const text = value?.trim();
  if (!text) throw new ConfigError('STORAGE_DRIVER=s3 needs S3_BUCKET, the bucket that keeps dossier files.');
  if (!BUCKET.test(text) || text.includes('..')) {
    throw new ConfigError(
      `S3_BUCKET must be 3–63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit, got "${text}".`,
    );
  }
  return text;
}

function credentials(env: NodeJS.ProcessEnv): S3StorageConfig['credentials'] {
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId && !secretAccessKey) return null;
  if (!accessKeyId || !secretAccessKey) {
    throw new ConfigError(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither for the SDK chain.',
    );
  }
  return { accessKeyId, secretAccessKey };
}

function seconds(value: string | undefined): number {
  const parsed = Number(value?.trim() || 300);
  // SigV4 presigned URLs live at most 7 days.
  if (!Number.isInteger(parsed) || parsed < 10 || parsed > 604_800) {
    throw new ConfigError(`S3_PRESIGN_SECONDS must be a whole number from 10 to 604800, got "${value}".`);
  }
  return parsed;
}

/** STORAGE_DRIVER and the S3_* settings, validated at boot. */
export function loadStorageConfig(env: NodeJS.ProcessEnv): StorageConfig {
  const driver = env.STORAGE_DRIVER?.trim().toLowerCase() || 'local';
  if (driver === 'local') return { driver };
  if (driver !== 's3') throw new ConfigError(`STORAGE_DRIVER must be local or s3, got "${env.STORAGE_DRIVER}".`);
  const endpoint = httpUrl('S3_ENDPOINT', env.S3_ENDPOINT);
  return {
    driver,
    s3: {
      endpoint,
      publicEndpoint: httpUrl('S3_PUBLIC_ENDPOINT', env.S3_PUBLIC_ENDPOINT),
      region: env.S3_REGION?.trim() || 'us-east-1',
      bucket: bucket(env.S3_BUCKET),
      credentials: credentials(env),
      forcePathStyle: onOff('S3_FORCE_PATH_STYLE', env.S3_FORCE_PATH_STYLE, endpoint !== null),
      presignedDownloads: onOff('S3_PRESIGNED_DOWNLOADS', env.S3_PRESIGNED_DOWNLOADS, false),
      presignSeconds: seconds(env.S3_PRESIGN_SECONDS),
    },
  };
}
