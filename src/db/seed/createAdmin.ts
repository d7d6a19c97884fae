import type { Payload } from 'payload'

import { ConfigurationError } from '@/config/commerceOptionsFromEnv'
import { refuseAdminEmail, refuseAdminPassword } from '@/domain/adminCredentials'

/** A reason an admin account was not created, said in one line to whoever asked. */
export class AdminRefusal extends Error {}

export interface AdminInput {
  email: string
  password: string
  name?: string
}

/** Creates an admin account, refusing a bad e-mail, a weak password or an e-mail already taken. */
export async function createAdmin(payload: Payload, input: AdminInput): Promise<{ id: number }> {
  const email = input.email.trim().toLowerCase()
  const refused = refuseAdminEmail(email) ?? refuseAdminPassword(input.password)
  if (refused) throw new AdminRefusal(refused)
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  if (totalDocs > 0) throw new AdminRefusal(`A user with the e-mail ${email} already exists.`)
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password: input.password,
      name: input.name || 'Administrator',
      roles: ['admin'],
    },
    overrideAccess: true,
  })
  return { id: user.id }
}

/**
 * The first admin from `ADMIN_EMAIL` and `ADMIN_PASSWORD`, created at start only while the
 * database has no user at all: later starts leave accounts (and changed passwords) alone.
 */
export async function ensureFirstAdminFromEnv(
  payload: Payload,
  env: Record<string, string | undefined>,
): Promise<string | null> {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, ADMIN_NAME: name } = env
  if (!email && !password) return null
  if (!email || !password)
    throw new AdminRefusal('Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither.')
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return null
  try {
    await createAdmin(payload, { email, password, name })
  } catch (error) {
    // Another server starting on the same database may have created it a moment before.
    const taken = await payload.count({ collection: 'users', overrideAccess: true })
    if (!(error instanceof Error && !(error instanceof AdminRefusal) && taken.totalDocs > 0))
      throw error
  }
  return email.trim().toLowerCase()
}

/**
 * `npm start`'s step before the server listens: the first admin from the environment, a refusal
 * said in one line naming the variables (ConfigurationError), a created admin said in the log.
 */
export async function createFirstAdminAtStart(payload: Payload): Promise<void> {
  const created = await ensureFirstAdminFromEnv(payload, process.env).catch((error) => {
    throw error instanceof AdminRefusal
      ? new ConfigurationError(`ADMIN_EMAIL / ADMIN_PASSWORD: ${error.message}`)
      : error
  })
  if (created) console.log(`[tandir] first admin ${created} created from ADMIN_EMAIL`)
}
