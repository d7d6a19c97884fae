import { commerceOf } from '@commerce/feature'
import type { Endpoint } from 'payload'
import { courierSignatureValid } from '@/domain/courierSignature'
import { refusal } from '@/shared/http/refusal'
import { withOrigin } from '@/shared/writeOrigin'
import { parseCourierEvent, SIGNATURE_HEADER } from './courierContract'
import { receiveCourierEvent } from './receiveCourierEvent'

/**
 * `POST /api/integrations/courier/webhook`. The signature is checked over the raw body before
 * anything is read. Every event we could file answers 200, a replay or one the order's workflow
 * refused included (kept as a conflict), so the courier stops resending it; one naming no delivery
 * of ours answers 404, and one that failed 500, so that it is sent again.
 */
export const courierWebhookEndpoint: Endpoint = {
  path: '/integrations/courier/webhook',
  method: 'post',
  handler: async (req) => {
    const secret = commerceOf(req.payload).options.courier.webhookSecret
    if (!secret)
      return refusal({
        status: 503,
        message: 'The courier is off: COURIER_WEBHOOK_SECRET is not set',
      })
    const raw = (await req.text?.()) ?? ''
    if (!courierSignatureValid(secret, raw, req.headers.get(SIGNATURE_HEADER)))
      return refusal({
        status: 401,
        message: `The ${SIGNATURE_HEADER} header is missing or does not sign this body`,
      })
    const parsed = parseCourierEvent(raw)
    if ('error' in parsed) return refusal({ status: 400, field: 'body', message: parsed.error })
    const { event } = parsed
    const receipt = await withOrigin({ door: 'webhook', name: 'courier' }, () =>
      receiveCourierEvent(req.payload, event),
    )
    if (receipt === 'unknown')
      return refusal({
        status: 404,
        message: `No delivery of ours is ${event.data.delivery_id}${event.data.reference ? ` or order ${event.data.reference}` : ''}`,
      })
    return Response.json({ received: receipt })
  },
}
