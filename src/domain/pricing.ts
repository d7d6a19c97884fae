import { multiplyMoney, sumMoney } from './money'
import { quantitySchema } from './validators'

export interface PricedProduct {
  id: number | string
  name: string
  price: number
  active?: boolean | null
  minQuantity?: number | null
  unit?: string | null
}

/** Negotiated prices of one client, keyed by `String(productId)`. */
export type NegotiatedPrices = ReadonlyMap<string, number>

export interface RequestedLine {
  product: number | string | null | undefined
  quantity: unknown
}

export interface PricedLine {
  product: number | string
  productName: string
  unit: string
  quantity: number
  unitPrice: number
  lineTotal: number
}

export type LineProblem = { index: number; field: 'product' | 'quantity'; message: string }

export function priceFor(client: { negotiatedPrices: NegotiatedPrices }, product: PricedProduct): number {
  return client.negotiatedPrices.get(String(product.id)) ?? product.price
}

/** Prices every line from the catalog and the client's prices; a caller's prices are never read. */
export function priceOrderLines(
  lines: readonly RequestedLine[],
  products: ReadonlyMap<string, PricedProduct>,
  client: { negotiatedPrices: NegotiatedPrices },
): { ok: true; items: PricedLine[]; total: number } | { ok: false; problems: LineProblem[] } {
  if (lines.length === 0) {
    return { ok: false, problems: [{ index: -1, field: 'product', message: 'An order needs at least one line' }] }
  }
  const problems: LineProblem[] = []
  const items: PricedLine[] = []
  lines.forEach((line, index) => {
    if (line.product === null || line.product === undefined || line.product === '') {
      problems.push({ index, field: 'product', message: 'Choose a product' })
      return
    }
    const product = products.get(String(line.product))
    if (!product) {
      problems.push({ index, field: 'product', message: `Product ${line.product} does not exist` })
      return
    }
    if (product.active === false) {
      problems.push({ index, field: 'product', message: `${product.name} is not available` })
      return
    }
    const quantity = quantitySchema.safeParse(line.quantity)
    if (!quantity.success) {
      problems.push({ index, field: 'quantity', message: quantity.error.issues[0].message })
      return
    }
    const minimum = product.minQuantity ?? 1
    if (quantity.data < minimum) {
      problems.push({ index, field: 'quantity', message: `${product.name}: the minimum is ${minimum}` })
      return
    }
    const unitPrice = priceFor(client, product)
    items.push({
      product: product.id,
      productName: product.name,
      unit: product.unit ?? 'pcs',
      quantity: quantity.data,
      unitPrice,
      lineTotal: multiplyMoney(quantity.data, unitPrice),
    })
  })
  if (problems.length) return { ok: false, problems }
  return { ok: true, items, total: sumMoney(items.map((item) => item.lineTotal)) }
}
