import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import type { Changes } from './changes'
import type { AuditOperation, AuditTarget } from './texts'
import type { Who } from './whoActed'

export interface AuditEntry {
  operation: AuditOperation
  target: AuditTarget
  /** Null for a global. */
  documentId: number | null
  documentTitle: string | null
  who: Who
  changes: Changes
}

/**
 * Writes the entry in the change's own transaction, so a change rolled back leaves no entry and
 * an entry that cannot be written stops the change. Plain SQL: Payload's create runs a whole
 * operation (access, hooks, validation, a read back) for a row nobody else may write, which cost
 * more than the order write it records. A client's name is filled in by the same statement.
 */
export async function writeEntry(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const { who } = entry
  const db = await transactionDatabase(req)
  await db.execute(sql`
    insert into audit_log (operation, target, document_id, document_title, actor, user_id,
                           client_id, actor_name, door, via, changed_fields, changes,
                           updated_at, created_at)
    values (${entry.operation}, ${entry.target}, ${entry.documentId}, ${entry.documentTitle},
            ${who.actor}, ${who.user}, ${who.client},
            coalesce(${who.name}, (select name from clients where id = ${who.client})),
            ${who.door}, ${who.via}, ${Object.keys(entry.changes).join(', ')},
            ${JSON.stringify(entry.changes)}::jsonb, clock_timestamp(), clock_timestamp())`)
}
