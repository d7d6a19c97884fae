import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { requestLanguage } from '@/shared/requestLanguage'
import { labels } from '../labels'

/** Product photos are shown on phones: 5 MB is plenty, and keeps the disk and resizing cheap. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024

/** Refuses a photo over the limit with 413 before anything is resized or written. */
export const refuseOversizedFile: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const size = req.file?.size ?? 0
  if (size > MAX_PHOTO_BYTES) {
    const message = labels.tooLarge[requestLanguage(req)]
    throw new APIError(
      message.replace('{limit}', String(MAX_PHOTO_BYTES / 1024 / 1024)),
      413,
      undefined,
      true,
    )
  }
  return args
}
