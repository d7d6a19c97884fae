import type { Client, Order } from '@payload-types'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { amountOwed } from '@/domain/receivables'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { relationId } from '@/shared/relationId'
import { recomputeBalances } from './recomputeBalances'

const recompute = async (req: PayloadRequest, clientIds: (number | null)[]) =>
  recomputeBalances(
    await transactionDatabase(req),
    clientIds.filter((id): id is number => id !== null),
  )

/**
 * After any write to an order (a status move, a payment settled, a client swapped), the balance
 * of each client it touches is worked out again in the same transaction: the order and the
 * balance commit together or not at all. Writes that change nothing owed cost nothing.
 */
export const keepBalanceOnOrderChange: CollectionAfterChangeHook<Order> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const before = operation === 'update' ? previousDoc : undefined
  const client = relationId(doc.client)
  const previousClient = before ? relationId(before.client) : null
  if (before && previousClient !== client) await recompute(req, [previousClient, client])
  else if (amountOwed(doc) !== amountOwed(before ?? {})) await recompute(req, [client])
  return doc
}

/** An order deleted leaves its client's balance (only a new order may be: it owed nothing, still). */
export const keepBalanceOnOrderDelete: CollectionAfterDeleteHook<Order> = async ({ doc, req }) => {
  await recompute(req, [relationId(doc.client)])
}

/**
 * A client saved from the admin or the API is written whole, its balance as it was read before
 * the save: worked out again here, a payment landing meanwhile is not written over.
 */
export const keepBalanceOnClientChange: CollectionAfterChangeHook<Client> = async ({
  doc,
  req,
}) => {
  const balances = await recompute(req, [doc.id])
  return { ...doc, balance: balances.get(doc.id) ?? 0 }
}
