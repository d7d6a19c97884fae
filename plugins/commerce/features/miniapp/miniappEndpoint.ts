import { languageFromTelegram, type Translate, textsIn } from '@commerce/bot/i18n'
import { commerceOf } from '@commerce/feature'
import type { Endpoint, PayloadRequest } from 'payload'
import type { Language } from '@/domain/languages'
import { type Caller, callerOf, type Shop } from './caller'
import { botIdOf, checkInitData, claimedLanguage, type TelegramUser } from './initData'
import { rateLimiter } from './rateLimit'

/** What a Mini App handler is given: the checked caller, their client and their language. */
export interface MiniappCall {
  req: PayloadRequest
  user: TelegramUser
  client: Caller
  shop: Shop
  language: Language
  t: Translate
}

/**
 * A refusal a person reads: the status, a code the page can act on and the text in the
 * caller's language. Handlers throw it; the endpoint answers it.
 */
export class MiniappRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message)
  }
}

export const answerRefusal = ({ status, code, message, field, headers }: MiniappRefusal) =>
  Response.json({ errors: [{ code, message, ...(field ? { field } : {}) }] }, { status, headers })

const limited = rateLimiter()

/**
 * An endpoint under `/api/miniapp/`: the caller is the user of the request's init data and
 * nothing else (ids in a body or path never choose whose data is read), limited per user, and
 * their client made on the first call.
 */
export function miniappEndpoint(
  method: 'get' | 'post',
  path: string,
  handle: (call: MiniappCall) => Promise<Response>,
): Endpoint {
  return {
    method,
    path: `/miniapp${path}`,
    handler: async (req) => {
      const header = req.headers.get('authorization')
      try {
        const { telegram, miniapp } = commerceOf(req.payload).options
        const checked = await checkInitData(header, {
          botToken: telegram.token,
          botId: botIdOf(telegram.token) ?? telegram.botInfo?.id,
          maxAge: miniapp.authMaxAge,
        })
        if ('failure' in checked) {
          const t = textsIn(languageFromTelegram(claimedLanguage(header)))
          throw new MiniappRefusal(
            401,
            `auth-${checked.failure}`,
            t(`miniapp-auth-${checked.failure}`),
          )
        }
        const { user } = checked
        const wait = limited(user.id)
        if (wait !== null) {
          const t = textsIn(languageFromTelegram(user.languageCode ?? undefined))
          throw new MiniappRefusal(
            429,
            'rate-limited',
            t('miniapp-rate-limited', { seconds: wait }),
            undefined,
            {
              'Retry-After': String(wait),
            },
          )
        }
        const { client, shop } = await callerOf(req.payload, user)
        return await handle({
          req,
          user,
          client,
          shop,
          language: client.language,
          t: textsIn(client.language),
        })
      } catch (error) {
        if (error instanceof MiniappRefusal) return answerRefusal(error)
        throw error
      }
    },
  }
}
