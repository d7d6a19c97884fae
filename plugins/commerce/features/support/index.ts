import type { CommerceFeature } from '@commerce/feature'
import type { Order } from '@payload-types'
import { deleteDependents } from '@/shared/deletion'
import { relationId } from '@/shared/relationId'
import { clientMessages } from './clientMessages'
import { forgetTopicsOfFormerGroup } from './forgetTopicsOfFormerGroup'
import { supportRenderers } from './renderers'
import { signalRenderers } from './signals'
import { staffReplies } from './staffReplies'
import { supportHealth } from './supportHealth'
import { conversationMessagesField, supportMessagesCollection } from './supportMessagesCollection'

/**
 * The support inbox: whatever a client writes outside a flow goes to their own topic in the
 * support group, staff's answers there go back to them, edits follow, and the client's orders
 * and payments are told in the topic too.
 */
export const supportFeature: CommerceFeature = {
  name: 'support',
  collections: [supportMessagesCollection()],
  extend: {
    conversations: {
      fields: [conversationMessagesField],
      beforeDelete: [deleteDependents('support-messages', 'conversation')],
      beforeListTable: [
        '/plugins/commerce/features/support/ConversationFilters#ConversationFilters',
      ],
    },
  },
  extendGlobals: { settings: { afterChange: [forgetTopicsOfFormerGroup] } },
  bot: { everyone: staffReplies, customers: () => clientMessages },
  renderers: { ...supportRenderers, ...signalRenderers },
  announce: [
    {
      collection: 'orders',
      // After the client's messages, so staff read the whole story in one thread.
      messages: ({ doc, previousDoc, operation }) => {
        const order = doc as Order
        if (operation !== 'create' && previousDoc?.status === order.status) return []
        const client = relationId(order.client)
        return [
          {
            topic: 'support.story',
            body: {
              kind: 'status',
              client,
              order: order.id,
              number: order.number,
              to: order.status,
              total: order.total,
              sequence: `support:${client}`,
            },
          },
        ]
      },
    },
  ],
  health: () => supportHealth.problem(),
}
