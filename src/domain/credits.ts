/**
 * Credits: what a client's support messages cost, how long a pass lasts, when to warn, and how
 * much a refund may take back. Balances are whole credits and never go below zero.
 */

/** What each kind of support message costs, in credits, as the settings say. */
export interface MessageCosts {
  text: number
  photo: number
  voice: number
  /** Everything else: documents, videos, stickers, locations. */
  other: number
}

export type CostedKind = keyof MessageCosts

/** The price group of a stored message kind (`describeMessage` in the support inbox). */
export function costedKind(kind: string): CostedKind {
  if (kind === 'text' || kind === 'photo') return kind
  if (kind === 'voice' || kind === 'audio' || kind === 'video_note') return 'voice'
  return 'other'
}

export function messageCost(kind: string, costs: MessageCosts): number {
  return Math.max(0, Math.trunc(costs[costedKind(kind)]))
}

/**
 * The balance after an entry of `amount` (negative takes), or null when it would go below zero:
 * such an entry is refused, never clipped. `fitsBalance` in `src/shared/db/ruleFragments.ts`
 * restates it in SQL for the conditional update that spends.
 */
export function balanceAfter(balance: number, amount: number): number | null {
  const after = balance + amount
  return after >= 0 ? after : null
}

/** The most one ledger entry moves: a million credits either way. */
export const MAX_ENTRY_CREDITS = 1_000_000

/**
 * Whether an entry's amount can be written: whole credits, within a million either way; a
 * person's grant or take moves something (the system writes zero-credit entries for passes).
 */
export function entryAmountValid(amount: number, byPerson: boolean): boolean {
  return (
    Number.isSafeInteger(amount) &&
    Math.abs(amount) <= MAX_ENTRY_CREDITS &&
    !(byPerson && amount === 0)
  )
}

/** A person's entry is a grant when it gives and a take when it takes. */
export function staffEntryKind(amount: number): 'grant' | 'take' {
  return amount > 0 ? 'grant' : 'take'
}

/** Whether a pass valid until `until` still covers `now`. */
export function passActive(until: Date | string | null | undefined, now: Date): boolean {
  return !!until && new Date(until).getTime() > now.getTime()
}

/** A new pass of `hours` starts when the current one ends, or now when none is running. */
export function passExtended(
  until: Date | string | null | undefined,
  hours: number,
  now: Date,
): Date {
  const start = passActive(until, now) ? new Date(until as string).getTime() : now.getTime()
  return new Date(start + hours * 3_600_000)
}

/** How long before a pass ends its holder is warned. */
export const PASS_WARNING_MS = 3_600_000

/** Whether a pass ending at `until` is due its warning (once per pass end: `warnedFor`). */
export function passWarningDue(
  until: Date | string | null | undefined,
  warnedFor: Date | string | null | undefined,
  now: Date,
): boolean {
  if (!passActive(until, now)) return false
  const end = new Date(until as string).getTime()
  if (warnedFor && new Date(warnedFor).getTime() === end) return false
  return end - now.getTime() <= PASS_WARNING_MS
}

/**
 * Whether an entry took the balance from at or above the threshold to below it: the one moment
 * the client is warned (not on every message after), and auto-recharge buys.
 */
export function crossedLowBalance(before: number, after: number, threshold: number): boolean {
  return threshold > 0 && before >= threshold && after < threshold
}

/** The credits a package gives: its own and its bonus. */
export function packageCredits(offer: { credits: number; bonus?: number | null }): number {
  return offer.credits + (offer.bonus ?? 0)
}

export type RefundCheck = { ok: true; takeBack: number } | { ok: false; balance: number }

/**
 * A refund takes back every credit its purchase gave, and only when the balance still holds
 * them: credits already spent on messages were a service delivered, and a balance never goes
 * below zero. Otherwise it is refused, with the balance to say why.
 */
export function refundCheck(given: number, balance: number): RefundCheck {
  return balanceAfter(balance, -given) === null
    ? { ok: false, balance }
    : { ok: true, takeBack: given }
}

