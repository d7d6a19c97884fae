import { sql } from '@payloadcms/db-postgres'

/**
 * `afterClientMessage` (src/domain/conversation.ts) restated for the upsert that stores a
 * client's message, where reading the row first would cost a round trip per message. A test
 * holds the two to the same answers.
 */
export const unreadAfterClientMessage = sql`case when conversations.status = 'closed' then 1 else conversations.unread_count + 1 end`
