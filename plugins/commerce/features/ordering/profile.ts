import type { BotContext } from '@commerce/bot/context'
import { translator } from '@commerce/bot/i18n'
import type { Conversation } from '@grammyjs/conversations'
import type { I18n } from '@grammyjs/i18n'
import type { Client } from '@payload-types'
import type { Context } from 'grammy'
import { Composer, InlineKeyboard } from 'grammy'
import type { Payload } from 'payload'
import { z } from 'zod'
import { isLanguage, type Language } from '@/domain/languages'
import {
  bankAccountSchema,
  innSchema,
  mfoSchema,
  uzPhoneSchema,
  vatCodeSchema,
} from '@/domain/validators'
import { askText } from './askText'
import { profileButtons } from './buttons'

/** What a client may change from the bot, each with the validator the admin uses. */
const EDITABLE: Record<string, { schema?: z.ZodType; invalid?: string }> = {
  name: {},
  contactName: {},
  phone: { schema: uzPhoneSchema, invalid: 'invalid-phone' },
  inn: { schema: innSchema, invalid: 'invalid-inn' },
  mfo: { schema: mfoSchema, invalid: 'invalid-mfo' },
  bankAccount: { schema: bankAccountSchema, invalid: 'invalid-bankAccount' },
  bankName: {},
  legalAddress: {},
  deliveryAddress: {},
  vatRegCode: { schema: vatCodeSchema, invalid: 'invalid-vatRegCode' },
}
const MAX_TEXT = 300

export const profile = new Composer<BotContext>()

profile.command('profile', async (ctx) => {
  if (!ctx.client) return ctx.reply(ctx.t('order-register-first'))
  const client = await ctx.payload.findByID({
    collection: 'clients',
    id: ctx.client.id,
    depth: 0,
    overrideAccess: true,
  })
  const lines = Object.keys(EDITABLE).map(
    (field) =>
      `${ctx.t(`field-${field}`)}: ${String(client[field as keyof Client] ?? '') || ctx.t('field-empty')}`,
  )
  const keyboard = InlineKeyboard.from(
    Object.keys(EDITABLE).map((field) => [
      profileButtons.button(ctx.t(`field-${field}`), { field }),
    ]),
  )
  await ctx.reply([ctx.t('profile-title'), ...lines, '', ctx.t('profile-edit-hint')].join('\n'), {
    reply_markup: keyboard,
  })
})

profile.callbackQuery(profileButtons.pattern, async (ctx) => {
  const field = ctx.match[1]
  if (!ctx.client || !(field in EDITABLE))
    return ctx.answerCallbackQuery({ text: ctx.t('unknown-button'), show_alert: true })
  await ctx.answerCallbackQuery()
  await ctx.conversation.exitAll()
  await ctx.conversation.enter(
    'profileEdit',
    ctx.client.id,
    isLanguage(ctx.client.language) ? ctx.client.language : 'ru',
    field,
  )
})

/** Asks for one detail until it is valid, then saves it through the same rules as the admin. */
export function profileEdit(i18n: I18n<BotContext>, payload: Payload) {
  return async function profileEdit(
    conversation: Conversation<BotContext, Context>,
    ctx: Context,
    clientId: number,
    language: Language,
    field: string,
  ) {
    const t = translator(i18n, language)
    const { schema, invalid } = EDITABLE[field]
    const question = t('profile-ask', { field: t(`field-${field}`) })
    await ctx.reply(question)
    for (;;) {
      const parsed = (schema ?? z.string()).safeParse(
        await askText(conversation, t, question, MAX_TEXT, { contact: true }),
      )
      if (!parsed.success) {
        await ctx.reply(t(invalid!))
        continue
      }
      await conversation.external(() =>
        payload.update({
          collection: 'clients',
          id: clientId,
          data: { [field]: parsed.data },
          overrideAccess: true,
          context: { actor: 'client' },
        }),
      )
      await ctx.reply(t('profile-saved', { field: t(`field-${field}`) }))
      return
    }
  }
}
