/**
 * Relay connections over CAS lists: `first`/`after` become the reference's `limit`/`offset`
 * (limit at most 100, §4.2.2), the cursor being the opaque offset of an item.
 */
import { GraphQLError } from 'graphql';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageRequest {
  limit: number;
  offset: number;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^offset:(\d{1,9})$/.exec(text);
  if (!match) {
    throw new GraphQLError('Argument "after" is not a valid cursor: pass the `endCursor` or an edge `cursor` of a previous page.', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  }
  return Number(match[1]);
}

export function pageRequest(args: PageArgs): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`Argument "first" must be between 0 and ${MAX_PAGE_SIZE}; page with "after" for more.`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { limit: first, offset };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Builds a connection from one page of upstream items and the upstream's total `count`. */
export function toConnection<T>(items: readonly T[], page: PageRequest, totalCount: number): Connection<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    nodes: [...items],
    pageInfo: {
      hasNextPage: page.offset + items.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** Pages a list the gateway already holds whole (derived lists such as Environment.instances). */
export function sliceConnection<T>(all: readonly T[], args: PageArgs): Connection<T> {
  const page = pageRequest(args);
  return toConnection(all.slice(page.offset, page.offset + page.limit), page, all.length);
}
