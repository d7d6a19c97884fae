import { languageFromTelegram, textsIn } from '@commerce/bot/i18n'
import { enqueue } from '@commerce/outbox/enqueue'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { isLanguage, type Language } from '@/domain/languages'
import { orderingRulesValue, type SavedOrderingRules } from '@/shared/db/orderingRules'
import { usualAddress } from '@/shared/db/ruleFragments'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import type { TelegramUser } from './initData'

/** The client behind a Mini App call, as every endpoint needs it. */
export interface Caller {
  id: number
  name: string
  kind: 'business' | 'individual'
  status: 'pending' | 'active' | 'blocked'
  language: Language
  address: string | null
}

/** The shop's rules read with the caller, in the same statement. */
export interface Shop {
  currency: string
  /** Null while the settings were never saved (Payload's defaults then apply). */
  rules: SavedOrderingRules | null
}

interface Row {
  client: (Omit<Caller, 'language'> & { language: string | null }) | null
  currency: string | null
  rules: SavedOrderingRules | null
}

/**
 * The caller's client, created on their first call (lazy onboarding: Telegram already said who
 * they are). A business client who registered in the bot is found by the same Telegram id.
 */
export async function callerOf(
  payload: Payload,
  user: TelegramUser,
): Promise<{ client: Caller; shop: Shop }> {
  const now = Date.now()
  const known = recent.get(user.id)
  if (known && now - known.at < REMEMBER_MS) return known.caller
  const caller = await findOrOnboard(payload, user)
  if (recent.size >= REMEMBER_AT_MOST) recent.clear()
  recent.set(user.id, { at: now, caller })
  return caller
}

/**
 * A page opening makes several calls within a second or two: the client is read once for them.
 * A change staff make shows within these seconds; an order is checked against the stored client
 * by the orders collection whatever this says.
 */
const REMEMBER_MS = 3_000
const REMEMBER_AT_MOST = 10_000
const recent = new Map<number, { at: number; caller: { client: Caller; shop: Shop } }>()

async function findOrOnboard(payload: Payload, user: TelegramUser) {
  const row = await read(payload, user.id)
  const shop = { currency: row.currency ?? 'UZS', rules: row.rules }
  if (row.client) return { client: withLanguage(row.client, user), shop }
  try {
    await onboard(payload, user)
  } catch (error) {
    // The same user's first two calls at once: the other one created the client.
    if (!(await read(payload, user.id)).client) throw error
  }
  const created = (await read(payload, user.id)).client
  if (!created) throw new Error(`client of Telegram user ${user.id} not found after creating it`)
  return { client: withLanguage(created, user), shop }
}

async function read(payload: Payload, telegramId: number): Promise<Row> {
  const { rows } = await sqlDatabase(payload).execute<Row>(sql`
    select (select json_build_object('id', c.id, 'name', c.name, 'kind', coalesce(c.kind, 'business'),
                                     'status', coalesce(c.status, 'active'), 'language', c.language,
                                     'address', ${usualAddress('c')})
              from clients c where c.telegram_id = ${telegramId}) as client,
           (select currency from settings limit 1) as currency,
           ${orderingRulesValue} as rules`)
  return rows[0]
}

const withLanguage = (client: Row['client'] & object, user: TelegramUser): Caller => ({
  ...client,
  language: isLanguage(client.language)
    ? client.language
    : languageFromTelegram(user.languageCode ?? undefined),
})

async function onboard(payload: Payload, user: TelegramUser) {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const status = settings.newClientStatus === 'pending' ? 'pending' : 'active'
  const name =
    [user.firstName, user.lastName].filter(Boolean).join(' ').trim() || `Telegram ${user.id}`
  await payload.create({
    collection: 'clients',
    data: {
      kind: 'individual',
      name,
      contactName: name,
      telegramId: user.id,
      telegramUsername: user.username,
      language: languageFromTelegram(user.languageCode ?? undefined),
      status,
    },
    overrideAccess: true,
    context: { actor: 'client', channel: 'miniapp' },
  })
  if (status === 'pending')
    await enqueue(payload, 'staff.message', {
      text: textsIn(settings.staffLanguage)('miniapp-staff-client-waiting', {
        name,
        username: user.username ? `@${user.username}` : String(user.id),
      }),
    })
}
