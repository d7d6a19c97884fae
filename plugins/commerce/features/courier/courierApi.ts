import { commerceOf } from '@commerce/feature'
import { integrationClient } from '@commerce/integrations/client'
import type { Payload } from 'payload'
import { type CreateDeliveryRequest, type DeliveryAnswer, deliveryAnswer } from './courierContract'

export const INTEGRATION = 'courier'

export interface CourierSettings {
  apiUrl?: string
  apiKey?: string
  timeoutMs?: number
  /** Tries after the first within one call; the outbox tries again later besides. */
  retries?: number
}

/**
 * The courier service's API, typed: every call bounded in time, retried when it may succeed
 * later, keyed so a repeat after a lost answer happens once, and its answer checked against the
 * contract. Null when no courier is configured.
 */
export function courierApi(
  payload: Payload,
  settings: CourierSettings = commerceOf(payload).options.courier,
) {
  if (!settings.apiUrl) return null
  const client = integrationClient({
    payload,
    integration: INTEGRATION,
    baseUrl: settings.apiUrl,
    headers: settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {},
    timeoutMs: settings.timeoutMs,
    retries: settings.retries,
  })
  return {
    createDelivery: (request: CreateDeliveryRequest, idempotencyKey: string) =>
      client.request<DeliveryAnswer>({
        call: 'request delivery',
        method: 'POST',
        path: '/deliveries',
        idempotencyKey,
        body: {
          reference: request.reference,
          number: request.number,
          deliver_on: request.deliverOn,
          dropoff: {
            address: request.dropoff.address,
            contact_name: request.dropoff.contactName,
            phone: request.dropoff.phone,
          },
          value: request.value,
          currency: request.currency,
          note: request.note,
        },
        response: deliveryAnswer,
      }),
    cancelDelivery: (deliveryId: string, idempotencyKey: string) =>
      client.request<DeliveryAnswer>({
        call: 'cancel delivery',
        method: 'POST',
        path: `/deliveries/${encodeURIComponent(deliveryId)}/cancel`,
        idempotencyKey,
        body: {},
        response: deliveryAnswer,
      }),
  }
}

export type CourierApi = NonNullable<ReturnType<typeof courierApi>>
