import { actorOf } from '@collections/Orders/actor'
import type { OrderStep } from '@collections/Orders/orderFacts'

/**
 * The history is written only here, from the stored state, so a caller can neither rewrite it
 * nor skip an entry.
 */
export const recordStatusHistory: OrderStep = ({ data, operation, originalDoc, req }) => {
  const before = operation === 'create' ? null : (originalDoc?.status ?? null)
  const history = (originalDoc?.statusHistory ?? []).map(({ from, to, at, actor, note }) => ({
    from,
    to,
    at,
    actor,
    note,
  }))
  const after = data.status ?? before
  if (after && after !== before) {
    history.push({
      from: before,
      to: after,
      at: new Date().toISOString(),
      actor: actorOf(req).label,
      note: null,
    })
  }
  return { ...data, statusHistory: history }
}
