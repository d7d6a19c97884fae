import { CheckoutRefused, type OfferCheckout } from '@commerce/checkout'
import { onlineProviders } from './onlineProviders'
import { offerPayment } from './operations'
import { PaymentRefused } from './paymentRefused'

/** The checkout behind the pay button, offered to the other features through the core. */
export const cardCheckout: OfferCheckout = Object.assign(
  async (...[payload, order, provider]: Parameters<OfferCheckout>) => {
    try {
      return await offerPayment(payload, order, provider)
    } catch (error) {
      if (error instanceof PaymentRefused) throw new CheckoutRefused(error.said, error.status)
      throw error
    }
  },
  { providers: onlineProviders },
)
