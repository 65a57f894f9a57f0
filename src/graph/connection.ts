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

/**
 * One page as a connection. Cursors are made only for what the operation reads: most operations
 * select `nodes` and never an edge, and a cursor per item (a Buffer and a string each) was most of
 * what a dashboard's hundreds of connections allocated.
 */
class Page<T> implements Connection<T> {
  #edges: { cursor: string; node: T }[] | undefined;

  constructor(
    readonly nodes: T[],
    private readonly offset: number,
    readonly totalCount: number,
  ) {}

  get edges(): { cursor: string; node: T }[] {
    return (this.#edges ??= this.nodes.map((node, i) => ({ cursor: encodeCursor(this.offset + i), node })));
  }

  get pageInfo(): Connection<T>['pageInfo'] {
    const count = this.nodes.length;
    return {
      hasNextPage: this.offset + count < this.totalCount,
      hasPreviousPage: this.offset > 0,
      startCursor: count > 0 ? encodeCursor(this.offset) : null,
      endCursor: count > 0 ? encodeCursor(this.offset + count - 1) : null,
    };
  }
}

/** Builds a connection from one page of upstream items and the upstream's total `count`. */
export function toConnection<T>(items: readonly T[], page: PageRequest, totalCount: number): Connection<T> {
  return new Page([...items], page.offset, totalCount);
}

/** Pages a list the gateway already holds whole (derived lists such as Environment.instances). */
export function sliceConnection<T>(all: readonly T[], args: PageArgs): Connection<T> {
  const page = pageRequest(args);
  // slice() is already the page's own array.
  return new Page(all.slice(page.offset, page.offset + page.limit), page.offset, all.length);
}
