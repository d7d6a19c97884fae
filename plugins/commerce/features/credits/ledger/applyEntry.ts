import { randomUUID } from 'node:crypto'
import type { LedgerEntry } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { entryAmountValid, staffEntryKind } from '@/domain/credits'
import type { Translated } from '@/domain/languages'
import { fitsBalance } from '@/shared/db/ruleFragments'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { FieldsRefused } from '@/shared/http/fieldsRefused'
import { relationId } from '@/shared/relationId'
import { ensureWallet } from './ensureWallet'

const WHOLE: Translated = {
  ru: 'Укажите целое число кредитов, не ноль и не больше миллиона: плюс начисляет, минус списывает',
  uz: "Butun kredit sonini kiriting, noldan farqli va milliondan oshmasin: musbat qo'shadi, manfiy ayiradi",
  en: 'Give a whole number of credits, not zero and at most a million: plus gives, minus takes',
}
const NO_CLIENT: Translated = {
  ru: 'Такого клиента нет',
  uz: "Bunday mijoz yo'q",
  en: 'There is no such client',
}

const clientExists = async (req: PayloadRequest, id: number) =>
  (
    await (
      await transactionDatabase(req)
    ).execute(sql`select 1 from clients where id = ${id} for key share`)
  ).rows.length > 0
const REASON: Translated = {
  ru: 'Укажите причину: её увидят в журнале',
  uz: "Sababini yozing: u jurnalda ko'rinadi",
  en: 'Give a reason: the ledger shows it',
}
const belowZero = (balance: number): Translated => ({
  ru: `Баланс не может уйти ниже нуля: на нём ${balance}`,
  uz: `Balans noldan pastga tusha olmaydi: unda ${balance}`,
  en: `A balance cannot go below zero: it holds ${balance}`,
})

/** The `context` flag of an entry the system writes (a purchase, a refund), whoever is signed in. */
export const SYSTEM_ENTRY = 'creditsSystemEntry'

/**
 * An entry moves its wallet's balance in the entry's own transaction, refused when it would take
 * the balance below zero. A person (the admin, REST) may only grant or take, with a reason;
 * purchases, spends and refunds are written by the system.
 */
export const applyEntry: CollectionBeforeChangeHook<LedgerEntry> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const amount = Number(data.amount)
  const client = relationId(data.client)
  const byPerson = req.user && !req.context?.[SYSTEM_ENTRY]
  // Checked here, before Payload validates the fields: the wallet is moved first.
  const problems = []
  if (!entryAmountValid(amount, !!byPerson)) problems.push({ path: 'amount', message: WHOLE })
  if (byPerson && !data.reason?.trim()) problems.push({ path: 'reason', message: REASON })
  if (client === null || !(await clientExists(req, client)))
    problems.push({ path: 'client', message: NO_CLIENT })
  if (problems.length)
    throw new FieldsRefused({ collection: 'ledger-entries', errors: problems, req })
  if (byPerson && req.user) {
    Object.assign(data, {
      kind: staffEntryKind(amount),
      source: 'staff',
      actor: req.user.id,
      // A key the channel gives (a button's message) makes a repeated press one grant: it is unique.
      key: `staff:${data.key || randomUUID()}`,
      transaction: null,
    })
  }
  const db = await transactionDatabase(req)
  await ensureWallet(db, client as number)
  const { rows } = await db.execute<{ id: number; balance: number }>(sql`
    update wallets set balance = balance + ${amount}::int, updated_at = now()
     where client_id = ${client} and ${fitsBalance(amount)}
    returning id, balance::float8 as balance`)
  if (!rows[0]) {
    const held = await db.execute<{ balance: number }>(
      sql`select balance::float8 as balance from wallets where client_id = ${client}`,
    )
    throw new FieldsRefused({
      collection: 'ledger-entries',
      errors: [{ path: 'amount', message: belowZero(held.rows[0]?.balance ?? 0) }],
      req,
    })
  }
  return { ...data, wallet: rows[0].id, balanceAfter: rows[0].balance }
}
