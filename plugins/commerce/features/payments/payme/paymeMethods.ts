import type { Order, PaymeTransaction } from '@payload-types'
import type { Payload, PayloadRequest, Where } from 'payload'
import { createLocalReq } from 'payload'
import {
  cancelStep,
  checkPayable,
  createAgainStep,
  isExpired,
  ledgerStatusOf,
  orderNumberOf,
  PAYME_REASON,
  PAYME_STATE,
  PAYME_TIMEOUT_MS,
  type PaymeState,
  paymeError,
  paymeRefundAllowed,
  performStep,
  stillPayable,
} from '@/domain/payme'
import { leftToPay, refundableOfPayment } from '@/domain/payments'
import { inTransaction } from '@/shared/db/inTransaction'
import { relationId } from '@/shared/relationId'
import { clientOf, lockOrder, recordTransaction, settleOrder, transactionsOf } from '../ledger'
import { clickOpenFor } from '../openPayments'

type Params = Record<string, unknown>

/** One Payme call's work in a transaction of its own: what it wrote is committed before the answer. */
async function inOwnTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>) {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, () => work(req))
}

async function orderByNumber(payload: Payload, account: unknown, req?: PayloadRequest) {
  const number = orderNumberOf(account)
  if (number === null) return null
  const { docs } = await payload.find({
    collection: 'orders',
    where: { number: { equals: number } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

async function findPayme(payload: Payload, where: Where, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'payme-transactions',
    where,
    sort: 'createTime',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
}

const byPaymeId = async (payload: Payload, params: Params, req?: PayloadRequest) => {
  if (typeof params.id !== 'string' || !params.id.trim()) throw paymeError('invalidRequest')
  return (await findPayme(payload, { paymeId: { equals: params.id } }, req))[0] ?? null
}

/** The order locked for the rest of the call, read again after the lock. */
async function lockedOrder(req: PayloadRequest, orderId: number): Promise<Order> {
  await lockOrder(req, orderId)
  return req.payload.findByID({
    collection: 'orders',
    id: orderId,
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/** Moves the protocol record and the ledger together, then derives the order's payment status. */
async function moveTo(
  req: PayloadRequest,
  order: Order,
  tx: PaymeTransaction,
  data: Partial<Pick<PaymeTransaction, 'performTime' | 'cancelTime' | 'reason'>> & {
    state: PaymeState
  },
): Promise<PaymeTransaction> {
  const updated = await req.payload.update({
    collection: 'payme-transactions',
    id: tx.id,
    data,
    overrideAccess: true,
    depth: 0,
    req,
  })
  const base = { order: order.id, client: clientOf(order), provider: 'payme' as const }
  await recordTransaction(
    req.payload,
    {
      ...base,
      kind: 'payment',
      status: ledgerStatusOf(data.state),
      amount: tx.amount,
      externalId: tx.paymeId,
    },
    req,
  )
  if (data.state === PAYME_STATE.cancelledAfterPerform)
    await recordTransaction(
      req.payload,
      {
        ...base,
        kind: 'refund',
        status: 'succeeded',
        amount: tx.amount,
        externalId: `${tx.paymeId}:refund`,
        reference: tx.paymeId,
        note: `Payme cancel, reason ${data.reason}`,
      },
      req,
    )
  await settleOrder(req.payload, order.id, req)
  return updated
}

const expire = (req: PayloadRequest, order: Order, tx: PaymeTransaction, now: number) =>
  moveTo(req, order, tx, {
    state: PAYME_STATE.cancelled,
    reason: PAYME_REASON.timeout,
    cancelTime: now,
  })

const answer = (tx: PaymeTransaction) => ({
  create_time: tx.createTime ?? 0,
  perform_time: tx.performTime ?? 0,
  cancel_time: tx.cancelTime ?? 0,
  transaction: String(tx.id),
  state: tx.state,
  reason: tx.reason ?? null,
})

/** What is owed on the order, for Payme's amount check. */
const payable = (order: Order | null) =>
  order ? { status: order.status, due: leftToPay(order) } : null

export async function checkPerformTransaction(payload: Payload, params: Params) {
  checkPayable(payable(await orderByNumber(payload, params.account)), params.amount)
  return { allow: true }
}

export async function createTransaction(payload: Payload, params: Params, now: number) {
  if (typeof params.id !== 'string' || !params.id.trim() || !Number.isSafeInteger(params.time))
    throw paymeError('invalidRequest')
  const found = await orderByNumber(payload, params.account)
  if (!found) throw paymeError('orderNotFound', 'order_id')
  // The order row is the lock: one Payme call per order at a time, so "one open" holds.
  const outcome = await inOwnTransaction(payload, async (req) => {
    const order = await lockedOrder(req, found.id)
    const known = await byPaymeId(payload, params, req)
    if (known) {
      if (createAgainStep(known.state as PaymeState, known.createTime ?? 0, now) === 'same')
        return { ok: known }
      await expire(req, order, known, now)
      return { expired: true }
    }
    if (isExpired(Number(params.time), now)) throw paymeError('cannotPerform')
    checkPayable(payable(order), params.amount)
    for (const open of await findPayme(
      payload,
      { order: { equals: order.id }, state: { equals: PAYME_STATE.created } },
      req,
    )) {
      if (!isExpired(open.createTime ?? 0, now)) throw paymeError('orderBusy', 'order_id')
      await expire(req, order, open, now)
    }
    // Click is taking this order's money right now: one payment at a time, whichever wallet.
    if (await clickOpenFor(req, order.id)) throw paymeError('orderBusy', 'order_id')
    const created = await payload.create({
      collection: 'payme-transactions',
      data: {
        paymeId: params.id as string,
        order: order.id,
        orderNumber: order.number ?? 0,
        amount: Number(params.amount),
        paymeTime: Number(params.time),
        createTime: now,
        state: PAYME_STATE.created,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await recordTransaction(
      payload,
      {
        order: order.id,
        client: clientOf(order),
        provider: 'payme',
        kind: 'payment',
        status: 'pending',
        amount: created.amount,
        externalId: created.paymeId,
        raw: { paymeTime: created.paymeTime },
      },
      req,
    )
    await settleOrder(payload, order.id, req)
    return { ok: created }
  })
  // A time-out is committed first, then refused: Payme sees -31008 and the record says reason 4.
  if (!outcome.ok) throw paymeError('cannotPerform')
  const { create_time, transaction, state } = answer(outcome.ok)
  return { create_time, transaction, state }
}

export async function performTransaction(payload: Payload, params: Params, now: number) {
  const tx = await byPaymeId(payload, params)
  if (!tx) throw paymeError('transactionNotFound')
  const outcome = await inOwnTransaction(payload, async (req) => {
    const order = await lockedOrder(req, relationId(tx.order)!)
    const current = (await byPaymeId(payload, params, req))!
    const step = performStep(current.state as PaymeState, current.createTime ?? 0, now)
    if (step === 'already') return { ok: current }
    if (step === 'expire') {
      await expire(req, order, current, now)
      return { expired: true }
    }
    // Cancelled, or paid by card or Click since Create: the money is not taken (reason 3).
    if (!stillPayable({ status: order.status, due: leftToPay(order) }, current.amount)) {
      await moveTo(req, order, current, {
        state: PAYME_STATE.cancelled,
        reason: PAYME_REASON.transactionFailed,
        cancelTime: now,
      })
      return { refused: true }
    }
    return {
      ok: await moveTo(req, order, current, { state: PAYME_STATE.performed, performTime: now }),
    }
  })
  // Committed first, then refused: Payme sees -31008 and the record says why (reason 3 or 4).
  if (!outcome.ok) throw paymeError('cannotPerform')
  const { transaction, perform_time, state } = answer(outcome.ok)
  return { transaction, perform_time, state }
}

export async function cancelTransaction(payload: Payload, params: Params, now: number) {
  const reason = Number(params.reason)
  if (!Number.isInteger(reason)) throw paymeError('invalidRequest')
  const tx = await byPaymeId(payload, params)
  if (!tx) throw paymeError('transactionNotFound')
  const done = await inOwnTransaction(payload, async (req) => {
    const order = await lockedOrder(req, relationId(tx.order)!)
    const current = (await byPaymeId(payload, params, req))!
    const movements = (await transactionsOf(payload, order.id, req)).map((t) => ({
      kind: t.kind,
      status: t.status ?? 'pending',
      amount: t.amount,
      provider: t.provider,
      reference: t.reference,
      externalId: t.externalId,
    }))
    const payment = movements.find(
      (m) => m.provider === 'payme' && m.externalId === current.paymeId,
    )
    const refundable = payment ? refundableOfPayment(payment, movements) : 0
    const step = cancelStep(
      current.state as PaymeState,
      paymeRefundAllowed(order.status, refundable, current.amount),
    )
    if (step === 'already') return current
    return moveTo(req, order, current, {
      state: step === 'cancel' ? PAYME_STATE.cancelled : PAYME_STATE.cancelledAfterPerform,
      reason,
      cancelTime: now,
    })
  })
  const { transaction, cancel_time, state } = answer(done)
  return { transaction, cancel_time, state }
}

export async function checkTransaction(payload: Payload, params: Params) {
  const tx = await byPaymeId(payload, params)
  if (!tx) throw paymeError('transactionNotFound')
  return answer(tx)
}

export async function getStatement(payload: Payload, params: Params) {
  const { from, to } = params
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) throw paymeError('invalidRequest')
  const docs = await findPayme(payload, {
    createTime: { greater_than_equal: from, less_than_equal: to },
  })
  return {
    transactions: docs.map((tx) => ({
      id: tx.paymeId,
      time: tx.paymeTime ?? tx.createTime,
      amount: tx.amount,
      account: { order_id: String(tx.orderNumber) },
      ...answer(tx),
      receivers: null,
    })),
  }
}

/**
 * Created transactions left unperformed past 12 hours, cancelled with reason 4 (the scheduled
 * side of the time-out; Payme's own calls also find them and cancel them when they touch one).
 */
export async function cancelExpiredPaymeTransactions(payload: Payload, now = Date.now()) {
  const stale = await findPayme(payload, {
    state: { equals: PAYME_STATE.created },
    createTime: { less_than: now - PAYME_TIMEOUT_MS },
  })
  let cancelled = 0
  for (const tx of stale) {
    await inOwnTransaction(payload, async (req) => {
      const order = await lockedOrder(req, relationId(tx.order)!)
      const current = (await findPayme(payload, { id: { equals: tx.id } }, req))[0]
      if (current?.state !== PAYME_STATE.created || !isExpired(current.createTime ?? 0, now)) return
      await expire(req, order, current, now)
      cancelled++
    })
  }
  return { cancelled }
}
