import type { CommerceFeature } from '@commerce/feature'
import { stockHoldsCollection } from './collections/stockHoldsCollection'
import { stockLevelsCollection } from './collections/stockLevelsCollection'
import { stockSyncCollection } from './collections/stockSyncCollection'
import { stockWatchesCollection } from './collections/stockWatchesCollection'
import { notifyMe } from './notifyMe'
import { pickListEndpoint } from './pickListEndpoint'
import { productStockFields } from './productStockFields'
import { warehousePullJob } from './pullJob'
import { stockRenderers } from './renderers'
import { keepOrderStock, releaseDeletedOrderStock } from './reserveStock'

/**
 * Warehouse stock: levels per product and warehouse pulled from the warehouse, reserved by each
 * order in the transaction that writes it (never below zero), released on cancel and consumed on
 * delivery; out-of-stock products marked for the catalogs, "notify me" when one is back, pick
 * requests to the warehouse and a day's pick list.
 */
export const stockFeature: CommerceFeature = {
  name: 'stock',
  collections: [
    stockLevelsCollection(),
    stockHoldsCollection(),
    stockWatchesCollection(),
    stockSyncCollection(),
  ],
  extend: {
    products: { fields: productStockFields, defaultColumns: ['stockAvailable'] },
    orders: { afterChange: [keepOrderStock], beforeDelete: [releaseDeletedOrderStock] },
  },
  endpoints: [pickListEndpoint],
  bot: { customers: () => notifyMe },
  renderers: stockRenderers,
  jobs: [warehousePullJob()],
}
