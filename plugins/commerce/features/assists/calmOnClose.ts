import type { Conversation } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook } from 'payload'
import { transactionDatabase } from '@/shared/db/transactionDatabase'

/**
 * A closed conversation leaves the top of the list: its priority is dropped with the close, and
 * the next urgent message after it is told to the staff chat again.
 */
export const calmOnClose: CollectionAfterChangeHook<Conversation> = async ({ doc, req }) => {
  if (doc.status !== 'closed' || !doc.priority) return doc
  await (await transactionDatabase(req)).execute(sql`
    update conversations set priority = 0, priority_announced_at = null where id = ${doc.id}`)
  return { ...doc, priority: 0, priorityAnnouncedAt: null }
}
