import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { type FakeClick, fakeClick } from '../support/fakeClick'
import { makeCatalog, makeClient } from '../support/fixtures'
import { closePayload, openPayload } from '../support/payload'
import { type RestServer, startRestServer } from '../support/restServer'

/**
 * Click's contract, played by the fake Click client against our endpoints. The protocol cases run
 * against any merchant: set CLICK_CONTRACT_URL (the `/api/payments/click` root),
 * CLICK_CONTRACT_SERVICE_ID and CLICK_CONTRACT_SECRET to point them at a deployed server. The
 * cases that need an order make it in this run's database, so they are local.
 */
const SERVICE_ID = '83001'
const SECRET = 'click-secret-for-tests'
const external = process.env.CLICK_CONTRACT_URL
const local = external ? describe.skip : describe
let payload: Payload
let server: RestServer
let click: FakeClick
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let nextChat = 83_500_000
let nextDay = 1
const AMOUNT = 9_600_000
const SOM = '96000.00'

beforeAll(async () => {
  Object.assign(process.env, {
    CLICK_SERVICE_ID: SERVICE_ID,
    CLICK_MERCHANT_ID: '83002',
    CLICK_SECRET_KEY: SECRET,
    TANDIR_OUTBOX_DISPATCHER: 'off',
  })
  payload = await openPayload()
  server = await startRestServer()
  click = fakeClick({
    url: external ?? `${server.url}/payments/click`,
    serviceId: process.env.CLICK_CONTRACT_SERVICE_ID ?? SERVICE_ID,
    secret: process.env.CLICK_CONTRACT_SECRET ?? SECRET,
  })
  catalog = await makeCatalog(payload)
})
afterAll(async () => {
  await server?.close()
  await closePayload(payload)
  for (const name of [
    'CLICK_SERVICE_ID',
    'CLICK_MERCHANT_ID',
    'CLICK_SECRET_KEY',
    'TANDIR_OUTBOX_DISPATCHER',
  ])
    delete process.env[name]
})

async function order() {
  const client = await makeClient(payload, { telegramId: nextChat++, language: 'ru' })
  const day = nextDay++
  return payload.create({
    collection: 'orders',
    data: {
      client: client.id,
      fulfillment: 'pickup',
      deliveryDate: `2038-09-${String((day % 28) + 1).padStart(2, '0')}`,
      items: [{ product: catalog.bread.id, quantity: 12 }],
    },
  })
}
const orderNow = (id: number) => payload.findByID({ collection: 'orders', id, depth: 0 })
const ledgerOf = async (id: number) =>
  (
    await payload.find({
      collection: 'transactions',
      where: { order: { equals: id } },
      pagination: false,
      depth: 0,
    })
  ).docs

describe('Click protocol errors (any merchant endpoint)', () => {
  it('answers -1 to a sign_string off by one character', async () => {
    const answer = await click.prepare({
      clickTransId: click.newId(),
      orderNumber: 1,
      amount: SOM,
      tamper: (form) => {
        const last = form.sign_string.at(-1)
        form.sign_string = `${form.sign_string.slice(0, -1)}${last === '0' ? '1' : '0'}`
      },
    })
    expect([answer.status, answer.body.error]).toEqual([200, -1])
    const field = await click.prepare({
      clickTransId: click.newId(),
      orderNumber: 1,
      amount: SOM,
      tamper: (form) => {
        form.amount = '96000.01'
      },
    })
    expect(field.body.error).toBe(-1)
  })

  it('answers -8 to a malformed or incomplete body, never an HTTP error', async () => {
    for (const rawBody of ['%%%&&&===', '', 'click_trans_id=1&amount=5'])
      expect(
        (await click.prepare({ clickTransId: '1', orderNumber: 1, amount: SOM, rawBody })).body
          .error,
      ).toBe(-8)
    const json = await click.complete({
      clickTransId: '1',
      orderNumber: 1,
      amount: SOM,
      rawBody: '{"click_trans_id": ',
      contentType: 'application/json',
    })
    expect([json.status, json.body.error]).toEqual([200, -8])
  })

  it('answers -6 to a complete without its prepare', async () => {
    const answer = await click.complete({
      clickTransId: click.newId(),
      orderNumber: 1,
      amount: SOM,
      prepareId: 987654321,
    })
    expect(answer.body.error).toBe(-6)
  })

  it('answers -3 to an action the path does not take', async () => {
    const answer = await click.prepare({
      clickTransId: click.newId(),
      orderNumber: 1,
      amount: SOM,
      tamper: (form) => {
        form.action = '7'
        form.sign_string = click.sign(form)
      },
    })
    expect(answer.body.error).toBe(-3)
  })
})

