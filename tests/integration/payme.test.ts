import { recordTransaction, settleOrder } from '@commerce/features/payments/ledger'
import { cancelExpiredPaymeTransactions } from '@commerce/features/payments/payme/paymeMethods'
import { reconcileProviderStatements } from '@commerce/features/payments/reconcileProviders'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { PAYME_TIMEOUT_MS } from '@/domain/payme'
import { type FakePayme, fakePayme } from '../support/fakePayme'
import { makeCatalog, makeClient } from '../support/fixtures'
import { closePayload, openPayload } from '../support/payload'
import { type RestServer, startRestServer } from '../support/restServer'

/**
 * Payme's contract, played by the fake Payme client against our endpoint. The protocol cases
 * run against any merchant endpoint: set PAYME_CONTRACT_URL and PAYME_CONTRACT_KEY to point them
 * at a deployed server (Payme's sandbox cashbox). The cases that need an order are local: they
 * make their orders in this run's database.
 */
const KEY = 'payme-cashbox-key-for-tests'
const TEST_KEY = 'payme-sandbox-key-for-tests'
const external = process.env.PAYME_CONTRACT_URL
const local = external ? describe.skip : describe
let payload: Payload
let server: RestServer
let payme: FakePayme
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let nextChat = 83_000_000
let nextDay = 1

beforeAll(async () => {
  Object.assign(process.env, {
    PAYME_KEY: KEY,
    // Set but test mode off, as on a live server: the sandbox key must not be accepted.
    PAYME_TEST_KEY: TEST_KEY,
    PAYME_MERCHANT_ID: 'tandir-test-merchant',
    TANDIR_OUTBOX_DISPATCHER: 'off',
  })
  payload = await openPayload()
  server = await startRestServer()
  payme = fakePayme({
    url: external ?? `${server.url}/payments/payme`,
    key: process.env.PAYME_CONTRACT_KEY ?? KEY,
  })
  catalog = await makeCatalog(payload)
})
afterAll(async () => {
  await server?.close()
  await closePayload(payload)
  for (const name of [
    'PAYME_KEY',
    'PAYME_TEST_KEY',
    'PAYME_MERCHANT_ID',
    'TANDIR_OUTBOX_DISPATCHER',
  ])
    delete process.env[name]
})

/** An order of 12 loaves: 96 000 so'm, 9 600 000 tiyin. */
async function order() {
  const client = await makeClient(payload, { telegramId: nextChat++, language: 'en' })
  const day = nextDay++
  return payload.create({
    collection: 'orders',
    data: {
      client: client.id,
      fulfillment: 'pickup',
      deliveryDate: `2038-${String(7 + Math.floor(day / 28)).padStart(2, '0')}-${String((day % 28) + 1).padStart(2, '0')}`,
      items: [{ product: catalog.bread.id, quantity: 12 }],
    },
  })
}
const AMOUNT = 9_600_000

const orderNow = (id: number) => payload.findByID({ collection: 'orders', id, depth: 0 })
const ledgerOf = async (id: number) =>
  (
    await payload.find({
      collection: 'transactions',
      where: { order: { equals: id } },
      sort: 'id',
      pagination: false,
      depth: 0,
    })
  ).docs
const account = (number: number | null | undefined) => ({ order_id: String(number) })
const create = (number: number | null | undefined, id: string, amount = AMOUNT) =>
  payme.call('CreateTransaction', { id, time: Date.now(), amount, account: account(number) })

