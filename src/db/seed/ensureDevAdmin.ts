import type { Payload } from 'payload'

export const DEFAULT_ADMIN = { email: 'admin@tandir.local', password: 'tandir-admin' }

/** A development login, so the first run needs no sign-up step. */
export async function ensureDevAdmin(
  payload: Payload,
): Promise<{ email: string; password: string }> {
  const email = process.env.TANDIR_ADMIN_EMAIL || DEFAULT_ADMIN.email
  const password = process.env.TANDIR_ADMIN_PASSWORD || DEFAULT_ADMIN.password
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: email } },
  })
  if (totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email, password, name: 'Administrator', roles: ['admin'] },
    })
  }
  return { email, password }
}
