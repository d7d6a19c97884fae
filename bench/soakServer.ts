/**
 * One app server for the reliability soak (`bench/soak.ts`): the embedded PostgreSQL on a data
 * directory that outlives the process, Payload with the commerce plugin (Telegram and Stripe
 * webhooks, the outbox dispatcher), and the REST API over HTTP through the same handler and body
 * guard as the Next.js route. The soak kills it with SIGKILL, PostgreSQL included in nothing:
 * the next start finds that server orphaned and must recover by itself. Prints `READY <api url>`.
 */
import { closePayload } from '@/db/closePayload'
import { startEmbeddedPostgres } from '@/db/embeddedPostgres'

const dataDir = process.env.SOAK_DATA_DIR!
const db = await startEmbeddedPostgres({
  dataDir,
  port: Number(process.env.SOAK_PG_PORT),
  log: () => {},
})
process.env.DATABASE_URL = db.url

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { startRestServer } = await import('../tests/support/restServer')
// Migrations first, by a process that starts nothing else, as `npm start` does.
const { asScript } = await import('@/shared/processRole')
const migrator = await asScript(() => getPayload({ config, key: 'migrate' }))
await migrator.db.migrate()
if ((await migrator.count({ collection: 'users' })).totalDocs === 0) await seed(migrator)
await closePayload(migrator)

const payload = await getPayload({ config })
payload.logger.level = 'warn'
const server = await startRestServer()
console.log(`READY ${server.url}`)

async function seed(first: typeof migrator) {
  await first.create({
    collection: 'users',
    data: { email: 'soak@tandir.local', password: 'soak-password', name: 'Soak', roles: ['admin'] },
  })
  await first.updateGlobal({
    slug: 'settings',
    data: {
      onlinePayment: 'after_accept',
      adminChatId: null,
      supportGroupId: null,
      minOrderAmount: 0,
    },
  })
  const category = await first.create({ collection: 'categories', data: { name: 'Bread' } })
  await first.create({
    collection: 'products',
    data: {
      name: 'White bread',
      sku: 'SOAK-W',
      category: category.id,
      unit: 'pcs',
      price: 800_000,
    },
  })
  const customers = Number(process.env.SOAK_CUSTOMERS)
  for (let i = 0; i < customers; i++) {
    await first.create({
      collection: 'clients',
      data: { name: `Cafe ${i}`, telegramId: 8_000_000 + i, language: 'en', status: 'active' },
    })
  }
}
