import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { limitMessages as M, userErrorOf, type MessageDef } from '../../domain/messages';
import type { QueryLimitsConfig } from '../config/limits.config';

/** The page size of a connection asked for without `first` (server/store/pagination.ts). */
export const DEFAULT_PAGE_SIZE = 20;
/** Items assumed in a list that is not a connection (a nomination's tasks, history, documents). */
export const LIST_ITEMS = 10;

/** What an operation asks for, fragments expanded: the figures the limits bound. */
export interface OperationShape {
  depth: number;
  aliases: number;
  directives: number;
  /** Selects __schema or __type (whose subtrees count for none of the figures). */
  introspection: boolean;
}

type Variables = Readonly<Record<string, unknown>> | undefined;

const NONE: OperationShape = { depth: 0, aliases: 0, directives: 0, introspection: false };
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

function isConnection(type: GraphQLNamedType): boolean {
  return type.name.endsWith('Connection');
}

/**
 * One walk over an operation. Each fragment is measured once per walk (memoised), so a document
 * spreading a fragment many times costs one pass, not one per spread; validation has already
 * refused fragment cycles, so the recursion ends.
 */
class OperationWalk {
  private readonly shapes = new Map<string, OperationShape>();
  private readonly costs = new Map<string, number>();
  /** Variables a `first` came from: the cost depends on their values, not on the document alone. */
  readonly pageVariables = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Variables,
  ) {}

  shape(set: SelectionSetNode): OperationShape {
    let { depth, aliases, directives, introspection } = NONE;
    for (const selection of set.selections) {
      directives += selection.directives?.length ?? 0;
      let inner = NONE;
      let levels = 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        if (INTROSPECTION_FIELDS.has(selection.name.value)) {
          introspection = true;
          depth = Math.max(depth, 1);
          continue;
        }
        levels = 1;
        if (selection.selectionSet) inner = this.shape(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = this.shape(selection.selectionSet);
      } else {
        inner = this.fragmentShape(selection.name.value);
      }
      depth = Math.max(depth, levels + inner.depth);
      aliases += inner.aliases;
      directives += inner.directives;
      introspection ||= inner.introspection;
    }
    return { depth, aliases, directives, introspection };
  }

  private fragmentShape(name: string): OperationShape {
    const known = this.shapes.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    const shape = fragment ? this.shape(fragment.selectionSet) : NONE;
    const withOwn = { ...shape, directives: shape.directives + (fragment?.directives?.length ?? 0) };
    this.shapes.set(name, withOwn);
    return withOwn;
  }

  /**
   * Each field costs 1 plus its children; a list's children count once per item: `first` items
   * for a connection's edges (DEFAULT_PAGE_SIZE without it), LIST_ITEMS for any other list.
   * `pageSize` is the page asked of the connection whose selection this is.
   */
  cost(set: SelectionSetNode, type: GraphQLNamedType | undefined, pageSize: number): number {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += this.fieldCost(selection, type, pageSize);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : type;
        total += this.cost(selection.selectionSet, on, pageSize);
      } else total += this.fragmentCost(selection.name.value, pageSize);
    }
    return total;
  }

  private fieldCost(field: FieldNode, parent: GraphQLNamedType | undefined, pageSize: number): number {
    const name = field.name.value;
    if (name === '__typename' || INTROSPECTION_FIELDS.has(name)) return name === '__typename' ? 0 : 1;
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!definition) return 1;
    const named = getNamedType(definition.type);
    if (!field.selectionSet || !isCompositeType(named)) return 1;
    const children = this.cost(field.selectionSet, named, isConnection(named) ? this.pageSizeOf(field) : 0);
    const items = isListType(getNullableType(definition.type))
      ? parent && isConnection(parent) && name === 'edges'
        ? pageSize
        : LIST_ITEMS
      : 1;
    return 1 + items * children;
  }

  private fragmentCost(name: string, pageSize: number): number {
    const key = `${name}:${pageSize}`;
    const known = this.costs.get(key);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    const cost = fragment
      ? this.cost(fragment.selectionSet, this.schema.getType(fragment.typeCondition.name.value), pageSize)
      : 0;
    this.costs.set(key, cost);
    return cost;
  }

  private pageSizeOf(field: FieldNode): number {
    const argument = field.arguments?.find((a) => a.name.value === 'first');
    let value: unknown = null;
    if (argument?.value.kind === Kind.INT) value = Number(argument.value.value);
    else if (argument?.value.kind === Kind.VARIABLE) {
      this.pageVariables.add(argument.value.name.value);
      value = this.variables?.[argument.value.name.value];
    }
    return typeof value === 'number' && Number.isInteger(value) ? Math.max(0, value) : DEFAULT_PAGE_SIZE;
  }
}

