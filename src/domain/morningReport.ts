import { sumMoney } from './money'
import type { Fulfillment } from './orderWorkflow'

/**
 * One row of the day's aggregate as the database returns it: per fulfillment, either one product
 * (`productId` set) or the fulfillment's own total (`productId` null).
 */
export interface MorningReportRow {
  fulfillment: Fulfillment
  productId: number | null
  productName: string | null
  unit: string | null
  orders: number
  quantity: number
  amount: number
}

export interface MorningReport {
  /** The delivery date the summary is for, `YYYY-MM-DD`. */
  date: string
  orders: number
  total: number
  delivery: { orders: number; total: number }
  pickup: { orders: number; total: number }
  /** What to bake: every product ordered for the day, by name. */
  products: {
    productId: number
    name: string
    unit: string
    delivery: number
    pickup: number
    quantity: number
  }[]
}

/** Shapes the aggregate rows into the summary the baker and the manager read. */
export function summarizeMorning(date: string, rows: readonly MorningReportRow[]): MorningReport {
  const report: MorningReport = {
    date,
    orders: 0,
    total: 0,
    delivery: { orders: 0, total: 0 },
    pickup: { orders: 0, total: 0 },
    products: [],
  }
  const products = new Map<number, MorningReport['products'][number]>()
  for (const row of rows) {
    if (row.productId === null) {
      report[row.fulfillment] = { orders: row.orders, total: row.amount }
      continue
    }
    let product = products.get(row.productId)
    if (!product) {
      product = {
        productId: row.productId,
        name: row.productName ?? '?',
        unit: row.unit ?? '',
        delivery: 0,
        pickup: 0,
        quantity: 0,
      }
      products.set(row.productId, product)
    }
    product[row.fulfillment] += row.quantity
    product.quantity += row.quantity
  }
  report.orders = report.delivery.orders + report.pickup.orders
  report.total = sumMoney([report.delivery.total, report.pickup.total])
  report.products = [...products.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.productId - b.productId,
  )
  return report
}
