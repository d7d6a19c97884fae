import type { DayRange } from './reportPeriods'
import { isWithin } from './reportPeriods'

/**
 * What the dashboard counts as sales. An order is a sale unless it was cancelled: a bakery sells
 * what it has taken on to bake, so today's orders count before the van leaves. An order belongs to
 * its delivery day, as the production plan, the morning summary and the invoices see it, and
 * brings its total as revenue.
 */
export const NOT_SALES = ['cancelled'] as const

export function isSale(order: { status?: string | null }): boolean {
  return !(NOT_SALES as readonly (string | null | undefined)[]).includes(order.status ?? 'new')
}

/** Whether an order is a sale of a day in `range`: `deliveryDate` is its calendar day, `YYYY-MM-DD`. */
export function isSaleWithin(
  order: { status?: string | null; deliveryDate: string },
  range: DayRange,
): boolean {
  return isSale(order) && isWithin(order.deliveryDate, range)
}

export interface Sales {
  orders: number
  /** Minor units. */
  revenue: number
}

/** Revenue per order, to the nearest minor unit; 0 without orders. */
export function averageOrder({ orders, revenue }: Sales): number {
  return orders === 0 ? 0 : Math.round(revenue / orders)
}

/** A figure beside the same figure of the period before. */
export interface Comparison {
  current: number
  previous: number
  change: number
  /** The change as a share of the previous figure (0.25 for +25 %); null when that was 0. */
  ratio: number | null
}

export function compare(current: number, previous: number): Comparison {
  return {
    current,
    previous,
    change: current - previous,
    ratio: previous === 0 ? null : (current - previous) / previous,
  }
}

export interface PeriodFigures {
  orders: Comparison
  revenue: Comparison
  averageOrder: Comparison
  newClients: Comparison
}

/** The four figures of a period against the period before. */
export function periodFigures(
  current: Sales & { newClients: number },
  previous: Sales & { newClients: number },
): PeriodFigures {
  return {
    orders: compare(current.orders, previous.orders),
    revenue: compare(current.revenue, previous.revenue),
    averageOrder: compare(averageOrder(current), averageOrder(previous)),
    newClients: compare(current.newClients, previous.newClients),
  }
}

export interface DaySales extends Sales {
  /** `YYYY-MM-DD` */
  day: string
}

/** Every day of `range` in order, with the sales the database found for it and zero for the rest. */
export function dailySales(range: DayRange, found: readonly DaySales[]): DaySales[] {
  const byDay = new Map(found.map((row) => [row.day, row]))
  const days: DaySales[] = []
  for (let time = Date.parse(range.first); time <= Date.parse(range.last); time += 86_400_000) {
    const day = new Date(time).toISOString().slice(0, 10)
    const row = byDay.get(day)
    days.push({ day, orders: row?.orders ?? 0, revenue: row?.revenue ?? 0 })
  }
  return days
}
