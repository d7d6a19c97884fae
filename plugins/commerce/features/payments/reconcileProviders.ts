import { enqueue } from '@commerce/outbox/enqueue'
import { postgresRunCoordinator } from '@commerce/scheduler/runCoordinator'
import type { Payload } from 'payload'
import { calendarDateIn, timeOfDayIn } from '@/domain/calendarDate'
import {
  clickLedgerLine,
  type Difference,
  type LedgerLine,
  paymeLedgerLines,
  statementDifferences,
} from '@/domain/providerStatements'
import { relationId } from '@/shared/relationId'

const RECONCILE_AT = '03:00'

const all = async <T>(
  payload: Payload,
  collection: 'payme-transactions' | 'click-transactions' | 'transactions',
  where = {},
) =>
  (
    await payload.find({
      collection,
      where,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as T[]

/**
 * Payme's and Click's own records (their protocol tables) against our ledger: what each provider
 * says happened should be in the books as it said, and nothing in the books under their names
 * should be unknown to them. Stripe's side is read from Stripe itself (reconcilePayments.ts).
 * Differences go to the staff chat, one message for the night.
 */
export async function reconcileProviderStatements(
  payload: Payload,
): Promise<{ checked: number; differences: Difference[] }> {
  const payme = await all<{ paymeId: string; order: unknown; amount: number; state: number }>(
    payload,
    'payme-transactions',
  )
  const click = await all<{ clickTransId: string; order: unknown; amount: number; state: string }>(
    payload,
    'click-transactions',
  )
  const expected: LedgerLine[] = [
    ...payme.flatMap((tx) => paymeLedgerLines({ ...tx, order: relationId(tx.order as number)! })),
    ...click.map((tx) => clickLedgerLine({ ...tx, order: relationId(tx.order as number)! })),
  ]
  const ledger = (
    await all<{
      provider: string
      externalId?: string | null
      kind: string
      order: unknown
      amount: number
      status?: string | null
    }>(payload, 'transactions', { provider: { in: ['payme', 'click'] } })
  ).map(
    (t): LedgerLine => ({
      provider: t.provider,
      externalId: t.externalId ?? '',
      kind: t.kind,
      order: relationId(t.order as number) ?? null,
      amount: t.amount,
      status: t.status ?? 'pending',
    }),
  )
  const differences = statementDifferences(expected, ledger)
  if (differences.length)
    await enqueue(payload, 'staff.payment_reconciliation', {
      count: differences.length,
      lines: differences
        .slice(0, 10)
        .map(
          (d) =>
            `${d.provider} ${d.externalId}${d.order ? ` (#order ${d.order})` : ''}: ${d.issue}${d.expected !== undefined ? ` expected ${d.expected}` : ''}${d.actual !== undefined ? ` found ${d.actual}` : ''}`,
        ),
    })
  return { checked: expected.length, differences }
}

/** Once a day after quiet hours begin, on one server (the run key decides which). */
export async function reconcileProvidersIfDue(payload: Payload, now = new Date()) {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const timeZone = settings.timezone || 'Asia/Tashkent'
  if (timeOfDayIn(now, timeZone) < RECONCILE_AT) return 'not-due'
  const key = `providers-reconcile:${calendarDateIn(now, timeZone)}`
  const coordinator = postgresRunCoordinator(payload)
  if (!(await coordinator.shouldRun(key, 30 * 60_000))) return 'already-done'
  const { checked, differences } = await reconcileProviderStatements(payload)
  await coordinator.onComplete(key)
  return { checked, differences: differences.length }
}
