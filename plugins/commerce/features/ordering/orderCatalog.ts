import { byRequest, perTurn } from '@commerce/bot/perTurn'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { dateRulesFrom } from '@/domain/deliveryDates'
import type { DraftRules, OfferedProduct } from '@/domain/orderDraft'
import { priceFor } from '@/domain/pricing'
import {
  orderingRulesValue,
  type SavedOrderingRules,
  unsavedOrderingRules,
} from '@/shared/db/orderingRules'
import { sellable, usualAddress } from '@/shared/db/ruleFragments'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

// The bot's ordering steps read the catalog in plain SQL, the reads of one turn of the event loop
// in one statement (`perTurn`): they run on every press, and the Payload `find`s they replace
// cost several times the queries themselves. The order is still priced again by the orders
// collection when it is placed. Ties in `sortOrder` put the newest first, as Payload's own sort
// does in the admin.

export interface OrderStart {
  /** The categories that have something to sell. */
  categories: { id: number; name: string }[]
  rules: DraftRules
}

/** What starting an order needs: the categories to choose from and the shop's ordering rules. */
export async function loadOrderStart(payload: Payload, clientId: number): Promise<OrderStart> {
  const { categories, address, settings } = await orderStarts(payload, clientId)
  const saved = settings ?? (await unsavedOrderingRules(payload))
  return {
    categories,
    rules: {
      ...dateRulesFrom(saved),
      minOrderAmount: saved.minOrderAmount ?? 0,
      profileAddress: address,
    },
  }
}

interface StartRow {
  categories: { id: number; name: string }[]
  address: string | null
  settings: SavedOrderingRules | null
}

const orderStarts = perTurn<number, StartRow>(async (payload, clients) => {
  // The categories and the rules are the same for every client: PostgreSQL reads them once.
  const { rows } = await sqlDatabase(payload).execute<StartRow>(sql`
    select
      (select coalesce(json_agg(json_build_object('id', c.id, 'name', c.name) order by c.sort_order, c.created_at desc), '[]')
         from categories c
        where exists (select 1 from products p where p.category_id = c.id and ${sellable('p', 'c')})) as categories,
      (select ${usualAddress('clients')} from clients where id = i.client) as address,
      ${orderingRulesValue} as settings
      from unnest(${sql.param([...clients])}::int[]) with ordinality as i(client, n)
     order by i.n`)
  return rows
})

type Which = { category: number } | { ids: number[] }

/** Active products of one category, or with the given ids, at the client's own prices. */
export async function loadOffer(
  payload: Payload,
  clientId: number,
  which: Which,
): Promise<OfferedProduct[]> {
  const rows = await offers(payload, { client: clientId, which })
  const negotiatedPrices = new Map(
    rows.flatMap(({ id, negotiated }) =>
      negotiated === null ? [] : [[String(id), negotiated] as const],
    ),
  )
  return rows.map(({ negotiated: _, minQuantity, ...product }) => ({
    ...product,
    price: priceFor({ negotiatedPrices }, product),
    minQuantity: minQuantity ?? 1,
  }))
}

interface OfferRow {
  /** Which request of the batch the row answers. */
  n: number
  id: number
  name: string
  unit: string
  price: number
  negotiated: number | null
  minQuantity: number | null
  stockAvailable: number | null
}

const offers = perTurn<{ client: number; which: Which }, Omit<OfferRow, 'n'>[]>(
  async (payload, requests) => {
    // Each request asks by category or by ids; the two branches keep their indexes.
    const { rows } = await sqlDatabase(payload).execute<OfferRow>(sql`
    select i.n::int as n, p.id, p.name, p.unit, p.price::float8 as price, cp.price::float8 as negotiated, p.min_quantity::float8 as "minQuantity",
           p.stock_available::float8 as "stockAvailable"
      from unnest(
             ${sql.param(requests.map(({ client }) => client))}::int[],
             ${sql.param(requests.map(({ which }) => ('category' in which ? which.category : null)))}::bigint[],
             ${sql.param(requests.map(({ which }) => ('ids' in which ? JSON.stringify(which.ids) : null)))}::jsonb[]
           ) with ordinality as i(client, category, ids, n)
     cross join lateral (
             select * from products where category_id = i.category
             union all
             select * from products where id in (select jsonb_array_elements_text(i.ids)::bigint)
           ) p
      left join categories c on c.id = p.category_id
      left join client_prices cp on cp.product_id = p.id and cp.client_id = i.client
     where ${sellable('p', 'c')}
     order by i.n, p.sort_order, p.created_at desc`)
    return byRequest(requests.length, rows)
  },
)
