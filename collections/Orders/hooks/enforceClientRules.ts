import { actorOf } from '@collections/Orders/actor'

import type { OrderStep } from '@collections/Orders/orderFacts'
import { clientOrderRefusal } from '@/domain/clientOrderRules'
import { OrderRefused } from '../orderRefused'

/**
 * When the client places or changes their own order (bot, Mini App), the order itself refuses
 * what the client may not do; a channel may say so earlier, never instead.
 */
export const enforceClientRules: OrderStep = ({ data, req }, facts) => {
  if (actorOf(req).actor !== 'client' || !facts.repricing) return data
  const refusal = clientOrderRefusal({
    client: facts.client,
    products: (data.items ?? []).flatMap((line) => facts.products.get(String(line.product)) ?? []),
    total: data.total ?? 0,
    minOrderAmount: facts.minOrderAmount,
  })
  if (refusal) throw new OrderRefused(refusal)
  return data
}
