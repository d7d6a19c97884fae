/** One line an order holds in a warehouse, as the pick list reads it. */
export interface PickRow {
  warehouse: string
  order: number
  sku: string
  name: string
  unit: string
  quantity: number
}

export interface WarehousePickList {
  warehouse: string
  /** What to take off the shelves: each product once, its total over the day's orders. */
  products: { sku: string; name: string; unit: string; quantity: number; orders: number[] }[]
  /** How many orders the warehouse packs that day. */
  orders: number
}

/** A day's pick lists, one per warehouse (by name), each product once with the orders it goes to. */
export function pickListsOf(rows: PickRow[]): WarehousePickList[] {
  const byWarehouse = new Map<string, PickRow[]>()
  for (const row of rows)
    byWarehouse.set(row.warehouse, [...(byWarehouse.get(row.warehouse) ?? []), row])
  return [...byWarehouse.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([warehouse, lines]) => {
      const products = new Map<string, WarehousePickList['products'][number]>()
      for (const line of lines) {
        const product = products.get(line.sku) ?? {
          sku: line.sku,
          name: line.name,
          unit: line.unit,
          quantity: 0,
          orders: [],
        }
        product.quantity += line.quantity
        if (!product.orders.includes(line.order)) product.orders.push(line.order)
        products.set(line.sku, product)
      }
      return {
        warehouse,
        products: [...products.values()]
          .map((product) => ({ ...product, orders: product.orders.sort((a, b) => a - b) }))
          .sort((a, b) => a.sku.localeCompare(b.sku)),
        orders: new Set(lines.map((line) => line.order)).size,
      }
    })
}
