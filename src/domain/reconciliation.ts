/**
 * A reconciliation act (акт сверки) between the bakery and one client for a period: what the
 * client owed at its start, the orders delivered to them (debit), the money received from them
 * (credit) and given back (debit), and what they owe at its end. Positive balances are owed
 * by the client; negative ones are the client's advance.
 */
export interface ActEntry {
  /** Calendar day, YYYY-MM-DD. */
  day: string
  kind: 'order' | 'payment' | 'refund'
  /** Order number, or the payment's provider and reference. */
  document: string
  /** Tiyin, positive. */
  amount: number
}

export interface ActRow extends ActEntry {
  debit: number
  credit: number
  /** The balance after this row. */
  balance: number
}

export interface ReconciliationAct {
  opening: number
  rows: ActRow[]
  debit: number
  credit: number
  closing: number
}

const KIND_ORDER: Record<ActEntry['kind'], number> = { order: 0, refund: 1, payment: 2 }

/** The act from the balance at the period's start and the period's entries, in day order. */
export function reconciliationAct(
  opening: number,
  entries: readonly ActEntry[],
): ReconciliationAct {
  const sorted = [...entries].sort(
    (a, b) => a.day.localeCompare(b.day) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  )
  let balance = opening
  let debit = 0
  let credit = 0
  const rows = sorted.map((entry) => {
    const owed = entry.kind === 'payment' ? -entry.amount : entry.amount
    balance += owed
    if (owed >= 0) debit += owed
    else credit -= owed
    return { ...entry, debit: Math.max(owed, 0), credit: Math.max(-owed, 0), balance }
  })
  return { opening, rows, debit, credit, closing: balance }
}
