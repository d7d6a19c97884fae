import type { Product } from './api'

/** A product photo's URL for a size (`thumbnail` for lists), falling back to the original. */
export function photoUrl(photo: Product['photo'], size = 'thumbnail'): string | null {
  if (!photo) return null
  return photo.sizes[size] ?? photo.url
}
