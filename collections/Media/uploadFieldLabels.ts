import type { Field } from 'payload'
import type { Translated } from '@/domain/languages'

const URL: Translated = { ru: 'Адрес', uz: 'Manzil', en: 'URL' }
const MIME: Translated = { ru: 'Тип файла', uz: 'Fayl turi', en: 'MIME type' }

/** A resized copy's group, named as the admin's columns and filters show it. */
const size = (name: string, label: Translated): Field => ({
  name,
  type: 'group',
  label,
  fields: [
    { name: 'url', type: 'text', label: URL },
    { name: 'mimeType', type: 'text', label: MIME },
  ],
})

/**
 * Payload adds these fields to every upload collection with English labels; a field of the same
 * name here is merged into Payload's, so the admin's columns and filters name them in every
 * language. Only labels: what Payload stores and does stays its own.
 */
export const uploadFieldLabels: Field[] = [
  { name: 'url', type: 'text', label: URL },
  {
    name: 'thumbnailURL',
    type: 'text',
    label: { ru: 'Адрес миниатюры', uz: 'Kichik rasm manzili', en: 'Thumbnail URL' },
  },
  { name: 'mimeType', type: 'text', label: MIME },
  {
    name: 'focalX',
    type: 'number',
    label: { ru: 'Фокус по X', uz: 'Fokus X', en: 'Focal point X' },
  },
  {
    name: 'focalY',
    type: 'number',
    label: { ru: 'Фокус по Y', uz: 'Fokus Y', en: 'Focal point Y' },
  },
  {
    name: 'sizes',
    type: 'group',
    label: { ru: 'Копии', uz: 'Nusxalar', en: 'Sizes' },
    fields: [
      size('thumbnail', { ru: 'Миниатюра', uz: 'Kichik rasm', en: 'Thumbnail' }),
      size('list', { ru: 'Для каталога', uz: 'Katalog uchun', en: 'Catalog tile' }),
      size('detail', {
        ru: 'Для карточки товара',
        uz: 'Mahsulot sahifasi uchun',
        en: 'Product page',
      }),
    ],
  },
]
