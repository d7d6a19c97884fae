import { Api } from 'grammy'
import type { Payload } from 'payload'

import { createOutboxDispatcher } from './dispatcher'

/** Delivers notifications for as long as this Payload instance lives. */
export function startDispatcher(payload: Payload, token: string): void {
  const api = new Api(token, {
    apiRoot: process.env.TELEGRAM_API_ROOT || 'https://api.telegram.org',
  })
  const dispatcher = createOutboxDispatcher({ payload, api })
  dispatcher.start()
  const previousDestroy = payload.destroy.bind(payload)
  payload.destroy = async () => {
    await dispatcher.stop()
    await previousDestroy()
  }
}
