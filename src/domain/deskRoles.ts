/*
 * Who may do what in the admin panel inside Telegram (`/stats`, `/user`, `/assign`, `/mine`).
 * The collections enforce the same split on their own (clients, ledger entries and
 * conversations: created or changed by admins and managers only); the bot asks this first so
 * staff are told plainly, and tests/integration/telegramAdmin.test.ts holds the two together.
 */

/** What a staff member does with the panel. */
export const DESK_ACTIONS = [
  'stats',
  'viewClient',
  'mine',
  'block',
  'grantCredits',
  'assign',
] as const
export type DeskAction = (typeof DESK_ACTIONS)[number]

/** Looking changes nothing: every staff role may. */
const LOOKING: readonly DeskAction[] = ['stats', 'viewClient', 'mine']

/** Roles that run the business and so may change it. */
const CHANGING_ROLES = ['admin', 'manager']
/** Every staff role. */
const STAFF_ROLES = [...CHANGING_ROLES, 'accountant']

const holds = (roles: readonly string[] | null | undefined, of: readonly string[]) =>
  (roles ?? []).some((role) => of.includes(role))

/** Whether someone holding `roles` may take `action`: an accountant looks, never blocks, grants or assigns. */
export function deskAllows(
  roles: readonly string[] | null | undefined,
  action: DeskAction,
): boolean {
  if (holds(roles, CHANGING_ROLES)) return true
  return holds(roles, STAFF_ROLES) && LOOKING.includes(action)
}

/** Whether a conversation may be given to someone holding `roles`: anyone on the staff. */
export const mayBeAssigned = (roles: readonly string[] | null | undefined): boolean =>
  holds(roles, STAFF_ROLES)
