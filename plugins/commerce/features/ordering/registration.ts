import type { BotContext } from '@commerce/bot/context'
import { type Translate, textsIn, translator } from '@commerce/bot/i18n'
import { enqueue } from '@commerce/outbox/enqueue'
import type { Conversation } from '@grammyjs/conversations'
import type { I18n } from '@grammyjs/i18n'
import type { Context } from 'grammy'
import { Keyboard } from 'grammy'
import type { Payload } from 'payload'
import type { Language } from '@/domain/languages'
import { uzPhoneSchema } from '@/domain/validators'
import { askText } from './askText'

const MAX_TEXT = 100

type Registration = Conversation<BotContext, Context>

/**
 * Contact name → organisation → phone, each checked at once; a wrong answer is explained and
 * asked again, nothing entered before is lost. The state lives in PostgreSQL (bot-sessions),
 * so a restart in the middle resumes where the client was.
 */
export function registration(i18n: I18n<BotContext>, payload: Payload) {
  return async function registration(conversation: Registration, ctx: Context, language: Language) {
    const t = translator(i18n, language)
    const settings = await conversation.external(() =>
      payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true }),
    )

    const askName = t('ask-contact-name', { shop: settings.sellerName || 'Tandir' })
    await ctx.reply(askName, { reply_markup: { remove_keyboard: true } })
    const contactName = await askText(conversation, t, askName, MAX_TEXT)
    await ctx.reply(t('ask-organisation'))
    const organisation = await askText(conversation, t, t('ask-organisation'), MAX_TEXT)
    const phoneKeyboard = new Keyboard().requestContact(t('share-phone')).resized().oneTime()
    await ctx.reply(t('ask-phone'), { reply_markup: phoneKeyboard })
    const phone = await askPhone(conversation, t)

    const from = ctx.from!
    const status = settings.newClientStatus === 'pending' ? 'pending' : 'active'
    await conversation.external(async () => {
      const existing = await payload.count({
        collection: 'clients',
        where: { telegramId: { equals: from.id } },
        overrideAccess: true,
      })
      if (existing.totalDocs > 0) return
      await payload.create({
        collection: 'clients',
        data: {
          name: organisation,
          contactName,
          phone,
          kind: 'business',
          telegramId: from.id,
          telegramUsername: from.username ?? null,
          language,
          status,
        },
        overrideAccess: true,
        context: { actor: 'client' },
      })
      if (status === 'pending') {
        await enqueue(payload, 'staff.message', {
          text: textsIn(settings.staffLanguage)('staff-client-waiting', {
            organisation,
            name: contactName,
            phone,
          }),
        })
      }
    })
    await ctx.reply(
      t(status === 'pending' ? 'registered-pending' : 'registered-active', { name: contactName }),
      {
        reply_markup: { remove_keyboard: true },
      },
    )
  }
}

async function askPhone(conversation: Registration, t: Translate): Promise<string> {
  for (;;) {
    const answer = await conversation.wait()
    const typed = answer.message?.contact?.phone_number ?? answer.message?.text
    const phone = uzPhoneSchema.safeParse(typed ?? '')
    if (phone.success) return phone.data
    await answer.reply(t('invalid-phone'))
  }
}
