import { languageFromTelegram } from '@commerce/bot/i18n'
import { sql } from '@payloadcms/db-postgres'
import type { User } from 'grammy/types'
import type { PayloadRequest } from 'payload'
import { transactionDatabase } from '@/shared/db/transactionDatabase'

/**
 * The client who paid, found by their Telegram id; one who never registered is made an
 * individual client, as the Mini App makes one on a first visit: Telegram already said who they are.
 */
export async function payerClient(req: PayloadRequest, from: User): Promise<number> {
  const db = await transactionDatabase(req)
  const find = async () =>
    (
      await db.execute<{ id: number }>(
        sql`select id from clients where telegram_id = ${from.id} limit 1`,
      )
    ).rows[0]?.id
  const known = await find()
  if (known !== undefined) return known
  const settings = await req.payload.findGlobal({
    slug: 'settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const name =
    [from.first_name, from.last_name].filter(Boolean).join(' ').trim() || `Telegram ${from.id}`
  const client = await req.payload.create({
    collection: 'clients',
    data: {
      kind: 'individual',
      name,
      contactName: name,
      telegramId: from.id,
      telegramUsername: from.username,
      language: languageFromTelegram(from.language_code),
      status: settings.newClientStatus === 'pending' ? 'pending' : 'active',
    },
    overrideAccess: true,
    depth: 0,
    context: { actor: 'client', channel: 'bot' },
    req,
  })
  return client.id
}
