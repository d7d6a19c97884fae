import type { User } from '@payload-types'
import type { CollectionBeforeChangeHook } from 'payload'

/** The account created on an empty install must be able to manage everything else. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
