import type { CommerceFeature } from '@commerce/feature'
import { catalogEndpoint } from './catalog'
import { meEndpoint } from './me'
import {
  cancelOrderEndpoint,
  getOrderEndpoint,
  listOrdersEndpoint,
  repeatOrderEndpoint,
} from './orders'
import { payOrderEndpoint } from './pay'
import { placeOrderEndpoint } from './placeOrder'

/**
 * The Telegram Mini App's server: `/api/miniapp/*`, called with the app's init data
 * (`Authorization: tma …`) by the shop page. A first-time customer becomes an `individual`
 * client on their first call; orders go through the orders collection as the client.
 */
export const miniappFeature: CommerceFeature = {
  name: 'miniapp',
  endpoints: [
    meEndpoint,
    catalogEndpoint,
    placeOrderEndpoint,
    listOrdersEndpoint,
    getOrderEndpoint,
    cancelOrderEndpoint,
    repeatOrderEndpoint,
    payOrderEndpoint,
  ],
}
