import type { Media, Product } from '@payload-types'
import type { Payload } from 'payload'

/** A product photo's addresses, each a copy made at upload for where it is shown. */
export interface PhotoUrls {
  alt: string
  /** 160×160, the admin's lists. */
  thumbnail: string
  /** 480×480, a catalog's tiles. */
  list: string
  /** Up to 1200 wide, a product's own page. */
  detail: string
  /** The file as uploaded. */
  original: string
}

/**
 * The addresses of a photo read at depth ≥ 1 (`product.photo`), or null when there is none or it
 * is only an id. A copy that was not made (a photo smaller than `detail`) falls back to the original.
 */
export function photoUrls(photo: Product['photo'] | Media | undefined): PhotoUrls | null {
  if (!photo || typeof photo !== 'object' || !photo.url) return null
  const original = photo.url
  const size = (name: keyof NonNullable<Media['sizes']>) => photo.sizes?.[name]?.url || original
  return {
    alt: photo.alt,
    thumbnail: size('thumbnail'),
    list: size('list'),
    detail: size('detail'),
    original,
  }
}

/**
 * The photos of many products in one query, by media id: for a catalog read at depth 0, where
 * `product.photo` is an id.
 */
export async function loadPhotoUrls(
  payload: Payload,
  ids: (number | null | undefined)[],
): Promise<Map<number, PhotoUrls>> {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))]
  const found = new Map<number, PhotoUrls>()
  if (!wanted.length) return found
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: wanted } },
    limit: wanted.length,
    pagination: false,
    depth: 0,
  })
  for (const doc of docs) {
    const urls = photoUrls(doc)
    if (urls) found.set(doc.id, urls)
  }
  return found
}
