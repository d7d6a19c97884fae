import { runMorningReportIfDue } from '@commerce/features/reports/morningReportJob'
import { startScheduler } from '@commerce/scheduler/startScheduler'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import config from '@payload-config'
import type { Payload } from 'payload'
import { BasePayload } from 'payload'
import { calendarDateIn } from '@/domain/calendarDate'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

const STAFF_CHAT = 6_300_000

let payload: Payload
let server: RestServer
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let clientId: number

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  catalog = await makeCatalog(payload)
  clientId = (await makeClient(payload)).id
  await payload.updateGlobal({
    slug: 'settings',
    data: {
      timezone: 'Asia/Tashkent',
      morningReportTime: '08:00',
      adminChatId: STAFF_CHAT,
      staffLanguage: 'en',
    },
  })
})
afterAll(async () => {
  await payload?.updateGlobal({
    slug: 'settings',
    data: { adminChatId: null, morningReportTime: '08:00', staffLanguage: 'ru' },
  })
  await server?.close()
  await closePayload(payload)
})

async function order(
  deliveryDate: string,
  fulfillment: 'delivery' | 'pickup',
  lines: [number, number][],
  status?: 'cancelled',
) {
  const created = await payload.create({
    collection: 'orders',
    data: {
      client: clientId,
      fulfillment,
      deliveryDate,
      items: lines.map(([product, quantity]) => ({ product, quantity })),
    },
  })
  if (status) await payload.update({ collection: 'orders', id: created.id, data: { status } })
  return created
}

/** The summaries queued for the staff chat for `day` (named on their first line). */
async function summariesFor(day: string): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'outbox',
    where: { topic: { equals: 'staff.message' } },
    pagination: false,
    sort: 'id',
  })
  return docs
    .map((row) => String((row.payload as { text: string }).text))
    .filter((text) => text.split('\n')[0].includes(day))
}

