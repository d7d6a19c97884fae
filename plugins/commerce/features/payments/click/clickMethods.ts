import type { ClickTransaction, Order } from '@payload-types'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import {
  CLICK_ERROR,
  CLICK_NOTES,
  type ClickCode,
  ClickRefusal,
  type ClickRequest,
  type ClickState,
  checkPrepare,
  clickSignValid,
  completeStep,
  parseClickRequest,
  somToTiyin,
} from '@/domain/click'
import { leftToPay } from '@/domain/payments'
import { inTransaction } from '@/shared/db/inTransaction'
import { relationId } from '@/shared/relationId'
import { clientOf, lockOrder, recordTransaction, settleOrder } from '../ledger'
import { paymeOpenFor } from '../openPayments'

export interface ClickKeys {
  serviceId: string
  secretKey: string
}

export type ClickAnswer = Record<string, string | number | null>

const answer = (
  request: Partial<ClickRequest>,
  code: ClickCode,
  ids: Record<string, number | null>,
  note?: string,
): ClickAnswer => ({
  click_trans_id: request.click_trans_id ?? null,
  merchant_trans_id: request.merchant_trans_id ?? null,
  ...ids,
  error: code,
  error_note: note ?? CLICK_NOTES[code],
})

/** The request read and its signature checked, or the refusal Click is to get. */
function verified(form: Record<string, string>, action: 0 | 1, keys: ClickKeys): ClickRequest {
  const request = parseClickRequest(form, action)
  if (!clickSignValid(request, keys.secretKey)) throw new ClickRefusal(CLICK_ERROR.signFailed)
  if (request.service_id !== keys.serviceId)
    throw new ClickRefusal(
      CLICK_ERROR.badRequest,
      'Error in request from click: unknown service_id',
    )
  if (request.action !== String(action)) throw new ClickRefusal(CLICK_ERROR.actionNotFound)
  return request
}

async function inOwnTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>) {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, () => work(req))
}

async function lockedOrder(req: PayloadRequest, id: number): Promise<Order> {
  await lockOrder(req, id)
  return req.payload.findByID({ collection: 'orders', id, depth: 0, overrideAccess: true, req })
}

