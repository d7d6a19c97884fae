import type { Transaction } from '@payload-types'
import type { CollectionBeforeChangeHook } from 'payload'
import type { Translated } from '@/domain/languages'
import { TRANSACTION_STATUS_LABELS } from '@/domain/transactionLabels'
import { movesForward, type TransactionStatus } from '@/domain/transactionMoves'
import { type FieldProblem, FieldsRefused } from '@/shared/http/fieldsRefused'
import { relationId } from '@/shared/relationId'

const IDENTITY = ['order', 'client', 'provider', 'kind', 'externalId'] as const

const KEEPS_IDENTITY: Translated = {
  ru: 'Записанная операция не меняет ни сути, ни клиента: запишите новую',
  uz: "Qayd etilgan tranzaksiyaning mohiyati va egasi o'zgarmaydi: yangisini qayd eting",
  en: 'A recorded payment keeps what it is and whose it is; record a new one instead',
}
const KEEPS_AMOUNT: Translated = {
  ru: 'Сумма проведённой операции не меняется: запишите возврат или корректировку',
  uz: "O'tkazilgan tranzaksiya summasi o'zgarmaydi: qaytarish yoki tuzatishni qayd eting",
  en: 'The amount of a settled payment cannot change; record a refund or an adjustment',
}

const backwards = (from: TransactionStatus, to: TransactionStatus): Translated => {
  const [was, next] = [TRANSACTION_STATUS_LABELS[from], TRANSACTION_STATUS_LABELS[to]]
  return {
    ru: `Статус «${was.ru}» не может смениться на «${next.ru}»`,
    uz: `«${was.uz}» holati «${next.uz}» holatiga o'zgara olmaydi`,
    en: `A ${from} payment cannot become ${to}`,
  }
}

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
  const errors: FieldProblem[] = []
  for (const field of IDENTITY) {
    const [before, after] = [originalDoc[field], data[field]].map((value) =>
      field === 'order' || field === 'client' ? relationId(value) : (value ?? null),
    )
    if (data[field] !== undefined && before !== after)
      errors.push({ path: field, message: KEEPS_IDENTITY })
  }
  const from = originalDoc.status ?? 'pending'
  if (data.status && !movesForward(from, data.status))
    errors.push({ path: 'status', message: backwards(from, data.status) })
  if (from !== 'pending' && data.amount !== undefined && data.amount !== originalDoc.amount) {
    errors.push({ path: 'amount', message: KEEPS_AMOUNT })
  }
  if (errors.length) throw new FieldsRefused({ collection: 'transactions', errors, req })
  return data
}
