import { cloudGet, cloudSet, hasCloudStorage } from './telegram'

/** Quantities by product id. */
export type Cart = Record<number, number>

const KEY = 'tandir-cart'

/**
 * The cart lives in Telegram's cloud storage, so it survives closing the app and follows the user
 * to another device; outside Telegram (or on a client without it) in localStorage.
 */
export async function loadCart(native: boolean): Promise<Cart> {
  let saved: string | null = null
  if (native && hasCloudStorage()) saved = await cloudGet(KEY).catch(() => null)
  if (!saved) saved = window.localStorage.getItem(KEY)
  return parseCart(saved)
}

export async function saveCart(cart: Cart, native: boolean): Promise<void> {
  const text = JSON.stringify(cart)
  window.localStorage.setItem(KEY, text)
  // Cloud storage takes at most 4,096 characters a value: a longer cart stays on this device.
  if (native && hasCloudStorage() && text.length <= 4096) await cloudSet(KEY, text).catch(() => {})
}

/** A saved cart, dropping anything that is not a positive quantity of a product id. */
export function parseCart(saved: string | null): Cart {
  if (!saved) return {}
  try {
    const parsed: unknown = JSON.parse(saved)
    if (!parsed || typeof parsed !== 'object') return {}
    const cart: Cart = {}
    for (const [id, quantity] of Object.entries(parsed))
      if (/^\d+$/.test(id) && typeof quantity === 'number' && quantity > 0)
        cart[Number(id)] = quantity
    return cart
  } catch {
    return {}
  }
}
