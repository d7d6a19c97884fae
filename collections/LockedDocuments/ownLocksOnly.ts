import type { Access, PayloadRequest, SanitizedConfig, Where } from 'payload'

/** Payload's own lock writes go through its database adapter and skip these rules; REST and GraphQL do not. */
const SLUG = 'payload-locked-documents'

const isCaller = (req: PayloadRequest, user: unknown): boolean => {
  const named = user as { relationTo?: string; value?: unknown } | null | undefined
  return Boolean(
    req.user &&
      named &&
      named.relationTo === req.user.collection &&
      String(named.value) === String(req.user.id),
  )
}

const ownRows = (req: PayloadRequest): Where => ({
  and: [
    { 'user.relationTo': { equals: req.user!.collection } },
    { 'user.value': { equals: req.user!.id } },
  ],
})

// Create must answer a boolean: a query would be read as "allowed".
const createOwn: Access = ({ req, data }) => isCaller(req, data?.user)
// Taking over another's lock (the admin's "take over") may only make it the caller's own.
const updateOwn: Access = ({ req, data }) =>
  !req.user ? false : data?.user !== undefined ? isCaller(req, data.user) : ownRows(req)
const deleteOwn: Access = ({ req }) => (req.user ? ownRows(req) : false)

/**
 * Document locks as Payload adds them let any signed-in user lock a document in someone else's
 * name or delete their lock. Payload builds that collection after the plugins run, so its access
 * is set on the finished config; reading stays open, as the admin shows who holds a lock.
 */
export function ownLocksOnly(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === SLUG)
  if (!locks) return config
  locks.access = { ...locks.access, create: createOwn, update: updateOwn, delete: deleteOwn }
  // A take-over moves who holds a lock, never which document it is on.
  locks.hooks.beforeChange = [
    ...(locks.hooks.beforeChange ?? []),
    ({ data, operation, originalDoc }) =>
      operation === 'update'
        ? { ...data, document: originalDoc?.document, globalSlug: originalDoc?.globalSlug }
        : data,
  ]
  return config
}
