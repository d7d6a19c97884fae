import type { BotContext } from '@commerce/bot/context'
import { Composer } from 'grammy'
import type { TextField } from 'payload'

/**
 * A staff member's Telegram @username, so `/assign @username` finds them: the Bot API cannot
 * resolve a username, so it is learnt from their own messages (and may be typed in the admin).
 */
export const staffUsernameField: TextField = {
  name: 'telegramUsername',
  label: {
    ru: 'Имя пользователя в Telegram',
    uz: 'Telegram foydalanuvchi nomi',
    en: 'Telegram username',
  },
  type: 'text',
  index: true,
  admin: {
    placeholder: { ru: 'без @', uz: '@ belgisisiz', en: 'without @' },
    description: {
      ru: 'Для /assign @имя в боте; бот запоминает его сам, когда сотрудник ему пишет.',
      uz: "Botdagi /assign @nom uchun; xodim botga yozganda bot uni o'zi eslab qoladi.",
      en: 'For /assign @username in the bot; the bot learns it when the staff member writes to it.',
    },
  },
}

/** Remembers the username a staff member writes with, when it is new: one write per change. */
export const learnStaffUsername = new Composer<BotContext>()

learnStaffUsername.use(async (ctx, next) => {
  const username = ctx.from?.username
  const staff = ctx.staff
  if (staff && username && staff.telegramUsername !== username) {
    await ctx.payload.update({
      collection: 'users',
      id: staff.id,
      data: { telegramUsername: username },
      depth: 0,
      overrideAccess: true,
    })
    // Telegram lets a username pass to someone else: only its newest holder keeps it.
    await ctx.payload.update({
      collection: 'users',
      where: { telegramUsername: { equals: username }, id: { not_equals: staff.id } },
      data: { telegramUsername: null },
      depth: 0,
      overrideAccess: true,
    })
    ctx.staff = { ...staff, telegramUsername: username }
  }
  await next()
})
