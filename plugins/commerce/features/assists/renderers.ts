import { type Translate, textsIn } from '@commerce/bot/i18n'
import { type RenderContext, staffChat, type TopicRenderer } from '@commerce/outbox/rendering'
import { sql } from '@payloadcms/db-postgres'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { type AssistSetup, assistSetupOf } from './assistSetup'
import { suggestReplies } from './suggestReplies'
import { triageMessage } from './triageQueue'

interface AssistRow {
  conversation?: number
  message?: number
  category?: string
  urgency?: string
  mood?: string
  provider?: string
  thread?: number
  /** The drafts, for `assist.drafts`. */
  text?: string
}

/** A category's name in the staff's language: the settings' label, the standard six's, or the key. */
export function categoryLabel(setup: AssistSetup, key: string, t: Translate): string {
  const configured = setup.categories.find((category) => category.key === key)?.labels
  if (configured) return configured[setup.staffLanguage]
  const standard = t(`assist-category-${key}`)
  return standard.startsWith('assist-category-') ? key : standard
}

const providerLabel = (provider: string, t: Translate) =>
  provider === 'rules' ? t('assist-provider-rules') : provider

async function topicOf(context: RenderContext, conversation: unknown) {
  const { rows } = await sqlDatabase(context.payload).execute<{
    topicId: number | null
    name: string
    clientId: number
    preview: string | null
  }>(sql`
    select v.topic_id::float8 as "topicId", c.name, c.id as "clientId", v.last_message_preview as preview
      from conversations v join clients c on c.id = v.client_id where v.id = ${Number(conversation)}`)
  return rows[0] ?? null
}

/** The texts of a triage, in the staff's language. */
async function triageTexts(context: RenderContext, data: AssistRow) {
  const settings = await context.settings()
  const setup = assistSetupOf(settings)
  const t = textsIn(setup.staffLanguage)
  return {
    settings,
    t,
    texts: {
      category: categoryLabel(setup, String(data.category), t),
      urgency: t(`assist-urgency-${data.urgency}`),
      mood: t(`assist-mood-${data.mood}`),
      provider: providerLabel(String(data.provider), t),
    },
  }
}

/** The triage as a call beside the Telegram sends: a slow model never holds up a message. */
const triage: TopicRenderer = async (row, context) => {
  const message = Number((row.payload as AssistRow).message)
  if (!Number.isSafeInteger(message)) return { skip: 'malformed row' }
  // The round's settings, read once for all its rows.
  const setup = assistSetupOf(await context.settings())
  if (!setup.enabled) return { nothing: 'assists are off' }
  return {
    call: {
      integration: 'assist',
      name: `triage support message ${message}`,
      perform: async () => {
        await triageMessage(context.payload, message, setup)
      },
    },
  }
}

/** A short line in the client's topic, after their message: what the conversation is now about. */
const line: TopicRenderer = async (row, context) => {
  const data = row.payload as AssistRow
  const found = await topicOf(context, data.conversation)
  const settings = await context.settings()
  if (!settings.supportGroupId) return { nothing: 'no support group in settings (supportGroupId)' }
  if (!found?.topicId) return { nothing: 'the client has no support topic' }
  const { t, texts } = await triageTexts(context, data)
  return { chatId: settings.supportGroupId, threadId: found.topicId, text: t('assist-line', texts) }
}

/** `https://t.me/c/…` for a topic of a supergroup (its id without the -100). */
const topicLink = (group: number, topic: number) =>
  `https://t.me/c/${String(group).replace(/^-100/, '')}/${topic}`

/** The staff chat is told once that a conversation turned urgent or unhappy. */
const alert: TopicRenderer = async (row, context) => {
  const chat = await staffChat(context)
  if ('skip' in chat) return { nothing: chat.skip }
  const data = row.payload as AssistRow
  const found = await topicOf(context, data.conversation)
  if (!found) return { nothing: 'the conversation no longer exists' }
  const { t, settings, texts } = await triageTexts(context, data)
  const lines = [
    t('assist-alert', {
      ...texts,
      client: `${found.name} (#${found.clientId})`,
      preview: (found.preview ?? '').slice(0, 120),
    }),
  ]
  if (found.topicId && settings.supportGroupId)
    lines.push(t('assist-alert-topic', { link: topicLink(settings.supportGroupId, found.topicId) }))
  return { chatId: chat.chatId, text: lines.join('\n') }
}

/** `/suggest` asked in a topic: the drafts are made beside the Telegram sends, like a triage. */
const suggest: TopicRenderer = (row, context) => {
  const data = row.payload as AssistRow
  const conversation = Number(data.conversation)
  const thread = Number(data.thread)
  if (!Number.isSafeInteger(conversation) || !Number.isSafeInteger(thread))
    return { skip: 'malformed row' }
  return {
    call: {
      integration: 'assist',
      name: `suggest replies in conversation ${conversation}`,
      perform: () => suggestReplies(context.payload, conversation, thread),
    },
  }
}

/**
 * The drafts, into the topic only: a person copies one and sends it themselves. The topic is the
 * conversation's own now, not the one asked from: the group may have changed while the model wrote.
 */
const drafts: TopicRenderer = async (row, context) => {
  const data = row.payload as AssistRow
  const settings = await context.settings()
  if (!settings.supportGroupId) return { nothing: 'no support group in settings (supportGroupId)' }
  const found = await topicOf(context, data.conversation)
  if (found?.topicId !== Number(data.thread)) return { nothing: 'the topic asked from is gone' }
  return { chatId: settings.supportGroupId, threadId: found.topicId, text: data.text ?? '' }
}

export const assistRenderers: Record<string, TopicRenderer> = {
  'assist.triage': triage,
  'assist.line': line,
  'assist.alert': alert,
  'assist.suggest': suggest,
  'assist.drafts': drafts,
}
