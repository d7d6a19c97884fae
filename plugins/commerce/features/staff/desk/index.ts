import type { BotContext } from '@commerce/bot/context'
import { Composer } from 'grammy'
import { learnStaffUsername } from './staffUsername'

export { staffUsernameField } from './staffUsername'

/**
 * The admin panel inside Telegram: `/stats`, `/user` (a client's card with block, grant credits
 * and the topic's link), `/assign @staff` in a support topic and `/mine`. Roles decide who may
 * use each (`deskAllows`), and the collections' own access decides again on every write.
 */
export const deskBot = new Composer<BotContext>(learnStaffUsername)

/** The panel's commands: anyone not on the staff is told they are not available. */
export const DESK_COMMANDS = ['stats', 'user', 'assign', 'mine']
