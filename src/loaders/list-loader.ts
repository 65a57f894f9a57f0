/**
 * Paged CAS lists, loaded per request. Several pages of the same list in one batch, or a page of a
 * list already held whole, cost no extra upstream call: the whole list (limit 1000, §4.2.2) is
 * fetched once and sliced. Every fetched item primes the by-ID loaders.
 */
import DataLoader from 'dataloader';
import { asError } from './settle.js';

export interface ListOrder {
  orderBy: string;
  order: 'asc' | 'desc';
}

/** The reference's defaults: sorted by creation time, descending. */
export const DEFAULT_ORDER: ListOrder = { orderBy: 'create_time', order: 'desc' };

export interface ListPage<T> {
  count: number;
  items: T[];
}

export interface ListSource<P, T> {
  /** A stable string for the parent (application id, ...). */
  parentKey(parent: P): string;
  fetch(parent: P, params: { limit: number; offset: number; orderBy: string; order: 'asc' | 'desc' }): Promise<ListPage<T>>;
  /** Called with every list fetched, to prime by-ID loaders. */
  prime?(items: readonly T[], parent: P): void;
}

/** `limit=1000` is the reference's "no pagination" value. */
const ALL = 1000;

interface PageKey<P> {
  parent: P;
  limit: number;
  offset: number;
  order: ListOrder;
}

export class ListLoader<P, T> {
  readonly #source: ListSource<P, T>;
  readonly #whole = new Map<string, Promise<T[]>>();
  readonly #pages: DataLoader<PageKey<P>, ListPage<T>, string>;

  constructor(source: ListSource<P, T>) {
    this.#source = source;
    this.#pages = new DataLoader((keys) => this.#batch(keys), {
      cacheKeyFn: (k) => `${this.#listKey(k.parent, k.order)}|${k.limit}|${k.offset}`,
    });
  }

  /** One page, as the upstream would answer `limit`/`offset`. */
  async page(parent: P, limit: number, offset: number, order: ListOrder = DEFAULT_ORDER): Promise<ListPage<T>> {
    const whole = this.#whole.get(this.#listKey(parent, order));
    if (whole) return slice(await whole, limit, offset);
    return this.#pages.load({ parent, limit, offset, order });
  }

  /** The whole list. */
  all(parent: P, order: ListOrder = DEFAULT_ORDER): Promise<T[]> {
    const key = this.#listKey(parent, order);
    let whole = this.#whole.get(key);
    if (!whole) {
      whole = this.#fetchAll(parent, order);
      this.#whole.set(key, whole);
      // A failed load must not stay cached for the rest of the request's retries.
      whole.catch(() => this.#whole.delete(key));
    }
    return whole;
  }

  /** Forgets every page and whole list of a parent, after a write changed it. */
  clear(parent: P): void {
    const prefix = `${this.#source.parentKey(parent)}|`;
    for (const key of this.#whole.keys()) if (key.startsWith(prefix)) this.#whole.delete(key);
    this.#pages.clearAll();
  }

  #listKey(parent: P, order: ListOrder): string {
    return `${this.#source.parentKey(parent)}|${order.orderBy}|${order.order}`;
  }

  async #fetchAll(parent: P, order: ListOrder): Promise<T[]> {
    const items: T[] = [];
    // The reference caps nothing at 1000, but a real service may: keep paging until `count` is reached.
    for (;;) {
      const page = await this.#source.fetch(parent, { limit: ALL, offset: items.length, ...order });
      items.push(...page.items);
      this.#source.prime?.(page.items, parent);
      if (page.items.length === 0 || items.length >= page.count) return items;
    }
  }

  async #batch(keys: readonly PageKey<P>[]): Promise<(ListPage<T> | Error)[]> {
    const groups = new Map<string, PageKey<P>[]>();
    for (const k of keys) {
      const g = this.#listKey(k.parent, k.order);
      groups.set(g, [...(groups.get(g) ?? []), k]);
    }
    const results = new Map<PageKey<P>, Promise<ListPage<T>>>();
    for (const group of groups.values()) {
      const first = group[0]!;
      if (group.length === 1 && first.limit !== ALL) {
        results.set(
          first,
          this.#source.fetch(first.parent, { limit: first.limit, offset: first.offset, ...first.order }).then((page) => {
            this.#source.prime?.(page.items, first.parent);
            return page;
          }),
        );
      } else {
        const whole = this.all(first.parent, first.order);
        for (const k of group) results.set(k, whole.then((items) => slice(items, k.limit, k.offset)));
      }
    }
    return Promise.all(keys.map((k) => results.get(k)!.catch(asError)));
  }
}

function slice<T>(items: T[], limit: number, offset: number): ListPage<T> {
  return { count: items.length, items: items.slice(offset, offset + limit) };
}
