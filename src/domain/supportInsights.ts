/**
 * The support desk's conversation insights: how fast staff first answer a client and how long
 * until they have dealt with what the client asked, overall and per staff member.
 *
 * A case is one wait of `responseWaits` (src/domain/supportResponse.ts) with what follows it: it
 * starts at a client's message after an answer (or the conversation's first), takes the client's
 * further messages and staff's answers, and ends where the client writes again after being
 * answered (the next case). Internal notes do not count. Its first response is staff's first
 * answer in it, its resolution staff's last: the answer after which the client had nothing more
 * to ask. The first response is credited to who gave the first answer, the resolution to who gave
 * the last.
 */
export interface CaseMessage {
  direction: 'in' | 'out' | 'note'
  /** Milliseconds since the epoch. */
  at: number
  /** The staff account that answered; null for a client's message or an anonymous admin. */
  author: number | null
}

export interface SupportCase {
  askedAt: number
  /** Staff's first answer in the case; null while unanswered. */
  answeredAt: number | null
  firstAuthor: number | null
  /** Staff's last answer in the case; null while unanswered. */
  resolvedAt: number | null
  lastAuthor: number | null
}

/** The cases of one conversation, its messages in the order they were written. */
export function supportCases(messages: readonly CaseMessage[]): SupportCase[] {
  const cases: SupportCase[] = []
  let current: SupportCase | null = null
  for (const message of messages) {
    if (message.direction === 'note') continue
    if (message.direction === 'in') {
      // A client's message after an answer (or the first) opens a case; others extend it.
      if (!current || current.answeredAt !== null) {
        current = {
          askedAt: message.at,
          answeredAt: null,
          firstAuthor: null,
          resolvedAt: null,
          lastAuthor: null,
        }
        cases.push(current)
      }
    } else if (current) {
      if (current.answeredAt === null) {
        current.answeredAt = message.at
        current.firstAuthor = message.author
      }
      current.resolvedAt = message.at
      current.lastAuthor = message.author
    }
  }
  return cases
}

/**
 * The value below which a share `p` (0 to 1) of `values` lies, interpolated between the two
 * nearest ranks as PostgreSQL's `percentile_cont` does; null for none.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = p * (sorted.length - 1)
  const below = Math.floor(rank)
  const above = Math.ceil(rank)
  return sorted[below] + (sorted[above] - sorted[below]) * (rank - below)
}

/** A duration's median and 90th percentile in whole milliseconds, over how many cases. */
export interface Spread {
  count: number
  median: number | null
  p90: number | null
}

/** In whole milliseconds: finer is noise. */
export function spreadOf(durations: readonly number[]): Spread {
  const whole = (value: number | null) => (value === null ? null : Math.round(value))
  return {
    count: durations.length,
    median: whole(percentile(durations, 0.5)),
    p90: whole(percentile(durations, 0.9)),
  }
}

/** The categories chart counts by day up to this many days, by week (from Monday) beyond. */
export const DAILY_CATEGORIES_UP_TO = 62

export const categoryBucket = (days: number): 'day' | 'week' =>
  days <= DAILY_CATEGORIES_UP_TO ? 'day' : 'week'
