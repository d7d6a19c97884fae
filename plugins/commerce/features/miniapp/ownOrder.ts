import type { Order } from '@payload-types'
import type { MiniappCall } from './miniappEndpoint'
import { MiniappRefusal } from './miniappEndpoint'

/**
 * The caller's own order named in the path; another client's is answered exactly as one that
 * does not exist, so an id reveals nothing.
 */
export async function ownOrder({ req, client, t }: MiniappCall): Promise<Order> {
  const id = Number(req.routeParams?.id)
  const order =
    Number.isSafeInteger(id) && id > 0
      ? await req.payload
          .findByID({
            collection: 'orders',
            id,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
          })
          .catch(() => null)
      : null
  if (!order || order.client !== client.id)
    throw new MiniappRefusal(404, 'order-not-found', t('miniapp-order-not-found'))
  return order
}
