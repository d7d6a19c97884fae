import { sql } from '@payloadcms/db-postgres'
import type { Payload, RequestContext } from 'payload'

import { sqlDatabase } from '@/shared/db/sqlDatabase'

const context: RequestContext = { actor: 'system' }
const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** A demo conversation: its messages as [direction, minutes after it opened, text]. */
const DEMO_CONVERSATIONS: {
  daysAgo: number
  open: boolean
  messages: ['in' | 'out' | 'note', number, string][]
}[] = [
  {
    daysAgo: 12,
    open: false,
    messages: [
      ['in', 0, 'Can you bring the bread by 7 tomorrow?'],
      ['out', 14, 'Yes, the van leaves at 6:30.'],
      ['in', 20, 'Thank you!'],
      ['out', 21, 'You are welcome.'],
    ],
  },
  {
    daysAgo: 4,
    open: false,
    messages: [
      ['in', 0, 'Two loaves were missing from this morning’s delivery.'],
      ['note', 5, 'Check with the driver'],
      ['out', 38, 'Sorry about that, we will bring them with the next order.'],
    ],
  },
  {
    daysAgo: 1,
    open: true,
    messages: [
      ['in', 0, 'Can we get samsa with pumpkin on Friday?'],
      ['out', 9, 'Of course, how many?'],
      ['in', 25, 'Forty, please.'],
    ],
  },
]

/**
 * A few support conversations with the demo clients, so the dashboard's support figures (open
 * conversations, the median first answer) show something on the first run. Their messages are
 * written as history, dated days ago; nothing is sent anywhere.
 */
export async function seedDemoSupport(payload: Payload, clientIds: number[], now = Date.now()) {
  const db = sqlDatabase(payload)
  for (const [index, demo] of DEMO_CONVERSATIONS.entries()) {
    const opened = now - demo.daysAgo * DAY
    const last = demo.messages.at(-1)!
    const conversation = await payload.create({
      collection: 'conversations',
      context,
      data: {
        client: clientIds[index % clientIds.length],
        chatId: -(1000 + index),
        status: demo.open ? 'open' : 'closed',
        unreadCount: demo.open && last[0] === 'in' ? 1 : 0,
        lastMessageAt: new Date(opened + last[1] * MINUTE).toISOString(),
        lastMessagePreview: last[2],
      },
    })
    for (const [direction, minutes, text] of demo.messages) {
      const at = new Date(opened + minutes * MINUTE).toISOString()
      await db.execute(sql`
        insert into support_messages (conversation_id, direction, kind, text, created_at, updated_at)
        values (${conversation.id}, ${direction}, 'text', ${text}, ${at}::timestamptz, ${at}::timestamptz)`)
    }
  }
}
