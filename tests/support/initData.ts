import { sign } from '@telegram-apps/init-data-node'

/** The token of the bot the test servers run (tests/support/botHarness.ts). */
export const TEST_BOT_TOKEN = '123:TEST'

export interface InitDataUser {
  id: number
  first_name: string
  last_name?: string
  username?: string
  language_code?: string
}

/**
 * Init data as Telegram hands it to a Mini App, signed with a bot token by the validation
 * library's own `sign` (the HMAC Telegram makes): `user` null leaves the user out.
 */
export function signInitData(
  user: InitDataUser | null,
  { token = TEST_BOT_TOKEN, authDate = new Date() }: { token?: string; authDate?: Date } = {},
): string {
  return sign(
    { ...(user ? { user } : {}), query_id: `AAH${user?.id ?? 0}`, chat_type: 'sender' },
    token,
    authDate,
  )
}

/** The header every Mini App call carries. */
export const tma = (initData: string) => ({ authorization: `tma ${initData}` })
