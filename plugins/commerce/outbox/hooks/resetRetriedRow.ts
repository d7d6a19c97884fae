import type { Outbox } from '@payload-types'
import type { CollectionBeforeChangeHook } from 'payload'

/** Setting a dead row back to pending in the admin is the "retry" action: it gets a fresh start. */
export const resetRetriedRow: CollectionBeforeChangeHook<Outbox> = ({
  data,
  originalDoc,
  operation,
}) => {
  if (operation !== 'update' || originalDoc?.status === 'pending' || data.status !== 'pending')
    return data
  return { ...data, attempts: 0, availableAt: new Date().toISOString() }
}
