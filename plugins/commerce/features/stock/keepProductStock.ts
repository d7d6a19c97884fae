import type { StockLevel } from '@payload-types'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { relationId } from '@/shared/relationId'
import { announceBackInStock, syncProductStock } from './productStock'

/** A stock row changed by hand: its product's stock follows, and its waiting clients are told. */
export const keepProductStock: CollectionAfterChangeHook<StockLevel> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const products = [relationId(doc.product), relationId(previousDoc?.product)].filter(
    (id): id is number => typeof id === 'number',
  )
  const db = await transactionDatabase(req)
  await syncProductStock(db, [...new Set(products)])
  await announceBackInStock(db, products)
  return doc
}

export const keepProductStockOnDelete: CollectionAfterDeleteHook<StockLevel> = async ({
  doc,
  req,
}) => {
  const product = relationId(doc.product)
  if (typeof product === 'number') await syncProductStock(await transactionDatabase(req), [product])
}
