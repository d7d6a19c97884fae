import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { APIError } from 'payload'

import type { Translated } from '@/domain/languages'
import { requestLanguage } from './requestLanguage'

/**
 * Refuses to delete a document other documents still point at, with a message saying what to
 * do instead (`{count}` is the number of them), in the caller's language: the database would
 * otherwise refuse it with an error no person can read.
 */
export function refuseDeleteWhileUsed(
  by: CollectionSlug,
  field: string,
  message: Translated,
): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const { totalDocs } = await req.payload.count({
      collection: by,
      where: { [field]: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0)
      throw new APIError(
        message[requestLanguage(req)].replace('{count}', String(totalDocs)),
        400,
        undefined,
        true,
      )
  }
}

/** Deletes the rows that only make sense with this document (a client's negotiated prices). */
export function deleteDependents(
  dependents: CollectionSlug,
  field: string,
): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    await req.payload.delete({
      collection: dependents,
      where: { [field]: { equals: id } },
      overrideAccess: true,
      req,
    })
  }
}