describe('Payme protocol errors (any merchant endpoint)', () => {
  it('refuses a wrong or missing cashbox key with -32504', async () => {
    const wrong = await payme.call('CheckTransaction', { id: payme.newId() }, { key: `${KEY}x` })
    expect(wrong.status).toBe(200)
    expect(wrong.body.error?.code).toBe(-32504)
    expect(Object.keys(wrong.body.error?.message ?? {}).sort()).toEqual(['en', 'ru', 'uz'])
    const none = await fetch(payme.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'CheckTransaction', params: {} }),
    })
    expect(((await none.json()) as { error: { code: number } }).error.code).toBe(-32504)
  })

  it('checks the key before reading the body: a malformed body without the key gets -32504', async () => {
    const broken = await payme.call(
      'x',
      {},
      { rawBody: '{"jsonrpc":"2.0","id":1,"method":', key: 'nope' },
    )
    expect([broken.status, broken.body.error?.code]).toEqual([200, -32504])
  })

  it('answers a malformed body -32700, a request that is not JSON-RPC -32600, an unknown method -32601', async () => {
    const broken = await payme.call('x', {}, { rawBody: '{"jsonrpc":"2.0","id":1,"method":' })
    expect([broken.status, broken.body.error?.code]).toEqual([200, -32700])
    const list = await payme.call('x', {}, { rawBody: '[1,2]' })
    expect(list.body.error?.code).toBe(-32600)
    const noMethod = await payme.call('x', {}, { rawBody: '{"jsonrpc":"2.0","id":3,"params":{}}' })
    expect(noMethod.body.error?.code).toBe(-32600)
    const unknown = await payme.call('ChangePassword', { password: 'x' })
    expect(unknown.body.error?.code).toBe(-32601)
    expect(unknown.body.id).toBeDefined()
  })

  it('answers -31003 for a transaction it never created', async () => {
    for (const method of ['PerformTransaction', 'CheckTransaction'])
      expect((await payme.call(method, { id: payme.newId() })).body.error?.code).toBe(-31003)
    const cancel = await payme.call('CancelTransaction', { id: payme.newId(), reason: 1 })
    expect(cancel.body.error?.code).toBe(-31003)
  })
})

