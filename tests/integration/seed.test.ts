import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import pg from 'pg'

import { closePayload } from '@/db/closePayload'
import { calendarDateIn } from '@/domain/calendarDate'
import { amountOwed, balanceOf } from '@/domain/receivables'
import { bankAccountSchema, innSchema, mfoSchema, uzPhoneSchema } from '@/domain/validators'

let payload: Payload

// The demo seed runs once on an empty database, so it gets a database of its own.
beforeAll(async () => {
  const base = process.env.DATABASE_URL!
  const name = `tandir_seed_${Date.now()}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  process.env.DATABASE_URL = base.replace(/\/[^/]+$/, `/${name}`)
  // The demo's photos go to a folder of the test's own, not the working tree's ./media.
  process.env.MEDIA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-seed-media-'))
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  await payload.db.migrate()
})
afterAll(async () => {
  await closePayload(payload)
  fs.rmSync(process.env.MEDIA_DIR!, { recursive: true, force: true })
})

describe('the first-run demo', () => {
  it('seeds a bakery once: catalog, clients with valid legal details, prices, orders in many statuses', async () => {
    const { seedDemoData } = await import('@/db/seed/seedDemoData')
    expect(await seedDemoData(payload)).toBe(true)
    expect((await payload.count({ collection: 'categories' })).totalDocs).toBe(3)
    expect((await payload.count({ collection: 'products' })).totalDocs).toBe(12)
    // Every product has a photo drawn on the spot, with its copies on disk.
    const photos = (await payload.find({ collection: 'media', pagination: false })).docs
    expect(photos).toHaveLength(12)
    for (const photo of photos) {
      expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, photo.sizes!.list!.filename!))).toBe(
        true,
      )
    }
    expect(
      (await payload.count({ collection: 'products', where: { photo: { exists: false } } }))
        .totalDocs,
    ).toBe(0)
    expect((await payload.count({ collection: 'client-prices' })).totalDocs).toBeGreaterThanOrEqual(
      5,
    )

    const clients = (await payload.find({ collection: 'clients', pagination: false })).docs
    expect(clients).toHaveLength(5)
    for (const client of clients) {
      expect(innSchema.safeParse(client.inn).success).toBe(true)
      expect(mfoSchema.safeParse(client.mfo).success).toBe(true)
      expect(bankAccountSchema.safeParse(client.bankAccount).success).toBe(true)
      expect(uzPhoneSchema.safeParse(client.phone).success).toBe(true)
    }

    const orders = (await payload.find({ collection: 'orders', pagination: false })).docs
    expect(orders).toHaveLength(30)
    expect(new Set(orders.map((order) => order.status)).size).toBeGreaterThanOrEqual(4)
    for (const order of orders) {
      expect(order.total).toBe(order.items!.reduce((sum, line) => sum + line.lineTotal!, 0))
      expect(order.statusHistory!.at(-1)!.to).toBe(order.status)
    }

    // Paid support's offers, and three wallets whose balances are the sums of their entries.
    expect((await payload.count({ collection: 'credit-packages' })).totalDocs).toBe(4)
    expect((await payload.count({ collection: 'passes' })).totalDocs).toBe(3)
    const wallets = (await payload.find({ collection: 'wallets', pagination: false, depth: 0 }))
      .docs
    expect(wallets).toHaveLength(3)
    for (const wallet of wallets) {
      const { docs } = await payload.find({
        collection: 'ledger-entries',
        where: { wallet: { equals: wallet.id } },
        pagination: false,
      })
      expect(docs.reduce((sum, entry) => sum + entry.amount, 0)).toBe(wallet.balance)
      expect(wallet.balance).toBeGreaterThan(0)
    }

    // The made-up history announces nothing: no pending notification is left to send.
    expect(
      (await payload.count({ collection: 'outbox', where: { status: { equals: 'pending' } } }))
        .totalDocs,
    ).toBe(0)
    expect(await seedDemoData(payload)).toBe(false)
    expect((await payload.count({ collection: 'orders' })).totalDocs).toBe(30)
  })

  it("shows what the demo's clients owe: each balance is the sum left to pay on their orders handed over", async () => {
    const orders = (await payload.find({ collection: 'orders', pagination: false, depth: 0 })).docs
    const clients = (await payload.find({ collection: 'clients', pagination: false, depth: 0 }))
      .docs
    const owed = orders.filter((order) => amountOwed(order) > 0)
    expect(owed.length).toBeGreaterThanOrEqual(10)
    for (const client of clients) {
      const theirs = orders.filter((order) => order.client === client.id)
      expect([client.name, client.balance]).toEqual([client.name, balanceOf(theirs)])
    }
    expect(clients.filter((client) => (client.balance ?? 0) > 0).length).toBeGreaterThanOrEqual(3)
  })

  it('fills every panel of the dashboard: figures, best sellers, money owed, support and the chart', async () => {
    const { loadDashboard } = await import('@commerce/features/reports/loadDashboard')
    const { sqlDatabase } = await import('@/shared/db/sqlDatabase')
    const date = calendarDateIn(new Date(), 'Asia/Tashkent')
    const dashboard = await loadDashboard(sqlDatabase(payload), {
      date,
      period: 'month',
      timeZone: 'Asia/Tashkent',
    })
    expect(
      dashboard.figures.week.orders.current + dashboard.figures.week.orders.previous,
    ).toBeGreaterThan(0)
    // This month so far holds at least today's orders, whatever the day of the month; today's
    // production plan has something to bake.
    expect(dashboard.topProducts.length).toBeGreaterThan(0)
    expect(dashboard.topClients.length).toBeGreaterThan(0)
    expect(dashboard.owed.total).toBeGreaterThan(0)
    expect(dashboard.support).toEqual(
      expect.objectContaining({ open: 1, waiting: 1, answered: expect.any(Number) }),
    )
    expect(dashboard.support.medianFirstResponseMs).toBeGreaterThan(0)
    expect(dashboard.daily.filter((day) => day.orders > 0).length).toBeGreaterThanOrEqual(10)
    const { loadMorningReport } = await import('@commerce/features/reports/loadMorningReport')
    expect((await loadMorningReport(payload, date)).products.length).toBeGreaterThan(0)
  })

  it('creates the development admin once', async () => {
    const { ensureDevAdmin, DEFAULT_ADMIN } = await import('@/db/seed/ensureDevAdmin')
    expect(await ensureDevAdmin(payload)).toEqual(DEFAULT_ADMIN)
    await ensureDevAdmin(payload)
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: DEFAULT_ADMIN.email } },
    })
    expect(docs.map((user) => user.roles)).toEqual([['admin']])
  })
})
