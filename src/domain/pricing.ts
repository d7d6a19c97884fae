import type { Translated } from './languages'
import { multiplyMoney, sumMoney } from './money'
import { fieldMessage, quantitySchema } from './validators'

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

/** What a caller may ask for. There is no price: prices come from the server. */
export interface RequestedLine {
  product: number | string | null | undefined
  quantity: unknown
  /** The line was already on the order: it keeps what was copied when it was added. */
  kept?: { productName: string; unit: string; unitPrice: number }
}

export interface PricedLine {
  product: number | string
  productName: string
  unit: string
  quantity: number
  unitPrice: number
  lineTotal: number
}

/** What is wrong with a line, said in every language (the API answers the English). */
export type LineProblem = { index: number; field: 'product' | 'quantity'; message: Translated }

type Priced =
  | { ok: true; items: PricedLine[]; total: number }
  | { ok: false; problems: LineProblem[] }

export function priceFor(
  client: { negotiatedPrices: NegotiatedPrices },
  product: PricedProduct,
): number {
  return client.negotiatedPrices.get(String(product.id)) ?? product.price
}

/**
 * Prices every line from the catalog and the client's prices. Every line is checked, so one
 * answer lists all that is wrong instead of one problem per attempt.
 */
export function priceOrderLines(
  lines: readonly RequestedLine[],
  products: ReadonlyMap<string, PricedProduct>,
  client: { negotiatedPrices: NegotiatedPrices },
): Priced {
  if (lines.length === 0) {
    return {
      ok: false,
      problems: [
        {
          index: -1,
          field: 'product',
          message: {
            ru: 'В заказе должна быть хотя бы одна позиция',
            uz: "Buyurtmada kamida bitta qator bo'lishi kerak",
            en: 'An order needs at least one line',
          },
        },
      ],
    }
  }
  const problems: LineProblem[] = []
  const items: PricedLine[] = []
  lines.forEach((line, index) => {
    const product = line.kept
      ? keptProduct(line.product, line.kept, products)
      : findProduct(line.product, products)
    const quantity = quantitySchema.safeParse(line.quantity)
    if (isProblem(product)) problems.push({ index, field: 'product', message: product })
    if (!quantity.success)
      problems.push({
        index,
        field: 'quantity',
        message: fieldMessage(quantity.error.issues[0].message),
      })
    if (isProblem(product) || !quantity.success) return

    const minimum = product.minQuantity ?? 1
    if (quantity.data < minimum) {
      problems.push({
        index,
        field: 'quantity',
        message: {
          ru: `${product.name}: не меньше ${minimum}`,
          uz: `${product.name}: kamida ${minimum}`,
          en: `${product.name}: the minimum is ${minimum}`,
        },
      })
      return
    }
    const unitPrice = line.kept?.unitPrice ?? priceFor(client, product)
    if (!Number.isSafeInteger(unitPrice) || unitPrice < 0) {
      problems.push({
        index,
        field: 'product',
        message: {
          ru: `У товара «${product.name}» нет правильной цены`,
          uz: `«${product.name}» mahsulotining to'g'ri narxi yo'q`,
          en: `${product.name} has no valid price`,
        },
      })
      return
    }
    const lineTotal = lineTotalOf(quantity.data, unitPrice)
    if (lineTotal === null) {
      problems.push({
        index,
        field: 'quantity',
        message: {
          ru: `${product.name}: позиция слишком велика для одного заказа`,
          uz: `${product.name}: bu qator bitta buyurtma uchun juda katta`,
          en: `${product.name}: this line is too large for one order`,
        },
      })
      return
    }
    items.push({
      product: product.id,
      productName: product.name,
      unit: product.unit ?? 'pcs',
      quantity: quantity.data,
      unitPrice,
      lineTotal,
    })
  })
  if (problems.length) return { ok: false, problems }
  const total = totalOf(items)
  if (total === null) {
    return {
      ok: false,
      problems: [
        {
          index: -1,
          field: 'product',
          message: {
            ru: 'Заказ слишком большой: разделите его',
            uz: "Buyurtma juda katta: uni bo'ling",
            en: 'This order is too large: split it',
          },
        },
      ],
    }
  }
  return { ok: true, items, total }
}

const isProblem = (found: PricedProduct | Translated): found is Translated => !('id' in found)

/** The product a line may be priced from, or why not. */
function findProduct(
  id: RequestedLine['product'],
  products: ReadonlyMap<string, PricedProduct>,
): PricedProduct | Translated {
  if (id === null || id === undefined || id === '')
    return { ru: 'Выберите товар', uz: 'Mahsulotni tanlang', en: 'Choose a product' }
  const product = products.get(String(id))
  if (!product)
    return {
      ru: `Товара ${id} нет`,
      uz: `${id} mahsuloti yo'q`,
      en: `Product ${id} does not exist`,
    }
  if (product.active === false)
    return {
      ru: `«${product.name}» — нет в продаже`,
      uz: `«${product.name}» sotuvda yo'q`,
      en: `${product.name} is not available`,
    }
  return product
}

/**
 * A line already on the order as it was copied: its price and name never change after, even if
 * the product was renamed, repriced or retired since. Today's minimum still applies to a new quantity.
 */
function keptProduct(
  id: RequestedLine['product'],
  kept: NonNullable<RequestedLine['kept']>,
  products: ReadonlyMap<string, PricedProduct>,
): PricedProduct {
  return {
    id: id!,
    name: kept.productName,
    unit: kept.unit,
    price: kept.unitPrice,
    minQuantity: products.get(String(id))?.minQuantity,
  }
}

// Overflow means absurd catalog data; the caller gets a problem to show, never a crash.
function lineTotalOf(quantity: number, unitPrice: number): number | null {
  try {
    return multiplyMoney(quantity, unitPrice)
  } catch {
    return null
  }
}

function totalOf(items: readonly PricedLine[]): number | null {
  try {
    return sumMoney(items.map((item) => item.lineTotal))
  } catch {
    return null
  }
}
