import type { Language } from '@/domain/languages'
import { staffChat, type TopicRenderer } from '../outbox/rendering'
import { DEAD_LETTERS_TOPIC, markAnnounced, unannouncedFailures } from './deadLetters'

const LISTED = 10

const HEADLINE: Record<Language, (n: number) => string> = {
  ru: (n) => `⚠️ Внешние системы: ${n} вызов(ов) не удались после всех попыток.`,
  uz: (n) => `⚠️ Tashqi tizimlar: ${n} ta chaqiruv barcha urinishlardan keyin ham bajarilmadi.`,
  en: (n) => `⚠️ Outside systems: ${n} call(s) failed after their last try.`,
}
const MORE: Record<Language, (n: number) => string> = {
  ru: (n) => `…и ещё ${n}.`,
  uz: (n) => `…va yana ${n} ta.`,
  en: (n) => `…and ${n} more.`,
}
const WHERE: Record<Language, string> = {
  ru: 'Повторить или закрыть: админка → Система → Сбои интеграций.',
  uz: 'Qayta yuborish yoki yopish: admin → Tizim → Integratsiya nosozliklari.',
  en: 'Retry or dismiss them in the admin: System → Integration failures.',
}

/** One message for every dead letter since the last: which system, which call, why. */
const deadLettersAlert: TopicRenderer = async (_row, context) => {
  const chat = await staffChat(context)
  if ('skip' in chat) return chat
  const { failures, total, lastId } = await unannouncedFailures(context.payload, LISTED)
  if (failures.length === 0) return { nothing: 'every failure was announced' }
  const language = chat.settings.staffLanguage ?? 'ru'
  const lines = failures.map(
    (failure) => `• ${failure.integration} · ${failure.call}: ${failure.error.slice(0, 160)}`,
  )
  if (total > failures.length) lines.push(MORE[language](total - failures.length))
  return {
    chatId: chat.chatId,
    text: [HEADLINE[language](total), ...lines, WHERE[language]].join('\n'),
    onSent: () => markAnnounced(context.payload, lastId),
  }
}

export const integrationRenderers: Record<string, TopicRenderer> = {
  [DEAD_LETTERS_TOPIC]: deadLettersAlert,
}
