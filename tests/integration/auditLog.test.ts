import { pruneAuditLog, pruneAuditLogIfDue } from '@commerce/features/audit/pruneAuditLog'
import { startScheduler } from '@commerce/scheduler/startScheduler'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { AuditLog } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { inTransaction } from '@/shared/db/inTransaction'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { type BotHarness, startBotHarness } from '../support/botHarness'
import { type FakeStripe, startFakeStripe } from '../support/fakeStripe'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { unique } from '../support/payload'
import { login } from '../support/restServer'
import { callbackUpdate, textUpdate } from '../support/telegramUpdates'

const STRIPE_SECRET = 'whsec_audit_secret'
const GROUP = -100_930_001
// Chats of their own: botOrdering.test.ts counts its users up from 9_300_000 in the same database.
const MANAGER_TG = 9_830_001
const CLIENT_TG = 9_830_002
const PAYING_TG = 9_830_003

let bot: BotHarness
let stripe: FakeStripe
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let manager: Awaited<ReturnType<typeof makeUser>>
let client: Awaited<ReturnType<typeof makeClient>>
let username: string
const auth: Record<'admin' | 'manager' | 'accountant', Record<string, string>> = {
  admin: {},
  manager: {},
  accountant: {},
}

beforeAll(async () => {
  stripe = await startFakeStripe(STRIPE_SECRET)
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: 'sk_test_audit',
    STRIPE_WEBHOOK_SECRET: STRIPE_SECRET,
    STRIPE_API_BASE: stripe.apiBase,
    STRIPE_TIMEOUT_MS: '500',
  })
  bot = await startBotHarness()
  const { payload } = bot
  catalog = await makeCatalog(payload)
  username = unique('audit_')
  client = await makeClient(payload, {
    telegramId: CLIENT_TG,
    telegramUsername: username,
    language: 'en',
    inn: '412345678',
  })
  manager = await makeUser(payload, 'manager')
  await payload.update({
    collection: 'users',
    id: manager.id,
    data: { telegramId: MANAGER_TG, name: 'Aziz Karimov' },
  })
  for (const role of ['admin', 'accountant'] as const) {
    const user = await makeUser(payload, role)
    auth[role] = await login(bot.apiUrl, user.email, PASSWORD)
  }
  auth.manager = await login(bot.apiUrl, manager.email, PASSWORD)
  await payload.updateGlobal({ slug: 'settings', data: { onlinePayment: 'after_accept' } })
})
afterAll(async () => {
  await bot?.payload.updateGlobal({
    slug: 'settings',
    data: { onlinePayment: 'off', auditRetentionDays: 365 },
  })
  await bot?.close()
  await stripe?.close()
  for (const name of [
    'STRIPE_SECRET_KEY',
    'STRIPE_WEBHOOK_SECRET',
    'STRIPE_API_BASE',
    'STRIPE_TIMEOUT_MS',
  ])
    delete process.env[name]
})

/** The entries of one document (or of a global), newest first. */
async function entriesOf(target: AuditLog['target'], id?: number): Promise<AuditLog[]> {
  const { docs } = await bot.payload.find({
    collection: 'audit-log',
    where: {
      target: { equals: target },
      ...(id === undefined ? {} : { documentId: { equals: id } }),
    },
    sort: '-createdAt',
    pagination: false,
    depth: 0,
  })
  return docs
}
const latest = async (target: AuditLog['target'], id?: number) => (await entriesOf(target, id))[0]

/** GraphQL through the handler the Next route mounts (`src/app/(payload)/api/graphql/route.ts`). */
async function graphql(role: keyof typeof auth, query: string): Promise<any> {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const response = await GRAPHQL_POST(config)(
    new Request('http://127.0.0.1/api/graphql', {
      method: 'POST',
      headers: auth[role],
      body: JSON.stringify({ query }),
    }),
  )
  return response.json()
}

async function rest(role: keyof typeof auth, method: string, path: string, body?: unknown) {
  const response = await fetch(`${bot.apiUrl}${path}`, {
    method,
    headers: auth[role],
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json().catch(() => null)) as any }
}

