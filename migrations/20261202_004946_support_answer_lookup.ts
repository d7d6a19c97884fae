import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * No change to the config: an index for the dashboard's support figure. A client's wait for a first
 * answer looks up, for each client message, the message before it and staff's next answer in the
 * same conversation (startsWait and answeredAt, src/shared/db/reportFragments.ts). Ordered by
 * conversation and time, and carrying the direction, each lookup reads one or two index entries
 * instead of every message written since (14 s for a month of three years' messages without it).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX IF NOT EXISTS "support_messages_conversation_time_idx" ON "support_messages" USING btree ("conversation_id", "created_at", "id") INCLUDE ("direction");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "support_messages_conversation_time_idx";`)
}
