import type { OutboxAnnouncer } from '@commerce/outbox/announce'
import { enqueueAll, type OutboxMessage } from '@commerce/outbox/enqueue'
import type { SupportMessage } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { priorityOf } from '@/domain/assist/priority'
import { isLanguage } from '@/domain/languages'
import { inTransaction } from '@/shared/db/inTransaction'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { relationId } from '@/shared/relationId'
import { answerTriage } from './answers'
import { type AssistSetup, assistSetup } from './assistSetup'

/**
 * The triage starts a moment after the message is stored: by then the dispatcher has taken the
 * copy for staff, so the two never share a round, nor the server's attention at that instant.
 */
const TRIAGE_AFTER_MS = 1000

/** Whether a stored client message has words to read (a sticker's `[sticker]` has none). */
const hasWords = (message: Pick<SupportMessage, 'kind' | 'text'>) =>
  Boolean(message.text?.trim()) && message.text !== `[${message.kind}]`

/**
 * A client's message stored for the support group asks for its triage in the same transaction:
 * a row the dispatcher runs after commit beside the Telegram sends, so the copy to staff never
 * waits for it. One conversation's triages go in order, the latest deciding its state.
 */
export const triageAnnouncer: OutboxAnnouncer<SupportMessage> = {
  collection: 'support-messages',
  messages: ({ doc, operation }) => {
    if (operation !== 'create' || doc.direction !== 'in' || !hasWords(doc)) return []
    const conversation = relationId(doc.conversation)
    return [
      {
        topic: 'assist.triage',
        body: { message: doc.id, conversation, sequence: `assist:${conversation}` },
        availableAt: new Date(Date.now() + TRIAGE_AFTER_MS),
      },
    ]
  },
}

interface Stored {
  text: string
  done: boolean
  conversation: number
  client: number
  language: string | null
}

/**
 * Triages one client message: the model (or the rules) answers, and the message, its
 * conversation's latest triage and priority are written with what staff are shown, in one
 * transaction. The topic gets a line when the conversation's triage changed; the staff chat is
 * told once when a conversation turns urgent or unhappy. Done again after a crash, it changes nothing.
 */
export async function triageMessage(
  payload: Payload,
  messageId: number,
  given?: AssistSetup,
): Promise<string> {
  const { rows } = await sqlDatabase(payload).execute<Stored>(sql`
    select m.text, m.triage_provider is not null as done, v.id as conversation, c.id as client, c.language
      from support_messages m join conversations v on v.id = m.conversation_id join clients c on c.id = v.client_id
     where m.id = ${messageId}`)
  const stored = rows[0]
  if (!stored) return 'the message no longer exists'
  if (stored.done) return 'already triaged'
  const setup = given ?? (await assistSetup(payload))
  if (!setup.enabled) return 'assists are off'
  const language = isLanguage(stored.language) ? stored.language : undefined
  const { value, provider, note } = await answerTriage(payload, setup, stored.text, language)
  const priority = priorityOf(value)
  const req = await createLocalReq({}, payload)
  await inTransaction(req, async () => {
    const db = await transactionDatabase(req)
    await db.execute(sql`
      update support_messages
         set triage_category = ${value.category}, triage_urgency = ${value.urgency}, triage_mood = ${value.mood},
             triage_provider = ${provider}, triage_note = ${note ?? null}
       where id = ${messageId}`)
    // The conversation's previous state, read under the row's lock, decides the line and the alert.
    const { rows: before } = await db.execute<{
      category: string | null
      urgency: string | null
      mood: string | null
      announced: boolean
    }>(sql`
      select triage_category as category, triage_urgency as urgency, triage_mood as mood,
             priority_announced_at is not null as announced
        from conversations where id = ${stored.conversation} for update`)
    const previous = before[0]
    const announce = priority === 1 && !previous?.announced
    await db.execute(sql`
      update conversations
         set triage_category = ${value.category}, triage_urgency = ${value.urgency}, triage_mood = ${value.mood},
             triage_provider = ${provider}, priority = ${priority},
             priority_announced_at = case when ${priority} = 0 then null
                                          when ${announce} then now() else priority_announced_at end
       where id = ${stored.conversation}`)
    const changed =
      previous?.category !== value.category ||
      previous?.urgency !== value.urgency ||
      previous?.mood !== value.mood
    const messages: OutboxMessage[] = []
    const body = {
      conversation: stored.conversation,
      client: stored.client,
      message: messageId,
      category: value.category,
      urgency: value.urgency,
      mood: value.mood,
      provider,
    }
    // After the client's copies in their topic: the same sequence as the support feature's.
    if (changed)
      messages.push({
        topic: 'assist.line',
        body: { ...body, sequence: `support:${stored.client}` },
      })
    if (announce) messages.push({ topic: 'assist.alert', body })
    await enqueueAll(payload, messages, req)
  })
  return `${value.category}/${value.urgency}/${value.mood} by ${provider}${note ? ` (${note})` : ''}`
}