const byClickId = async (payload: Payload, clickTransId: string, req?: PayloadRequest) =>
  (
    await payload.find({
      collection: 'click-transactions',
      where: { clickTransId: { equals: clickTransId } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs[0] ?? null

/** Moves Click's record and the ledger together, then derives the order's payment status. */
async function moveTo(
  req: PayloadRequest,
  order: Order,
  row: ClickTransaction,
  state: ClickState,
  clickError?: number,
) {
  await req.payload.update({
    collection: 'click-transactions',
    id: row.id,
    data: {
      state,
      ...(clickError !== undefined ? { clickError } : {}),
      ...(state === 'completed' ? { completedAt: new Date().toISOString() } : {}),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await recordTransaction(
    req.payload,
    {
      order: order.id,
      client: clientOf(order),
      provider: 'click',
      kind: 'payment',
      status: state === 'completed' ? 'succeeded' : state === 'cancelled' ? 'failed' : 'pending',
      amount: row.amount,
      externalId: row.clickTransId,
    },
    req,
  )
  await settleOrder(req.payload, order.id, req)
}

const refusal = (request: Partial<ClickRequest>, idName: string, error: unknown): ClickAnswer => {
  if (error instanceof ClickRefusal)
    return answer(request, error.code, { [idName]: null }, error.message)
  throw error
}

/** Prepare (action 0): the order is checked and the payment recorded as pending. */
export async function clickPrepare(
  payload: Payload,
  form: Record<string, string>,
  keys: ClickKeys,
): Promise<ClickAnswer> {
  try {
    const request = verified(form, 0, keys)
    const amount = somToTiyin(request.amount)
    if (amount === null) throw new ClickRefusal(CLICK_ERROR.wrongAmount)
    const number = /^\d{1,9}$/.test(request.merchant_trans_id)
      ? Number(request.merchant_trans_id)
      : 0
    const { docs } = await payload.find({
      collection: 'orders',
      where: { number: { equals: number } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (!docs[0]) throw new ClickRefusal(CLICK_ERROR.orderNotFound)
    const row = await inOwnTransaction(payload, async (req) => {
      const order = await lockedOrder(req, docs[0].id)
      const known = await byClickId(payload, request.click_trans_id, req)
      if (known) {
        // Click repeating its Prepare: the same answer, unless it has moved on since.
        if (known.state === 'cancelled') throw new ClickRefusal(CLICK_ERROR.transactionCancelled)
        if (known.state === 'completed') throw new ClickRefusal(CLICK_ERROR.alreadyPaid)
        if (known.amount !== amount || relationId(known.order) !== order.id)
          throw new ClickRefusal(CLICK_ERROR.wrongAmount)
        return known
      }
      checkPrepare(
        { status: order.status, due: leftToPay(order), paid: order.paymentStatus === 'paid' },
        amount,
      )
      // Payme is taking this order's money right now (a created transaction): one payment at a
      // time. -9 ends this Click payment without charging the client; -4 would say "paid".
      if (await paymeOpenFor(req, order.id))
        throw new ClickRefusal(
          CLICK_ERROR.transactionCancelled,
          'Transaction cancelled: the order is being paid through Payme',
        )
      const created = await payload.create({
        collection: 'click-transactions',
        data: {
          clickTransId: request.click_trans_id,
          clickPaydocId: request.click_paydoc_id,
          order: order.id,
          orderNumber: order.number ?? 0,
          amount,
          state: 'prepared',
          signTime: request.sign_time,
        },
        overrideAccess: true,
        depth: 0,
        req,
      })
      await moveTo(req, order, created, 'prepared')
      return created
    })
    return answer(request, CLICK_ERROR.success, { merchant_prepare_id: row.id })
  } catch (error) {
    return refusal(form, 'merchant_prepare_id', error)
  }
}

/**
 * Complete (action 1): settles the prepared payment once, however often Click repeats it; Click's
 * own error (< 0) cancels it instead.
 */
export async function clickComplete(
  payload: Payload,
  form: Record<string, string>,
  keys: ClickKeys,
): Promise<ClickAnswer> {
  try {
    const request = verified(form, 1, keys)
    const prepareId = /^\d{1,9}$/.test(request.merchant_prepare_id ?? '')
      ? Number(request.merchant_prepare_id)
      : 0
    const prepared = await payload.findByID({
      collection: 'click-transactions',
      id: prepareId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!prepared || prepared.clickTransId !== request.click_trans_id)
      throw new ClickRefusal(CLICK_ERROR.transactionNotFound)
    if (String(prepared.orderNumber) !== request.merchant_trans_id)
      throw new ClickRefusal(CLICK_ERROR.transactionNotFound)
    if (somToTiyin(request.amount) !== prepared.amount)
      throw new ClickRefusal(CLICK_ERROR.wrongAmount)
    const { code, confirmed } = await inOwnTransaction(payload, async (req) => {
      const said = (code: ClickCode, confirmed = false) => ({ code, confirmed })
      const order = await lockedOrder(req, relationId(prepared.order)!)
      const row = (await byClickId(payload, request.click_trans_id, req))!
      const step = completeStep(row.state as ClickState, Number(request.error))
      if (step === 'already-paid') return said(CLICK_ERROR.alreadyPaid, true)
      if (step === 'cancelled') return said(CLICK_ERROR.transactionCancelled)
      if (step === 'cancel') {
        await moveTo(req, order, row, 'cancelled', Number(request.error))
        return said(CLICK_ERROR.transactionCancelled)
      }
      // Paid another way (or cancelled) since Prepare: this payment is not taken twice.
      if (order.status === 'cancelled' || leftToPay(order) < row.amount) {
        await moveTo(req, order, row, 'cancelled')
        return said(
          order.status === 'cancelled' ? CLICK_ERROR.transactionCancelled : CLICK_ERROR.alreadyPaid,
        )
      }
      await moveTo(req, order, row, 'completed')
      return said(CLICK_ERROR.success, true)
    })
    return answer(request, code, {
      merchant_prepare_id: prepared.id,
      merchant_confirm_id: confirmed ? prepared.id : null,
    })
  } catch (error) {
    return refusal(form, 'merchant_confirm_id', error)
  }
}
