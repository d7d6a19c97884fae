import type { BotContext, StaffUser } from '@commerce/bot/context'
import { languageFromTelegram, type Translate, textsIn } from '@commerce/bot/i18n'
import { hasRole } from '@/shared/access/roles'

/** Staff read the bot in their Telegram app's language; they keep no language of their own. */
export const staffTexts = (ctx: BotContext): Translate =>
  textsIn(languageFromTelegram(ctx.from?.language_code))

/** Admins and managers run the business; an accountant may look but not change. */
export const mayChange = (staff: StaffUser | null): staff is StaffUser =>
  hasRole(staff, 'admin', 'manager')
