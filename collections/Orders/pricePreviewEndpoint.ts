import { sql } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { MAX_ORDER_LINES } from '@/domain/orderInput'
import { type PricedLine, priceOrderLines } from '@/domain/pricing'
import { STAFF_ROLES } from '@/shared/access/roles'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { readInput } from '@/shared/http/readInput'
import { requestLanguage } from '@/shared/requestLanguage'
import { type PricedProductRow, pricedProductsOf } from './orderFacts'

const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1)
const previewSchema = z.object({
  client: id.nullish(),
  items: z
    .array(
      z.object({
        product: id.nullish(),
        quantity: z.unknown(),
        /** A line already on the order keeps the price copied when it was added, as a save does. */
        kept: z
          .object({
            productName: z.string().max(500),
            unit: z.string().max(50),
            unitPrice: z.number().int().min(0),
          })
          .nullish(),
      }),
      {
        error: 'items must be a list of { product, quantity }',
      },
    )
    .max(MAX_ORDER_LINES, `An order has at most ${MAX_ORDER_LINES} lines`),
})

interface LinePreview {
  line: Omit<PricedLine, 'product' | 'quantity'> | null
  problem: string | null
}

/**
 * `POST /api/orders/price-preview`: the lines of an order being composed, priced as saving it
 * would price them (the client's own price, else the base price), so the manager sees the
 * client's prices while typing. Nothing is written; the save prices the lines again.
 */
export const pricePreviewEndpoint: Endpoint = {
  path: '/price-preview',
  method: 'post',
  handler: async (req) => {
    const input = await readInput(req, STAFF_ROLES, previewSchema)
    if (input instanceof Response) return input
    const productIds = [
      ...new Set(input.items.flatMap((line) => (line.product ? [line.product] : []))),
    ]
    const db = sqlDatabase(req.payload)
    const { rows } = await db.execute<{ products: PricedProductRow[] | null }>(
      sql`select (${pricedProductsOf(input.client ?? null, productIds)}) as products`,
    )
    const products = new Map<string, PricedProductRow>()
    const negotiatedPrices = new Map<string, number>()
    for (const row of rows[0]?.products ?? []) {
      products.set(String(row.id), row)
      if (row.negotiated !== null) negotiatedPrices.set(String(row.id), row.negotiated)
    }
    // Each line on its own: a row still being filled in does not hide the others' prices.
    const lines = input.items.map((requested): LinePreview => {
      if (!requested.product || !input.client) return { line: null, problem: null }
      // A quantity not typed yet still shows the unit price, with nothing to add to the total.
      const typed = requested.quantity !== null && requested.quantity !== undefined
      const priced = priceOrderLines(
        [
          {
            product: requested.product,
            kept: requested.kept ?? undefined,
            quantity: typed
              ? requested.quantity
              : (products.get(String(requested.product))?.minQuantity ?? 1),
          },
        ],
        products,
        { negotiatedPrices },
      )
      if (!priced.ok)
        return { line: null, problem: priced.problems[0].message[requestLanguage(req)] }
      const { product: _, quantity: __, ...line } = priced.items[0]
      return { line: typed ? line : { ...line, lineTotal: 0 }, problem: null }
    })
    const total = lines.reduce((sum, { line }) => sum + (line?.lineTotal ?? 0), 0)
    return Response.json({ lines, total })
  },
}
