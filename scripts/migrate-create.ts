import { boot } from './boot'

// Writes a migration for whatever the config changed since the last committed one:
//   npm run migrate:create -- add_delivery_slots
const name = process.argv[2] ?? 'change'

const { db } = await boot(async (payload) => {
  await payload.db.createMigration({ migrationName: name, payload, skipEmpty: true })
})
await db.stop()
