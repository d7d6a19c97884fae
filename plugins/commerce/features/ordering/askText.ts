import type { BotContext } from '@commerce/bot/context'
import type { Translate } from '@commerce/bot/i18n'
import type { Conversation } from '@grammyjs/conversations'
import type { Context } from 'grammy'

/**
 * Waits for a text answer of at most `max` characters; a sticker, a photo, a command or an
 * over-long text is explained and the question asked again. With `contact`, a shared contact
 * counts as its phone number.
 */
export async function askText(
  conversation: Conversation<BotContext, Context>,
  t: Translate,
  question: string,
  max: number,
  { contact = false } = {},
): Promise<string> {
  for (;;) {
    const answer = await conversation.wait()
    const text =
      answer.message?.text?.trim() ?? (contact ? answer.message?.contact?.phone_number : undefined)
    if (!text || text.startsWith('/')) {
      await answer.reply(t('expected-text', { question }))
      continue
    }
    if (text.length > max) {
      await answer.reply(t('too-long', { max }))
      continue
    }
    return text
  }
}
