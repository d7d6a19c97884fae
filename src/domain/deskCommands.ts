import { isCalendarDate } from './calendarDate'

/*
 * What staff type to the admin panel inside Telegram, read without any framework: the bot's
 * handlers are thin adapters around these.
 */

/** `/stats [YYYY-MM-DD]` → the day the figures are as of; null when the argument is unreadable. */
export function parseStatsDay(arg: string, today: string): string | null {
  const text = arg.trim().toLowerCase()
  if (text === '' || text === 'today') return today
  return isCalendarDate(text) ? text : null
}

/** Whom `/assign` gives a conversation to: a `@username`, or the one who writes (`me`). */
export type StaffReference = { username: string } | { me: true }

export function parseStaffReference(arg: string): StaffReference | null {
  const text = arg.trim()
  if (/^(me|я|men)$/i.test(text)) return { me: true }
  // Telegram usernames: 5 to 32 letters, digits and underscores (bots' and old ones may be shorter).
  if (/^@\w{3,32}$/.test(text)) return { username: text.slice(1) }
  return null
}

/** The most credits one press or reply grants: a typo of a few zeros is refused, not given. */
export const MAX_DESK_GRANT = 100_000

/** The amounts offered as buttons under a client's card. */
export const GRANT_CHOICES = [10, 50, 100] as const

/**
 * A reply naming how many credits to grant: "50", "+50", or "50 sorry for the wait" (the rest is
 * the reason). A whole number from 1 to `MAX_DESK_GRANT`; null for anything else.
 */
export function parseGrantReply(text: string): { amount: number; reason: string | null } | null {
  const match = /^\s*\+?(\d{1,7})(?:\s+([\s\S]*))?$/.exec(text)
  if (!match) return null
  const amount = Number(match[1])
  if (amount < 1 || amount > MAX_DESK_GRANT) return null
  const reason = match[2]?.trim().slice(0, 200) || null
  return { amount, reason }
}

/**
 * The link that opens a forum topic for the group's members: `t.me/c/<id>/<topic>`, the id being
 * the supergroup's without its `-100`. Null when the group is not a supergroup or there is no topic.
 */
export function topicLink(
  groupId: number | null | undefined,
  topicId: number | null | undefined,
): string | null {
  if (!groupId || !topicId) return null
  const digits = String(groupId)
  if (!digits.startsWith('-100') || digits.length <= 4) return null
  return `https://t.me/c/${digits.slice(4)}/${topicId}`
}

/** A wait in whole units a person reads at a glance: seconds under a minute, minutes under an hour. */
export type RoundedDuration =
  | { unit: 'seconds'; seconds: number }
  | { unit: 'minutes'; minutes: number }
  | { unit: 'hours'; hours: number; minutes: number }

export function roundedDuration(ms: number): RoundedDuration {
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds < 60) return { unit: 'seconds', seconds }
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return { unit: 'minutes', minutes }
  return { unit: 'hours', hours: Math.floor(minutes / 60), minutes: minutes % 60 }
}
