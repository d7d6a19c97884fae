import { CheckoutRefused, type OfferCheckout } from '@commerce/checkout'
import { offerCheckout } from './operations'
import { PaymentRefused } from './paymentRefused'

/** The checkout behind the pay button, offered to the other features through the core. */
export const cardCheckout: OfferCheckout = async (payload, order) => {
  try {
    return await offerCheckout(payload, order)
  } catch (error) {
    if (error instanceof PaymentRefused) throw new CheckoutRefused(error.said, error.status)
    throw error
  }
}
