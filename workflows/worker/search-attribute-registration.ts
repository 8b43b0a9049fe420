import type { OperatorService } from '@temporalio/client';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import type { temporal } from '@temporalio/proto';
import { THIDUA_SEARCH_ATTRIBUTES } from '../search-attributes';

type IndexedValueType = temporal.api.enums.v1.IndexedValueType;
type Types = Record<string, IndexedValueType | null | undefined>;

async function customAttributes(operator: OperatorService, namespace: string): Promise<Types> {
  const { customAttributes } = await operator.listSearchAttributes({ namespace });
  return (customAttributes ?? {}) as Types;
}

/** The attributes still to add; one registered under another type stops the start with a clear message. */
function missing(existing: Types) {
  const wanted: Record<string, IndexedValueType> = {};
  for (const key of THIDUA_SEARCH_ATTRIBUTES) {
    const type = encodeSearchAttributeIndexedValueType(key.type)!;
    const found = existing[key.name];
    if (found === undefined || found === null) wanted[key.name] = type;
    else if (found !== type)
      throw new Error(
        `Temporal search attribute ${key.name} is registered with another type than ${key.type}; ` +
          `remove it (temporal operator search-attribute remove --name ${key.name}) and start again.`,
      );
  }
  return wanted;
}

/**
 * Registers the platform's search attributes in the namespace (OperatorService) unless they are
 * there: called by the worker before it polls and by the API before it starts a workflow, so a dev
 * server, the tests and compose need no extra step. Several processes may race: a lost race is fine.
 */
export async function ensureSearchAttributes(connection: { operatorService: OperatorService }, namespace: string) {
  const operator = connection.operatorService;
  const searchAttributes = missing(await customAttributes(operator, namespace));
  if (!Object.keys(searchAttributes).length) return;
  try {
    await operator.addSearchAttributes({ namespace, searchAttributes });
  } catch (error) {
    // Another process added them meanwhile: only a still-missing attribute is an error.
    if (Object.keys(missing(await customAttributes(operator, namespace))).length) throw error;
  }
}
