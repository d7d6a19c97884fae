import { checkInitData } from '@commerce/features/miniapp/initData'
import { describe, expect, it } from '@jest/globals'
import { signInitData, TEST_BOT_TOKEN } from '../support/initData'

// Init data Telegram itself signed for bot 7342037359 (published with @telegram-apps/init-data-node's
// own tests): the only way to prove the Ed25519 path without Telegram's private key.
const TELEGRAM_SIGNED =
  'user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22Vladislav%20%2B%20-%20%3F%20%5C%2F%22%2C%22last_name%22%3A%22Kibenko%22%2C%22username%22%3A%22vdkfrost%22%2C%22language_code%22%3A%22ru%22%2C%22is_premium%22%3Atrue%2C%22allows_write_to_pm%22%3Atrue%2C%22photo_url%22%3A%22https%3A%5C%2F%5C%2Ft.me%5C%2Fi%5C%2Fuserpic%5C%2F320%5C%2F4FPEE4tmP3ATHa57u6MqTDih13LTOiMoKoLDRG4PnSA.svg%22%7D&chat_instance=8134722200314281151&chat_type=private&auth_date=1733584787&signature=zL-ucjNyREiHDE8aihFwpfR9aggP2xiAo3NSpfe-p7IbCisNlDKlo7Kb6G4D0Ao2mBrSgEk4maLSdv6MLIlADQ&hash=2174df5b000556d044f3f020384e879c8efcab55ddea2ced4eb752e93e7080d6'
const SIGNED_AT = 1733584787_000
const DAY = 86_400

describe('Mini App init data', () => {
  it("accepts Telegram's Ed25519 signature for the bot's id, without the bot token", async () => {
    const checked = await checkInitData(`tma ${TELEGRAM_SIGNED}`, {
      botId: 7342037359,
      maxAge: DAY,
      now: SIGNED_AT + 60_000,
    })
    expect(checked).toEqual({
      user: expect.objectContaining({ id: 279058397, username: 'vdkfrost', languageCode: 'ru' }),
    })
  })

  it("refuses that signature for another bot's id, and once it is older than the limit", async () => {
    const other = await checkInitData(`tma ${TELEGRAM_SIGNED}`, {
      botId: 7342037358,
      maxAge: DAY,
      now: SIGNED_AT,
    })
    expect(other).toEqual({ failure: 'forged' })
    const late = await checkInitData(`tma ${TELEGRAM_SIGNED}`, {
      botId: 7342037359,
      maxAge: DAY,
      now: SIGNED_AT + (DAY + 1) * 1000,
    })
    expect(late).toEqual({ failure: 'expired' })
  })

  it('accepts the bot-token hash and refuses what is missing, broken or altered', async () => {
    const user = { id: 5, first_name: 'Aziz', language_code: 'uz' }
    const signed = signInitData(user)
    const check = (header: string | null, maxAge = DAY) =>
      checkInitData(header, { botToken: TEST_BOT_TOKEN, botId: 123, maxAge })
    expect(await check(`tma ${signed}`)).toEqual({
      user: { id: 5, firstName: 'Aziz', lastName: null, username: null, languageCode: 'uz' },
    })
    expect(await check(null)).toEqual({ failure: 'missing' })
    expect(await check(`Bearer ${signed}`)).toEqual({ failure: 'missing' })
    expect(await check('tma hash=abc')).toEqual({ failure: 'malformed' })
    expect(await check(`tma ${signed.replace('Aziz', 'Azix')}`)).toEqual({ failure: 'forged' })
    expect(await check(`tma ${signInitData(user, { token: '999:OTHER' })}`)).toEqual({
      failure: 'forged',
    })
    const old = signInitData(user, { authDate: new Date(Date.now() - 2 * DAY * 1000) })
    expect(await check(`tma ${old}`)).toEqual({ failure: 'expired' })
    expect(await check(`tma ${old}`, 3 * DAY)).toEqual({ user: expect.objectContaining({ id: 5 }) })
    expect(await check(`tma ${signInitData(null)}`)).toEqual({ failure: 'no-user' })
  })
})
