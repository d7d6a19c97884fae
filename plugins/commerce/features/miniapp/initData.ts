import { isValid, isValid3rd } from '@telegram-apps/init-data-node'
import { z } from 'zod'

/** The Telegram user a Mini App's init data names, once Telegram's signature is checked. */
export interface TelegramUser {
  id: number
  firstName: string
  lastName: string | null
  username: string | null
  languageCode: string | null
}

/** Why a call's init data was refused; each is said to the person by `miniapp-auth-<reason>`. */
export type AuthFailure = 'missing' | 'malformed' | 'forged' | 'expired' | 'no-user'

export interface InitDataCheck {
  /** The bot's token: checks the `hash` (HMAC-SHA256 keyed by the token). */
  botToken?: string
  /** The bot's id: checks the Ed25519 `signature` with Telegram's public key (third-party). */
  botId?: number
  /** Seconds after `auth_date` the data is accepted. */
  maxAge: number
  now?: number
}

const userSchema = z.object({
  id: z.number().int().positive(),
  first_name: z.string().max(256),
  last_name: z.string().max(256).optional(),
  username: z.string().max(64).optional(),
  language_code: z.string().max(35).optional(),
})

/**
 * The caller of a Mini App call: the `user` of `Authorization: tma <raw init data>`, accepted
 * when Telegram signed the data for this bot (its hash with the bot token, or its Ed25519
 * signature for the bot's id) no longer than `maxAge` ago. The library checks the signatures; the
 * age is checked here against our clock, so tests and the option use one rule.
 */
export async function checkInitData(
  header: string | null | undefined,
  { botToken, botId, maxAge, now = Date.now() }: InitDataCheck,
): Promise<{ user: TelegramUser } | { failure: AuthFailure }> {
  const raw = /^tma\s+(\S+)$/i.exec(header?.trim() ?? '')?.[1]
  if (!raw) return { failure: 'missing' }
  const data = new URLSearchParams(raw)
  const authDate = Number(data.get('auth_date'))
  if (!Number.isSafeInteger(authDate) || authDate <= 0) return { failure: 'malformed' }
  const signed =
    (botToken && data.has('hash') && isValid(raw, botToken, { expiresIn: 0 })) ||
    (botId && data.has('signature') && (await isValid3rd(raw, botId, { expiresIn: 0 })))
  if (!signed) return { failure: 'forged' }
  if (now / 1000 - authDate > maxAge) return { failure: 'expired' }
  const user = userSchema.safeParse(parseJson(data.get('user')))
  if (!user.success) return { failure: 'no-user' }
  const { id, first_name, last_name, username, language_code } = user.data
  return {
    user: {
      id,
      firstName: first_name,
      lastName: last_name ?? null,
      username: username ?? null,
      languageCode: language_code ?? null,
    },
  }
}

/** The language code the (unchecked) data claims: only for saying why it was refused. */
export function claimedLanguage(header: string | null | undefined): string | undefined {
  const raw = /^tma\s+(\S+)$/i.exec(header?.trim() ?? '')?.[1]
  const user = raw ? parseJson(new URLSearchParams(raw).get('user')) : null
  const code = (user as { language_code?: unknown } | null)?.language_code
  return typeof code === 'string' ? code : undefined
}

function parseJson(text: string | null): unknown {
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** The bot's id from its token (`123456:ABC…`), for the third-party check. */
export function botIdOf(token: string | undefined): number | undefined {
  const id = Number(token?.split(':')[0])
  return Number.isSafeInteger(id) && id > 0 ? id : undefined
}
