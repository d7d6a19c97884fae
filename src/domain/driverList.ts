import { leftToPay } from './payments'

/** One line of an order as it was sold: the snapshot, never today's catalog. */
export interface StopLine {
  product: string
  unit: string
  quantity: number
  unitPrice: number
  lineTotal: number
}

/** A delivery order as the driver's list needs it: where to go, whom to call, what to hand over. */
export interface DeliveryStop {
  orderId: number
  number: number
  status: string
  paymentStatus: string | null
  clientName: string
  contactName: string | null
  phone: string | null
  address: string | null
  /** The client's route as typed by a manager; blank or null is no route. */
  route: string | null
  comment: string | null
  /** Minor units. */
  total: number
  amountPaid: number
  lines: StopLine[]
}

export interface RouteStop extends DeliveryStop {
  /** What the driver collects on delivery: the order's total less what was already received. */
  toCollect: number
}

/** What goes onto the van for one route: each product's quantity summed over its stops. */
export interface LoadLine {
  product: string
  unit: string
  quantity: number
}

export interface RouteTotals {
  orders: number
  /** The orders' totals added up. */
  goods: number
  toCollect: number
}

export interface RouteList {
  /** Null: the clients no manager has put on a route yet. */
  route: string | null
  stops: RouteStop[]
  load: LoadLine[]
  totals: RouteTotals
}

export interface DriverList {
  routes: RouteList[]
  totals: RouteTotals
}

/** A route as typed, trimmed, with inner spaces collapsed; blank is no route. */
export function routeOf(text: string | null | undefined): string | null {
  const route = text?.trim().replace(/\s+/g, ' ')
  return route ? route : null
}

/** The route query's word for "the orders without a route": `route=-`. */
export const NO_ROUTE = '-'

/**
 * A day's delivery stops grouped by route: routes by name, the stops without a route last; in a
 * route, stops by client and order number. Each route carries what to load and what to collect.
 */
export function driverList(stops: readonly DeliveryStop[]): DriverList {
  const byRoute = new Map<string | null, RouteStop[]>()
  for (const stop of stops) {
    const route = routeOf(stop.route)
    const list = byRoute.get(route) ?? []
    list.push({ ...stop, route, toCollect: leftToPay(stop) })
    byRoute.set(route, list)
  }
  const routes = [...byRoute.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([route, list]): RouteList => {
      const sorted = list.sort(
        (a, b) => a.clientName.localeCompare(b.clientName) || a.number - b.number,
      )
      return { route, stops: sorted, load: loadOf(sorted), totals: totalsOf(sorted) }
    })
  return { routes, totals: totalsOf(routes.flatMap((route) => route.stops)) }
}

function totalsOf(stops: readonly RouteStop[]): RouteTotals {
  return {
    orders: stops.length,
    goods: stops.reduce((sum, stop) => sum + stop.total, 0),
    toCollect: stops.reduce((sum, stop) => sum + stop.toCollect, 0),
  }
}

/** The same product in the same unit is one line of the load, however many clients ordered it. */
function loadOf(stops: readonly RouteStop[]): LoadLine[] {
  const load = new Map<string, LoadLine>()
  for (const line of stops.flatMap((stop) => stop.lines)) {
    const key = `${line.product}\u0000${line.unit}`
    const held = load.get(key)
    if (held) held.quantity += line.quantity
    else load.set(key, { product: line.product, unit: line.unit, quantity: line.quantity })
  }
  return [...load.values()].sort((a, b) => a.product.localeCompare(b.product))
}
