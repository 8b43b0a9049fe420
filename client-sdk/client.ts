import { Kind, print, type DocumentNode } from 'graphql';
import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { downloadFile, type DownloadedFile } from './download';
import { uploadDocument, type UploadDocumentInput, type UploadDocumentResult } from './upload';
import { operations } from './operations';

export { operations };
export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationResult<K extends OperationName> = ResultOf<Operations[K]>;
export type OperationVariables<K extends OperationName> = VariablesOf<Operations[K]>;

// Variables may be omitted when none of them is required (viewer, campaigns, the connections).
type OperationFn<D> =
  Record<string, never> extends VariablesOf<D>
    ? (variables?: VariablesOf<D>) => Promise<ResultOf<D>>
    : (variables: VariablesOf<D>) => Promise<ResultOf<D>>;

type OperationFunctions = { [K in OperationName]: OperationFn<Operations[K]> };

export type Client = OperationFunctions & {
  /** Any other typed document, e.g. one a test builds. */
  request<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R>;
  /** The same endpoint as another user. */
  withToken(token: string): Client;
  /** requestDocumentUpload, then PUT of the bytes to the signed URL. */
  uploadDocument(input: UploadDocumentInput): Promise<UploadDocumentResult>;
  /** GET of a produced file's downloadPath with this client's token (DownloadError when refused). */
  downloadFile(downloadPath: string): Promise<DownloadedFile>;
};

export interface ClientOptions {
  url: string;
  token?: string;
  /** Defaults to the global fetch, looked up at each call so tests may replace it. */
  fetch?: typeof fetch;
}

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** Top-level GraphQL errors (auth, validation, internal) or an HTTP failure without a GraphQL body. */
export class GraphQLRequestError extends Error {
  readonly errors: readonly GraphQLErrorEntry[];
  readonly status: number;
  readonly operationName: string | undefined;

  constructor(errors: readonly GraphQLErrorEntry[], status: number, operationName?: string) {
    super(`${operationName ?? 'GraphQL request'}: ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'GraphQLRequestError';
    this.errors = errors;
    this.status = status;
    this.operationName = operationName;
  }

  /** The first error's extensions.code, e.g. FORBIDDEN, or HTTP_<status>. */
  get code(): string {
    return this.errors[0]?.extensions?.code ?? 'UNKNOWN';
  }
}

interface PrintedDocument {
  query: string;
  operationName: string | undefined;
}

const printed = new WeakMap<DocumentNode, PrintedDocument>();

function printOnce(document: DocumentNode): PrintedDocument {
  let entry = printed.get(document);
  if (!entry) {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    entry = { query: print(document), operationName: operation?.name?.value };
    printed.set(document, entry);
  }
  return entry;
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

async function readBody(response: Response): Promise<GraphQLResponseBody | undefined> {
  const text = await response.text();
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null ? (body as GraphQLResponseBody) : undefined;
  } catch {
    return undefined;
  }
}

function failure(code: string, message: string, status: number, operationName?: string): GraphQLRequestError {
  return new GraphQLRequestError([{ message, extensions: { code } }], status, operationName);
}

async function execute<R, V>(
  options: ClientOptions,
  document: TypedDocumentNode<R, V>,
  variables: V | undefined,
): Promise<R> {
  const { query, operationName } = printOnce(document);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json;q=0.9',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const fetchImpl = options.fetch ?? fetch;
  const response = await fetchImpl(options.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, operationName, variables: variables ?? {} }),
  });
  const body = await readBody(response);
  if (body?.errors?.length) {
    const errors = body.errors.map(({ message, path, extensions }) => ({ message, path, extensions }));
    throw new GraphQLRequestError(errors, response.status, operationName);
  }
  if (!response.ok) {
    const message = `HTTP ${response.status} ${response.statusText}`.trim();
    throw failure(`HTTP_${response.status}`, message, response.status, operationName);
  }
  if (body?.data === undefined || body.data === null) {
    throw failure('INVALID_RESPONSE', 'response carries neither data nor errors', response.status, operationName);
  }
  return body.data as R;
}

export function createClient(options: ClientOptions): Client {
  const request = <R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> =>
    execute(options, document, variables);
  // Each function forwards to the document of its own name, so it has that document's types;
  // TypeScript cannot follow the name through Object.entries, hence the one cast.
  const bound = Object.fromEntries(
    Object.entries(operations).map(([name, document]) => [
      name,
      (variables?: Record<string, unknown>) => request(document as TypedDocumentNode<unknown>, variables),
    ]),
  ) as unknown as OperationFunctions;
  return {
    ...bound,
    request,
    withToken: (token: string) => createClient({ ...options, token }),
    uploadDocument: (input) =>
      uploadDocument(
        async (declared) => (await bound.requestDocumentUpload({ input: declared })).requestDocumentUpload,
        input,
        options.fetch ?? fetch,
      ),
    downloadFile: (downloadPath) => downloadFile(options.url, downloadPath, options.token, options.fetch ?? fetch),
  };
}