local('Payme paying an order', () => {
  it('checks, creates and performs: the order is paid once, and every repeat gives the same answer', async () => {
    const o = await order()
    const { paymeId, answers } = await payme.pay(o.number!, AMOUNT)
    expect(answers[0].body.result).toEqual({ allow: true })
    expect(answers[1].body.result).toMatchObject({ state: 1 })
    const performed = answers[2].body.result!
    expect(performed).toMatchObject({ state: 2, transaction: answers[1].body.result!.transaction })
    expect((await orderNow(o.id)).paymentStatus).toBe('paid')

    const again = await payme.call('PerformTransaction', { id: paymeId })
    expect(again.body.result).toEqual(performed)
    const checked = await payme.call('CheckTransaction', { id: paymeId })
    expect(checked.body.result).toMatchObject({
      state: 2,
      perform_time: performed.perform_time,
      cancel_time: 0,
      reason: null,
    })
    // A created transaction no longer open: -31008, as Payme's tests expect.
    expect((await create(o.number, paymeId)).body.error?.code).toBe(-31008)
    const ledger = await ledgerOf(o.id)
    expect(ledger.map((t) => [t.provider, t.kind, t.status, t.amount])).toEqual([
      ['payme', 'payment', 'succeeded', AMOUNT],
    ])
    // Paid: nothing left to check out.
    const check = await payme.call('CheckPerformTransaction', {
      amount: AMOUNT,
      account: account(o.number),
    })
    expect(check.body.error?.code).toBe(-31051)
  })

  it('refuses the sandbox key while test mode is off, so it cannot mark a real order paid', async () => {
    const o = await order()
    const params = { amount: AMOUNT, account: account(o.number) }
    const check = await payme.call('CheckPerformTransaction', params, { key: TEST_KEY })
    expect(check.body.error?.code).toBe(-32504)
    const created = await payme.call(
      'CreateTransaction',
      { ...params, id: payme.newId(), time: Date.now() },
      { key: TEST_KEY },
    )
    expect(created.body.error?.code).toBe(-32504)
    expect(await ledgerOf(o.id)).toEqual([])
  })

  it('does not perform once the order was cancelled since Create: cancelled with reason 3, -31008', async () => {
    const o = await order()
    const id = payme.newId()
    expect((await create(o.number, id)).body.result).toMatchObject({ state: 1 })
    await payload.update({ collection: 'orders', id: o.id, data: { status: 'cancelled' } })
    expect((await payme.call('PerformTransaction', { id })).body.error?.code).toBe(-31008)
    expect((await payme.call('CheckTransaction', { id })).body.result).toMatchObject({
      state: -1,
      reason: 3,
      perform_time: 0,
    })
    const ledger = await ledgerOf(o.id)
    expect(ledger.map((t) => [t.provider, t.status])).toEqual([['payme', 'failed']])
    expect((await orderNow(o.id)).amountPaid ?? 0).toBe(0)
  })

  it('does not perform once the order was paid by card since Create, nor when less is left than its amount', async () => {
    const paidByCard = await order()
    const id = payme.newId()
    await create(paidByCard.number, id)
    await cardPayment(paidByCard, AMOUNT)
    expect((await payme.call('PerformTransaction', { id })).body.error?.code).toBe(-31008)
    expect((await payme.call('CheckTransaction', { id })).body.result).toMatchObject({
      state: -1,
      reason: 3,
    })
    expect((await orderNow(paidByCard.id)).amountPaid).toBe(AMOUNT)

    const partly = await order()
    const other = payme.newId()
    await create(partly.number, other)
    await cardPayment(partly, 100)
    expect((await payme.call('PerformTransaction', { id: other })).body.error?.code).toBe(-31008)
    expect((await orderNow(partly.id)).amountPaid).toBe(100)
  })

  it('refuses CreateTransaction with -31052 while a Click payment is prepared for the order', async () => {
    const o = await order()
    const prepared = await payload.create({
      collection: 'click-transactions',
      data: {
        clickTransId: `83${o.id}`,
        clickPaydocId: `83${o.id}`,
        order: o.id,
        orderNumber: o.number ?? 0,
        amount: AMOUNT,
        state: 'prepared',
        signTime: '2038-07-01 10:00:00',
      },
      overrideAccess: true,
    })
    const refused = await create(o.number, payme.newId())
    expect(refused.body.error).toMatchObject({ code: -31052, data: 'order_id' })
    // Prepared 31 minutes ago and never completed: it no longer holds the order.
    await payload.db.pool.query(
      `update click_transactions set created_at = now() - interval '31 minutes' where id = $1`,
      [prepared.id],
    )
    const late = payme.newId()
    expect((await create(o.number, late)).body.result).toMatchObject({ state: 1 })
    expect(
      (await payme.call('CancelTransaction', { id: late, reason: 3 })).body.result,
    ).toMatchObject({
      state: -1,
    })
    await payload.db.pool.query(`update click_transactions set created_at = now() where id = $1`, [
      prepared.id,
    ])
    expect((await create(o.number, payme.newId())).body.error).toMatchObject({ code: -31052 })
    // Click's payment ends (here: cancelled): Payme may take the order.
    await payload.update({
      collection: 'click-transactions',
      id: prepared.id,
      data: { state: 'cancelled' },
      overrideAccess: true,
    })
    expect((await create(o.number, payme.newId())).body.result).toMatchObject({ state: 1 })
    // Planted without its ledger row: later nightly checks must not count it.
    await payload.delete({
      collection: 'click-transactions',
      id: prepared.id,
      overrideAccess: true,
    })
  })

  it('refuses an amount one tiyin off with -31001, on check and on create', async () => {
    const o = await order()
    for (const amount of [AMOUNT - 1, AMOUNT + 1]) {
      const check = await payme.call('CheckPerformTransaction', {
        amount,
        account: account(o.number),
      })
      expect(check.body.error?.code).toBe(-31001)
      expect((await create(o.number, payme.newId(), amount)).body.error?.code).toBe(-31001)
    }
    expect(await ledgerOf(o.id)).toEqual([])
  })

  it('names an unknown order in the account error range, in ru, uz and en', async () => {
    const check = await payme.call('CheckPerformTransaction', {
      amount: AMOUNT,
      account: { order_id: '999999999' },
    })
    expect(check.body.error).toMatchObject({ code: -31050, data: 'order_id' })
    expect(check.body.error?.message.uz).toBeTruthy()
    const garbage = await payme.call('CheckPerformTransaction', {
      amount: AMOUNT,
      account: { order_id: 'DROP' },
    })
    expect(garbage.body.error?.code).toBe(-31050)
  })

  it('refuses CreateTransaction for an order already paid by card', async () => {
    const o = await order()
    await recordTransaction(payload, {
      order: o.id,
      client: typeof o.client === 'object' ? o.client.id : o.client,
      provider: 'stripe',
      kind: 'payment',
      status: 'succeeded',
      amount: AMOUNT,
      externalId: `cs_test_${o.id}`,
    })
    await settleOrder(payload, o.id)
    const refused = await create(o.number, payme.newId())
    expect(refused.body.error?.code).toBe(-31051)
    expect(refused.body.error?.code).toBeLessThanOrEqual(-31050)
    expect((await ledgerOf(o.id)).map((t) => t.provider)).toEqual(['stripe'])
  })

  it('keeps one open transaction per order: another Payme id is refused while the first is open', async () => {
    const o = await order()
    const first = payme.newId()
    expect((await create(o.number, first)).body.result).toMatchObject({ state: 1 })
    expect((await orderNow(o.id)).paymentStatus).toBe('pending')
    const second = await create(o.number, payme.newId())
    expect(second.body.error?.code).toBe(-31052)
    // Cancelled, the order is free for a new one.
    const cancelled = await payme.call('CancelTransaction', { id: first, reason: 3 })
    expect(cancelled.body.result).toMatchObject({ state: -1 })
    expect((await orderNow(o.id)).paymentStatus).toBe('unpaid')
    expect((await payme.call('PerformTransaction', { id: first })).body.error?.code).toBe(-31008)
    const again = await payme.call('CancelTransaction', { id: first, reason: 3 })
    expect(again.body.result).toEqual(cancelled.body.result)
    expect((await payme.call('CheckTransaction', { id: first })).body.result).toMatchObject({
      state: -1,
      reason: 3,
    })
    await payme.pay(o.number!, AMOUNT)
    expect((await orderNow(o.id)).paymentStatus).toBe('paid')
  })

  it('creates once when Payme sends the same CreateTransaction twice at once, and performs once when it repeats Perform', async () => {
    const o = await order()
    const id = payme.newId()
    const [a, b] = await Promise.all([create(o.number, id), create(o.number, id)])
    expect(a.body.result).toEqual(b.body.result)
    const [p, q] = await Promise.all([
      payme.call('PerformTransaction', { id }),
      payme.call('PerformTransaction', { id }),
    ])
    expect(p.body.result).toEqual(q.body.result)
    expect((await ledgerOf(o.id)).length).toBe(1)
    const rows = await payload.find({
      collection: 'payme-transactions',
      where: { paymeId: { equals: id } },
    })
    expect(rows.totalDocs).toBe(1)
  })

  it('survives Payme giving up on a call: the retry finds what the first did', async () => {
    const o = await order()
    const id = payme.newId()
    const time = Date.now()
    const params = { id, time, amount: AMOUNT, account: account(o.number) }
    await expect(payme.call('CreateTransaction', params, { abortAfterMs: 1 })).rejects.toThrow()
    const retried = await payme.call('CreateTransaction', params)
    expect(retried.body.result).toMatchObject({ state: 1 })
    await payme.call('PerformTransaction', { id }, { abortAfterMs: 1 }).catch(() => null)
    const performed = await payme.call('PerformTransaction', { id })
    expect(performed.body.result).toMatchObject({ state: 2 })
    expect((await orderNow(o.id)).amountPaid).toBe(AMOUNT)
  })

  it('cancels a performed transaction as a refund (-2) while the order allows it, else -31007', async () => {
    const refundable = await order()
    const { paymeId } = await payme.pay(refundable.number!, AMOUNT)
    const refunded = await payme.call('CancelTransaction', { id: paymeId, reason: 5 })
    expect(refunded.body.result).toMatchObject({ state: -2 })
    expect((await orderNow(refundable.id)).paymentStatus).toBe('refunded')
    expect((await payme.call('CheckTransaction', { id: paymeId })).body.result).toMatchObject({
      state: -2,
      reason: 5,
    })

    const handedOver = await order()
    const paid = await payme.pay(handedOver.number!, AMOUNT)
    for (const status of ['accepted', 'preparing', 'ready', 'given'] as const)
      await payload.update({ collection: 'orders', id: handedOver.id, data: { status } })
    const refused = await payme.call('CancelTransaction', { id: paid.paymeId, reason: 5 })
    expect(refused.body.error?.code).toBe(-31007)
    expect((await orderNow(handedOver.id)).paymentStatus).toBe('paid')
  })

  it('cancels a transaction left unperformed for 12 hours with reason 4, when touched and by the job', async () => {
    const touched = await order()
    const id = payme.newId()
    await create(touched.number, id)
    await backdate(id)
    expect((await payme.call('PerformTransaction', { id })).body.error?.code).toBe(-31008)
    expect((await payme.call('CheckTransaction', { id })).body.result).toMatchObject({
      state: -1,
      reason: 4,
    })
    expect((await orderNow(touched.id)).paymentStatus).toBe('unpaid')

    const left = await order()
    const other = payme.newId()
    await create(left.number, other)
    await backdate(other)
    expect((await cancelExpiredPaymeTransactions(payload)).cancelled).toBeGreaterThanOrEqual(1)
    expect((await payme.call('CheckTransaction', { id: other })).body.result).toMatchObject({
      state: -1,
      reason: 4,
    })
    // An expired open one no longer blocks the order.
    await payme.pay(left.number!, AMOUNT)
  })

  it('lists the transactions created between from and to in GetStatement', async () => {
    const from = Date.now()
    const o = await order()
    const { paymeId } = await payme.pay(o.number!, AMOUNT)
    const statement = await payme.call('GetStatement', { from, to: Date.now() })
    const row = (statement.body.result!.transactions as Record<string, unknown>[]).find(
      (t) => t.id === paymeId,
    )
    expect(row).toMatchObject({ amount: AMOUNT, account: { order_id: String(o.number) }, state: 2 })
    const before = await payme.call('GetStatement', { from: 0, to: from - 1 })
    expect(
      (before.body.result!.transactions as { id: string }[]).some((t) => t.id === paymeId),
    ).toBe(false)
    expect((await payme.call('GetStatement', { from: 'yesterday' })).body.error?.code).toBe(-32600)
  })
})

