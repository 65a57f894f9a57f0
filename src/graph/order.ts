/** GraphQL order inputs as the reference's `order_by` / `order` (§4.2.2, §4.5.2). */
import { DEFAULT_ORDER, type ListOrder } from '../loaders/list-loader.js';

export function toListOrder(order: { field?: string | null; direction?: string | null } | null | undefined): ListOrder {
  if (!order) return DEFAULT_ORDER;
  return {
    orderBy: (order.field ?? 'CREATE_TIME').toLowerCase(),
    order: order.direction === 'ASC' ? 'asc' : 'desc',
  };
}
