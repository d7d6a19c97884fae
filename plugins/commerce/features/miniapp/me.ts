import { commerceOf } from '@commerce/feature'
import { cardPaymentsOn } from '@commerce/options'
import type { Payload } from 'payload'
import { clientOrderRefusal } from '@/domain/clientOrderRules'
import { dateRulesFrom, offeredDays } from '@/domain/deliveryDates'
import type { MiniappMe } from '@/domain/miniappApi'
import { unsavedOrderingRules } from '@/shared/db/orderingRules'
import type { Caller, Shop } from './caller'
import { type MiniappCall, miniappEndpoint } from './miniappEndpoint'

/**
 * Whether the client may order, by the rule the bot and the orders collection use: a pending or
 * blocked client may browse, not order. Null when they may.
 */
export function orderRefusalOf(
  client: Caller,
): { code: 'client-pending' | 'client-blocked' } | null {
  const refusal = clientOrderRefusal({ client, products: [], total: 0, minOrderAmount: null })
  return refusal?.code === 'client-pending' || refusal?.code === 'client-blocked'
    ? { code: refusal.code }
    : null
}

/** The shop's rules, with Payload's defaults while the settings were never saved. */
export async function rulesOf(payload: Payload, shop: Shop) {
  const saved = shop.rules ?? (await unsavedOrderingRules(payload))
  return { ...dateRulesFrom(saved), minOrderAmount: saved.minOrderAmount ?? 0 }
}

/** `GET /api/miniapp/me`: who the caller is to the shop, and what they may choose when ordering. */
export const meEndpoint = miniappEndpoint(
  'get',
  '/me',
  async ({ req, user, client, shop, t }: MiniappCall) => {
    const rules = await rulesOf(req.payload, shop)
    const refusal = orderRefusalOf(client)
    const { features, options } = commerceOf(req.payload)
    const me: MiniappMe = {
      telegram: {
        id: user.id,
        firstName: user.firstName,
        lastName: user.lastName,
        username: user.username,
      },
      client,
      refusal: refusal && { code: refusal.code, message: t(`refusal-${refusal.code}`) },
      ordering: {
        days: offeredDays(rules),
        minOrderAmount: rules.minOrderAmount,
        currency: shop.currency,
        cardPayments: cardPaymentsOn(options) && features.some((feature) => feature.checkout),
      },
    }
    return Response.json(me)
  },
)
