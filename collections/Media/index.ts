import type { Access, CollectionConfig } from 'payload'
import { mediaDir } from '@/config/mediaDir'
import { hasRole, managers, STAFF_ROLES } from '@/shared/access/roles'
import { refuseOversizedFile } from './hooks/refuseOversizedFile'
import { labels } from './labels'
import { uploadFieldLabels } from './uploadFieldLabels'

const always = { withoutEnlargement: false }

/** Formats a phone shows and sharp reads; anything else is refused before it is stored. */
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']

/** Premium content may also be a video or a document, as Telegram sends them. */
export const MEDIA_MIME_TYPES = [...PHOTO_MIME_TYPES, 'video/mp4', 'application/pdf']

/**
 * Product photos and premium content files, kept on the server's disk (`MEDIA_DIR`) with smaller copies made at upload:
 * `thumbnail` for the admin's lists, `list` for the shop's catalog, `detail` for a product's page.
 * Public to read, as a shop's photos are, except premium content's files: those only staff read
 * (a buyer receives the file from the bot). Managers upload and change them.
 */
const photosOrStaff: Access = ({ req }) =>
  hasRole(req.user, ...STAFF_ROLES) || { premium: { not_equals: true } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: labels.singular, plural: labels.plural },
  admin: { useAsTitle: 'alt', group: labels.group, defaultColumns: ['filename', 'alt'] },
  access: { read: photosOrStaff, create: managers, update: managers, delete: managers },
  hooks: { beforeOperation: [refuseOversizedFile] },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: MEDIA_MIME_TYPES,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    // A small photo is enlarged for the lists (they need a copy of every photo); never for `detail`.
    // WebP copies: a third of a JPEG's bytes for the same picture, and every Telegram client shows it.
    imageSizes: [
      {
        name: 'thumbnail',
        width: 160,
        height: 160,
        fit: 'cover',
        ...always,
        formatOptions: webp(70),
      },
      { name: 'list', width: 480, height: 480, fit: 'cover', ...always, formatOptions: webp(75) },
      { name: 'detail', width: 1200, withoutEnlargement: true, formatOptions: webp(80) },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: labels.alt,
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: labels.altDescription },
    },
    {
      name: 'premium',
      label: labels.premium,
      type: 'checkbox',
      defaultValue: false,
      index: true,
      // Set by premium content that uses the file, never by hand.
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', description: labels.premiumDescription },
    },
    ...uploadFieldLabels,
  ],
}

function webp(quality: number) {
  return { format: 'webp' as const, options: { quality } }
}
