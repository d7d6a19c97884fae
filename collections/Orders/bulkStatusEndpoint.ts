import { APIError, type Endpoint } from 'payload'
import { z } from 'zod'

import { nextStep, ORDER_STATUSES } from '@/domain/orderWorkflow'
import { readInput } from '@/shared/http/readInput'

/** More orders than a day's deliveries; the limit keeps one request from working without end. */
export const MAX_BULK_ORDERS = 200

const bulkSchema = z.object({
  ids: z
    .array(
      z
        .number()
        .int()
        .positive()
        .max(2 ** 31 - 1),
      { error: 'ids must be a list of order ids' },
    )
    .min(1, 'Select at least one order')
    .max(MAX_BULK_ORDERS, `At most ${MAX_BULK_ORDERS} orders at once`),
  status: z.enum([...ORDER_STATUSES, 'next'], {
    error: `status must be one of ${ORDER_STATUSES.join(', ')} or next`,
  }),
})

export interface BulkResult {
  id: number
  number: number | null
  ok: boolean
  /** The status the order has after the move (or kept, when refused). */
  status: string | null
  /** Why the order was not moved, as the order's own save says it. */
  message?: string
}

/**
 * `POST /api/orders/bulk-status`: moves each selected order to `status` (or each to its own next
 * step), one save per order through every rule a single save passes, so one refusal does not
 * hold back the rest; the answer says for each order what happened and why.
 */
export const bulkStatusEndpoint: Endpoint = {
  path: '/bulk-status',
  method: 'post',
  handler: async (req) => {
    const input = await readInput(req, ['admin', 'manager'], bulkSchema)
    if (input instanceof Response) return input
    const { docs } = await req.payload.find({
      collection: 'orders',
      where: { id: { in: input.ids } },
      select: { number: true, status: true, fulfillment: true },
      limit: input.ids.length,
      depth: 0,
      req,
    })
    const found = new Map(docs.map((order) => [order.id, order]))
    const results: BulkResult[] = []
    for (const id of input.ids) {
      const order = found.get(id)
      if (!order) {
        results.push({ id, number: null, ok: false, status: null, message: 'No such order' })
        continue
      }
      const status =
        input.status === 'next'
          ? nextStep({ status: order.status ?? 'new', fulfillment: order.fulfillment })
          : input.status
      if (!status) {
        results.push({
          id,
          number: order.number ?? null,
          ok: false,
          status: order.status ?? null,
          message: `This order is ${order.status}: it has no next step`,
        })
        continue
      }
      try {
        // Each save is its own transaction (`req` carries none between them): a refusal rolls
        // back that order only.
        const moved = await req.payload.update({
          collection: 'orders',
          id,
          data: { status },
          context: { expectedStatus: order.status ?? undefined },
          overrideAccess: false,
          depth: 0,
          req,
        })
        results.push({ id, number: moved.number ?? null, ok: true, status: moved.status ?? null })
      } catch (error) {
        results.push({
          id,
          number: order.number ?? null,
          ok: false,
          status: order.status ?? null,
          message:
            error instanceof APIError && error.isPublic
              ? error.message
              : 'The order could not be saved; try it on its own page',
        })
        if (!(error instanceof APIError))
          req.payload.logger.error({ err: error, order: id }, 'bulk move failed')
      }
    }
    return Response.json({ results })
  },
}
