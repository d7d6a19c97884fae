import type { ClientPrice } from '@payload-types'
import type { CollectionBeforeValidateHook } from 'payload'
import { FieldsRefused } from '@/shared/http/fieldsRefused'

import { relationId } from '@/shared/relationId'
import { labels } from '../labels'

/**
 * Says in words what the unique (client, product) index would otherwise report as a database
 * error; the index stays as the guard against two writes at once.
 */
export const refuseDuplicatePrice: CollectionBeforeValidateHook<ClientPrice> = async ({
  data,
  originalDoc,
  req,
}) => {
  const client = relationId(data?.client ?? originalDoc?.client)
  const product = relationId(data?.product ?? originalDoc?.product)
  if (client === null || product === null) return data
  const { docs } = await req.payload.find({
    collection: 'client-prices',
    where: {
      and: [
        { client: { equals: client } },
        { product: { equals: product } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (docs.length > 0) {
    throw new FieldsRefused({
      collection: 'client-prices',
      errors: [
        {
          path: 'product',
          message: labels.duplicate,
        },
      ],
      req,
    })
  }
  return data
}