interface Measured {
  shape: OperationShape;
  /** The variables that set a page size (empty: the cost is the document's own). */
  pageVariables: string[];
  /** The cost by the values of pageVariables, for the last few combinations seen. */
  costs: Map<string, number>;
}

/** Page-size combinations remembered per operation (portals send a handful: 10, 20, 50, 100). */
const COSTS_KEPT = 16;

/** Documents are cached and reused by Apollo (and the same object comes back): measure each once. */
const measured = new WeakMap<OperationDefinitionNode, Measured>();
const fragmentMaps = new WeakMap<DocumentNode, Map<string, FragmentDefinitionNode>>();

/** The shape and cost of one operation of a (validated) document. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Variables,
): OperationShape & { cost: number } {
  const cached = measured.get(operation);
  const key = cached ? cached.pageVariables.map((name) => String(variables?.[name])).join(',') : '';
  const known = cached?.costs.get(key);
  if (cached && known !== undefined) return { ...cached.shape, cost: known };
  let fragments = fragmentMaps.get(document);
  if (!fragments) fragmentMaps.set(document, (fragments = fragmentsOf(document)));
  const walk = new OperationWalk(schema, fragments, variables);
  const cost = walk.cost(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, 0);
  if (cached) {
    if (cached.costs.size >= COSTS_KEPT) cached.costs.clear();
    cached.costs.set(key, cost);
    return { ...cached.shape, cost };
  }
  const inner = walk.shape(operation.selectionSet);
  const shape = { ...inner, directives: inner.directives + (operation.directives?.length ?? 0) };
  const pageVariables = [...walk.pageVariables];
  const firstKey = pageVariables.map((name) => String(variables?.[name])).join(',');
  measured.set(operation, { shape, pageVariables, costs: new Map([[firstKey, cost]]) });
  return { ...shape, cost };
}

function limitError<P extends object>(def: MessageDef<P>, params: P): GraphQLError {
  const { code, message, messageVi } = userErrorOf(def as MessageDef<any>, params);
  return new GraphQLError(message, { extensions: { code, messageVi, http: { status: 400 } } });
}

/** The limits an operation passes against, and whether the request carries a signed-in user. */
export interface LimitPolicy {
  limits: QueryLimitsConfig;
  signedIn: boolean;
}

/**
 * The first limit an operation breaks, as a coded GraphQL error (HTTP 400), or null. Runs after
 * parsing (where GRAPHQL_MAX_TOKENS applies) and validation, before anything executes.
 */
export function operationRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  { limits, signedIn }: LimitPolicy,
): GraphQLError | null {
  const found = measureOperation(schema, document, operation, variables);
  if (found.introspection && !(limits.introspection && signedIn)) return limitError(M.introspectionOff, {});
  if (found.depth > limits.maxDepth) return limitError(M.tooDeep, { found: found.depth, limit: limits.maxDepth });
  if (found.aliases > limits.maxAliases) {
    return limitError(M.tooManyAliases, { found: found.aliases, limit: limits.maxAliases });
  }
  if (found.directives > limits.maxDirectives) {
    return limitError(M.tooManyDirectives, { found: found.directives, limit: limits.maxDirectives });
  }
  if (found.cost > limits.maxCost) return limitError(M.tooComplex, { found: found.cost, limit: limits.maxCost });
  return null;
}

/** graphql-js's words when the parser stops at ParseOptions.maxTokens ("more that" in graphql 16). */
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

/** A parse failure for the token limit, answered as QUERY_TOO_LARGE; null for any other message. */
export function tooLargeRefusal(parseMessage: string): { code: string; message: string; messageVi: string } | null {
  const match = TOKEN_LIMIT.exec(parseMessage);
  return match ? userErrorOf(M.tooLarge, { limit: Number(match[1]) }) : null;
}

/** "Did you mean …" hints name fields and values of the schema: they go when introspection would. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}
