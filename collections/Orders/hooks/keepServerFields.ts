import type { OrderStep } from '@collections/Orders/orderFacts'
import type { Order } from '@payload-types'

import { ORDER_SOURCES } from '@/domain/orderWorkflow'

/**
 * Fields the server owns are never taken from a caller, through any door: the money fields come
 * from the ledger alone, the source from the channel that placed the order. The number, history
 * and line prices have their own steps.
 */
export const keepServerFields: OrderStep = ({ data, operation, originalDoc, req }, facts) => {
  const settling = req.context.settlingPayment === true
  // The locked row, not Payload's earlier read: a payment settled meanwhile is not written back over.
  const stored: Partial<Order> =
    operation === 'create' || !originalDoc
      ? { paymentStatus: 'unpaid', amountPaid: 0, amountRefunded: 0 }
      : { ...originalDoc, ...facts.stored }
  const kept = {
    ...data,
    currency: stored.currency ?? 'UZS',
    source:
      operation === 'create' ? sourceOf(req.context.channel, req.payloadAPI) : originalDoc?.source,
  }
  if (settling) return kept
  return {
    ...kept,
    paymentStatus: stored.paymentStatus,
    amountPaid: stored.amountPaid,
    amountRefunded: stored.amountRefunded,
  }
}

function sourceOf(channel: unknown, api: string | undefined): Order['source'] {
  if (ORDER_SOURCES.includes(channel as Order['source'] & string)) return channel as Order['source']
  // The admin panel speaks REST; GraphQL and server scripts are integrations.
  return api === 'REST' ? 'admin' : 'api'
}
