import type { BotContext } from '@commerce/bot/context'
import type { CommerceFeature } from '@commerce/feature'
import { Composer } from 'grammy'
import { learnStaffUsername, staffUsernameField } from './staffUsername'

/**
 * The admin panel inside Telegram: `/stats`, `/user` (a client's card with block, grant credits
 * and the topic's link), `/assign @staff` in a support topic and `/mine`. Roles decide who may
 * use each (`deskAllows`), and the collections' own access decides again on every write.
 */
export const deskFeature: CommerceFeature = {
  name: 'desk',
  extend: { users: { fields: [staffUsernameField] } },
  bot: {
    staff: new Composer<BotContext>(learnStaffUsername),
    staffOnlyCommands: ['stats', 'user', 'assign', 'mine'],
  },
}