/** A balance as a bar of ten cells against the largest package (or the balance itself when larger). */
export function progressBar(balance: number, full: number, cells = 10): string {
  const scale = Math.max(full, balance, 1)
  const filled = Math.round((Math.max(balance, 0) / scale) * cells)
  return '▰'.repeat(filled) + '▱'.repeat(cells - filled)
}

/** Hours left of a pass, rounded up, for the balance screen. */
export function passHoursLeft(until: Date | string, now: Date): number {
  return Math.max(0, Math.ceil((new Date(until).getTime() - now.getTime()) / 3_600_000))
}

/** A staff grant or take: `/credits +20 a gift`, `/credits -5 wrong charge`. */
export function parseCreditsCommand(
  text: string,
): { amount: number; reason: string } | { error: 'format' | 'reason' } {
  const match = /^\s*([+-]\d{1,6})(?:\s+(.*))?$/s.exec(text)
  if (!match || Number(match[1]) === 0) return { error: 'format' }
  const reason = match[2]?.trim() ?? ''
  if (!reason) return { error: 'reason' }
  return { amount: Number(match[1]), reason: reason.slice(0, 200) }
}

/** Declined auto-recharges in a row after which auto-recharge turns itself off. */
export const AUTO_RECHARGE_MAX_FAILURES = 3

/** How long a declined auto-recharge waits before the card is tried again. */
export const AUTO_RECHARGE_RETRY_MS = 60 * 60_000

/** How long an auto-recharge waiting for the client to confirm it holds off the next try. */
export const AUTO_RECHARGE_CONFIRM_MS = 24 * 60 * 60_000

/** Where auto-recharge stands after a declined charge: one more failure, off at the limit. */
export function afterDeclinedRecharge(failures: number): { failures: number; turnedOff: boolean } {
  const next = Math.max(0, Math.trunc(failures)) + 1
  return { failures: next, turnedOff: next >= AUTO_RECHARGE_MAX_FAILURES }
}

/** How an off-session card charge ended, from the card error's type and code (Stripe's words). */
export type OffSessionOutcome = 'authentication_required' | 'declined' | 'unavailable'

/**
 * A card error that needs the cardholder (3-D Secure) is `authentication_required`; any other
 * card error is a decline (counted); anything else (the provider down, a timeout) is tried again
 * later without counting against the client.
 */
export function offSessionOutcome(error: {
  type?: string | null
  code?: string | null
}): OffSessionOutcome {
  if (error.type !== 'card_error' && error.type !== 'StripeCardError') return 'unavailable'
  return error.code === 'authentication_required' ? 'authentication_required' : 'declined'
}

/**
 * A refunded pass gives back its hours: the end moves back by them, never before now (the hours
 * already used were used). Null when no pass is running: there is nothing left to take.
 */
export function passShortened(
  until: Date | string | null | undefined,
  hours: number,
  now: Date,
): Date | null {
  if (!passActive(until, now)) return null
  const end = new Date(until as string).getTime() - hours * 3_600_000
  return new Date(Math.max(end, now.getTime()))
}

/** The offer a card purchase was made on, as its checkout carried it to Stripe and back. */
export interface CardOffer {
  credits: number
  /** In minor units, what the checkout asked. */
  price: number
  currency?: string | null
}

export type CardPaymentCheck = { ok: true; credits: number } | { ok: false; reason: string }

/**
 * A card purchase gives the credits of the offer the client paid on (a page opened before the
 * package changed still gives what it showed), and only when what was paid is that offer's price
 * in its currency: other money gives nothing and is left to the staff.
 */
export function cardPaymentCredits(
  offer: CardOffer,
  paid: { amount: number; currency: string },
): CardPaymentCheck {
  const whole = (value: number) => Number.isSafeInteger(value) && value > 0
  if (!whole(offer.credits) || !whole(offer.price))
    return { ok: false, reason: 'no credits or price to check the payment against' }
  const [asked, got] = [offer.currency?.toUpperCase(), paid.currency.toUpperCase()]
  if (asked && asked !== got)
    return { ok: false, reason: `paid in ${got}, the price is in ${asked}` }
  if (paid.amount !== offer.price)
    return { ok: false, reason: `paid ${paid.amount}, the price is ${offer.price} (${got})` }
  return { ok: true, credits: offer.credits }
}
