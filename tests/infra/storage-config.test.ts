import { ConfigError, loadConfig } from '../../server/config/config';

const load = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'test', ...env });
const s3 = { STORAGE_DRIVER: 's3', S3_BUCKET: 'thidua-documents' };

describe('storage settings', () => {
  it('keep dossier files on the local disk unless told otherwise', () => {
    expect(load({}).storage).toEqual({ driver: 'local' });
    expect(load({ STORAGE_DRIVER: ' Local ' }).storage).toEqual({ driver: 'local' });
  });

  it('read an S3 bucket on AWS with the SDK’s credential chain, bucket-in-host URLs and API-streamed downloads', () => {
    expect(load(s3).storage).toEqual({
      driver: 's3',
      s3: {
        endpoint: null,
        publicEndpoint: null,
        region: 'us-east-1',
        bucket: 'thidua-documents',
        credentials: null,
        forcePathStyle: false,
        presignedDownloads: false,
        presignSeconds: 300,
      },
    });
  });

  it('read a MinIO endpoint with path-style URLs by default, keys, and presigned downloads when asked', () => {
    const env = {
      ...s3,
      S3_ENDPOINT: 'http://minio:9000/',
      S3_PUBLIC_ENDPOINT: 'https://files.thidua.example.gov.vn',
      S3_REGION: 'ap-southeast-1',
      S3_ACCESS_KEY_ID: 'thidua',
      S3_SECRET_ACCESS_KEY: 'a-long-secret',
      S3_PRESIGNED_DOWNLOADS: 'on',
      S3_PRESIGN_SECONDS: '60',
    };
    expect(load(env).storage).toMatchObject({
      s3: {
        endpoint: 'http://minio:9000',
        publicEndpoint: 'https://files.thidua.example.gov.vn',
        region: 'ap-southeast-1',
        credentials: { accessKeyId: 'thidua', secretAccessKey: 'a-long-secret' },
        forcePathStyle: true,
        presignedDownloads: true,
        presignSeconds: 60,
      },
    });
    expect(load({ ...env, S3_FORCE_PATH_STYLE: 'off' }).storage).toMatchObject({ s3: { forcePathStyle: false } });
  });

  it.each([
    [{ STORAGE_DRIVER: 's3' }, /STORAGE_DRIVER=s3 needs S3_BUCKET/],
    [{ STORAGE_DRIVER: 'gcs' }, /STORAGE_DRIVER must be local or s3, got "gcs"/],
    [{ ...s3, S3_BUCKET: 'Thidua_Documents' }, /S3_BUCKET must be 3–63 lowercase letters/],
    [{ ...s3, S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT must be an http\(s\) URL without a path, such as http:\/\/minio:9000/],
    [{ ...s3, S3_PUBLIC_ENDPOINT: 'https://files.example/thidua' }, /S3_PUBLIC_ENDPOINT must be an http\(s\) URL/],
    [{ ...s3, S3_ACCESS_KEY_ID: 'only-the-id' }, /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/],
    [{ ...s3, S3_FORCE_PATH_STYLE: 'sometimes' }, /S3_FORCE_PATH_STYLE must be on or off/],
    [{ ...s3, S3_PRESIGNED_DOWNLOADS: 'yes please' }, /S3_PRESIGNED_DOWNLOADS must be on or off/],
    [{ ...s3, S3_PRESIGN_SECONDS: '0' }, /S3_PRESIGN_SECONDS must be a whole number from 10 to 604800/],
    [{ ...s3, S3_PRESIGN_SECONDS: '864000' }, /S3_PRESIGN_SECONDS must be a whole number from 10 to 604800/],
  ])('refuse %j at boot with a message saying what to set', (env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });
});