local('Click paying an order', () => {
  it('prepares and completes: the order is paid once however often Complete is repeated', async () => {
    const o = await order()
    const clickTransId = click.newId()
    const prepared = await click.prepare({ clickTransId, orderNumber: o.number!, amount: SOM })
    expect(prepared.body).toMatchObject({ error: 0, click_trans_id: clickTransId })
    expect((await orderNow(o.id)).paymentStatus).toBe('pending')
    const prepareId = Number(prepared.body.merchant_prepare_id)
    // Click repeats a Prepare it got no answer to: the same prepare id.
    const again = await click.prepare({ clickTransId, orderNumber: o.number!, amount: SOM })
    expect(again.body.merchant_prepare_id).toBe(prepareId)

    const call = { clickTransId, orderNumber: o.number!, amount: SOM, prepareId }
    const [a, b] = await Promise.all([click.complete(call), click.complete(call)])
    expect([a.body.error, b.body.error].sort()).toEqual([-4, 0])
    const third = await click.complete(call)
    expect(third.body).toMatchObject({ error: -4, merchant_confirm_id: prepareId })
    expect((await orderNow(o.id)).paymentStatus).toBe('paid')
    const ledger = await ledgerOf(o.id)
    expect(ledger.map((t) => [t.provider, t.status, t.amount])).toEqual([
      ['click', 'succeeded', AMOUNT],
    ])
    // Paid: a new Click payment for it is "already paid".
    const later = await click.prepare({
      clickTransId: click.newId(),
      orderNumber: o.number!,
      amount: SOM,
    })
    expect(later.body.error).toBe(-4)
  })

  it('compares the amount exactly in tiyin: one tiyin off is -2, so\u2019m without decimals is the same amount', async () => {
    const o = await order()
    for (const amount of ['95999.99', '96000.01', '96000.001', '-96000', '9.6e4'])
      expect(
        (await click.prepare({ clickTransId: click.newId(), orderNumber: o.number!, amount })).body
          .error,
      ).toBe(-2)
    await click.pay(o.number!, '96000')
    expect((await orderNow(o.id)).amountPaid).toBe(AMOUNT)
  })

  it('answers -5 for an unknown order and -9 for a cancelled one', async () => {
    const unknown = await click.prepare({
      clickTransId: click.newId(),
      orderNumber: 999999999,
      amount: SOM,
    })
    expect(unknown.body.error).toBe(-5)
    const o = await order()
    await payload.update({ collection: 'orders', id: o.id, data: { status: 'cancelled' } })
    const cancelled = await click.prepare({
      clickTransId: click.newId(),
      orderNumber: o.number!,
      amount: SOM,
    })
    expect(cancelled.body.error).toBe(-9)
  })

  it('answers -9 to a Prepare while a Payme transaction for the order is open, and prepares once it is not', async () => {
    const o = await order()
    const open = await payload.create({
      collection: 'payme-transactions',
      data: {
        paymeId: `click-test-${o.id}`,
        order: o.id,
        orderNumber: o.number ?? 0,
        amount: AMOUNT,
        paymeTime: Date.now(),
        createTime: Date.now(),
        state: 1,
      },
      overrideAccess: true,
    })
    const refused = await click.prepare({
      clickTransId: click.newId(),
      orderNumber: o.number!,
      amount: SOM,
    })
    expect(refused.body).toMatchObject({ error: -9, merchant_prepare_id: null })
    expect(String(refused.body.error_note)).toContain('Payme')
    expect(await ledgerOf(o.id)).toEqual([])
    // Payme's transaction cancelled: Click may take the order.
    await payload.update({
      collection: 'payme-transactions',
      id: open.id,
      data: { state: -1, reason: 3, cancelTime: Date.now() },
      overrideAccess: true,
    })
    await click.pay(o.number!, SOM)
    expect((await orderNow(o.id)).paymentStatus).toBe('paid')
    // Planted without its ledger row: the nightly check must not count it.
    await payload.delete({ collection: 'payme-transactions', id: open.id, overrideAccess: true })
  })

  it('cancels the prepare when Click completes with its own error, and the order can be paid again', async () => {
    const o = await order()
    const clickTransId = click.newId()
    const prepared = await click.prepare({ clickTransId, orderNumber: o.number!, amount: SOM })
    const prepareId = Number(prepared.body.merchant_prepare_id)
    const failed = await click.complete({
      clickTransId,
      orderNumber: o.number!,
      amount: SOM,
      prepareId,
      error: -5017,
    })
    expect(failed.body).toMatchObject({ error: -9, merchant_confirm_id: null })
    expect((await orderNow(o.id)).paymentStatus).toBe('unpaid')
    const late = await click.complete({
      clickTransId,
      orderNumber: o.number!,
      amount: SOM,
      prepareId,
    })
    expect(late.body.error).toBe(-9)
    await click.pay(o.number!, SOM)
    expect((await orderNow(o.id)).paymentStatus).toBe('paid')
  })

  it('takes no second payment when two Click payments were prepared for one order', async () => {
    const o = await order()
    const first = click.newId()
    const second = click.newId()
    const p1 = await click.prepare({ clickTransId: first, orderNumber: o.number!, amount: SOM })
    const p2 = await click.prepare({ clickTransId: second, orderNumber: o.number!, amount: SOM })
    const c1 = await click.complete({
      clickTransId: first,
      orderNumber: o.number!,
      amount: SOM,
      prepareId: Number(p1.body.merchant_prepare_id),
    })
    expect(c1.body.error).toBe(0)
    const c2 = await click.complete({
      clickTransId: second,
      orderNumber: o.number!,
      amount: SOM,
      prepareId: Number(p2.body.merchant_prepare_id),
    })
    expect(c2.body.error).toBe(-4)
    expect((await orderNow(o.id)).amountPaid).toBe(AMOUNT)
  })

  it('survives Click giving up on a complete: its retry settles once', async () => {
    const o = await order()
    const clickTransId = click.newId()
    const prepared = await click.prepare({ clickTransId, orderNumber: o.number!, amount: SOM })
    const call = {
      clickTransId,
      orderNumber: o.number!,
      amount: SOM,
      prepareId: Number(prepared.body.merchant_prepare_id),
    }
    await click.complete({ ...call, abortAfterMs: 1 }).catch(() => null)
    const retried = await click.complete(call)
    expect([0, -4]).toContain(retried.body.error)
    expect(retried.body.merchant_confirm_id).toBe(call.prepareId)
    expect((await orderNow(o.id)).amountPaid).toBe(AMOUNT)
    expect((await ledgerOf(o.id)).length).toBe(1)
  })
})
