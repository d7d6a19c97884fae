import { commerceOf } from '@commerce/feature'
import type { Endpoint, PayloadRequest } from 'payload'
import { withOrigin } from '@/shared/writeOrigin'
import { type ClickAnswer, type ClickKeys, clickComplete, clickPrepare } from './clickMethods'

/** Click's service id and secret when both are set, else null (Click is off). */
export function clickKeys(payload: PayloadRequest['payload']): ClickKeys | null {
  const { serviceId, secretKey } = commerceOf(payload).options.click
  return serviceId && secretKey ? { serviceId, secretKey } : null
}

/** The form's fields; a body that is not a form reads as no fields (Click is told -8). */
async function formOf(req: PayloadRequest): Promise<Record<string, string>> {
  const raw = (await req.text?.()) ?? ''
  try {
    return Object.fromEntries(new URLSearchParams(raw))
  } catch {
    return {}
  }
}

const clickEndpoint = (
  path: string,
  step: (
    payload: PayloadRequest['payload'],
    form: Record<string, string>,
    keys: ClickKeys,
  ) => Promise<ClickAnswer>,
): Endpoint => ({
  path,
  method: 'post',
  handler: async (req) => {
    const keys = clickKeys(req.payload)
    if (!keys)
      return Response.json(
        { error: 'Click is off: CLICK_SERVICE_ID or CLICK_SECRET_KEY is not set' },
        { status: 503 },
      )
    const form = await formOf(req)
    try {
      const answer = await withOrigin({ door: 'webhook', name: 'click' }, () =>
        step(req.payload, form, keys),
      )
      return Response.json(answer)
    } catch (error) {
      req.payload.logger.error({ err: error, path }, 'click: the call failed')
      // Click's "failed to update": it repeats the call later.
      return Response.json({
        click_trans_id: form.click_trans_id ?? null,
        merchant_trans_id: form.merchant_trans_id ?? null,
        error: -7,
        error_note: 'Failed to update order',
      })
    }
  },
})

/**
 * `POST /api/payments/click/prepare` and `/complete`: Click's SHOP API, form-encoded, answered in
 * JSON with Click's codes (always HTTP 200: Click reads `error`).
 */
export const clickPrepareEndpoint = clickEndpoint('/payments/click/prepare', clickPrepare)
export const clickCompleteEndpoint = clickEndpoint('/payments/click/complete', clickComplete)
