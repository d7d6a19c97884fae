import type { BotContext } from '@commerce/bot/context'
import { type DeskAction, deskAllows } from '@/domain/deskRoles'

/** Whether the staff member writing may take `action` in the panel (the rule in src/domain). */
export const staffMay = (ctx: BotContext, action: DeskAction): boolean =>
  deskAllows(ctx.staff?.roles, action)
