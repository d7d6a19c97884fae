import { type OrderStep, readOrderFacts } from '@collections/Orders/orderFacts'
import type { Order } from '@payload-types'
import type { CollectionBeforeChangeHook } from 'payload'
import { orderShapeProblems } from '@/domain/orderInput'
import { FieldsRefused } from '@/shared/http/fieldsRefused'
import { assignOrderNumber } from './assignOrderNumber'
import { defaultDeliveryAddress } from './defaultDeliveryAddress'
import { enforceClientRules } from './enforceClientRules'
import { enforceStatusWorkflow } from './enforceStatusWorkflow'
import { keepServerFields } from './keepServerFields'
import { normalizeDeliveryDate } from './normalizeDeliveryDate'
import { recordStatusHistory } from './recordStatusHistory'
import { snapshotPrices } from './snapshotPrices'

/** The rules every order write passes, in this order: the first to refuse stops the write. */
const STEPS: OrderStep[] = [
  keepServerFields,
  enforceStatusWorkflow,
  snapshotPrices,
  enforceClientRules,
  defaultDeliveryAddress,
  normalizeDeliveryDate,
  assignOrderNumber,
  recordStatusHistory,
]

/**
 * One hook for the rules, so they share one read of what they need (see `readOrderFacts`).
 * The facts stay local to this write: Payload runs a bulk update's documents side by side on
 * one request, so its `context` cannot carry them.
 */
export const prepareOrder: CollectionBeforeChangeHook<Order> = async (write) => {
  const problems = orderShapeProblems(write.data)
  if (problems.length)
    throw new FieldsRefused({ collection: 'orders', errors: problems, req: write.req })
  const facts = await readOrderFacts(write)
  let data = write.data
  for (const step of STEPS) data = await step({ ...write, data }, facts)
  return data
}
