import { describe, expect, it } from '@jest/globals'
import { passShortened } from '@/domain/credits'
import {
  checkoutProblem,
  offerPayload,
  paidAsInvoiced,
  premiumSendKind,
  readOfferPayload,
} from '@/domain/starsOffer'

const now = new Date('2026-12-02T10:00:00Z')
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000)

describe('checkoutProblem', () => {
  const offer = readOfferPayload(offerPayload({ kind: 'credits', id: 4, stars: 50 }))
  const current = { active: true, priceStars: 50 }
  const asked = { currency: 'XTR', total: 50 }

  it('lets a standing offer, asked in Stars at its price, through', () => {
    expect(checkoutProblem(offer, current, asked)).toBeNull()
  })

  it('refuses a payload we never made, a deleted or withdrawn item, a changed price', () => {
    expect(checkoutProblem(readOfferPayload('something else'), current, asked)).toBe('unknown')
    expect(checkoutProblem(offer, null, asked)).toBe('gone')
    expect(checkoutProblem(offer, { active: false, priceStars: 50 }, asked)).toBe('gone')
    expect(checkoutProblem(offer, { active: true, priceStars: 60 }, asked)).toBe('price_changed')
  })

  it('refuses a total or a currency other than the invoice’s', () => {
    expect(checkoutProblem(offer, current, { currency: 'XTR', total: 49 })).toBe('price_changed')
    expect(checkoutProblem(offer, current, { currency: 'USD', total: 50 })).toBe('price_changed')
  })
})

describe('premiumSendKind', () => {
  it.each([
    ['image/jpeg', 'photo'],
    ['image/png', 'photo'],
    ['image/webp', 'photo'],
    ['image/avif', 'document'],
    ['video/mp4', 'video'],
    ['application/pdf', 'document'],
    [null, 'document'],
  ])('%s is sent as a %s', (mime, kind) => {
    expect(premiumSendKind(mime)).toBe(kind)
  })
})

describe('passShortened', () => {
  it('moves a running pass back by the refunded hours', () => {
    expect(passShortened(hours(48), 24, now)).toEqual(hours(24))
  })

  it('never before now: hours already used stay used', () => {
    expect(passShortened(hours(5), 24, now)).toEqual(now)
    expect(passShortened(hours(24).toISOString(), 24, now)).toEqual(now)
  })

  it('leaves nothing to take when no pass runs', () => {
    expect(passShortened(null, 24, now)).toBeNull()
    expect(passShortened(hours(-1), 24, now)).toBeNull()
    expect(passShortened(now, 24, now)).toBeNull()
  })
})

describe('paidAsInvoiced', () => {
  const offer = { kind: 'credits' as const, id: 4, stars: 50 }
  const paid = { currency: 'XTR', total: 50 }

  it('holds a payment of the invoiced Stars for an item still at that price', () => {
    expect(paidAsInvoiced(offer, { priceStars: 50 }, paid)).toBe(true)
  })

  it('refuses a changed price, another total or another currency', () => {
    expect(paidAsInvoiced(offer, { priceStars: 60 }, paid)).toBe(false)
    expect(paidAsInvoiced(offer, { priceStars: 50 }, { ...paid, total: 40 })).toBe(false)
    expect(paidAsInvoiced(offer, { priceStars: 50 }, { ...paid, currency: 'USD' })).toBe(false)
  })
})