describe('the morning summary', () => {
  it('adds up the day’s orders, leaving out cancelled ones, split by delivery and pickup', async () => {
    const day = '2031-03-10'
    await order(day, 'delivery', [
      [catalog.bread.id, 80],
      [catalog.samsa.id, 40],
    ])
    await order(day, 'delivery', [[catalog.bread.id, 20]])
    await order(day, 'pickup', [[catalog.bread.id, 10]])
    await order(day, 'pickup', [[catalog.samsa.id, 500]], 'cancelled')
    await order('2031-03-11', 'delivery', [[catalog.bread.id, 1000]])

    expect(await runMorningReportIfDue(payload, new Date('2031-03-10T02:59:00Z'))).toBe('not-due')
    expect(await runMorningReportIfDue(payload, new Date('2031-03-10T03:00:00Z'))).toBe('sent')
    expect(await summariesFor(day)).toEqual([
      [
        'Summary for 2031-03-10',
        "Orders: 3, total 1 240 000 so'm",
        "🚚 Delivery: 2, 1 160 000 so'm",
        "🏪 Pickup: 1, 80 000 so'm",
        '',
        'To bake:',
        '• Samsa: 40 pcs (delivery 40, pickup 0)',
        '• White bread: 110 pcs (delivery 100, pickup 10)',
      ].join('\n'),
    ])
  })

  it('is sent once a day: not again on the next tick, nor when the time is moved after it went out', async () => {
    expect(await runMorningReportIfDue(payload, new Date('2031-03-10T03:01:00Z'))).toBe(
      'already-done',
    )
    await payload.updateGlobal({ slug: 'settings', data: { morningReportTime: '09:00' } })
    try {
      expect(await runMorningReportIfDue(payload, new Date('2031-03-10T04:30:00Z'))).toBe(
        'already-done',
      )
      // The new time holds from the next day on, without a restart.
      expect(await runMorningReportIfDue(payload, new Date('2031-03-11T03:30:00Z'))).toBe('not-due')
      expect(await runMorningReportIfDue(payload, new Date('2031-03-11T04:00:00Z'))).toBe('sent')
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { morningReportTime: '08:00' } })
    }
    expect(await summariesFor('2031-03-10')).toHaveLength(1)
    expect((await summariesFor('2031-03-11'))[0]).toContain('• White bread: 1000 pcs')
  })

  it('reads today in Tashkent: at 23:30 UTC on the 22nd it is the summary of the 23rd', async () => {
    await order('2031-04-23', 'pickup', [[catalog.bread.id, 7]])
    await payload.updateGlobal({ slug: 'settings', data: { morningReportTime: '04:00' } })
    try {
      expect(await runMorningReportIfDue(payload, new Date('2031-04-22T23:30:00Z'))).toBe('sent')
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { morningReportTime: '08:00' } })
    }
    expect((await summariesFor('2031-04-23'))[0]).toContain(
      '• White bread: 7 pcs (delivery 0, pickup 7)',
    )
    expect(await summariesFor('2031-04-22')).toEqual([])
  })

  it('waits while there is no staff chat rather than spend the day’s run', async () => {
    await payload.updateGlobal({ slug: 'settings', data: { adminChatId: null } })
    try {
      expect(await runMorningReportIfDue(payload, new Date('2031-05-01T05:00:00Z'))).toBe(
        'no-staff-chat',
      )
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { adminChatId: STAFF_CHAT } })
    }
    expect(await runMorningReportIfDue(payload, new Date('2031-05-01T05:01:00Z'))).toBe('sent')
  })

  it('is sent once by two servers on one database, made up at start when its time has passed', async () => {
    const today = calendarDateIn(new Date(), 'Asia/Tashkent')
    await payload.delete({
      collection: 'run-keys',
      where: { key: { equals: `morning-report:${today}` } },
      overrideAccess: true,
    })
    await payload.updateGlobal({ slug: 'settings', data: { morningReportTime: '00:00' } })
    const second = await new BasePayload().init({ config })
    try {
      const schedulers = [startScheduler(payload), startScheduler(second)]
      const outcomes = await Promise.all(
        schedulers.map(async (scheduler) => (await scheduler.caughtUp)['morning-report']),
      )
      expect(outcomes.sort()).toEqual(['already-done', 'sent'])
      await Promise.all(schedulers.map((scheduler) => scheduler.stop()))
    } finally {
      await closePayload(second)
      await payload.updateGlobal({ slug: 'settings', data: { morningReportTime: '08:00' } })
    }
    expect(await summariesFor(today)).toHaveLength(1)
    const { docs } = await payload.find({
      collection: 'run-keys',
      where: { key: { equals: `morning-report:${today}` } },
    })
    expect(docs[0]).toMatchObject({ completedAt: expect.any(String) })
  })
})

describe('GET /api/reports/morning', () => {
  it('serves the summary as JSON to staff, an accountant included', async () => {
    const accountant = await makeUser(payload, 'accountant')
    const response = await fetch(`${server.url}/reports/morning?date=2031-03-10`, {
      headers: await login(server.url, accountant.email, PASSWORD),
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      date: '2031-03-10',
      orders: 3,
      total: 124_000_000,
      delivery: { orders: 2, total: 116_000_000 },
      pickup: { orders: 1, total: 8_000_000 },
      products: [
        {
          productId: catalog.samsa.id,
          name: 'Samsa',
          unit: 'pcs',
          delivery: 40,
          pickup: 0,
          quantity: 40,
        },
        {
          productId: catalog.bread.id,
          name: 'White bread',
          unit: 'pcs',
          delivery: 100,
          pickup: 10,
          quantity: 110,
        },
      ],
    })
  })

  it('refuses anonymous callers and explains a bad date', async () => {
    expect((await fetch(`${server.url}/reports/morning?date=2031-03-10`)).status).toBe(401)
    const manager = await makeUser(payload, 'manager')
    const headers = await login(server.url, manager.email, PASSWORD)
    for (const date of ['2031-02-30', 'tomorrow', '10.03.2031', '']) {
      const response = await fetch(
        `${server.url}/reports/morning?date=${encodeURIComponent(date)}`,
        { headers },
      )
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        errors: [
          {
            field: 'date',
            message: 'date must be a calendar day as YYYY-MM-DD between 2000 and 2099',
          },
        ],
      })
    }
    const today = await fetch(`${server.url}/reports/morning`, { headers })
    expect((await today.json()).date).toBe(calendarDateIn(new Date(), 'Asia/Tashkent'))
  })
})
