import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { schemaMessage } from '@/domain/validators'
import { STAFF_ROLES } from '@/shared/access/roles'
import { readInput } from '@/shared/http/readInput'
import { refusal } from '@/shared/http/refusal'
import { requestLanguage } from '@/shared/requestLanguage'
import { recordManualPayment, refundOrder } from './operations'
import { PaymentRefused } from './paymentRefused'

// The refund form sends whatever was typed: an empty reason reaches a person in the admin.
const REASON = schemaMessage({
  ru: 'Укажите причину возврата',
  uz: 'Qaytarish sababini kiriting',
  en: 'reason is required',
})

const common = {
  order: z.number({ error: 'order must be an order id' }).int().positive(),
  amount: z
    .number({ error: 'amount must be a number of tiyin' })
    .int('amount must be whole tiyin')
    .positive('amount must be positive')
    .max(1e13),
  /** Generated when the form opens; the same on a double click. */
  requestId: z
    .string({ error: 'requestId is required' })
    .regex(/^[\w-]{8,64}$/, 'requestId must be 8 to 64 letters, digits or dashes'),
}
const manualSchema = z.object({
  ...common,
  provider: z.enum(['cash', 'bank_transfer'], { error: 'provider must be cash or bank_transfer' }),
  reference: z.string().trim().max(200).nullish(),
})
const refundSchema = z.object({
  ...common,
  reason: z.string({ error: REASON }).trim().min(2, REASON).max(500),
})

async function answer(req: PayloadRequest, work: () => Promise<unknown>): Promise<Response> {
  try {
    return Response.json({ transaction: await work() })
  } catch (error) {
    if (!(error instanceof PaymentRefused)) throw error
    const { status, field, said } = error
    return refusal({ status, field, message: said[requestLanguage(req)] })
  }
}

/** `POST /api/payments/manual`: cash or a bank transfer received for an order. */
export const manualPaymentEndpoint: Endpoint = {
  path: '/payments/manual',
  method: 'post',
  handler: async (req) => {
    const body = await readInput(req, STAFF_ROLES, manualSchema)
    if (body instanceof Response) return body
    return answer(req, () =>
      recordManualPayment(req, {
        orderId: body.order,
        provider: body.provider,
        amount: body.amount,
        reference: body.reference ?? null,
        requestId: body.requestId,
      }),
    )
  },
}

/** `POST /api/payments/refund`: money back for an order, full or partial. */
export const refundEndpoint: Endpoint = {
  path: '/payments/refund',
  method: 'post',
  handler: async (req) => {
    const body = await readInput(req, ['admin', 'manager'], refundSchema)
    if (body instanceof Response) return body
    return answer(req, () =>
      refundOrder(req, {
        orderId: body.order,
        amount: body.amount,
        reason: body.reason,
        requestId: body.requestId,
      }),
    )
  },
}
