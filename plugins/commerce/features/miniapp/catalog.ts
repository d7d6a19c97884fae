import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { MiniappCatalog, MiniappProduct } from '@/domain/miniappApi'
import { priceFor } from '@/domain/pricing'
import { sellable } from '@/shared/db/ruleFragments'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { miniappEndpoint } from './miniappEndpoint'

type SQL = ReturnType<typeof sql>

interface ProductRow extends Omit<MiniappProduct, 'price' | 'negotiated' | 'photo'> {
  negotiated: number | null
  photo: Record<string, string | null> | null
}

/**
 * `GET /api/miniapp/catalog`: the categories and products on sale, each at the caller's own price
 * (`priceFor`: their client-prices row, else the base price), in one statement: it is the call
 * every opening of the shop makes.
 */
export const catalogEndpoint = miniappEndpoint('get', '/catalog', async ({ req, client, shop }) => {
  const { rows } = await sqlDatabase(req.payload).execute<{
    categories: MiniappCatalog['categories']
    products: ProductRow[]
  }>(sql`
    select
      (select coalesce(json_agg(json_build_object('id', c.id, 'name', c.name) order by c.sort_order, c.created_at desc), '[]')
         from categories c
        where exists (select 1 from products p where p.category_id = c.id and ${sellable('p', 'c')})) as categories,
      (select coalesce(json_agg(json_build_object(
                'id', p.id, 'name', p.name, 'category', p.category_id, 'unit', p.unit,
                'basePrice', p.price::float8, 'negotiated', cp.price::float8,
                'minQuantity', coalesce(p.min_quantity, 1)::float8, 'description', p.description,
                'stockAvailable', p.stock_available::float8,
                'photo', ${photoColumns(req.payload)})
              order by c.sort_order, c.created_at desc, p.sort_order, p.created_at desc), '[]')
         from products p
         left join categories c on c.id = p.category_id
         left join client_prices cp on cp.product_id = p.id and cp.client_id = ${client.id}
         ${photoJoin(req.payload)}
        where ${sellable('p', 'c')}) as products`)
  const [{ categories, products }] = rows
  const files = `${req.payload.config.routes.api}/media/file/`
  const catalog: MiniappCatalog = {
    categories,
    products: products.map(({ negotiated, photo, ...product }) => ({
      ...product,
      price: priceFor(
        {
          negotiatedPrices: new Map(negotiated === null ? [] : [[String(product.id), negotiated]]),
        },
        { ...product, price: product.basePrice },
      ),
      negotiated: negotiated !== null,
      photo: photoOf(photo, files),
    })),
    currency: shop.currency,
  }
  return Response.json(catalog)
})

/** The photo's file and its resized copies' files, as `name → URL`. */
function photoOf(
  files: Record<string, string | null> | null,
  base: string,
): MiniappProduct['photo'] {
  if (!files?.original) return null
  const url = (name: string) => base + encodeURIComponent(name)
  const sizes = Object.fromEntries(
    Object.entries(files).flatMap(([size, name]) =>
      size !== 'original' && name ? [[size, url(name)]] : [],
    ),
  )
  return { url: url(files.original), sizes }
}

/**
 * Products have a photo once the shop has the `media` uploads and `products.photo`; the query
 * reads the upload's file and its sizes (`sizes_<name>_filename`) when they exist.
 */
function photoSizes(payload: Payload): string[] | null {
  const hasPhoto = payload.collections.products?.config.flattenedFields.some(
    (field) => field.name === 'photo' && 'relationTo' in field && field.relationTo === 'media',
  )
  const media = payload.collections.media?.config.upload
  if (!hasPhoto || !media) return null
  return (media.imageSizes ?? []).map((size) => size.name)
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

function photoColumns(payload: Payload): SQL {
  const sizes = photoSizes(payload)
  if (!sizes) return sql`null`
  const pairs = sizes.map((size) => sql.raw(`'${size}', m.sizes_${snake(size)}_filename`))
  return sql`case when m.id is null then null else json_build_object('original', m.filename${sql.join(
    pairs.map((pair) => sql`, ${pair}`),
  )}) end`
}

function photoJoin(payload: Payload): SQL {
  return photoSizes(payload) ? sql`left join media m on m.id = p.photo_id` : sql``
}
