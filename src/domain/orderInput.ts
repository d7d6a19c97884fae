import { z } from 'zod'

import { FULFILLMENTS, ORDER_STATUSES } from './orderWorkflow'

/** More lines than any bakery order has; the limit keeps one request from writing without end. */
export const MAX_ORDER_LINES = 200

const LINES = 'Lines must be a list of { product, quantity }'

/**
 * The shape an order write must have before any rule reads it: what a form can never send but a
 * script can (a string for the lines, an object for a status) is refused here by name.
 */
const orderShape = z.object({
  items: z
    .array(z.looseObject({ product: z.unknown(), quantity: z.unknown() }, { error: LINES }), {
      error: LINES,
    })
    .max(MAX_ORDER_LINES, `An order has at most ${MAX_ORDER_LINES} lines`)
    .nullish(),
  fulfillment: z
    .enum(FULFILLMENTS, { error: `fulfillment must be one of ${FULFILLMENTS.join(', ')}` })
    .nullish(),
  status: z
    .enum(ORDER_STATUSES, { error: `status must be one of ${ORDER_STATUSES.join(', ')}` })
    .nullish(),
})

export function orderShapeProblems(data: unknown): { path: string; message: string }[] {
  const parsed = orderShape.safeParse(data ?? {})
  if (parsed.success) return []
  // One message per field: a line list with 10 000 wrong rows is one problem, not 10 000.
  const byField = new Map(
    parsed.error.issues.map((issue) => [String(issue.path[0] ?? 'data'), issue.message]),
  )
  return [...byField].map(([path, message]) => ({ path, message }))
}
