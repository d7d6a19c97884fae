import type { Payload } from 'payload'

import type { ClaimedRow } from './outboxRows'

import { isOrderStatus } from '../../../src/domain/orderWorkflow'
import { statusChangedText } from '../../../src/domain/statusNotification'

export type Rendered = { chatId: number; text: string; clientId?: number } | { skip: string }

/** Turns outbox rows into messages, reading the clients they go to in one query. */
export async function renderNotifications(payload: Payload, rows: ClaimedRow[]): Promise<Map<number, Rendered>> {
  const clientIds = [...new Set(rows.map((row) => Number(row.payload.client)).filter(Number.isSafeInteger))]
  const { docs } = await payload.find({
    collection: 'clients',
    where: { id: { in: clientIds } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { telegramId: true, language: true, telegramBlockedAt: true },
  })
  const clients = new Map(docs.map((client) => [client.id, client]))
  const staffChat = rows.some((row) => row.topic === 'staff.message')
    ? (await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })).adminChatId
    : null
  return new Map(
    rows.map((row): [number, Rendered] => {
      if (row.topic === 'staff.message') {
        const text = row.payload.text
        if (!staffChat) return [row.id, { skip: 'no staff chat in settings (adminChatId)' }]
        return [row.id, typeof text === 'string' ? { chatId: staffChat, text } : { skip: 'malformed row' }]
      }
      if (row.topic !== 'order.status_changed') return [row.id, { skip: `unknown topic ${row.topic}` }]
      const { client: clientId, number, to } = row.payload as { client?: number; number?: number; to?: string }
      const client = clients.get(Number(clientId))
      if (!client) return [row.id, { skip: 'the client no longer exists' }]
      if (!client.telegramId) return [row.id, { skip: 'the client has no Telegram chat' }]
      if (client.telegramBlockedAt) return [row.id, { skip: 'the client blocked the bot' }]
      if (!isOrderStatus(to) || typeof number !== 'number') return [row.id, { skip: 'malformed row' }]
      return [row.id, { chatId: client.telegramId, clientId: client.id, text: statusChangedText(client.language, number, to) }]
    }),
  )
}
