import type { OrderStep } from '@collections/Orders/orderFacts'

/**
 * Numbers come from a PostgreSQL sequence (created by the first migration), drawn with the
 * order's other facts: unique under any concurrency without locking the table. A refused or
 * rolled-back order leaves a gap, which is acceptable for an order number: it is unique, and no
 * client sees the others' numbers anyway.
 */
export const assignOrderNumber: OrderStep = ({ data, operation, originalDoc }, facts) => {
  const number = facts.number ?? originalDoc?.number
  if (operation === 'update' && !facts.clientChanged)
    return { ...data, number, title: originalDoc?.title }
  // The title is what the admin list searches: "#1042 · Vostok Cafe" finds by number or by client.
  return {
    ...data,
    number,
    title: facts.client ? `#${number} · ${facts.client.name}` : `#${number}`,
  }
}
