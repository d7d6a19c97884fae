import fs from 'node:fs'
import path from 'node:path'
import { type Api, InputFile } from 'grammy'
import type { Payload } from 'payload'
import { mediaDir } from '@/config/mediaDir'
import { premiumSendKind } from '@/domain/starsOffer'

/**
 * Sends a premium item's file from the server's disk: a photo or a video shown in the chat, else
 * a document. False when there is no file to send (deleted, or missing on disk).
 */
export async function sendPremiumFile(
  api: Api,
  payload: Payload,
  chatId: number,
  content: { media: number | null | undefined; title: string },
): Promise<boolean> {
  if (!content.media) return false
  const media = await payload.findByID({
    collection: 'media',
    id: content.media,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!media?.filename) return false
  const folder = payload.collections.media?.config.upload?.staticDir ?? mediaDir()
  const file = path.join(folder, media.filename)
  if (!fs.existsSync(file)) {
    payload.logger.error({ file }, 'premium content: the file is missing on disk')
    return false
  }
  const upload = new InputFile(file, media.filename)
  const options = { caption: content.title }
  const kind = premiumSendKind(media.mimeType)
  if (kind === 'photo') await api.sendPhoto(chatId, upload, options)
  else if (kind === 'video') await api.sendVideo(chatId, upload, options)
  else await api.sendDocument(chatId, upload, options)
  return true
}
