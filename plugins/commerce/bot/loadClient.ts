import type { MiddlewareFn } from 'grammy'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { BotClient, BotContext } from './context'

import { sqlDatabase } from '../../../src/db/sqlDatabase'

/**
 * Every update knows who is writing: the registered client, or nobody yet. One indexed query in
 * plain SQL: this runs on every update, and a Payload `find` (a count, the join fields) cost
 * several times more than the lookup itself.
 */
export function loadClient(payload: Payload): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.payload = payload
    ctx.client = null
    if (ctx.from) {
      const { rows } = await sqlDatabase(payload).execute<BotClient>(sql`
        select id, name, contact_name as "contactName", language, status
          from clients where telegram_id = ${ctx.from.id} limit 1`)
      ctx.client = rows[0] ?? null
    }
    await next()
  }
}
