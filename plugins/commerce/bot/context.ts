import type { ConversationFlavor } from '@grammyjs/conversations'
import type { I18nFlavor } from '@grammyjs/i18n'
import type { Client, User } from '@payload-types'
import type { Context } from 'grammy'
import type { Payload } from 'payload'
import type { OrderDraft } from '@/domain/orderDraft'

export type BotContext = ConversationFlavor<
  Context &
    I18nFlavor & {
      payload: Payload
      /** The client behind this Telegram user, or null before they register. */
      client: BotClient | null
      /** The staff account linked to this Telegram user (`users.telegramId`), or null. */
      staff: StaffUser | null
      /** This chat's stored conversation state, read with the sender. */
      storedConversations?: unknown
      /** The order this chat is putting together, read with the sender; null when there is none. */
      orderDraft: OrderDraft | null
    }
>

/** What every handler needs to know of the client; a handler that needs more loads the record. */
export type BotClient = Pick<Client, 'id' | 'name' | 'contactName' | 'language' | 'status'>

/** A staff account as Payload's access rules expect a signed-in user. */
export type StaffUser = User & { collection: 'users' }
