import { parseArgs } from 'node:util'

import {
  generateAdminPassword,
  refuseAdminEmail,
  refuseAdminPassword,
} from '@/domain/adminCredentials'
import { boot } from './boot'

// An admin account from the server's shell, the only way in once production closes sign-up:
//   npm run admin:create -- --email owner@example.uz [--name "Owner"] [--password …]
// Without --password a strong one is generated and printed once.
const USAGE =
  'Usage: npm run admin:create -- --email you@example.com [--name NAME] [--password PASSWORD]'

let values: { email?: string; name?: string; password?: string }
try {
  values = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
    },
  }).values
} catch (error) {
  fail(`${(error as Error).message}. ${USAGE}`)
}
const email = values.email?.trim().toLowerCase()
const generated = values.password === undefined
const password = values.password ?? generateAdminPassword()
// Checked before the database opens: a typo is answered at once.
const refused = refuseAdminEmail(email) ?? refuseAdminPassword(password)
if (refused || !email) fail(refused ?? USAGE)

try {
  const { db } = await boot(async (payload) => {
    const { createAdmin } = await import('@/db/seed/createAdmin')
    await createAdmin(payload, { email, password, name: values.name })
  })
  await db.stop()
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}
console.log(`[tandir] admin ${email} created.`)
if (generated) console.log(`[tandir] password (shown once, store it now): ${password}`)

function fail(message: string): never {
  console.error(`[tandir] admin not created: ${message}`)
  process.exit(1)
}
