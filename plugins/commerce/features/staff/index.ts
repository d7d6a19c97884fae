import type { BotContext } from '@commerce/bot/context'
import type { CommerceFeature } from '@commerce/feature'
import type { Order } from '@payload-types'
import { Composer } from 'grammy'
import { cardButtons } from './cardButtons'
import { clientCommand } from './clientCommand'
import { DESK_COMMANDS, deskBot, learnStaffUsername, staffUsernameField } from './desk'
import { staffCardField } from './orderCardField'
import { orderCommands } from './orderCommands'
import { priceCommands } from './priceCommands'
import { staffRenderers } from './renderers'

const staffBot = new Composer<BotContext>()
// The username first: every staff update teaches it, whichever command answers.
staffBot.use(learnStaffUsername, cardButtons, orderCommands, priceCommands, clientCommand, deskBot)

/**
 * Staff in Telegram: every new order as a card in the staff chat with a button per move, kept up
 * to date; `/orders`, `/order`, `/set_price`, `/prices` and `/client`; and the admin panel
 * inside Telegram (`desk/`).
 */
export const staffFeature: CommerceFeature = {
  name: 'staff',
  extend: { orders: { fields: [staffCardField] }, users: { fields: [staffUsernameField] } },
  bot: {
    staff: staffBot,
    staffOnlyCommands: ['set_price', 'prices', 'client', ...DESK_COMMANDS],
  },
  renderers: staffRenderers,
  announce: [
    {
      collection: 'orders',
      // A new order and every move of one; a press on the card edits the card itself.
      messages: ({ doc, previousDoc, operation, req }) => {
        const order = doc as Order
        const moved = operation === 'create' || previousDoc?.status !== order.status
        if (!moved || req.context.staffCardEdited) return []
        return [
          { topic: 'staff.order_card', body: { order: order.id, sequence: `card:${order.id}` } },
        ]
      },
    },
  ],
}
