import type { BotContext } from '@commerce/bot/context'
import type { CommerceFeature } from '@commerce/feature'
import { createConversation } from '@grammyjs/conversations'
import type { Order } from '@payload-types'
import { Composer } from 'grammy'
import { relationId } from '@/shared/relationId'
import { language } from './language'
import { myOrders } from './myOrders'
import { orderCommand } from './orderCommand'
import { ordering } from './ordering'
import { profile, profileEdit } from './profile'
import { registration } from './registration'
import { orderingRenderers } from './renderers'
import { start } from './start'

/**
 * Customers in the bot: the language, registration and the legal details, putting an order
 * together at their own prices, their orders (open, cancel while new, repeat), and every move of
 * an order told to them in their language.
 */
export const orderingFeature: CommerceFeature = {
  name: 'ordering',
  bot: {
    help: ['help-order', 'help-orders', 'help-profile'],
    orderCommands: ['order'],
    customers: ({ i18n, payload }) =>
      new Composer<BotContext>().use(
        // /start and /cancel come before the conversations so they work inside them; what enters
        // a conversation comes after it (grammY registers a conversation where it is installed).
        start,
        createConversation(registration(i18n, payload), 'registration'),
        createConversation(profileEdit(i18n, payload), 'profileEdit'),
        orderCommand,
        ordering,
        language,
        myOrders,
        profile,
      ),
  },
  renderers: orderingRenderers,
  announce: [
    {
      collection: 'orders',
      messages: ({ doc, previousDoc, operation }) => {
        const order = doc as Order
        const from = operation === 'create' ? null : (previousDoc?.status ?? null)
        if (from === order.status) return []
        const client = relationId(order.client)
        return [
          {
            topic: 'order.status_changed',
            body: {
              order: order.id,
              number: order.number,
              client,
              from,
              to: order.status,
              total: order.total,
              sequence: `client:${client}`,
            },
          },
        ]
      },
    },
  ],
}
