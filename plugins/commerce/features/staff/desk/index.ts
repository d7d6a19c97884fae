import type { BotContext } from '@commerce/bot/context'
import { Composer } from 'grammy'
import { assignCommands } from './assignCommands'
import { clientActions } from './clientActions'
import { statsCommand } from './statsCommand'
import { userCommand } from './userCommand'

export { learnStaffUsername, staffUsernameField } from './staffUsername'

/**
 * The admin panel inside Telegram: `/stats`, `/user` (a client's card with block, grant credits
 * and the topic's link), `/assign @staff` in a support topic and `/mine`. Roles decide who may
 * use each (`deskAllows`), and the collections' own access decides again on every write.
 */
export const deskBot = new Composer<BotContext>(
  statsCommand,
  userCommand,
  clientActions,
  assignCommands,
)

/** The panel's commands: anyone not on the staff is told they are not available. */
export const DESK_COMMANDS = ['stats', 'user', 'assign', 'mine']