const orderBody = () => ({
  client: client.id,
  fulfillment: 'pickup',
  deliveryDate: '2026-12-01',
  items: [
    { product: catalog.bread.id, quantity: 5 },
    { product: catalog.samsa.id, quantity: 10 },
  ],
})

describe('what is recorded, through each door', () => {
  it('REST: an order created and changed by a manager, with who, the door and the fields', async () => {
    const created = await rest('manager', 'POST', '/orders', orderBody())
    expect(created.status).toBe(201)
    const order = created.json.doc
    const [entry] = await entriesOf('orders', order.id)
    expect(entry).toMatchObject({
      operation: 'create',
      door: 'rest',
      actor: 'staff',
      user: manager.id,
      actorName: 'Aziz Karimov',
      documentTitle: order.title,
    })
    const changes = entry.changes as Record<string, { before: unknown; after: any }>
    expect(changes.total).toEqual({ before: null, after: 13_000_000 })
    expect(changes.items.after).toEqual([
      expect.objectContaining({
        '#': 1,
        product: catalog.bread.id,
        quantity: 5,
        unitPrice: 800_000,
      }),
      expect.objectContaining({ '#': 2, product: catalog.samsa.id, quantity: 10 }),
    ])

    const patched = await rest('manager', 'PATCH', `/orders/${order.id}`, { status: 'accepted' })
    expect(patched.status).toBe(200)
    const moved = await latest('orders', order.id)
    expect(moved).toMatchObject({ operation: 'update', door: 'rest', user: manager.id })
    expect(moved.changes).toEqual({
      status: { before: 'new', after: 'accepted' },
      statusHistory: {
        before: [],
        after: [expect.objectContaining({ '#': 2, from: 'new', to: 'accepted' })],
      },
    })
    expect(moved.changedFields).toBe('status, statusHistory')
  })

  it('GraphQL: a product price changed by a manager', async () => {
    const answer = await graphql(
      'manager',
      `mutation { updateProduct(id: ${catalog.retired.id}, data: { price: 550000 }) { price } }`,
    )
    expect(answer.data.updateProduct).toEqual({ price: 550_000 })
    expect(await latest('products', catalog.retired.id)).toMatchObject({
      operation: 'update',
      door: 'graphql',
      actor: 'staff',
      user: manager.id,
      changes: { price: { before: 500_000, after: 550_000 } },
    })
  })

  it('the Local API: a server script acts as the system', async () => {
    await bot.payload.update({
      collection: 'products',
      id: catalog.retired.id,
      data: { description: 'Baked on Sundays' },
    })
    expect(await latest('products', catalog.retired.id)).toMatchObject({
      door: 'local',
      actor: 'system',
      actorName: 'system',
      user: null,
      changes: { description: { before: null, after: 'Baked on Sundays' } },
    })
  })

  it('the bot: a price set by staff with /set_price, as that staff member', async () => {
    const say = (text: string) =>
      bot.converse(GROUP, textUpdate(MANAGER_TG, text, { chatId: GROUP, languageCode: 'en' }))
    await say(`/set_price @${username} ${catalog.bread.sku} 7500`)
    await say(`/set_price @${username} ${catalog.bread.sku} 7000`)
    const { docs } = await bot.payload.find({
      collection: 'client-prices',
      where: { client: { equals: client.id }, product: { equals: catalog.bread.id } },
    })
    const [changed, set] = await entriesOf('client-prices', docs[0].id)
    expect(set).toMatchObject({
      operation: 'create',
      door: 'bot',
      actor: 'staff',
      user: manager.id,
      actorName: 'Aziz Karimov',
      changes: {
        client: { before: null, after: client.id },
        product: { before: null, after: catalog.bread.id },
        price: { before: null, after: 750_000 },
      },
    })
    expect(changed).toMatchObject({
      operation: 'update',
      door: 'bot',
      user: manager.id,
      changes: { price: { before: 750_000, after: 700_000 } },
    })
  })

  it('the bot: a client changing their language is named as the client', async () => {
    await bot.converse(CLIENT_TG, textUpdate(CLIENT_TG, '/language', { languageCode: 'en' }))
    const uz = bot.buttons(CLIENT_TG).find((data) => data.endsWith(':uz'))!
    await bot.converse(CLIENT_TG, callbackUpdate(CLIENT_TG, uz))
    expect(await latest('clients', client.id)).toMatchObject({
      door: 'bot',
      actor: 'client',
      client: client.id,
      actorName: client.name,
      user: null,
      changes: { language: { before: 'en', after: 'uz' } },
    })
  })

  it('a job: the scheduler names the job that made the change', async () => {
    const scheduler = startScheduler(bot.payload, [
      {
        name: 'test-reprice',
        schedule: '0 0 1 1 *',
        atStart: true,
        run: (payload) =>
          payload.update({
            collection: 'products',
            id: catalog.samsa.id,
            data: { price: 950_000 },
          }),
      },
    ])
    expect(Object.keys(await scheduler.caughtUp)).toEqual(['test-reprice'])
    await scheduler.stop()
    expect(await latest('products', catalog.samsa.id)).toMatchObject({
      door: 'job',
      via: 'test-reprice',
      actor: 'system',
      actorName: 'test-reprice',
      changes: { price: { before: 900_000, after: 950_000 } },
    })
  })

  it('a webhook: a card payment Stripe reports, after the client pressed Pay in the bot', async () => {
    const payer = await makeClient(bot.payload, {
      telegramId: PAYING_TG,
      language: 'en',
      inn: null,
    })
    const created = await bot.payload.create({
      collection: 'orders',
      data: { ...orderBody(), client: payer.id } as never,
    })
    await bot.payload.update({
      collection: 'orders',
      id: created.id,
      data: { status: 'accepted' },
      user: manager,
    })
    await bot.converse(PAYING_TG, callbackUpdate(PAYING_TG, `pay:v1:${created.id}`))
    const [pending] = (
      await bot.payload.find({
        collection: 'transactions',
        where: { order: { equals: created.id } },
      })
    ).docs
    expect(await latest('transactions', pending.id)).toMatchObject({
      operation: 'create',
      door: 'bot',
      actor: 'client',
      client: payer.id,
      actorName: payer.name,
    })
    const session = [...stripe.sessions.values()].find(
      (s) => (s.metadata as { order: string }).order === String(created.id),
    )!
    const { body, signature } = stripe.event(
      'checkout.session.completed',
      stripe.pay(session.id as string),
    )
    const answer = await fetch(`${bot.apiUrl}/stripe/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      body,
    })
    expect(answer.status).toBe(200)
    expect(await latest('transactions', pending.id)).toMatchObject({
      operation: 'update',
      door: 'webhook',
      via: 'stripe',
      actor: 'system',
      actorName: 'stripe',
      changes: { status: { before: 'pending', after: 'succeeded' } },
    })
    expect(await latest('orders', created.id)).toMatchObject({
      door: 'webhook',
      via: 'stripe',
      changes: expect.objectContaining({
        paymentStatus: { before: 'pending', after: 'paid' },
        amountPaid: { before: 0, after: created.total },
      }),
    })
  })

  it('a deletion keeps the values the document had', async () => {
    const created = await rest('manager', 'POST', '/products', {
      name: unique('Flatbread '),
      sku: unique('FB-'),
      category: catalog.category.id,
      unit: 'pcs',
      price: 300_000,
    })
    expect(created.status).toBe(201)
    expect((await rest('manager', 'DELETE', `/products/${created.json.doc.id}`)).status).toBe(200)
    expect(await latest('products', created.json.doc.id)).toMatchObject({
      operation: 'delete',
      door: 'rest',
      user: manager.id,
      changes: expect.objectContaining({ price: { before: 300_000, after: null } }),
    })
  })

  it('users: a changed password is noted, never copied', async () => {
    const user = await makeUser(bot.payload, 'accountant')
    await bot.payload.update({
      collection: 'users',
      id: user.id,
      data: { name: 'Nodira', password: 'another-long-password' },
    })
    const entry = await latest('users', user.id)
    expect(entry.changes).toEqual({
      name: { before: 'accountant', after: 'Nodira' },
      password: { before: '•••', after: '•••' },
    })
    expect(JSON.stringify(await entriesOf('users', user.id))).not.toMatch(/hash|salt|another-long/)
  })

  it('the settings global: a changed retention is recorded without a document id', async () => {
    await bot.payload.updateGlobal({
      slug: 'settings',
      data: { auditRetentionDays: 400 },
      user: manager,
      overrideAccess: false,
    })
    expect(await latest('settings')).toMatchObject({
      operation: 'update',
      documentId: null,
      door: 'local',
      user: manager.id,
      changes: { auditRetentionDays: { before: 365, after: 400 } },
    })
    await bot.payload.updateGlobal({ slug: 'settings', data: { auditRetentionDays: 365 } })
  })

  it('a save that changes nothing leaves no entry', async () => {
    const before = (await entriesOf('clients', client.id)).length
    await bot.payload.update({ collection: 'clients', id: client.id, data: { name: client.name } })
    expect(await entriesOf('clients', client.id)).toHaveLength(before)
  })
})

describe('the same transaction as the change', () => {
  it('a rolled-back change leaves no entry', async () => {
    const before = (await entriesOf('products', catalog.bread.id)).length
    const req = await createLocalReq({}, bot.payload)
    await initTransaction(req)
    await bot.payload.update({
      collection: 'products',
      id: catalog.bread.id,
      data: { price: 1 },
      req,
    })
    await killTransaction(req)
    expect(
      (await bot.payload.findByID({ collection: 'products', id: catalog.bread.id })).price,
    ).toBe(800_000)
    expect(await entriesOf('products', catalog.bread.id)).toHaveLength(before)
  })

  it('a write that fails later in the same transaction takes the earlier entries with it', async () => {
    const before = (await entriesOf('products', catalog.samsa.id)).length
    const req = await createLocalReq({}, bot.payload)
    const work = inTransaction(req, async () => {
      await bot.payload.update({
        collection: 'products',
        id: catalog.samsa.id,
        data: { price: 2 },
        req,
      })
      // A line for a product that does not exist: the order is refused, the price change undone.
      await bot.payload.create({
        collection: 'orders',
        data: { ...orderBody(), items: [{ product: 999_999_999, quantity: 1 }] } as never,
        req,
      })
    })
    await expect(work).rejects.toThrow()
    expect(
      (await bot.payload.findByID({ collection: 'products', id: catalog.samsa.id })).price,
    ).not.toBe(2)
    expect(await entriesOf('products', catalog.samsa.id)).toHaveLength(before)
  })
})

describe('reading the log', () => {
  it('nobody creates, changes or deletes an entry through REST or GraphQL', async () => {
    const [entry] = await entriesOf('products', catalog.retired.id)
    const attempts = [
      await rest('admin', 'POST', '/audit-log', { operation: 'create', target: 'orders' }),
      await rest('admin', 'PATCH', `/audit-log/${entry.id}`, { actorName: 'someone else' }),
      await rest('admin', 'DELETE', `/audit-log/${entry.id}`),
      await rest('admin', 'DELETE', `/audit-log?where[id][equals]=${entry.id}`),
      await rest('manager', 'PATCH', `/audit-log?where[id][equals]=${entry.id}`, { via: 'x' }),
    ]
    for (const attempt of attempts) {
      expect(attempt.status).toBe(405)
      expect(attempt.json.errors[0].message).toMatch(/^The audit log is read-only/)
    }
    const viaGraphql = await graphql('admin', `mutation { deleteAuditLog(id: ${entry.id}) { id } }`)
    expect(viaGraphql.errors[0].message).toMatch(/^The audit log is read-only/)
    expect(await bot.payload.findByID({ collection: 'audit-log', id: entry.id })).toMatchObject({
      actorName: entry.actorName,
    })
  })

  it('admins and managers read it; an accountant and a stranger may not', async () => {
    expect((await rest('admin', 'GET', '/audit-log?limit=1')).status).toBe(200)
    expect((await rest('manager', 'GET', '/audit-log?limit=1')).status).toBe(200)
    expect((await rest('accountant', 'GET', '/audit-log?limit=1')).status).toBe(403)
    expect((await fetch(`${bot.apiUrl}/audit-log?limit=1`)).status).toBe(403)
  })

  it('filters by collection, document and person, newest first', async () => {
    const byDocument = await rest(
      'manager',
      'GET',
      `/audit-log?where[target][equals]=client-prices&where[user][equals]=${manager.id}&depth=0`,
    )
    expect(byDocument.status).toBe(200)
    const docs = byDocument.json.docs as AuditLog[]
    expect(docs.length).toBeGreaterThanOrEqual(2)
    expect(docs.every((doc) => doc.target === 'client-prices' && doc.user === manager.id)).toBe(
      true,
    )
    const times = docs.map((doc) => doc.createdAt)
    expect(times).toEqual([...times].sort().reverse())
    const byClient = await rest(
      'manager',
      'GET',
      `/audit-log?where[client][equals]=${client.id}&depth=0`,
    )
    expect((byClient.json.docs as AuditLog[]).map((doc) => doc.target)).toContain('clients')
  })

  it.each([
    ['a word for a document id', 'where[documentId][equals]=abc'],
    ['an unknown collection', 'where[target][equals]=invoices'],
    ['an unknown field', 'where[nosuch][equals]=1'],
    ['a date that is none', 'where[createdAt][greater_than]=yesterday-ish'],
    ['a word for a person', 'where[user][equals]=Aziz'],
  ])('answers %s with a 4xx, never a 500', async (_, query) => {
    const answer = await rest('manager', 'GET', `/audit-log?${query}`)
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect(answer.json.errors[0].message).toBeTruthy()
  })
})

describe('retention', () => {
  /** An entry as it would have been written `days` ago. */
  async function entryFrom(days: number, now = new Date()): Promise<number> {
    const at = new Date(now.getTime() - days * 86_400_000).toISOString()
    const { rows } = await sqlDatabase(bot.payload).execute<{ id: number }>(sql`
      insert into audit_log (operation, target, document_id, actor, actor_name, door, changes, updated_at, created_at)
      values ('update', 'products', ${catalog.bread.id}, 'system', 'retention test', 'local', '{}'::jsonb, ${at}, ${at})
      returning id`)
    return rows[0].id
  }
  const stillThere = async (ids: number[]) =>
    (
      await bot.payload.find({
        collection: 'audit-log',
        where: { id: { in: ids } },
        pagination: false,
        depth: 0,
      })
    ).docs
      .map((doc) => doc.id)
      .sort((a, b) => a - b)

  it('prunes only the entries older than the days the settings keep', async () => {
    const old = await entryFrom(366)
    const kept = await entryFrom(364)
    const result = await pruneAuditLog(bot.payload)
    expect(result.deleted).toBeGreaterThanOrEqual(1)
    expect(await stillThere([old, kept])).toEqual([kept])

    await bot.payload.updateGlobal({ slug: 'settings', data: { auditRetentionDays: 30 } })
    const month = await entryFrom(31)
    const recent = await entryFrom(29)
    await pruneAuditLog(bot.payload)
    expect(await stillThere([kept, month, recent])).toEqual([recent])
    await bot.payload.updateGlobal({ slug: 'settings', data: { auditRetentionDays: 365 } })
  })

  it('runs once a day, after quiet hours, as the scheduled job does', async () => {
    // A day long past, so its run key is this test's own.
    const night = new Date('2020-03-04T21:00:00.000Z') // 02:00 in Tashkent
    const morning = new Date('2020-03-05T01:00:00.000Z') // 06:00 in Tashkent
    const old = await entryFrom(400, morning)
    expect(await pruneAuditLogIfDue(bot.payload, night)).toBe('not-due')
    expect(await pruneAuditLogIfDue(bot.payload, morning)).toMatchObject({ deleted: 1 })
    expect(await pruneAuditLogIfDue(bot.payload, morning)).toBe('already-done')
    expect(await stillThere([old])).toEqual([])
  })
})
