import { Api } from 'grammy'
import type { Payload } from 'payload'
import { onShutdown } from '@/shared/shutdown'
import { commerceOf } from '../feature'
import { createOutboxDispatcher } from './dispatcher'

/** Delivers notifications for as long as this Payload instance lives. */
export function startDispatcher(payload: Payload, token: string): void {
  const api = new Api(token, { apiRoot: commerceOf(payload).options.telegram.apiRoot })
  const dispatcher = createOutboxDispatcher({ payload, api })
  dispatcher.start()
  onShutdown(payload, () => dispatcher.stop())
}