local('nightly reconciliation of Payme with the ledger', () => {
  it('finds the books in step with Payme, and reports a movement Payme does not know', async () => {
    const o = await order()
    await payme.pay(o.number!, AMOUNT)
    const clean = await reconcileProviderStatements(payload)
    expect(clean.differences).toEqual([])
    expect(clean.checked).toBeGreaterThan(0)
    const client = typeof o.client === 'object' ? o.client.id : o.client
    const stray = await recordTransaction(payload, {
      order: o.id,
      client,
      provider: 'payme',
      kind: 'payment',
      status: 'succeeded',
      amount: 100,
      externalId: `stray-${o.id}`,
    })
    try {
      const found = await reconcileProviderStatements(payload)
      expect(found.differences).toEqual([
        expect.objectContaining({ externalId: `stray-${o.id}`, issue: 'unknown_to_provider' }),
      ])
      const { docs } = await payload.find({
        collection: 'outbox' as never,
        where: { topic: { equals: 'staff.payment_reconciliation' } },
        sort: '-id',
        limit: 1,
      })
      expect(JSON.stringify(docs[0])).toContain(`stray-${o.id}`)
    } finally {
      // Planted for this test only: later nightly checks must not count it.
      await payload.delete({ collection: 'transactions', id: stray.id, overrideAccess: true })
    }
  })
})

async function cardPayment(o: { id: number; client: unknown }, amount: number) {
  await recordTransaction(payload, {
    order: o.id,
    client: typeof o.client === 'object' ? (o.client as { id: number }).id : (o.client as number),
    provider: 'stripe',
    kind: 'payment',
    status: 'succeeded',
    amount,
    externalId: `cs_test_${o.id}_${amount}`,
  })
  await settleOrder(payload, o.id)
}

async function backdate(paymeId: string) {
  const { docs } = await payload.find({
    collection: 'payme-transactions',
    where: { paymeId: { equals: paymeId } },
  })
  await payload.update({
    collection: 'payme-transactions',
    id: docs[0].id,
    data: { createTime: Date.now() - PAYME_TIMEOUT_MS - 1000 },
    overrideAccess: true,
  })
}
