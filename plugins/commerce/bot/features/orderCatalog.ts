import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { DraftRules, OfferedProduct } from '../../../../src/domain/orderDraft'

import { orderingRulesValue, type SavedOrderingRules, unsavedOrderingRules } from '../../../../collections/Settings/orderingRules'
import { sqlDatabase } from '../../../../src/db/sqlDatabase'
import { dateRulesFrom } from '../../../../src/domain/deliveryDates'
import { priceFor } from '../../../../src/domain/pricing'

// The bot's ordering steps read the catalog in plain SQL, one round trip each: they run on every
// press, and the Payload `find`s they replace cost several times the queries themselves. The
// order is still priced again by the orders collection when it is placed. Ties in `sortOrder`
// put the newest first, as Payload's own sort does in the admin.

export interface OrderStart {
  /** The categories that have something to sell. */
  categories: { id: number; name: string }[]
  rules: DraftRules
}

/** What starting an order needs: the categories to choose from and the shop's ordering rules. */
export async function loadOrderStart(payload: Payload, clientId: number): Promise<OrderStart> {
  const { rows } = await sqlDatabase(payload).execute<{
    categories: { id: number; name: string }[]
    address: string | null
    settings: SavedOrderingRules | null
  }>(sql`
    select
      (select coalesce(json_agg(json_build_object('id', c.id, 'name', c.name) order by c.sort_order, c.created_at desc), '[]')
         from categories c
        where c.active = true and exists (select 1 from products p where p.category_id = c.id and p.active = true)) as categories,
      (select coalesce(nullif(delivery_address, ''), nullif(legal_address, '')) from clients where id = ${clientId}) as address,
      ${orderingRulesValue} as settings`)
  const { categories, address, settings } = rows[0]
  const saved = settings ?? (await unsavedOrderingRules(payload))
  return {
    categories,
    rules: { ...dateRulesFrom(saved), minOrderAmount: saved.minOrderAmount ?? 0, profileAddress: address },
  }
}

/** Active products of one category, or with the given ids, at the client's own prices. */
export async function loadOffer(payload: Payload, clientId: number, which: { category: number } | { ids: number[] }): Promise<OfferedProduct[]> {
  const filter = 'category' in which ? sql`p.category_id = ${which.category}` : sql`p.id = any(${sql.param(which.ids)}::int[])`
  const { rows } = await sqlDatabase(payload).execute<{
    id: number
    name: string
    unit: string
    price: number
    negotiated: number | null
    minQuantity: number | null
  }>(sql`
    select p.id, p.name, p.unit, p.price::float8 as price, cp.price::float8 as negotiated, p.min_quantity::float8 as "minQuantity"
      from products p left join client_prices cp on cp.product_id = p.id and cp.client_id = ${clientId}
     where p.active = true and ${filter}
     order by p.sort_order, p.created_at desc`)
  const negotiatedPrices = new Map(rows.flatMap(({ id, negotiated }) => (negotiated === null ? [] : [[String(id), negotiated] as const])))
  return rows.map(({ negotiated: _, minQuantity, ...product }) => ({
    ...product,
    price: priceFor({ negotiatedPrices }, product),
    minQuantity: minQuantity ?? 1,
  }))
}
