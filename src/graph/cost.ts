/**
 * The cost estimate of an operation, checked against MAX_COST before anything runs: the most
 * objects its answer may hold. graphql-armor's cost-limit cannot be configured to do this: it does
 * not read the schema and only sees a literal `first`, so leaving `first` out (or passing it in a
 * variable) made a 100-item page cost as one item. Here every connection counts at the page it
 * will fetch (`first`, or the largest page, 100, when left out), `nodes(ids)` at its number of IDs,
 * and nested lists multiply. Registry lists have no page size: they count as one, and the
 * per-operation budget (MAX_UPSTREAM_CALLS) bounds what they cost.
 *
 * The same walk finds an argument a field would refuse (`first` out of range, an `after` it never
 * handed out, an `environmentId` that is not an Environment's ID): refused here, before anything
 * runs, since the fields above a nested one would otherwise have read upstream (and read ahead)
 * before it said no.
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_PAGE_SIZE, pageRequest } from './connection.js';
import { decodeIdOf } from './global-id.js';

type Variables = Readonly<Record<string, unknown>>;

/** Whether an argument's value is, or holds, a variable. */
function holdsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(holdsVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((f) => holdsVariable(f.value));
  return false;
}

type ArgumentOf = (name: string) => unknown;

/** How many items a list field may hold, from its arguments; 1 for a field that is not a list. */
function multiplierOf(field: GraphQLField<unknown, unknown>, arg: ArgumentOf): number {
  const ids = field.args.some((a) => a.name === 'ids') ? arg('ids') : undefined;
  if (Array.isArray(ids)) return Math.max(1, ids.length);
  if (field.args.some((a) => a.name === 'first')) {
    const first = arg('first');
    // A page of `first` items; left out, the page the gateway fetches then: the largest.
    return typeof first === 'number' && Number.isFinite(first) ? Math.max(1, Math.min(first, MAX_PAGE_SIZE)) : MAX_PAGE_SIZE;
  }
  return 1;
}

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Variables;
}

/**
 * The error a field's page arguments (`first`, `after`) or its `environmentId` (an Environment's global
 * ID, as on Application.configuration and Component.instances) would raise when it runs, located at the field.
 */
function argumentRefusal(field: GraphQLField<unknown, unknown>, node: FieldNode, arg: ArgumentOf): GraphQLError | undefined {
  const takes = (name: string) => field.args.some((a) => a.name === name);
  try {
    // Variables are not coerced yet: a value of another type is left to execution, which refuses it as such.
    if (takes('first') || takes('after')) {
      const first = arg('first');
      const after = arg('after');
      pageRequest({ first: Number.isInteger(first) ? (first as number) : undefined, after: typeof after === 'string' ? after : undefined });
    }
    const environmentId = takes('environmentId') ? arg('environmentId') : undefined;
    if (typeof environmentId === 'string') decodeIdOf(environmentId, 'Environment', 'environmentId');
    return undefined;
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    return new GraphQLError(`Field "${node.name.value}": ${err.message}`, { nodes: [node], extensions: err.extensions });
  }
}

export interface CostEstimate {
  cost: number;
  /** Whether a variable's value went into it: otherwise every request of this operation costs the same. */
  readsVariables: boolean;
  /** The first argument a field would refuse when it runs (argumentRefusal), if any. */
  refusal?: GraphQLError;
}

/** The operation's estimated cost. */
export function estimateCost({ schema, operation, fragments, variables }: CostInput): CostEstimate {
  let readsVariables = false;
  let refusal: GraphQLError | undefined;
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return { cost: 0, readsVariables };

  const visiting = new Set<string>();
  const selectionCost = (type: GraphQLCompositeType, set: SelectionSetNode): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(type, selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += selectionCost(isCompositeType(on) ? on : type, selection.selectionSet);
      } else {
        const fragment = fragments[selection.name.value];
        // A fragment spread inside itself is invalid anyway (validation says so); it costs nothing here.
        if (!fragment || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        const on = schema.getType(fragment.typeCondition.name.value);
        total += selectionCost(isCompositeType(on) ? on : type, fragment.selectionSet);
        visiting.delete(fragment.name.value);
      }
    }
    return total;
  };

  const fieldCost = (parent: GraphQLCompositeType, node: FieldNode): number => {
    const name = node.name.value;
    if (name.startsWith('__')) return 0; // introspection and __typename
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!field || !node.selectionSet) return 0;
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) return 0;
    const arg: ArgumentOf = (argument) => {
      const given = node.arguments?.find((a) => a.name.value === argument);
      if (!given) return undefined;
      if (holdsVariable(given.value)) readsVariables = true;
      return given.value.kind === Kind.VARIABLE ? variables[given.value.name.value] : valueFromASTUntyped(given.value, variables);
    };
    refusal ??= argumentRefusal(field, node, arg);
    return multiplierOf(field, arg) * (1 + selectionCost(type, node.selectionSet));
  };

  const cost = selectionCost(root, operation.selectionSet);
  return { cost, readsVariables, ...(refusal && { refusal }) };
}

/**
 * Refuses an operation whose estimate is over `maxCost`, before it runs, with the figures. It runs
 * at execution (and subscription) time, where the variables are known.
 */
export function useCostLimit(maxCost: number): Plugin {
  // Per parsed document (yoga's parse cache hands out the same one for a repeated text) and operation
  // name: the cost of an operation whose lists take no variable, which every request of it shares.
  const fixedCosts = new WeakMap<object, Map<string, number>>();
  const costOf = (args: { schema: GraphQLSchema; document: { definitions: readonly unknown[] }; operationName?: string | null; variableValues?: Variables | null }) => {
    const fixed = fixedCosts.get(args.document)?.get(args.operationName ?? '');
    if (fixed !== undefined) return fixed;
    const definitions = args.document.definitions as readonly (OperationDefinitionNode | FragmentDefinitionNode)[];
    const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = args.operationName ? operations.find((o) => o.name?.value === args.operationName) : operations[0];
    if (!operation) return undefined;
    const fragments = Object.fromEntries(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
    const estimate = estimateCost({ schema: args.schema, operation, fragments, variables: args.variableValues ?? {} });
    if (estimate.refusal) return estimate.refusal;
    const cost = Math.ceil(estimate.cost);
    if (!estimate.readsVariables) {
      const byName = fixedCosts.get(args.document) ?? new Map<string, number>();
      byName.set(args.operationName ?? '', cost);
      fixedCosts.set(args.document, byName);
    }
    return cost;
  };
  const check = (args: Parameters<typeof costOf>[0]) => {
    const cost = costOf(args);
    if (cost instanceof GraphQLError) return cost;
    if (cost === undefined || cost <= maxCost) return undefined;
    return new GraphQLError(
      `The operation's answer may hold ${cost} objects; the limit is ${maxCost} (MAX_COST). Lists count at the page they fetch (first, 100 when left out; nodes: its IDs): ask for smaller pages (first) or fewer nested lists.`,
      { extensions: { code: 'BAD_USER_INPUT', limit: 'MAX_COST', cost, maxCost } },
    );
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = check(args);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = check(args);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
  };
}
