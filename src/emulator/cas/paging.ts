/**
 * List semantics of the CAS API (§4.2.2 Table 4-16, repeated for every list): `limit` is 1000
 * (everything, also the default) or 0-100, any other integer becomes 10; `offset` skips records;
 * `order_by` is one of the list's fields, an unknown one falls back to create_time; `order` is
 * asc or desc (default desc). Job tasks have their own query (§4.6.1 Table 4-187).
 */
import { casError } from '../http/errors.js';
import type { SortOrder } from '../../wire/cas.js';

/** The query parameters as the caller sent them (absent: undefined). */
export interface RawListQuery {
  limit?: string | undefined;
  offset?: string | undefined;
  order_by?: string | undefined;
  order?: string | undefined;
}

export interface ListParams<F extends string = string> {
  /** undefined: every record. */
  limit: number | undefined;
  offset: number;
  orderBy: F;
  order: SortOrder;
}

const INTEGER = /^-?\d+$/;

function parseInteger(raw: string, name: string): number {
  if (!INTEGER.test(raw.trim())) throw casError('SVCSTG.00100400', `${name}: "${raw}" is not an integer.`);
  return Number(raw.trim());
}

function parseOffset(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const offset = parseInteger(raw, 'offset');
  if (offset < 0) throw casError('SVCSTG.00100400', `offset: must be 0 or more, got ${offset}.`);
  return offset;
}

/** `fields` are the list's sort fields; the first is the default (create_time). */
export function parseListQuery<F extends string>(raw: RawListQuery, fields: readonly [F, ...F[]]): ListParams<F> {
  let limit: number | undefined;
  if (raw.limit !== undefined) {
    const n = parseInteger(raw.limit, 'limit');
    // Table 4-16: 1000 is the non-paged scenario, 0-100 pages, anything else is replaced by 10.
    limit = n === 1000 ? undefined : n >= 0 && n <= 100 ? n : 10;
  }
  const offset = parseOffset(raw.offset);
  const orderBy = fields.find((f) => f === raw.order_by) ?? fields[0];
  let order: SortOrder = 'desc';
  if (raw.order !== undefined) {
    const o = raw.order.toLowerCase();
    if (o !== 'asc' && o !== 'desc') throw casError('SVCSTG.00100400', `order: must be asc or desc, got "${raw.order}".`);
    order = o;
  }
  return { limit, offset, orderBy, order };
}

export type Comparators<T, F extends string> = Record<F, (a: T, b: T) => number>;

/**
 * Sorts by the chosen field, then by insertion order (`seq`) so records made in the same millisecond
 * keep a stable order, reverses for desc, and cuts the page. `count` is the total before paging.
 */
export function page<T extends { seq: number }, F extends string>(
  records: Iterable<T>,
  params: ListParams<F>,
  comparators: Comparators<T, F>,
): { count: number; items: T[] } {
  const compare = comparators[params.orderBy];
  const sorted = [...records].sort((a, b) => compare(a, b) || a.seq - b.seq);
  if (params.order === 'desc') sorted.reverse();
  const end = params.limit === undefined ? undefined : params.offset + params.limit;
  return { count: sorted.length, items: sorted.slice(params.offset, end) };
}

export const byNumber = (a: number, b: number): number => a - b;
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Versions compare part by part as numbers: 1.10.0 sorts after 1.9.0. */
export function byVersion(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface TaskQuery {
  instanceId: string | undefined;
  limit: number | undefined;
  offset: number;
  desc: boolean;
}

/**
 * §4.6.1 Table 4-187: `limit` is just a number of records here (no 1000/10 rule is stated), so any
 * integer from 0 up is taken as given and an absent one means all; `desc` is "true" or "false".
 */
export function parseTaskQuery(raw: { instance_id?: string | undefined; limit?: string | undefined; offset?: string | undefined; desc?: string | undefined }): TaskQuery {
  let limit: number | undefined;
  if (raw.limit !== undefined) {
    limit = parseInteger(raw.limit, 'limit');
    if (limit < 0) throw casError('SVCSTG.00100400', `limit: must be 0 or more, got ${limit}.`);
  }
  let desc = false;
  if (raw.desc !== undefined) {
    if (raw.desc !== 'true' && raw.desc !== 'false') throw casError('SVCSTG.00100400', `desc: must be true or false, got "${raw.desc}".`);
    desc = raw.desc === 'true';
  }
  const instanceId = raw.instance_id === undefined || raw.instance_id === '' ? undefined : raw.instance_id;
  return { instanceId, limit, offset: parseOffset(raw.offset), desc };
}
