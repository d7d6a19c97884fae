/** One message of a support conversation as the response figures read it. */
export interface SupportMessageFact {
  direction: 'in' | 'out' | 'note'
  /** Milliseconds since the epoch. */
  at: number
}

/** A client waiting for staff: from their first unanswered message to staff's next answer. */
export interface ResponseWait {
  askedAt: number
  /** Null while nobody has answered. */
  answeredAt: number | null
}

/**
 * The waits in one conversation, its messages in the order they were written. A wait starts at a
 * client's message when the message before it (internal notes aside, which nobody reads but
 * staff) was an answer, or when there was none; more messages from the client extend the same
 * wait; staff's next answer ends it. Several answers in a row end one wait only.
 */
export function responseWaits(messages: readonly SupportMessageFact[]): ResponseWait[] {
  const waits: ResponseWait[] = []
  let open: ResponseWait | null = null
  for (const message of messages) {
    if (message.direction === 'in' && !open) {
      open = { askedAt: message.at, answeredAt: null }
      waits.push(open)
    } else if (message.direction === 'out' && open) {
      open.answeredAt = message.at
      open = null
    }
  }
  return waits
}

/** The middle value, or the mean of the two middle ones; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * The median time to a first answer over the waits that began from `from` (included) to `to`
 * (not), answered ones only: a wait still open has no time yet.
 */
export function medianFirstResponse(
  waits: readonly ResponseWait[],
  from: number,
  to: number,
): number | null {
  return median(
    waits
      .filter((wait) => wait.askedAt >= from && wait.askedAt < to && wait.answeredAt !== null)
      .map((wait) => (wait.answeredAt as number) - wait.askedAt),
  )
}
