import type { PremiumContent } from '@payload-types'
import type { CollectionBeforeChangeHook } from 'payload'
import { relationId } from '@/shared/relationId'

/**
 * A file offered as premium content stops being public: the media collection shows it to staff
 * only, and buyers receive it from the bot. It stays so when the offer ends (it was sold once).
 */
export const markFilePremium: CollectionBeforeChangeHook<PremiumContent> = async ({
  data,
  req,
}) => {
  const file = relationId(data.file)
  if (file !== null)
    await req.payload.update({
      collection: 'media',
      id: file,
      data: { premium: true },
      overrideAccess: true,
      req,
    })
  return data
}
