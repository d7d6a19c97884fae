import type { ConversationFlavor } from '@grammyjs/conversations'
import type { I18nFlavor } from '@grammyjs/i18n'
import type { Context } from 'grammy'
import type { Payload } from 'payload'

import type { Client } from '../../../payload-types'

export type BotContext = ConversationFlavor<
  Context &
    I18nFlavor & {
      payload: Payload
      /** The client behind this Telegram user, or null before they register. */
      client: BotClient | null
    }
>

/** What every handler needs to know of the client; a handler that needs more loads the record. */
export type BotClient = Pick<Client, 'id' | 'name' | 'contactName' | 'language' | 'status'>
