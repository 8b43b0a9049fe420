import { Kind, print, type DocumentNode } from 'graphql';

export interface PrintedDocument {
  query: string;
  operationName: string | undefined;
}

const printed = new WeakMap<DocumentNode, PrintedDocument>();

/** The query text and operation name of a document, printed once per document. */
export function printOnce(document: DocumentNode): PrintedDocument {
  let entry = printed.get(document);
  if (!entry) {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    entry = { query: print(document), operationName: operation?.name?.value };
    printed.set(document, entry);
  }
  return entry;
}
