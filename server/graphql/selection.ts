import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields a query selects below a resolver, by response field name (fragments followed). */
export interface Selection {
  [field: string]: Selection;
}

function collect(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Selection): Selection {
  for (const node of set?.selections ?? []) {
    if (node.kind === Kind.FIELD) {
      into[node.name.value] = collect(node.selectionSet, info, into[node.name.value] ?? {});
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      collect(node.selectionSet, info, into);
    } else {
      collect(info.fragments[node.name.value]?.selectionSet, info, into);
    }
  }
  return into;
}

export function selectionOf(info: GraphQLResolveInfo): Selection {
  const tree: Selection = {};
  for (const field of info.fieldNodes as readonly FieldNode[]) collect(field.selectionSet, info, tree);
  return tree;
}

/** What a connection field selects on each node. */
export function nodeSelection(info: GraphQLResolveInfo): Selection {
  return selectionOf(info).edges?.node ?? {};
}

/**
 * Relation paths to join into a list query: each GraphQL field of `relations` that is selected,
 * with the joins its own selection asks for below it (`nested`), e.g. `nomination.award`.
 */
export function populateFor(
  selection: Selection,
  relations: Record<string, string>,
  nested: Record<string, (selection: Selection) => string[]> = {},
): string[] {
  const paths: string[] = [];
  for (const [field, path] of Object.entries(relations)) {
    if (!selection[field]) continue;
    paths.push(path);
    for (const below of nested[field]?.(selection[field]) ?? []) paths.push(`${path}.${below}`);
  }
  return paths;
}
