import { enqueue } from '@commerce/outbox/enqueue'
import type { LedgerEntry } from '@payload-types'
import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/shared/relationId'

/**
 * Staff gave a client credits (in the topic with `/credits`, or in the admin): the client is
 * told, through the outbox in the entry's own transaction, so only a grant that stands is told.
 */
export const tellGrant: CollectionAfterChangeHook<LedgerEntry> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.kind !== 'grant') return doc
  const client = relationId(doc.client)
  await enqueue(
    req.payload,
    'credits.granted',
    {
      client,
      amount: doc.amount,
      balance: doc.balanceAfter,
      reason: doc.reason,
      sequence: `client:${client}`,
    },
    req,
  )
  return doc
}
