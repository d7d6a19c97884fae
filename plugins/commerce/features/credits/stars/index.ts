import type { CollectionAdditions } from '@commerce/feature'
import type { UIField } from 'payload'
import { starsCheckout } from './checkout'
import { refundStarsEndpoint } from './refundEndpoint'
import { starsRenderers } from './renderers'
import { starsShop } from './shop'

/** "Refund the Stars" in a Telegram Stars purchase's sidebar. */
const refundStarsField: UIField = {
  name: 'refundStars',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: {
      Field: '/plugins/commerce/features/credits/stars/RefundStarsButton#RefundStarsButton',
    },
  },
}

/**
 * Credits, passes and premium content sold in Telegram Stars: the shop's commands and invoices
 * (customers), the pre-checkout and the payment (everyone: they arrive outside any chat or flow),
 * the staff's refund from a transaction's page, and the outbox messages they write.
 */
export const starsSales = {
  shop: starsShop,
  checkout: starsCheckout,
  help: ['stars-help-buy', 'stars-help-pass', 'stars-help-premium'],
  renderers: starsRenderers,
  transactions: {
    fields: [refundStarsField],
    endpoints: [refundStarsEndpoint],
  } satisfies CollectionAdditions,
}
