import { sql } from '@payloadcms/db-postgres'
import type { GlobalAfterChangeHook } from 'payload'
import { transactionDatabase } from '@/shared/db/transactionDatabase'

/**
 * A new support group (or none) makes every topic of the former one meaningless: thread ids are
 * numbered per group, so an old id could name another client's topic in the new group, and an old
 * message id another client's message. Both are forgotten with the change, and each client's next
 * message makes their topic in the new group.
 */
export const forgetTopicsOfFormerGroup: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (Number(doc.supportGroupId ?? 0) === Number(previousDoc?.supportGroupId ?? 0)) return doc
  const db = await transactionDatabase(req)
  await db.execute(
    sql`update conversations set topic_id = null, updated_at = now() where topic_id is not null`,
  )
  // Message ids are numbered per chat too: an edit must never reach the new group's message.
  await db.execute(
    sql`update support_messages set group_message_id = null where group_message_id is not null`,
  )
  return doc
}
