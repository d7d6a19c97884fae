import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { priceFor } from '../../../../src/domain/pricing'
import { sqlDatabase } from '../../../../src/db/sqlDatabase'

export interface Catalog {
  categories: { id: number; name: string }[]
  products: { id: number; name: string; unit: string; price: number; minQuantity: number; category: number }[]
  minOrderAmount: number
  address: string | null
}

interface CatalogRow {
  categories: { id: number; name: string }[]
  products: { id: number; name: string; unit: string; price: number; negotiated: number | null; minQuantity: number | null; category: number }[]
  address: string | null
  minOrderAmount: number | null
}

/**
 * What a client can order, at their own prices, read in one round trip: the bot's `/order` is
 * one of its busiest steps, and five Payload `find`s cost several times the queries themselves.
 * The order is still priced again by the orders collection when it is placed. Ties in `sortOrder`
 * put the newest first, as Payload's own sort does in the admin.
 */
export async function loadCatalog(payload: Payload, clientId: number): Promise<Catalog> {
  const { rows } = await sqlDatabase(payload).execute<CatalogRow>(sql`
    select
      (select coalesce(json_agg(json_build_object('id', id, 'name', name) order by sort_order, created_at desc), '[]')
         from categories where active = true) as categories,
      (select coalesce(json_agg(json_build_object(
                'id', p.id, 'name', p.name, 'unit', p.unit, 'price', p.price::float8, 'negotiated', cp.price::float8,
                'minQuantity', p.min_quantity::float8, 'category', p.category_id) order by p.sort_order, p.created_at desc), '[]')
         from products p left join client_prices cp on cp.product_id = p.id and cp.client_id = ${clientId}
        where p.active = true) as products,
      (select coalesce(nullif(delivery_address, ''), nullif(legal_address, '')) from clients where id = ${clientId}) as address,
      (select min_order_amount::float8 from settings limit 1) as "minOrderAmount"`)
  const { categories, products, address, minOrderAmount } = rows[0]
  const negotiatedPrices = new Map(products.flatMap(({ id, negotiated }) => (negotiated === null ? [] : [[String(id), negotiated] as const])))
  const sellable = products.map(({ negotiated: _, minQuantity, ...product }) => ({
    ...product,
    price: priceFor({ negotiatedPrices }, product),
    minQuantity: minQuantity ?? 1,
  }))
  return {
    categories: categories.filter((category) => sellable.some((product) => product.category === category.id)),
    products: sellable,
    minOrderAmount: minOrderAmount ?? 0,
    address,
  }
}

export interface DateSettings {
  timezone: string
  cutoff: string
  daysAhead: number
}

/** The settings the date step reads twice per order, without Payload's read machinery. */
export async function dateSettings(payload: Payload): Promise<DateSettings> {
  const { rows } = await sqlDatabase(payload).execute<{ timezone: string; cutoff: string | null; daysAhead: number | null }>(sql`
    select timezone, order_cutoff_time as cutoff, delivery_days_ahead::float8 as "daysAhead" from settings limit 1`)
  // Settings never saved: Payload knows the defaults.
  const settings = rows[0] ?? (await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true }).then((global) => ({
    timezone: global.timezone,
    cutoff: global.orderCutoffTime ?? null,
    daysAhead: global.deliveryDaysAhead ?? null,
  })))
  return { timezone: settings.timezone, cutoff: settings.cutoff ?? '18:00', daysAhead: Math.min(settings.daysAhead ?? 7, 14) }
}
