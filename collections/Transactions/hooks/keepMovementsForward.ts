import type { Transaction } from '@payload-types'
import type { CollectionBeforeChangeHook } from 'payload'
import { movesForward } from '@/domain/transactionMoves'
import { FieldsRefused } from '@/shared/http/fieldsRefused'
import { relationId } from '@/shared/relationId'

const IDENTITY = ['order', 'client', 'provider', 'kind', 'externalId'] as const

/**
 * A recorded movement is the books: what it is and whose it is never changes, its status only
 * moves forward and its amount is fixed once settled, whoever writes (the ledger, an admin).
 */
export const keepMovementsForward: CollectionBeforeChangeHook<Transaction> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const errors: { path: string; message: string }[] = []
  for (const field of IDENTITY) {
    const [before, after] = [originalDoc[field], data[field]].map((value) =>
      field === 'order' || field === 'client' ? relationId(value) : (value ?? null),
    )
    if (data[field] !== undefined && before !== after)
      errors.push({
        path: field,
        message: 'A recorded payment keeps what it is and whose it is; record a new one instead',
      })
  }
  const from = originalDoc.status ?? 'pending'
  if (data.status && !movesForward(from, data.status))
    errors.push({ path: 'status', message: `A ${from} payment cannot become ${data.status}` })
  if (from !== 'pending' && data.amount !== undefined && data.amount !== originalDoc.amount) {
    errors.push({
      path: 'amount',
      message: 'The amount of a settled payment cannot change; record a refund or an adjustment',
    })
  }
  if (errors.length) throw new FieldsRefused({ collection: 'transactions', errors, req })
  return data
}
