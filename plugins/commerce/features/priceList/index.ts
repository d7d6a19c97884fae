import type { CommerceFeature } from '@commerce/feature'
import { priceList } from './priceList'

/** `/pricelist`: a client's own prices for everything on sale, negotiated ones marked. */
export const priceListFeature: CommerceFeature = {
  name: 'priceList',
  bot: { customers: () => priceList, help: ['help-pricelist'] },
}
