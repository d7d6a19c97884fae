import { z } from 'zod'
import { DELIVERY_STATUSES } from '@/domain/courier'

/**
 * The courier service's API as we use it, validated at the border: an answer that does not match
 * is a failure naming what differs, never half-applied. The same shapes serve the fake in tests.
 */

/** The header the courier signs its webhooks in: HMAC-SHA256 of the raw body, hex, maybe `sha256=`. */
export const SIGNATURE_HEADER = 'x-courier-signature'

const deliveryStatus = z.enum(DELIVERY_STATUSES)
const trackingUrl = z.url({ protocol: /^https?$/ }).max(2000)

/** `POST /deliveries`: what we ask for, keyed by the order (`Idempotency-Key`). */
export interface CreateDeliveryRequest {
  /** Our order's id: the courier names it back in every event. */
  reference: string
  /** The order's number, as the courier's staff and the client see it. */
  number: number
  deliverOn: string | null
  dropoff: { address: string; contactName: string; phone: string }
  /** What the parcel is worth, in minor units of `currency`. */
  value: number
  currency: string
  note: string | null
}

export const deliveryAnswer = z.object({
  id: z.string().min(1).max(200),
  status: deliveryStatus,
  tracking_url: trackingUrl.nullish(),
})
export type DeliveryAnswer = z.infer<typeof deliveryAnswer>

/** A webhook event: one delivery's new status. */
export const courierEvent = z.object({
  id: z.string().min(1).max(200),
  type: z.literal('delivery.status_changed'),
  created_at: z.iso.datetime({ offset: true }),
  data: z.object({
    delivery_id: z.string().min(1).max(200),
    reference: z.string().max(200).nullish(),
    status: deliveryStatus,
    tracking_url: trackingUrl.nullish(),
  }),
})
export type CourierEvent = z.infer<typeof courierEvent>

/** The event in a raw body, or why it cannot be read, naming the fields. */
export function parseCourierEvent(raw: string): { event: CourierEvent } | { error: string } {
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return { error: 'The body must be JSON: it could not be read' }
  }
  const parsed = courierEvent.safeParse(body)
  if (parsed.success) return { event: parsed.data }
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
  return { error: `Not a courier event: ${problems.join('; ')}` }
}
