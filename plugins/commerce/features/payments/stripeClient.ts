// The Stripe client lives in the core: the credits feature sells by card through it too.
export { stripeClient, stripeReturnUrl } from '@commerce/stripeClient'
